// Clause N1 (五不要·一 不在休息时间发布信息): is a send time inside the working windows, and if
// not, when is the next allowed moment? Pure: the instant to judge is always a parameter.
//
// A moment is allowed when its day (in cfg.timeZone) is a working day (calendar.ts) and its time
// of day lies in that day's window [start, end) — the end is exclusive, so 18:00 is already rest
// time under 08:00-18:00 — and outside the lunch break, if one is set.

import { TZDate } from '@date-fns/tz';
import type { Lang } from '../core/types';
import { addDays, classifyDay, localDate, parseYmd, WEEKDAYS, type CalendarSource, type DayCalendar, type DayInfo } from './calendar';
import type { TimeConfig, TimeWindow, Weekday } from './types';

export interface SendTimeVerdict {
  allowed: boolean;
  /** Why it is rest time: “晚上 21:40”, “国庆节假期”, “周六”, “午休时间 12:30”, “寒假”. */
  reason?: string;
  /** Next allowed moment, when one exists within SEARCH_DAYS. */
  next?: Date;
  /** “11月26日（星期四）08:00” / “Thu 26 Nov 08:00”; or says that none was found. */
  nextText?: string;
  /** Set when a year involved is outside the holiday data (judged by weekends only). */
  coverageNote?: string;
  /** What kind of day the send time falls on: “工作日”, “国庆节假期”, “周六”, … */
  dayLabel: string;
  /** Which calendar decided that day: “法定节假日”, “调休”, “学校校历”, “常规作息”. */
  decidedBy: string;
  /** The same with where its data came from: “法定节假日（chinese-days 1.5.7）”. */
  decidedBySource: string;
}

/** How far ahead the next allowed moment is searched (a school year and then some). */
export const SEARCH_DAYS = 400;

// ---- windows ----

export interface MinuteRange {
  start: number; // minutes since midnight, inclusive
  end: number; // exclusive; 1440 for "24:00"
}

/** Parses "HH:MM-HH:MM" (end may be 24:00). Throws on a malformed or empty window. */
export function parseWindow(window: TimeWindow): MinuteRange {
  const m = /^\s*(\d{1,2}):(\d{2})\s*-\s*(\d{1,2}):(\d{2})\s*$/.exec(window);
  const toMinutes = (h: string, mm: string): number => {
    const hours = Number(h);
    const minutes = Number(mm);
    if (minutes > 59 || hours > 24 || (hours === 24 && minutes !== 0)) return NaN;
    return hours * 60 + minutes;
  };
  const range = m ? { start: toMinutes(m[1], m[2]), end: toMinutes(m[3], m[4]) } : undefined;
  if (!range || Number.isNaN(range.start) || Number.isNaN(range.end) || range.start >= range.end) {
    throw new Error(`invalid time window "${window}" (expected HH:MM-HH:MM, start before end)`);
  }
  return range;
}

/** The allowed parts of a working day: its window minus the lunch break. */
function allowedRanges(day: DayInfo, cfg: TimeConfig): MinuteRange[] {
  if (!day.working || !day.hours) return [];
  const window = parseWindow(day.hours);
  if (!cfg.lunchBreak) return [window];
  const lunch = parseWindow(cfg.lunchBreak);
  return [
    { start: window.start, end: Math.min(window.end, lunch.start) },
    { start: Math.max(window.start, lunch.end), end: window.end },
  ].filter((r) => r.start < r.end);
}

function inRange(minute: number, r: MinuteRange): boolean {
  return minute >= r.start && minute < r.end;
}

// ---- formatting ----

export const ZH_WEEKDAY: Record<Weekday, string> = {
  mon: '一', tue: '二', wed: '三', thu: '四', fri: '五', sat: '六', sun: '日',
};
export const EN_WEEKDAY: Record<Weekday, string> = {
  mon: 'Monday', tue: 'Tuesday', wed: 'Wednesday', thu: 'Thursday',
  fri: 'Friday', sat: 'Saturday', sun: 'Sunday',
};
export const EN_MONTH = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const pad2 = (n: number): string => String(n).padStart(2, '0');

function hhmm(minute: number): string {
  return `${pad2(Math.floor(minute / 60))}:${pad2(Math.floor(minute % 60))}`;
}

