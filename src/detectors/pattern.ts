// Pattern detector: regular expressions on the normalised text (full-width digits already ASCII,
// separators between Chinese characters already gone).
import { execAll } from '../core/text';
import type { LintContext, Match } from '../core/context';
import { containsAny } from '../core/literals';
import type { Rule } from '../core/rules';

export function pattern(ctx: LintContext, rule: Rule): Match[] {
  const matches: Match[] = [];
  rule.compiledPatterns.forEach((re, i) => {
    // A text without one of the strings every match contains cannot match: most patterns stop here.
    // Checked on matchText, the text the regex runs on (long digit runs blanked), so the test stays sound.
    const required = rule.patternLiterals?.[i] ?? rule.patternAnchors[i];
    if (required && !containsAny(ctx.matchText, ctx.matchBits, required)) return;
    for (const m of execAll(re, ctx.matchText)) {
      if (!m[0]) continue;
      const start = m.index!;
      let end = start + m[0].length;
      let fix = rule.replacement === undefined ? undefined : expand(rule.replacement, m);
      if (fix !== undefined && DATE_FIX.test(fix)) {
        // The day unit already written after the match is replaced too: 12.5日 → 12月5日, never 12月5日日.
        if (/[日号]/.test(ctx.text[end] ?? '')) end++;
        if (!isCalendarDate(fix)) fix = undefined; // 2.30 is no date to write as 2月30日: reported, not fixed
      }
      matches.push({ start, end, vars: { term: ctx.norm.text.slice(start, end) }, fix });
    }
  });
  return matches;
}

/** A replacement with $& and $1…$9 filled from the match itself (re-running the regex would lose its context). */
function expand(replacement: string, m: RegExpMatchArray): string {
  return replacement.replace(/\$(&|\d)/g, (_, g: string) => (g === '&' ? m[0] : m[Number(g)] ?? ''));
}

/** A fix that writes a month and day, with or without the year (11.25 → 11月25日, 2023.01.06 → 2023年1月6日). */
const DATE_FIX = /^(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日$/;
const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isCalendarDate(fix: string): boolean {
  const [, yearText, monthText, dayText] = DATE_FIX.exec(fix)!;
  const [month, day] = [Number(monthText), Number(dayText)];
  if (!(month >= 1 && month <= 12 && day >= 1 && day <= DAYS_IN_MONTH[month - 1])) return false;
  if (yearText === undefined || month !== 2 || day !== 29) return true; // without a year, 2.29 may be a leap day
  const year = Number(yearText);
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}
