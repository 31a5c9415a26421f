// Day classification for clause N1 (五不要·一): is a calendar day a working day or rest day?
//
// Sources, in order of precedence (see classifyDay):
//   1. the school's config: daysOff, vacations, weekdayHours;
//   2. the statutory calendar (法定节假日 and 调休 make-up workdays) from the chinese-days package;
//   3. for a year the package does not cover: data/holidays-extra.json merged under the config's
//      `time.extraYears` (config wins for the same year); failing both, weekends only, with a
//      coverage note saying so plainly.
//
// HOW TO TAKE IN A NEW YEAR before chinese-days ships it (the State Council announces the next
// year's arrangement around November; chinese-days usually follows within days):
//   - `jiaxiao-lint holidays import notice.txt` reads the notice's text (notice.ts) and writes the
//     year into the user's config; `--print --json` gives the entry for data/holidays-extra.json;
//   - either add the year to data/holidays-extra.json (shipped with the tool, for everybody), or
//     put it in a user's config under `time.extraYears`; the shape is ExtraYear (types.ts):
//       { "2027": { "holidays": { "元旦": ["2027-01-01", …], "春节": […], … },
//                   "workdays": { "春节": ["2027-02-20", …] } } }   (or a plain list of workdays)
//     Holiday keys are the Chinese names used in messages (元旦 春节 清明 劳动节 端午 中秋 国庆节).
//   - or bump chinese-days (npm install chinese-days@latest). COVERED_YEARS is read from the
//     package's own data table, so a bumped package is picked up with no code change, and from
//     then on the package's data is used for that year (extra years only fill gaps).
//
// Why the package's JSON table and not its functions: chinese-days 1.5.7 parses 'YYYY-MM-DD' as
// UTC midnight and reads it back in the process time zone, both for our queries and when it
// builds its own tables at load time. Under a negative UTC offset (TZ=America/New_York) every
// function is off by a day: getDayDetail('2026-10-10') answers for 2026-10-09, and even a local
// Date for 2026-10-10 (a make-up Saturday) comes back as an ordinary Saturday. A plain lookup in
// its shipped table (dist/chinese-days.json, documented in its README, built by the package
// itself) involves no time zone at all. test/time/calendar.test.ts checks that the table agrees
// with getDayDetail, loaded and asked in Asia/Shanghai, on every covered day.

import { TZDate } from '@date-fns/tz';
import { addDays as addCalendarDays } from 'date-fns/addDays';
import chineseDaysData from 'chinese-days/dist/chinese-days.json';
import type { ExtraYear, TimeConfig, TimeWindow, Weekday } from './types';

export type DayKind =
  | 'workday' // an ordinary working day (including a weekend day given hours in weekdayHours)
  | 'makeupWorkday' // 调休: official working day on a weekend
  | 'weekend'
  | 'holiday' // statutory holiday (法定节假日)
  | 'vacation' // school vacation from config.vacations
  | 'dayOff' // single day off from config.daysOff
  | 'weekdayOff'; // weekday set to 'off' in config.weekdayHours

export interface DayInfo {
  /** YYYY-MM-DD */
  date: string;
  weekday: Weekday;
  kind: DayKind;
  /** True for 'workday' and 'makeupWorkday'. */
  working: boolean;
  /** Working window of the day, for a working day. */
  hours?: TimeWindow;
  /** Holiday or vacation name: 国庆节, 寒假. For a make-up workday, the holiday it makes up for. */
  name?: string;
  /** English holiday name when known (National Day); vacations have none. */
  nameEn?: string;
  /** Set when the statutory calendar of this year is unknown (judged by weekends only). */
  coverageNote?: { zh: string; en: string };
  /** Which calendar decided the day (法定节假日 / 调休 / 学校校历 / the ordinary week). */
  calendar: DayCalendar;
  /** Where that calendar's data came from (see describeSource): for statutory days, and school days from an .ics file. */
  source?: CalendarSource;
}

export type DayCalendar = 'holiday' | 'makeup' | 'school' | 'week';

/**
 * Where a day's data came from: the chinese-days package, the shipped data/holidays-extra.json,
 * the config's time.extraYears, or the school calendar (the config's lists, or the .ics file named).
 */
export type CalendarSource =
  | { kind: 'package'; version: string }
  | { kind: 'bundled' }
  | { kind: 'config' }
  | { kind: 'ics'; file: string };

export const CHINESE_DAYS_VERSION: string = require('chinese-days/package.json').version;

interface ChineseDaysTable {
  holidays: Record<string, string>; // "2026-10-01": "National Day,国庆节,3"
  workdays: Record<string, string>; // make-up workdays, same value format
}
const table = chineseDaysData as ChineseDaysTable;

