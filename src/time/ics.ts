// The school's own calendar from an iCalendar file (.ics, as DingTalk, Outlook and school calendar
// tools export it): its all-day events whose name contains one of time.calendarRestNames (寒假, 暑假,
// 放假, 休息 by default) become vacations. Pure: the file's text comes in, parsed by ical.js.
//
// All-day events only (or ones running midnight to midnight, as some tools write them): a timed
// event (a 9:00 meeting called 放假通知) says nothing about the day.
// DTEND of an all-day event is exclusive (RFC 5545): DTSTART 20270125, DTEND 20270226 is the 25th of
// January to the 25th of February. Without DTEND an all-day event is one day. A recurring event
// (RRULE) gives one vacation per occurrence, over at most ten years.
import type ICALType from 'ical.js';
import { addDays, formatYmd } from './calendar';
import type { Vacation } from './types';

const MAX_YEARS_OF_REPEATS = 10;

export function restDaysFromIcs(text: string, restNames: readonly string[], file: string): Vacation[] {
  const ICAL = require('ical.js') as typeof ICALType;
  const parsed = ICAL.parse(text);
  // Several VCALENDARs in one file come back as a list of them.
  const roots = (Array.isArray(parsed[0]) ? parsed : [parsed]) as unknown[][];
  const vacations: Vacation[] = [];
  for (const root of roots) {
    for (const vevent of new ICAL.Component(root).getAllSubcomponents('vevent')) {
      const event = new ICAL.Event(vevent);
      const name = (event.summary ?? '').trim();
      if (!event.startDate || !restNames.some((n) => name.includes(n))) continue;
      // Some tools write a whole day as midnight to midnight rather than as a DATE.
      const midnight = (t: ICALType.Time) => t.hour === 0 && t.minute === 0 && t.second === 0;
      const wholeDays = event.startDate.isDate || (midnight(event.startDate) && midnight(event.endDate) && event.duration.toSeconds() >= 86400);
      if (!wholeDays) continue;
      if (String(vevent.getFirstPropertyValue('status') ?? '').toUpperCase() === 'CANCELLED') continue;
      if (event.isRecurrenceException()) continue; // an override of one occurrence: the series covers it
      const ymd = (t: ICALType.Time) => formatYmd({ year: t.year, month: t.month, day: t.day });
      const days = Math.max(1, Math.round(event.duration.toSeconds() / 86400));
      const starts: string[] = [];
      if (event.isRecurring()) {
        const it = event.iterator();
        const lastYear = event.startDate.year + MAX_YEARS_OF_REPEATS;
        for (let next = it.next(); next && next.year <= lastYear; next = it.next()) starts.push(ymd(next));
      } else {
        starts.push(ymd(event.startDate));
      }
      // The end is exclusive: the last rest day is the day before it.
      for (const from of starts) vacations.push({ name, from, to: addDays(from, days - 1), source: file });
    }
  }
  return vacations.sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
}