/** “11月26日（星期四）08:00”, with “2027年” in front when withYear is set. */
export function formatZhDate(date: Date, timeZone: string, withYear = false): string {
  const t = new TZDate(date.getTime(), timeZone);
  const year = withYear ? `${t.getFullYear()}年` : '';
  const weekday = ZH_WEEKDAY[WEEKDAYS[t.getDay()]];
  return `${year}${t.getMonth() + 1}月${t.getDate()}日（星期${weekday}）${pad2(t.getHours())}:${pad2(t.getMinutes())}`;
}

/** “Thu 26 Nov 08:00”, with the year after the month when withYear is set. */
export function formatEnDate(date: Date, timeZone: string, withYear = false): string {
  const t = new TZDate(date.getTime(), timeZone);
  const weekday = EN_WEEKDAY[WEEKDAYS[t.getDay()]].slice(0, 3);
  const year = withYear ? ` ${t.getFullYear()}` : '';
  return `${weekday} ${t.getDate()} ${EN_MONTH[t.getMonth()]}${year} ${pad2(t.getHours())}:${pad2(t.getMinutes())}`;
}

export function formatDate(date: Date, timeZone: string, lang: Lang, withYear = false): string {
  return lang === 'zh' ? formatZhDate(date, timeZone, withYear) : formatEnDate(date, timeZone, withYear);
}

/** What kind of day this is, for messages: “工作日”, “国庆节假期”, “周六”, “寒假”. */
export function dayLabel(day: DayInfo, lang: Lang): string {
  const zhWeekday = `周${ZH_WEEKDAY[day.weekday]}`;
  const enWeekday = EN_WEEKDAY[day.weekday];
  switch (day.kind) {
    case 'workday':
      return lang === 'zh' ? '工作日' : 'workday';
    case 'makeupWorkday':
      if (lang === 'zh') return day.name ? `${day.name}调休上班日` : '调休上班日';
      return day.name ? `make-up workday (${day.nameEn ?? day.name})` : 'make-up workday';
    case 'weekend':
      return lang === 'zh' ? zhWeekday : enWeekday;
    case 'holiday':
      return lang === 'zh' ? `${day.name}假期` : `${day.nameEn ?? day.name} holiday`;
    case 'vacation':
      return lang === 'zh' ? (day.name ?? '假期') : `school vacation (${day.name})`;
    case 'dayOff':
      return lang === 'zh' ? '学校休息日' : 'school day off';
    case 'weekdayOff':
      return lang === 'zh' ? `${zhWeekday}（已设为休息日）` : `${enWeekday} (set as a day off)`;
  }
}

const CALENDAR_LABEL: Record<DayCalendar, { zh: string; en: string }> = {
  holiday: { zh: '法定节假日', en: 'statutory holidays' },
  makeup: { zh: '调休', en: 'make-up workday (调休)' },
  school: { zh: '学校校历', en: 'school calendar' },
  week: { zh: '常规作息', en: 'ordinary week' },
};

export function calendarLabel(calendar: DayCalendar, lang: Lang): string {
  return CALENDAR_LABEL[calendar][lang];
}

/** Where calendar data came from, for messages and `holidays list`. */
export function describeSource(source: CalendarSource, lang: Lang): string {
  switch (source.kind) {
    case 'package':
      return lang === 'zh' ? `chinese-days ${source.version} 软件包` : `the chinese-days ${source.version} package`;
    case 'bundled':
      return lang === 'zh' ? '随工具发布的 data/holidays-extra.json' : 'data/holidays-extra.json shipped with the tool';
    case 'config':
      return lang === 'zh' ? '配置 time.extraYears' : 'time.extraYears in the config';
    case 'ics':
      return source.file;
  }
}

/** “法定节假日（chinese-days 1.5.7 软件包）”, “学校校历（school.ics）”, “学校校历（配置 time.vacations）”. */
export function decidedBySource(day: DayInfo, lang: Lang): string {
  const label = calendarLabel(day.calendar, lang);
  let where: string | undefined;
  if (day.source) where = describeSource(day.source, lang);
  else if (day.kind === 'vacation') where = lang === 'zh' ? '配置 time.vacations' : 'time.vacations in the config';
  else if (day.kind === 'dayOff') where = lang === 'zh' ? '配置 time.daysOff' : 'time.daysOff in the config';
  else if (day.kind === 'weekdayOff') where = lang === 'zh' ? '配置 time.weekdayHours' : 'time.weekdayHours in the config';
  if (!where) return label;
  return lang === 'zh' ? `${label}（${where}）` : `${label} (${where})`;
}

