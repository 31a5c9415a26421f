// Checks across a batch of messages: the same message sent twice (M2). Pure: it reads the results
// the CLI already has and appends findings.
import { severityOf } from './lint';
import { ResolvedConfig } from './options';
import type { Ruleset } from './rules';
import { lineStarts, positionAt } from './text';
import type { Lang, LintResult } from './types';

const RULE_ID = 'm2-duplicate-message';

export function duplicateMessages(results: LintResult[], ruleset: Ruleset, config: ResolvedConfig, lang: Lang): void {
  const rule = ruleset.rules.find((r) => r.id === RULE_ID);
  if (!rule) return;
  const severity = severityOf(rule, config.rules);
  if (!severity) return;
  const firstSeen = new Map<string, string>();
  for (const r of results) {
    if (r.source === undefined || r.fatal) continue;
    const key = r.source.replace(/[\s\p{P}\p{S}]/gu, '');
    if (key.length < 8) continue;
    const first = firstSeen.get(key);
    if (first === undefined) {
      firstSeen.set(key, r.filePath);
      continue;
    }
    const start = r.source.search(/\S/);
    const end = r.source.trimEnd().length;
    const starts = lineStarts(r.source);
    const a = positionAt(r.source, starts, start);
    const b = positionAt(r.source, starts, end);
    const fill = (s: string) => s.replace('{term}', first);
    r.messages.push({
      ruleId: rule.id,
      clause: rule.clause,
      severity,
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
