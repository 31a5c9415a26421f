// Parses the send time a user gives (`--at`, or 发送时间 in a template's front matter).
// Pure: "today" comes from the `now` parameter, read in the configured time zone.

import { TZDate } from '@date-fns/tz';
import { addDays, localDate, parseYmd } from './calendar';

/** Examples of every accepted form, for the CLI's error message. */
export const ACCEPTED_AT_FORMATS: readonly string[] = [
  '2026-11-25T21:40:00+08:00',
  '2026-11-25T21:40',
  '2026-11-25 21:30',
  '2026/11/25 21:30',
  '2026年11月25日 21:30',
  '21:30',
  '今天 21:30',
  '明天 8:00',
  '后天 9:00',
  '明天8点',
  '明天下午3点半',
];

interface Clock {
  hour: number;
  minute: number;
  second: number;
}

// 2026-11-25T21:40:00+08:00, 2026-11-25 21:30, 2026/11/25 21:30 (one separator throughout),
// 2026年11月25日 21:30. The offset (Z, +08:00, +0800, +08) is optional.
const ABSOLUTE =
  /^(\d{4})(?:([-/])(\d{1,2})\2(\d{1,2})|年(\d{1,2})月(\d{1,2})日)(?:T|\s+|(?<=日)\s*)(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;

// 21:30, 8点, 8点30, 8点30分, 8点半, optionally after a part of the day (下午3点 = 15:00).
const CLOCK = /^(凌晨|早上|早晨|上午|中午|下午|傍晚|晚上)?\s*(\d{1,2})(?::(\d{2})|点(?:(\d{1,2})分?|(半))?)$/;

const RELATIVE_DAYS: Record<string, number> = { 今天: 0, 明天: 1, 后天: 2 };

function parseClock(text: string): Clock | undefined {
  const m = CLOCK.exec(text);
  if (!m) return undefined;
  const [, part, h, colonMinutes, pointMinutes, half] = m;
  let hour = Number(h);
  const minute = half ? 30 : Number(colonMinutes ?? pointMinutes ?? 0);
  // Afternoon and evening words move 1–11 o'clock to 13–23 (下午3点, 晚上9点); 中午1点 = 13:00.
  // 晚上12点 could be midnight of either day: refuse it rather than guess.
  if (part === '晚上' && hour === 12) return undefined;
  if ((part === '下午' || part === '傍晚' || part === '晚上') && hour >= 1 && hour < 12) hour += 12;
  else if (part === '中午' && hour >= 1 && hour < 3) hour += 12;
  return validClock(hour, minute, 0);
}

function validClock(hour: number, minute: number, second: number): Clock | undefined {
  return hour <= 23 && minute <= 59 && second <= 59 ? { hour, minute, second } : undefined;
}

function validDate(year: number, month: number, day: number): boolean {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

/** Offset like Z, +08:00, +0800, +08 → minutes east of UTC. */
function offsetMinutes(offset: string): number {
  if (offset.toUpperCase() === 'Z') return 0;
  const sign = offset[0] === '-' ? -1 : 1;
  const digits = offset.slice(1).replace(':', '');
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2) || 0));
}

function inZone(year: number, month: number, day: number, c: Clock, timeZone: string): Date | undefined {
  const t = new TZDate(year, month - 1, day, c.hour, c.minute, c.second, timeZone);
  return Number.isNaN(t.getTime()) ? undefined : new Date(t.getTime());
}

/**
 * The instant a send-time string names, or undefined when it is not one of ACCEPTED_AT_FORMATS
 * (or names no real date or time). A time without an offset is read in `timeZone`.
 */
export function parseAt(input: string, now: Date, timeZone: string): Date | undefined {
  // NFKC turns full-width digits and colons (２１：３０) into ASCII.
  const text = input.normalize('NFKC').trim();

  const abs = ABSOLUTE.exec(text);
  if (abs) {
    const year = Number(abs[1]);
    const month = Number(abs[3] ?? abs[5]);
    const day = Number(abs[4] ?? abs[6]);
    const clock = validClock(Number(abs[7]), Number(abs[8]), Number(abs[9] ?? 0));
    if (!clock || !validDate(year, month, day)) return undefined;
    if (abs[10] === undefined) return inZone(year, month, day, clock, timeZone);
    const utc = Date.UTC(year, month - 1, day, clock.hour, clock.minute, clock.second);
    return new Date(utc - offsetMinutes(abs[10]) * 60_000);
  }

  // 今天 / 明天 / 后天 + clock, or a clock alone (today). "Today" is today in timeZone.
  const rel = /^(今天|明天|后天)?\s*(.+)$/.exec(text);
  if (!rel) return undefined;
  const clock = parseClock(rel[2]);
  if (!clock) return undefined;
  if (Number.isNaN(now.getTime())) return undefined;
  let today: string;
  try {
    today = localDate(now, timeZone);
  } catch {
    return undefined; // unknown time zone
  }
  const { year, month, day } = parseYmd(addDays(today, RELATIVE_DAYS[rel[1] ?? '今天']));
  return inZone(year, month, day, clock, timeZone);
}
