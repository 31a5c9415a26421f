/** @jest-environment ./test/time/processTzEnvironment.js */
import { ACCEPTED_AT_FORMATS, parseAt } from '../../src/time/parseAt';
import { eachProcessTimeZone } from './tzHarness';

const TZ = 'Asia/Shanghai';
// Wed 2026-11-25 10:00 in Shanghai.
const NOW = new Date('2026-11-25T10:00:00+08:00');
const iso = (input: string, now = NOW, timeZone = TZ): string | undefined =>
  parseAt(input, now, timeZone)?.toISOString();

eachProcessTimeZone(() => {
  test.each([
    // ISO 8601 with an offset
    ['2026-11-25T21:40:00+08:00', '2026-11-25T13:40:00.000Z'],
    ['2026-11-25T21:40:00Z', '2026-11-25T21:40:00.000Z'],
    ['2026-11-25T21:40:00.500-05:00', '2026-11-26T02:40:00.000Z'],
    ['2026-11-25T21:40+0800', '2026-11-25T13:40:00.000Z'],
    // without an offset: in the configured zone
    ['2026-11-25T21:40:00', '2026-11-25T13:40:00.000Z'],
    ['2026-11-25T21:40', '2026-11-25T13:40:00.000Z'],
    ['2026-11-25 21:30', '2026-11-25T13:30:00.000Z'],
    ['2026/11/25 21:30', '2026-11-25T13:30:00.000Z'],
    ['2026/1/5 8:00', '2026-01-05T00:00:00.000Z'],
    ['2026年11月25日 21:30', '2026-11-25T13:30:00.000Z'],
    ['2026年11月25日21:30', '2026-11-25T13:30:00.000Z'],
    // a clock alone is today
    ['21:30', '2026-11-25T13:30:00.000Z'],
    ['２１：３０', '2026-11-25T13:30:00.000Z'],
    ['  8:05 ', '2026-11-25T00:05:00.000Z'],
    // relative days
    ['今天 21:30', '2026-11-25T13:30:00.000Z'],
    ['明天 8:00', '2026-11-26T00:00:00.000Z'],
    ['后天 9:00', '2026-11-27T01:00:00.000Z'],
    ['明天8点', '2026-11-26T00:00:00.000Z'],
    ['明天8点半', '2026-11-26T00:30:00.000Z'],
    ['明天8点15分', '2026-11-26T00:15:00.000Z'],
    ['明天下午3点', '2026-11-26T07:00:00.000Z'],
    ['明天中午1点', '2026-11-26T05:00:00.000Z'],
    ['晚上9点', '2026-11-25T13:00:00.000Z'],
    ['今天 上午9:30', '2026-11-25T01:30:00.000Z'],
  ])('%p → %s', (input, expected) => {
    expect(iso(input)).toBe(expected);
  });

  test('"today" is today in the configured zone, not in UTC or the process zone', () => {
    // 01:00 on the 25th in Shanghai is still the 24th in UTC and in New York.
    const early = new Date('2026-11-25T01:00:00+08:00');
    expect(iso('今天 21:30', early)).toBe('2026-11-25T13:30:00.000Z');
    // 23:30 on the 25th in Shanghai is 10:30 UTC (and 10:30 in New York): tomorrow is the 26th.
    const late = new Date('2026-11-25T23:30:00+08:00');
    expect(iso('明天 8:00', late)).toBe('2026-11-26T00:00:00.000Z');
  });

  test('relative days cross month and year ends', () => {
    expect(iso('明天 8:00', new Date('2026-12-31T12:00:00+08:00'))).toBe('2027-01-01T00:00:00.000Z');
    expect(iso('后天 8:00', new Date('2026-02-27T12:00:00+08:00'))).toBe('2026-03-01T00:00:00.000Z');
  });

  test('a time without offset is read in the given zone', () => {
    expect(iso('2026-11-25 21:30', NOW, 'America/New_York')).toBe('2026-11-26T02:30:00.000Z');
    // 10:00 Shanghai is 21:00 on the 24th in New York, so "today" there is the 24th.
    expect(iso('21:30', NOW, 'America/New_York')).toBe('2026-11-25T02:30:00.000Z');
  });

  test.each([
    '',
    'tomorrow 8:00',
    '2026-11-25',
    '2026-13-01 10:00',
    '2026-02-30 10:00',
    '2026-11-25 24:00',
    '2026-11-25 21:60',
    '2026-11/25 21:30',
    '2026-11-2521:30',
    '2026-11-25 21:30 左右',
    '25:00',
    '21:5',
    '明天',
    '昨天 9:00',
    '大后天 9:00',
    '明天25点',
    '晚上12点',
    '下周三 9:00',
  ])('rejects %p', (input) => {
    expect(parseAt(input, NOW, TZ)).toBeUndefined();
  });

  test('an unknown time zone gives undefined', () => {
    expect(parseAt('21:30', NOW, 'Mars/Olympus')).toBeUndefined();
    expect(parseAt('2026-11-25 21:30', NOW, 'Mars/Olympus')).toBeUndefined();
  });

  test('every example in ACCEPTED_AT_FORMATS parses', () => {
    for (const example of ACCEPTED_AT_FORMATS) expect([example, parseAt(example, NOW, TZ)]).toEqual([example, expect.any(Date)]);
  });
});
