// A rule tester in the style of ESLint's RuleTester and textlint-tester: each rule's test file lists
// texts that must pass (`valid`) and texts that must produce exactly the listed findings of that rule
// (`invalid`), and every case becomes its own jest test named by its text.
//
//   ruleTester.run('n2-ranking', {
//     valid: ['请家长安排名单上的同学明天到校。'],
//     invalid: [{ text: '期末考试年级排名已出。', errors: [{ clause: 'N2', text: '年级排名', column: 5 }] }],
//   });
//
// Only findings of the rule under test are compared; other rules may report the same text.
import { DEFAULT_CONFIG, lint } from '../../src/index';
import type { ClauseId, Finding, Lang, MessageKind, ResolvedConfig, Severity } from '../../src/index';

/** A configuration for one case: only what differs from the defaults (allow, emoji and time are merged one level deep). */
export interface CaseConfig {
  rules?: ResolvedConfig['rules'];
  words?: ResolvedConfig['words'];
  allow?: Partial<ResolvedConfig['allow']>;
  emoji?: Partial<ResolvedConfig['emoji']>;
  time?: Partial<ResolvedConfig['time']>;
  lang?: Lang;
}

interface CaseOptions {
  text: string;
  kind?: MessageKind;
  at?: Date;
  urgent?: boolean;
  lang?: Lang;
  config?: CaseConfig;
  /** Test name instead of the text (the text is still shown after it). */
  name?: string;
}

export type ValidCase = string | CaseOptions;

export interface ExpectedError {
  clause: ClauseId;
  line?: number;
  column?: number;
  endLine?: number;
  endColumn?: number;
  /** The offending substring: text.slice(...finding.range). */
  text?: string;
  /** The whole text after applying this finding's fix; null: the finding must have no fix. */
  fix?: string | null;
  severity?: Severity;
  /** A substring of, or a pattern for, the message. */
  message?: string | RegExp;
  /** A substring of, or a pattern for, one of the suggestions (its desc or its replacement text). */
  suggestion?: string | RegExp;
  /** Strings that must appear nowhere in the finding's message, suggestions or fix (compared with separators removed too). */
  hidden?: string[];
}

export interface InvalidCase extends CaseOptions {
  errors: ExpectedError[];
}

export interface RuleTests {
  valid: ValidCase[];
  invalid: InvalidCase[];
}

export function resolveConfig(c: CaseConfig = {}): ResolvedConfig {
  return {
    ...DEFAULT_CONFIG,
    rules: { ...DEFAULT_CONFIG.rules, ...c.rules },
    words: { ...DEFAULT_CONFIG.words, ...c.words },
    allow: { ...DEFAULT_CONFIG.allow, ...c.allow },
    emoji: { ...DEFAULT_CONFIG.emoji, ...c.emoji },
    time: { ...DEFAULT_CONFIG.time, ...c.time },
    lang: c.lang ?? DEFAULT_CONFIG.lang,
  };
}

/** Runs lint on one case and keeps the findings of one rule, in position order. */
export function findingsOf(ruleId: string, c: CaseOptions): Finding[] {
  const findings = lint(c.text, {
    kind: c.kind,
    at: c.at,
    urgent: c.urgent,
    lang: c.lang,
    config: c.config ? resolveConfig(c.config) : undefined,
  });
  return findings.filter((f) => f.ruleId === ruleId).sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
}

function title(c: CaseOptions): string {
  const tags = [c.kind && `kind=${c.kind}`, c.at && `at=${c.at.toISOString()}`, c.urgent && 'urgent', c.lang && `lang=${c.lang}`, c.config && 'config']
    .filter(Boolean)
    .join(' ');
  const shown = JSON.stringify(c.text);
  return `${c.name ? c.name + ': ' : ''}${shown}${tags ? ` [${tags}]` : ''}`;
}

/** A readable summary of findings for failure messages. */
function describeFindings(text: string, findings: Finding[]): string {
  if (!findings.length) return '(none)';
  return findings
    .map((f) => `${f.ruleId} ${f.clause} ${f.line}:${f.column}-${f.endLine}:${f.endColumn} ${JSON.stringify(text.slice(...f.range))} “${f.message}”`)
    .join('\n');
}

