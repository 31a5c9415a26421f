// Example dates in suggestions, counted from the moment the message is sent: the dictionaries write
// “如（11月26日，星期四）” or “如“2026年11月25日””, and a teacher sending on 12月2日 should read the
// date 明天 means (12月3日，星期四) and today's date, not the day the rule was written. Pure: the
// moment and the time zone come in as values.

/** A calendar day: month 1–12, weekday 0 = Sunday. Arithmetic in UTC so that no local zone leaks in. */
interface Day {
  year: number;
  month: number;
  date: number;
  weekday: number;
}

const ZH_WEEKDAYS = '日一二三四五六';
const DAY_MS = 86_400_000;

const formatters = new Map<string, Intl.DateTimeFormat>();
// A batch asks for the same moment (the run's "now") once per dated finding, and formatToParts costs ~8 µs.
let last: { ms: number; timeZone: string; day: Day } | undefined;

/** The calendar day of a moment in a time zone. */
export function dayIn(moment: Date, timeZone: string): Day {
  const ms = moment.getTime();
  if (last && last.ms === ms && last.timeZone === timeZone) return { ...last.day };
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: 'numeric', day: 'numeric' });
    formatters.set(timeZone, f);
  }
  const parts = Object.fromEntries(f.formatToParts(moment).map((p) => [p.type, p.value]));
  const day = fromUtc(Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day)));
  last = { ms, timeZone, day };
  return { ...day };
}

function fromUtc(ms: number): Day {
  const d = new Date(ms);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, date: d.getUTCDate(), weekday: d.getUTCDay() };
}

function addDays(day: Day, n: number): Day {
  return fromUtc(Date.UTC(day.year, day.month - 1, day.date) + n * DAY_MS);
}

/** 一…日/天 → 1…6, 0 (Sunday). */
function weekdayOf(name: string): number {
  return name === '天' ? 0 : ZH_WEEKDAYS.indexOf(name);
}

/** Days from a Monday-first week's `from` to weekday `target` of the week `weeksAhead` later. */
function inWeek(from: Day, target: number, weeksAhead: number): Day {
  const mondayFirst = (w: number) => (w + 6) % 7;
  return addDays(from, mondayFirst(target) - mondayFirst(from.weekday) + 7 * weeksAhead);
}

/**
 * The day a relative date word means when said on `today`: 明天 → tomorrow, 下周三 → next week's
 * Wednesday, 周五 → the coming Friday (today included). undefined for words without one day (下周安排).
 */
export function resolveRelativeDay(term: string, today: Day): Day | undefined {
  const offsets: Record<string, number> = { 今天: 0, 今日: 0, 今晚: 0, 明天: 1, 明日: 1, 明早: 1, 明晚: 1, 明后天: 1, 明后两天: 1, 后天: 2, 大后天: 3, 昨天: -1 };
  if (term in offsets) return addDays(today, offsets[term]);
  let m = /^(?:本|这)(?:周|星期)([一二三四五六日天])$/.exec(term);
  if (m) return inWeek(today, weekdayOf(m[1]), 0);
  if (/^(?:本|这)周末$/.test(term)) return inWeek(today, 6, 0);
  m = /^下(?:周|星期)([一二三四五六日天])$/.exec(term);
  if (m) return inWeek(today, weekdayOf(m[1]), 1);
  if (/^下(?:周|星期)$/.test(term)) return inWeek(today, 1, 1);
  m = /^(?:周|星期)([一二三四五六日天])$/.exec(term);
  if (m) return addDays(today, (weekdayOf(m[1]) - today.weekday + 7) % 7);
  if (/^下个?月$/.test(term)) return fromUtc(Date.UTC(today.year, today.month, 1));
  return undefined;
}

/**
 * Example dates: a full date (2026年11月25日), or a month-day with the weekday when the example shows
 * one (11月26日，星期四 / 11月27日（星期五）).
 */
const EN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** The English messages' example form: 27 Nov. */
const EN_EXAMPLE_DATE = new RegExp(`\\b\\d{1,2} (?:${EN_MONTHS.join('|')})\\b`, 'g');
const EXAMPLE_DATE = /\d{4}年\d{1,2}月\d{1,2}日|(?<![\d年])\d{1,2}月\d{1,2}日(?:(，|（)(星期|周)[一二三四五六日天](）?))?/g;

/** 11.28 or 11/28 as a day of today's year (the form m5-numeric-date reports). */
function numericDate(term: string, today: Day): Day | undefined {
  const m = /^(\d{1,2})[./](\d{1,2})$/.exec(term.trim());
  if (!m || Number(m[1]) < 1 || Number(m[1]) > 12 || Number(m[2]) < 1 || Number(m[2]) > 31) return undefined;
  return fromUtc(Date.UTC(today.year, Number(m[1]) - 1, Number(m[2])));
}

/**
 * The suggestion with its example dates made current: a full date becomes the send day; a month-day
 * becomes the day the finding's own date words mean (明天, 下周三, 11.28), or else the day after
 * sending (an example of a coming date). Text without example dates is returned as it is.
 */
export function currentExampleDates(suggestion: string, moment: Date, timeZone: string, term?: string): string {
  if (!/\d月\d/.test(suggestion) && suggestion.search(EN_EXAMPLE_DATE) === -1) return suggestion;
  const today = dayIn(moment, timeZone);
  const meant = (term !== undefined && (resolveRelativeDay(term, today) ?? numericDate(term, today))) || addDays(today, 1);
  return suggestion.replace(EN_EXAMPLE_DATE, `${meant.date} ${EN_MONTHS[meant.month - 1]}`).replace(EXAMPLE_DATE, (whole: string, open?: string, word?: string, close?: string) => {
    if (whole.includes('年')) return `${today.year}年${today.month}月${today.date}日`;
    const monthDay = `${meant.month}月${meant.date}日`;
    return open === undefined ? monthDay : `${monthDay}${open}${word}${ZH_WEEKDAYS[meant.weekday]}${close ?? ''}`;
  });
}
