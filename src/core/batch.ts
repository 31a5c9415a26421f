// Checks across a batch of messages: the same message sent twice (M2). Pure. Which texts repeat an
// earlier one is decided first (duplicatesOf, or by the CLI one message at a time: src/cli/jobs.ts);
// the finding itself (duplicateFinding) is then linted with its document, so that directives reach
// it like any other finding.
import { severityOf } from './lint';
import { ResolvedConfig } from './options';
import type { Ruleset } from './rules';
import { lineStarts, positionAt } from './text';
import type { Finding, Lang } from './types';

const RULE_ID = 'm2-duplicate-message';

/** What two messages must share to be the same message (spaces and punctuation aside); undefined for one too short to judge. */
export function duplicateKey(text: string): string | undefined {
  const key = text.replace(/[\s\p{P}\p{S}]/gu, '');
  return key.length < 8 ? undefined : key;
}

/** Index of each text that repeats an earlier one (ignoring spaces and punctuation) → the earlier one's path. */
export function duplicatesOf(texts: Array<{ filePath: string; text?: string }>): Map<number, string> {
  const firstSeen = new Map<string, string>();
  const duplicates = new Map<number, string>();
  texts.forEach(({ filePath, text }, i) => {
    const key = text === undefined ? undefined : duplicateKey(text);
    if (key === undefined) return;
    const first = firstSeen.get(key);
    if (first === undefined) firstSeen.set(key, filePath);
    else duplicates.set(i, first);
  });
  return duplicates;
}

/** The finding for a text that repeats the message in `first`; undefined when the rule is off. */
export function duplicateFinding(text: string, first: string, ruleset: Ruleset, config: ResolvedConfig, lang: Lang): Finding | undefined {
  const rule = ruleset.rules.find((r) => r.id === RULE_ID);
  const severity = rule && severityOf(rule, config.rules);
  if (!rule || !severity) return undefined;
  const start = Math.max(0, text.search(/\S/));
  const end = Math.max(start, text.trimEnd().length);
  const starts = lineStarts(text);
  const a = positionAt(text, starts, start);
  const b = positionAt(text, starts, end);
  const fill = (s: string) => s.replace('{term}', first);
  return {
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
  };
}
