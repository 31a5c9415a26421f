// Pattern detector: regular expressions on the normalised text (full-width digits already ASCII,
// separators between Chinese characters already gone).
import type { LintContext, Match } from '../core/context';
import type { Rule } from '../core/rules';

export function pattern(ctx: LintContext, rule: Rule): Match[] {
  const matches: Match[] = [];
  rule.compiledPatterns.forEach((re, i) => {
    // A text without one of the strings every match contains cannot match: most patterns stop here.
    const required = rule.patternLiterals?.[i] ?? rule.patternAnchors[i];
    if (required && !required.some((a) => ctx.text.includes(a))) return;
    for (const m of ctx.text.matchAll(re)) {
      if (!m[0]) continue;
      const fix = rule.replacement === undefined ? undefined : expand(rule.replacement, m);
      matches.push({ start: m.index!, end: m.index! + m[0].length, vars: { term: ctx.norm.text.slice(m.index!, m.index! + m[0].length) }, fix });
    }
  });
  return matches;
}

/** A replacement with $& and $1…$9 filled from the match itself (re-running the regex would lose its context). */
function expand(replacement: string, m: RegExpMatchArray): string {
  return replacement.replace(/\$(&|\d)/g, (_, g: string) => (g === '&' ? m[0] : m[Number(g)] ?? ''));
}
