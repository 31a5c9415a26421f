// The school's calendar from an .ics file (time.calendarFile): which events become rest days.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { classifyDay } from '../../src/time/calendar';
import { restDaysFromIcs } from '../../src/time/ics';
import { DEFAULT_TIME } from '../../src/time/types';

const ics = readFileSync(join(__dirname, 'fixtures', 'school.ics'), 'utf8');
const REST = DEFAULT_TIME.calendarRestNames;

test('all-day events named 寒假/暑假/…休息 are vacations; DTEND is exclusive; timed and other events are not', () => {
  expect(restDaysFromIcs(ics, REST, 'school.ics')).toEqual([
    { name: '运动会后休息', from: '2026-12-07', to: '2026-12-07', source: 'school.ics' }, // no DTEND: one day
    { name: '寒假', from: '2027-01-25', to: '2027-02-25', source: 'school.ics' }, // DTEND 20270226
    { name: '2027年暑假', from: '2027-07-10', to: '2027-08-31', source: 'school.ics' },
  ]);
});

test('the config says which names count', () => {
  expect(restDaysFromIcs(ics, ['考试'], 'school.ics')).toEqual([{ name: '期末考试', from: '2027-01-18', to: '2027-01-20', source: 'school.ics' }]);
  expect(restDaysFromIcs(ics, [], 'school.ics')).toEqual([]);
});

test('a recurring all-day event gives one vacation per occurrence; a cancelled one none', () => {
  const text = [
    'BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//t//t//ZH',
    'BEGIN:VEVENT', 'UID:a', 'DTSTAMP:20261201T000000Z', 'DTSTART;VALUE=DATE:20270601', 'DTEND;VALUE=DATE:20270603', 'RRULE:FREQ=YEARLY;COUNT=2', 'SUMMARY:校庆放假', 'END:VEVENT',
    'BEGIN:VEVENT', 'UID:b', 'DTSTAMP:20261201T000000Z', 'DTSTART;VALUE=DATE:20270301', 'STATUS:CANCELLED', 'SUMMARY:放假', 'END:VEVENT',
    'END:VCALENDAR', '',
  ].join('\r\n');
  expect(restDaysFromIcs(text, REST, 'x.ics')).toEqual([
    { name: '校庆放假', from: '2027-06-01', to: '2027-06-02', source: 'x.ics' },
    { name: '校庆放假', from: '2028-06-01', to: '2028-06-02', source: 'x.ics' },
  ]);
});

test('an event written as midnight to midnight counts as whole days', () => {
  const text = [
    'BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//t//t//ZH',
    'BEGIN:VEVENT', 'UID:a', 'DTSTAMP:20261201T000000Z', 'DTSTART;TZID=Asia/Shanghai:20270405T000000', 'DTEND;TZID=Asia/Shanghai:20270407T000000', 'SUMMARY:春假放假', 'END:VEVENT',
    'BEGIN:VEVENT', 'UID:b', 'DTSTAMP:20261201T000000Z', 'DTSTART;TZID=Asia/Shanghai:20270408T000000', 'DTEND;TZID=Asia/Shanghai:20270408T120000', 'SUMMARY:半天放假', 'END:VEVENT',
    'END:VCALENDAR', '',
  ].join('\r\n');
  expect(restDaysFromIcs(text, REST, 'x.ics')).toEqual([{ name: '春假放假', from: '2027-04-05', to: '2027-04-06', source: 'x.ics' }]);
});

test('not an iCalendar file: an error, not an empty calendar', () => {
  expect(() => restDaysFromIcs('hello', REST, 'x.ics')).toThrow();
});

test('its days are rest days decided by the school calendar, with the file named', () => {
  const cfg = { ...DEFAULT_TIME, vacations: restDaysFromIcs(ics, REST, 'school.ics') };
  expect(classifyDay('2027-01-25', cfg)).toMatchObject({ kind: 'vacation', working: false, name: '寒假', calendar: 'school', source: { kind: 'ics', file: 'school.ics' } });
  expect(classifyDay('2027-02-25', cfg)).toMatchObject({ kind: 'vacation', working: false });
  expect(classifyDay('2027-02-26', cfg)).toMatchObject({ kind: 'workday', working: true, calendar: 'week' }); // the exclusive DTEND
  expect(classifyDay('2027-01-20', cfg)).toMatchObject({ kind: 'workday', working: true }); // 期末考试 is not rest
});