/** Rest time on a working day, named by the part of the day: “晚上 21:40”, “early morning 07:30”. */
function timeOfDayReason(minute: number, lang: Lang): string {
  const hour = Math.floor(minute / 60);
  const [zh, en] =
    hour < 6 ? ['凌晨', 'night']
    : hour < 8 ? ['早上', 'early morning']
    : hour < 12 ? ['上午', 'morning']
    : hour < 14 ? ['中午', 'midday']
    : hour < 18 ? ['下午', 'afternoon']
    : hour < 19 ? ['傍晚', 'evening']
    : ['晚上', 'evening'];
  return `${lang === 'zh' ? zh : en} ${hhmm(minute)}`;
}

// ---- the check ----

/** Minutes since local midnight in the time zone, with seconds as a fraction (17:59:59 < 18:00). */
function minuteOfDay(at: Date, timeZone: string): number {
  const t = new TZDate(at.getTime(), timeZone);
  return t.getHours() * 60 + t.getMinutes() + t.getSeconds() / 60 + t.getMilliseconds() / 60000;
}

function instantAt(date: string, minute: number, timeZone: string): Date {
  const { year, month, day } = parseYmd(date);
  const t = new TZDate(year, month - 1, day, Math.floor(minute / 60), minute % 60, timeZone);
  return new Date(t.getTime());
}

/** The first allowed moment strictly after a disallowed `at`, searching SEARCH_DAYS days. */
export function nextAllowedMoment(
  at: Date,
  cfg: TimeConfig,
): { next: Date; day: DayInfo } | undefined {
  const today = localDate(at, cfg.timeZone);
  const nowMinute = minuteOfDay(at, cfg.timeZone);
  for (let i = 0; i <= SEARCH_DAYS; i++) {
    const date = addDays(today, i);
    const day = classifyDay(date, cfg);
    const range = allowedRanges(day, cfg).find((r) => i > 0 || r.start > nowMinute);
    if (range) return { next: instantAt(date, range.start, cfg.timeZone), day };
  }
  return undefined;
}

export function checkSendTime(at: Date, cfg: TimeConfig, lang: Lang): SendTimeVerdict {
  const day = classifyDay(localDate(at, cfg.timeZone), cfg);
  const minute = minuteOfDay(at, cfg.timeZone);
  const label = dayLabel(day, lang);
  const noteOf = (d: DayInfo): string | undefined => d.coverageNote?.[lang];
  const ranges = allowedRanges(day, cfg);
  const decided = { decidedBy: calendarLabel(day.calendar, lang), decidedBySource: decidedBySource(day, lang) };

  if (ranges.some((r) => inRange(minute, r))) {
    const coverageNote = noteOf(day);
    return { allowed: true, dayLabel: label, ...decided, ...(coverageNote ? { coverageNote } : {}) };
  }

  let reason: string;
  if (!day.working) reason = label;
  else if (cfg.lunchBreak && inRange(minute, parseWindow(cfg.lunchBreak))) {
    reason = `${lang === 'zh' ? '午休时间' : 'lunch break'} ${hhmm(minute)}`;
  } else reason = timeOfDayReason(minute, lang);

  const found = nextAllowedMoment(at, cfg);
  // A year outside the data may be the send time's or the suggested moment's (31 Dec → 1 Jan).
  const coverageNote = noteOf(day) ?? (found ? noteOf(found.day) : undefined);
  const verdict: SendTimeVerdict = { allowed: false, reason, dayLabel: label, ...decided };
  if (found) {
    // Say the year when the next moment is in another year than the send time.
    const otherYear = parseYmd(found.day.date).year !== parseYmd(day.date).year;
    verdict.next = found.next;
    verdict.nextText = formatDate(found.next, cfg.timeZone, lang, otherYear);
  } else {
    verdict.nextText =
      lang === 'zh'
        ? `未来 ${SEARCH_DAYS} 天内没有可发送的时间，请检查时间配置`
        : `no allowed time in the next ${SEARCH_DAYS} days; check the time settings`;
  }
  if (coverageNote) verdict.coverageNote = coverageNote;
  return verdict;
}
