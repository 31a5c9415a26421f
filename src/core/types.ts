// Shared types of the pure core. Nothing here does I/O.

export const CLAUSES = ['M1', 'M2', 'M3', 'M4', 'M5', 'N1', 'N2', 'N3', 'N4', 'N5'] as const;
export type ClauseId = (typeof CLAUSES)[number];

/** 1 = warning, 2 = error (ESLint's numbers). */
export type Severity = 1 | 2;
export type SeveritySetting = 'off' | 'warn' | 'error' | 0 | 1 | 2;
export type Lang = 'zh' | 'en';
export type MessageKind = 'notice' | 'chat' | 'reply';

export interface Suggestion {
  desc: string;
  /** Replacement text for the finding's range, when there is one. */
  text?: string;
}

export interface Fix {
  /** UTF-16 offsets into the original text, end exclusive. */
  range: [number, number];
  text: string;
}

export interface Finding {
  ruleId: string;
  clause: ClauseId;
  severity: Severity;
  message: string;
  /** 1-based; columns count user-perceived characters (an emoji is one column). */
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  suggestions: Suggestion[];
  fix?: Fix;
  /** UTF-16 offsets into the original text, end exclusive (for excerpts and fixes). */
  range: [number, number];
}

/** What one linted input produced: the `--format json` contract. */
export interface LintResult {
  filePath: string;
  messages: Finding[];
  errorCount: number;
  warningCount: number;
  source?: string;
  /** Set when the input could not be read: the reason, shown by every format. */
  fatal?: string;
  /** The kind of message it was judged as; stylish says so when a guess left checks out. */
  judged?: JudgedKind;
  /** One message of a file of many (JSONL, CSV, lines): the line its record starts on and its id. Positions are within the message. */
  record?: { line: number; id?: string };
}

/** Which kind of message a text was linted as, and how many enabled rules that left out. */
export interface JudgedKind {
  kind: MessageKind;
  /** Guessed from the text (no --kind, no front matter). */
  guessed: boolean;
  /** Enabled notice checks not run because the text was judged as another kind. */
  noticeChecksSkipped: number;
}

/** What `rules`, `explain` and SARIF's tool.driver.rules show of a rule. */
export interface RuleMeta {
  id: string;
  clause: ClauseId;
  /** Default severity. */
  severity: Severity;
  /** One line, Chinese and English. */
  description: { zh: string; en: string };
  /** Where the rule's documentation lives (README anchor). */
  helpUri: string;
}

/** Clause labels: 五不要·二 / Must-not 2. */
export const CLAUSE_LABELS: Record<ClauseId, { zh: string; en: string }> = {
  M1: { zh: '五要·一', en: 'Must 1' },
  M2: { zh: '五要·二', en: 'Must 2' },
  M3: { zh: '五要·三', en: 'Must 3' },
  M4: { zh: '五要·四', en: 'Must 4' },
  M5: { zh: '五要·五', en: 'Must 5' },
  N1: { zh: '五不要·一', en: 'Must-not 1' },
  N2: { zh: '五不要·二', en: 'Must-not 2' },
  N3: { zh: '五不要·三', en: 'Must-not 3' },
  N4: { zh: '五不要·四', en: 'Must-not 4' },
  N5: { zh: '五不要·五', en: 'Must-not 5' },
};