/** Years the chinese-days data covers (2004–2026 in 1.5.7), read from its own table. */
export const COVERED_YEARS: readonly number[] = [
  ...new Set(Object.keys(table.holidays).map((d) => Number(d.slice(0, 4)))),
].sort((a, b) => a - b);

// Loaded with require (not import) so the build, rooted at src/, does not try to compile a file
// outside it; the path is the same from src/time/ and dist/time/.
const BUNDLED_EXTRA_YEARS: Record<string, ExtraYear> = require('../../data/holidays-extra.json');

export const WEEKDAYS: readonly Weekday[] = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

/** English names for the Chinese holiday names of ExtraYear. */
const HOLIDAY_EN: Record<string, string> = {
  元旦: "New Year's Day",
  春节: 'Spring Festival',
  清明: 'Tomb-sweeping Day',
  清明节: 'Tomb-sweeping Day',
  劳动节: 'Labour Day',
  端午: 'Dragon Boat Festival',
  端午节: 'Dragon Boat Festival',
  中秋: 'Mid-autumn Festival',
  中秋节: 'Mid-autumn Festival',
  国庆节: 'National Day',
};

// ---- plain calendar dates (no time zone involved) ----

export interface YMD {
  year: number;
  month: number; // 1–12
  day: number;
}

export function parseYmd(date: string): YMD {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) throw new Error(`not a YYYY-MM-DD date: ${date}`);
  return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
}

export function formatYmd({ year, month, day }: YMD): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Calendar arithmetic on a YYYY-MM-DD by date-fns, in the UTC zone so the process time zone cannot shift it. */
export function addDays(date: string, days: number): string {
  const { year, month, day } = parseYmd(date);
  const d = addCalendarDays(new TZDate(year, month - 1, day, 'UTC'), days);
  return formatYmd({ year: d.getFullYear(), month: d.getMonth() + 1, day: d.getDate() });
}

export function weekdayOf(date: string): Weekday {
  const { year, month, day } = parseYmd(date);
  return WEEKDAYS[new Date(Date.UTC(year, month - 1, day)).getUTCDay()];
}

/** The calendar date of an instant in the given IANA time zone, as YYYY-MM-DD. */
export function localDate(at: Date, timeZone: string): string {
  const t = new TZDate(at.getTime(), timeZone);
  if (Number.isNaN(t.getTime())) throw new Error(`invalid instant or time zone "${timeZone}"`);
  return formatYmd({ year: t.getFullYear(), month: t.getMonth() + 1, day: t.getDate() });
}

// ---- classification ----

/** Whether the bundled chinese-days data knows the statutory calendar of this year. */
export function isCoveredYear(year: number): boolean {
  return COVERED_YEARS.includes(year);
}

export function coverageNoteFor(year: number): { zh: string; en: string } {
  return {
    zh: `${year} 年法定节假日安排尚未收录，仅按周末判断`,
    en: `The ${year} statutory holiday arrangement is not in the calendar data yet; judged by weekends only`,
  };
}

/** data/holidays-extra.json with the config's extraYears on top (config wins per year). */
export function effectiveExtraYears(cfg: TimeConfig): Record<string, ExtraYear> {
  return { ...BUNDLED_EXTRA_YEARS, ...cfg.extraYears };
}

/** Make-up workdays of an ExtraYear as [holiday name, date] pairs; the name is '' for a plain list. */
export function workdayEntries(extra: ExtraYear): Array<[string, string]> {
  const workdays = extra.workdays ?? [];
  if (Array.isArray(workdays)) return workdays.map((d) => ['', d]);
  return Object.entries(workdays).flatMap(([name, days]) => days.map((d): [string, string] => [name, d]));
}

/** One year's statutory calendar, by holiday name, and where it came from. */
export interface StatutoryYear {
  year: number;
  source: CalendarSource;
  holidays: Record<string, string[]>;
  /** Make-up workdays by the holiday they belong to ('' when the data does not say). */
  workdays: Record<string, string[]>;
}

/** The statutory calendar of a year as the tool will use it, or undefined when no data has it. */
export function statutoryYear(year: number, cfg: TimeConfig): StatutoryYear | undefined {
  const group = (entries: Array<[string, string]>): Record<string, string[]> => {
    const out: Record<string, string[]> = {};
    for (const [name, date] of entries) (out[name] ??= []).push(date);
    for (const days of Object.values(out)) days.sort();
    return out;
  };
  if (isCoveredYear(year)) {
    const ofYear = (t: Record<string, string>): Array<[string, string]> =>
      Object.entries(t)
        .filter(([date]) => date.startsWith(`${year}-`))
        .map(([date, value]) => [value.split(',')[1] ?? value.split(',')[0], date]);
    return { year, source: { kind: 'package', version: CHINESE_DAYS_VERSION }, holidays: group(ofYear(table.holidays)), workdays: group(ofYear(table.workdays)) };
  }
  const extra = cfg.extraYears[String(year)] ?? BUNDLED_EXTRA_YEARS[String(year)];
  if (!extra) return undefined;
  const source: CalendarSource = cfg.extraYears[String(year)] ? { kind: 'config' } : { kind: 'bundled' };
  const holidays = group(Object.entries(extra.holidays ?? {}).flatMap(([name, days]) => days.map((d): [string, string] => [name, d])));
  return { year, source, holidays, workdays: group(workdayEntries(extra)) };
}

