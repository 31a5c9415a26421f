/** @jest-environment ./test/time/processTzEnvironment.js */
import {
  addDays,
  classifyDay,
  COVERED_YEARS,
  effectiveExtraYears,
  localDate,
  weekdayOf,
  workdayEntries,
} from '../../src/time/calendar';
import { DEFAULT_TIME, type ExtraYear, type TimeConfig } from '../../src/time/types';
import { eachProcessTimeZone } from './tzHarness';
import bundledExtra from '../../data/holidays-extra.json';

const cfg = (over: Partial<TimeConfig> = {}): TimeConfig => ({ ...DEFAULT_TIME, ...over });

test('the chinese-days data covers 2004–2026 (a bump that adds 2027 moves the 2027 tests to 2028)', () => {
  expect(COVERED_YEARS).toEqual(Array.from({ length: 23 }, (_, i) => 2004 + i));
});

test("the package's table agrees with its getDayDetail on every covered day", () => {
  // The package builds its tables when loaded, in the process time zone, and is only right in a
  // zone at or east of UTC: load it fresh under Asia/Shanghai (see calendar.ts).
  const saved = process.env.TZ;
  globalThis.setProcessTimeZone?.('Asia/Shanghai');
  let getDayDetail: typeof import('chinese-days').getDayDetail = () => ({ work: false, name: '', date: '' });
  jest.isolateModules(() => {
    getDayDetail = (require('chinese-days') as typeof import('chinese-days')).getDayDetail;
  });
  const first = COVERED_YEARS[0];
  const last = COVERED_YEARS[COVERED_YEARS.length - 1];
  let mismatches = 0;
  for (let date = `${first}-01-01`; date <= `${last}-12-31`; date = addDays(date, 1)) {
    const [y, m, d] = date.split('-').map(Number);
    const detail = getDayDetail(new Date(y, m - 1, d));
    const day = classifyDay(date, DEFAULT_TIME);
    if (detail.work !== day.working) mismatches++;
    if (detail.name.includes(',') && detail.name.split(',')[1] !== day.name) mismatches++;
  }
  globalThis.setProcessTimeZone?.(saved);
  expect(mismatches).toBe(0);
});

test('data/holidays-extra.json has the ExtraYear shape', () => {
  const data = bundledExtra as Record<string, ExtraYear>;
  for (const [year, extra] of Object.entries(data)) {
    expect(year).toMatch(/^\d{4}$/);
    const days = [...Object.values(extra.holidays).flat(), ...workdayEntries(extra).map(([, d]) => d)];
    for (const day of days) expect(day).toMatch(new RegExp(`^${year}-\\d{2}-\\d{2}$`));
  }
  expect(effectiveExtraYears(DEFAULT_TIME)).toEqual(data);
});

