// Checks across a batch of messages: the same message sent twice (M2). Pure: it reads the results
// the CLI already has and appends findings. The tracker takes results one at a time, in order, so
// that a run can report each as it completes and keep only one key per message seen.
import { severityOf } from './lint';
import { ResolvedConfig } from './options';
import type { Rule, Ruleset } from './rules';
import { lineStarts, positionAt } from './text';
import type { Lang, LintResult, Severity } from './types';

const RULE_ID = 'm2-duplicate-message';

/** What two messages must share to be the same message (punctuation and spacing aside); undefined for one too short to judge. */
export function duplicateKey(source: string): string | undefined {
  const key = source.replace(/[\s\p{P}\p{S}]/gu, '');
  return key.length < 8 ? undefined : key;
}

export class DuplicateTracker {
  private readonly rule: Rule | undefined;
  private readonly severity: Severity | 0 = 0;
  private readonly firstSeen = new Map<string, string>();

  /** nameOf: how a later duplicate names the first (default: its file path). */
  constructor(ruleset: Ruleset, config: ResolvedConfig, private readonly lang: Lang, private readonly nameOf: (r: LintResult) => string = (r) => r.filePath) {
    this.rule = ruleset.rules.find((r) => r.id === RULE_ID);
    if (this.rule) this.severity = severityOf(this.rule, config.rules);
  }

  get enabled(): boolean {
    return this.severity !== 0;
  }

  /** Appends the finding when an earlier result had the same key. key: duplicateKey(source) or a digest of it. */
  check(r: LintResult, key: string | undefined = r.source === undefined ? undefined : duplicateKey(r.source)): void {
    const rule = this.rule;
    if (!rule || !this.severity || r.source === undefined || r.fatal || key === undefined) return;
    const first = this.firstSeen.get(key);
    if (first === undefined) {
      this.firstSeen.set(key, this.nameOf(r));
      return;
    }
    const start = r.source.search(/\S/);
    const end = r.source.trimEnd().length;
    const starts = lineStarts(r.source);
    const a = positionAt(r.source, starts, start);
    const b = positionAt(r.source, starts, end);
    const fill = (s: string) => s.replace('{term}', first);
    const lang = this.lang;
    r.messages.push({
      ruleId: rule.id,
      clause: rule.clause,
      severity: this.severity,
      message: fill(lang === 'en' ? rule.message_en ?? rule.message : rule.message),
      line: a.line,
      column: a.column,
      endLine: b.line,
      endColumn: b.column,
      suggestions: [{ desc: fill(lang === 'en' ? rule.suggestion_en ?? rule.suggestion : rule.suggestion) }],
      range: [start, end],
    });
  }
}

export function duplicateMessages(results: LintResult[], ruleset: Ruleset, config: ResolvedConfig, lang: Lang): void {
  const tracker = new DuplicateTracker(ruleset, config, lang);
  for (const r of results) tracker.check(r);
}
