// Send-time settings (clause N1). Validated in src/config/validate.ts; defaults in DEFAULT_TIME.

/** "HH:MM-HH:MM", e.g. "08:00-18:00". */
export type TimeWindow = string;
export type Weekday = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';

export interface Vacation {
  name: string; // 寒假
  from: string; // YYYY-MM-DD, inclusive
  to: string; // YYYY-MM-DD, inclusive
  /** Where it came from when not the config's own list: the .ics file's name (time.calendarFile). */
  source?: string;
}

/** Statutory calendar for a year the holiday package does not cover yet. */
export interface ExtraYear {
  /** Rest days, by holiday name: { "春节": ["2027-02-06", …] } */
  holidays: Record<string, string[]>;
  /**
   * Official make-up working days (调休): a plain list, or by the holiday they make up for
   * ({ "春节": ["2027-02-20"] }, as `holidays import` writes them).
   */
  workdays: string[] | Record<string, string[]>;
}

export interface TimeConfig {
  timeZone: string; // IANA, default Asia/Shanghai
  /** Window of an ordinary workday (and of a make-up workday). */
  workingHours: TimeWindow;
  /** Per-weekday overrides; "off" makes that weekday a rest day. */
  weekdayHours: Partial<Record<Weekday, TimeWindow | 'off'>>;
  /** Off unless set. */
  lunchBreak: TimeWindow | null;
  vacations: Vacation[];
  /** Extra single days off (YYYY-MM-DD) such as a school's sports-day rest. */
  daysOff: string[];
  /** Statutory holidays for years the bundled data lacks, keyed by year ("2027"). */
  extraYears: Record<string, ExtraYear>;
  /** The school's calendar (.ics); its all-day rest events are merged into vacations on load. */
  calendarFile?: string;
  /** Which all-day events of calendarFile are rest days: an event whose name contains one of these. */
  calendarRestNames: string[];
}

export const DEFAULT_TIME: TimeConfig = {
  timeZone: 'Asia/Shanghai',
  workingHours: '08:00-18:00',
  weekdayHours: {},
  lunchBreak: null,
  vacations: [],
  daysOff: [],
  extraYears: {},
  calendarRestNames: ['寒假', '暑假', '放假', '休息'],
};