eachProcessTimeZone(() => {
  test('localDate reads the date in the configured zone', () => {
    // 16:30 UTC on the 25th is 00:30 on the 26th in Shanghai.
    expect(localDate(new Date('2026-11-25T16:30:00Z'), 'Asia/Shanghai')).toBe('2026-11-26');
    expect(localDate(new Date('2026-11-25T16:30:00Z'), 'America/New_York')).toBe('2026-11-25');
  });

  test('plain date arithmetic', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(weekdayOf('2026-11-25')).toBe('wed');
  });

  test.each([
    ['2026-11-25', { kind: 'workday', working: true, hours: '08:00-18:00' }],
    ['2026-11-28', { kind: 'weekend', working: false, weekday: 'sat' }],
    ['2026-10-05', { kind: 'holiday', working: false, name: '国庆节', nameEn: 'National Day' }],
    ['2026-10-10', { kind: 'makeupWorkday', working: true, name: '国庆节', hours: '08:00-18:00' }],
    ['2026-02-17', { kind: 'holiday', name: '春节', nameEn: 'Spring Festival' }],
    ['2026-04-05', { kind: 'holiday', name: '清明' }],
    ['2026-06-19', { kind: 'holiday', name: '端午' }],
    ['2026-09-25', { kind: 'holiday', name: '中秋' }],
  ])('%s', (date, expected) => {
    const day = classifyDay(date, DEFAULT_TIME);
    expect(day).toMatchObject({ date, ...expected });
    expect(day.coverageNote).toBeUndefined();
  });

  test('2027 is not covered: weekends only, with a note', () => {
    expect(classifyDay('2027-10-01', DEFAULT_TIME)).toMatchObject({
      kind: 'workday',
      coverageNote: {
        zh: '2027 年法定节假日安排尚未收录，仅按周末判断',
        en: 'The 2027 statutory holiday arrangement is not in the calendar data yet; judged by weekends only',
      },
    });
    expect(classifyDay('2027-10-02', DEFAULT_TIME).kind).toBe('weekend');
  });

  test('extraYears apply only to years the package lacks', () => {
    const c = cfg({
      extraYears: {
        '2026': { holidays: { 测试: ['2026-11-25'] }, workdays: [] },
        '2027': { holidays: { 春节: ['2027-02-08'] }, workdays: ['2027-02-20'] },
      },
    });
    expect(classifyDay('2026-11-25', c).kind).toBe('workday');
    expect(classifyDay('2027-02-08', c)).toMatchObject({ kind: 'holiday', name: '春节', nameEn: 'Spring Festival' });
    expect(classifyDay('2027-02-20', c)).toMatchObject({ kind: 'makeupWorkday', working: true });
    expect(classifyDay('2027-02-09', c).coverageNote).toBeUndefined();
  });

  test('make-up workdays by holiday name; a day of the year before listed in the next year counts; each day says its calendar', () => {
    const c = cfg({
      extraYears: {
        '2028': { holidays: { 元旦: ['2028-01-01', '2028-01-02', '2028-01-03'] }, workdays: { 元旦: ['2027-12-31'], 春节: ['2028-02-19'] } },
      },
    });
    // 2027-12-31 is a Friday: a make-up workday there would change nothing; the point is that it is found.
    expect(classifyDay('2027-12-31', c)).toMatchObject({ kind: 'makeupWorkday', name: '元旦', calendar: 'makeup', source: { kind: 'config' } });
    expect(classifyDay('2028-02-19', c)).toMatchObject({ kind: 'makeupWorkday', name: '春节', nameEn: 'Spring Festival', working: true });
    expect(classifyDay('2028-01-02', c)).toMatchObject({ kind: 'holiday', calendar: 'holiday', source: { kind: 'config' } });
    expect(classifyDay('2028-01-05', c)).toMatchObject({ kind: 'workday', calendar: 'week' });
    expect(classifyDay('2026-10-05', DEFAULT_TIME)).toMatchObject({ calendar: 'holiday', source: { kind: 'package', version: '1.5.7' } });
    expect(classifyDay('2026-10-10', DEFAULT_TIME)).toMatchObject({ calendar: 'makeup', source: { kind: 'package' } });
    expect(classifyDay('2026-11-28', DEFAULT_TIME)).toMatchObject({ kind: 'weekend', calendar: 'week' });
  });

  test("the school's own days win over the statutory calendar", () => {
    const c = cfg({
      vacations: [{ name: '秋假', from: '2026-10-09', to: '2026-10-11' }],
      daysOff: ['2026-09-20'],
      weekdayHours: { thu: 'off', sat: '09:00-12:00' },
    });
    expect(classifyDay('2026-10-10', c)).toMatchObject({ kind: 'vacation', name: '秋假', working: false });
    expect(classifyDay('2026-09-20', c)).toMatchObject({ kind: 'dayOff', working: false });
    expect(classifyDay('2026-11-26', c)).toMatchObject({ kind: 'weekdayOff', working: false });
    expect(classifyDay('2026-11-28', c)).toMatchObject({ kind: 'workday', hours: '09:00-12:00' });
    // A statutory holiday stays a holiday even on a day given hours (2026-10-03 is a Saturday).
    expect(classifyDay('2026-10-03', c)).toMatchObject({ kind: 'holiday' });
  });
});