type Statutory =
  | { kind: 'holiday' | 'makeupWorkday'; name: string; nameEn?: string; source: CalendarSource }
  | { kind: 'none'; source: CalendarSource }
  | { kind: 'unknown' };

/** The statutory status of a date: holiday, make-up workday, neither, or unknown year. */
function statutoryDay(date: string, cfg: TimeConfig): Statutory {
  const year = parseYmd(date).year;
  if (isCoveredYear(year)) {
    const source: CalendarSource = { kind: 'package', version: CHINESE_DAYS_VERSION };
    // Values look like "National Day,国庆节,3" (English, Chinese, length of the holiday).
    const work = table.workdays[date];
    const rest = table.holidays[date];
    const value = work ?? rest;
    if (value === undefined) return { kind: 'none', source };
    const [en, zh] = value.split(',');
    return { kind: work !== undefined ? 'makeupWorkday' : 'holiday', name: zh ?? en, nameEn: en, source };
  }
  // A notice may list a day of the year before (元旦 make-up work on 31 December): look in the
  // date's own year and in the next one.
  for (const y of [year, year + 1]) {
    const data = statutoryYear(y, cfg);
    if (!data) continue;
    for (const [name, days] of Object.entries(data.holidays)) {
      if (days.includes(date)) return { kind: 'holiday', name, nameEn: HOLIDAY_EN[name], source: data.source };
    }
    for (const [name, days] of Object.entries(data.workdays)) {
      if (days.includes(date)) return { kind: 'makeupWorkday', name, nameEn: HOLIDAY_EN[name], source: data.source };
    }
  }
  const own = statutoryYear(year, cfg);
  return own ? { kind: 'none', source: own.source } : { kind: 'unknown' };
}

/**
 * Classifies a calendar day (YYYY-MM-DD, already in the configured time zone).
 * Precedence: the school's own days off and vacations, then statutory holidays, then make-up
 * workdays (which use workingHours), then weekdayHours, then the weekend.
 */
export function classifyDay(date: string, cfg: TimeConfig): DayInfo {
  const weekday = weekdayOf(date);
  const statutory = statutoryDay(date, cfg);
  const coverageNote =
    statutory.kind === 'unknown' ? coverageNoteFor(parseYmd(date).year) : undefined;
  const base = { date, weekday, ...(coverageNote ? { coverageNote } : {}) };

  if (cfg.daysOff.includes(date)) return { ...base, kind: 'dayOff', working: false, calendar: 'school' };
  // YYYY-MM-DD strings compare in date order.
  const vacation = cfg.vacations.find((v) => v.from <= date && date <= v.to);
  if (vacation) {
    const source: CalendarSource | undefined = vacation.source ? { kind: 'ics', file: vacation.source } : undefined;
    return { ...base, kind: 'vacation', working: false, name: vacation.name, calendar: 'school', ...(source ? { source } : {}) };
  }

  if (statutory.kind === 'holiday') {
    return { ...base, kind: 'holiday', working: false, name: statutory.name, nameEn: statutory.nameEn, calendar: 'holiday', source: statutory.source };
  }
  if (statutory.kind === 'makeupWorkday') {
    return {
      ...base,
      kind: 'makeupWorkday',
      working: true,
      hours: cfg.workingHours,
      calendar: 'makeup',
      source: statutory.source,
      ...(statutory.name ? { name: statutory.name, nameEn: statutory.nameEn } : {}),
    };
  }

  const override = cfg.weekdayHours[weekday];
  if (override === 'off') return { ...base, kind: 'weekdayOff', working: false, calendar: 'school' };
  if (override !== undefined) return { ...base, kind: 'workday', working: true, hours: override, calendar: 'week' };
  if (weekday === 'sat' || weekday === 'sun') return { ...base, kind: 'weekend', working: false, calendar: 'week' };
  return { ...base, kind: 'workday', working: true, hours: cfg.workingHours, calendar: 'week' };
}

/** Classifies the day an instant falls on, in cfg.timeZone. */
export function classifyInstant(at: Date, cfg: TimeConfig): DayInfo {
  return classifyDay(localDate(at, cfg.timeZone), cfg);
}