const graphemes = new Intl.Segmenter('zh', { granularity: 'grapheme' });

/** 1-based line and column of a UTF-16 offset, counting graphemes (computed here, independently of src). */
export function positionOf(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, column: [...graphemes.segment(before.slice(lineStart))].length + 1 };
}

const stripSeparators = (s: string) => s.replace(/[\s\-–—.·_*]/g, '');

function outputsOf(f: Finding): string[] {
  return [f.message, ...f.suggestions.flatMap((s) => [s.desc, s.text ?? '']), f.fix?.text ?? ''];
}

function checkFinding(text: string, f: Finding, e: ExpectedError, i: number): void {
  const where = `finding #${i + 1} (${describeFindings(text, [f])})`;
  // Invariants every finding must keep.
  expect({ where, ok: f.range[0] >= 0 && f.range[0] <= f.range[1] && f.range[1] <= text.length }).toEqual({ where, ok: true });
  expect({ where, clause: f.clause }).toEqual({ where, clause: e.clause });
  // line/column agree with range (columns count graphemes).
  const start = positionOf(text, f.range[0]);
  const end = positionOf(text, f.range[1]);
  expect({ where, line: f.line, column: f.column, endLine: f.endLine, endColumn: f.endColumn }).toEqual({
    where,
    line: start.line,
    column: start.column,
    endLine: end.line,
    endColumn: end.column,
  });
  const got: Record<string, unknown> = {};
  const want: Record<string, unknown> = {};
  const compare = (key: string, expected: unknown, actual: unknown) => {
    if (expected === undefined) return;
    want[key] = expected;
    got[key] = actual;
  };
  compare('line', e.line, f.line);
  compare('column', e.column, f.column);
  compare('endLine', e.endLine, f.endLine);
  compare('endColumn', e.endColumn, f.endColumn);
  compare('text', e.text, text.slice(...f.range));
  compare('severity', e.severity, f.severity);
  if (e.fix !== undefined) {
    const applied = f.fix ? text.slice(0, f.fix.range[0]) + f.fix.text + text.slice(f.fix.range[1]) : null;
    compare('fix', e.fix, applied);
  }
  expect({ where, ...got }).toEqual({ where, ...want });
  if (e.message !== undefined) {
    if (typeof e.message === 'string') expect(f.message).toContain(e.message);
    else expect(f.message).toMatch(e.message);
  }
  if (e.suggestion !== undefined) {
    const texts = f.suggestions.flatMap((s) => [s.desc, s.text ?? '']);
    const hit = texts.some((t) => (typeof e.suggestion === 'string' ? t.includes(e.suggestion) : e.suggestion!.test(t)));
    expect({ where, suggestions: texts, matches: String(e.suggestion), hit }).toEqual({ where, suggestions: texts, matches: String(e.suggestion), hit: true });
  }
  for (const secret of e.hidden ?? []) {
    for (const out of outputsOf(f)) {
      expect({ where, out, containsSecret: out.includes(secret) || stripSeparators(out).includes(stripSeparators(secret)) }).toEqual({
        where,
        out,
        containsSecret: false,
      });
    }
  }
}

export const ruleTester = {
  run(ruleId: string, tests: RuleTests): void {
    describe(ruleId, () => {
      describe('valid', () => {
        for (const v of tests.valid) {
          const c: CaseOptions = typeof v === 'string' ? { text: v } : v;
          it(title(c), () => {
            const found = findingsOf(ruleId, c);
            if (found.length) throw new Error(`expected no ${ruleId} finding, got:\n${describeFindings(c.text, found)}`);
          });
        }
      });
      describe('invalid', () => {
        for (const c of tests.invalid) {
          if (!c.errors.length) throw new Error(`invalid case ${JSON.stringify(c.text)} lists no errors`);
          it(title(c), () => {
            const found = findingsOf(ruleId, c);
            if (found.length !== c.errors.length) {
              throw new Error(`expected ${c.errors.length} ${ruleId} finding(s), got ${found.length}:\n${describeFindings(c.text, found)}`);
            }
            found.forEach((f, i) => checkFinding(c.text, f, c.errors[i], i));
          });
        }
      });
    });
  },
};
