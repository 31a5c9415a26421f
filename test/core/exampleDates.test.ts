import { currentExampleDates, dayIn, resolveRelativeDay } from '../../src/core/exampleDates';

const SHANGHAI = 'Asia/Shanghai';
/** Wednesday 2 December 2026, 10:00 in Beijing. */
const WED = new Date('2026-12-02T10:00:00+08:00');
const today = dayIn(WED, SHANGHAI);
const md = (d: { month: number; date: number } | undefined) => (d ? `${d.month}-${d.date}` : undefined);

describe('resolveRelativeDay', () => {
  test.each([
    ['今天', '12-2'],
    ['今晚', '12-2'],
    ['明天', '12-3'],
    ['明早', '12-3'],
    ['后天', '12-4'],
    ['大后天', '12-5'],
    ['昨天', '12-1'],
    ['本周五', '12-4'],
    ['这周一', '11-30'],
    ['本周日', '12-6'], // a Monday-first week: its Sunday is after today
    ['本周末', '12-5'],
    ['下周三', '12-9'],
    ['下星期日', '12-13'],
    ['下周', '12-7'], // next Monday
    ['周三', '12-2'], // the coming Wednesday is today
    ['星期二', '12-8'],
    ['下个月', '1-1'],
    ['下周安排', undefined],
  ])('%s said on Wednesday 12月2日 is %s', (term, expected) => {
    expect(md(resolveRelativeDay(term, today))).toBe(expected);
  });

  test('the day is taken in the configured time zone, not the machine’s', () => {
    const lateUtc = new Date('2026-12-02T17:00:00Z'); // already 3 December, 01:00, in Beijing
    expect(md(dayIn(lateUtc, SHANGHAI))).toBe('12-3');
    expect(md(dayIn(lateUtc, 'America/New_York'))).toBe('12-2');
  });
});

describe('currentExampleDates', () => {
  test('a month-day with its weekday becomes the day the word means', () => {
    expect(currentExampleDates('在“{term}”后用括号写明具体日期，格式如“（11月26日，星期四）”', WED, SHANGHAI, '明天')).toBe(
      '在“{term}”后用括号写明具体日期，格式如“（12月3日，星期四）”',
    );
    expect(currentExampleDates('如 11月27日（星期五）14:30', WED, SHANGHAI, '下周三')).toBe('如 12月9日（星期三）14:30');
  });

  test('a full date becomes the send day; without a date word a month-day is the day after sending', () => {
    expect(currentExampleDates('在落款下写成文日期，如“2026年11月25日”', WED, SHANGHAI)).toBe('在落款下写成文日期，如“2026年12月2日”');
    expect(currentExampleDates('改为“11月25日”格式', WED, SHANGHAI, '家长会')).toBe('改为“12月3日”格式');
    expect(currentExampleDates('改为“11月25日”格式', WED, SHANGHAI, '12.5')).toBe('改为“12月5日”格式');
    expect(currentExampleDates('Give the exact time (e.g. 27 Nov 14:30)', WED, SHANGHAI)).toBe('Give the exact time (e.g. 3 Dec 14:30)');
  });

  test('text without example dates is returned as it is', () => {
    const text = '成绩将通过一对一方式告知家长';
    expect(currentExampleDates(text, WED, SHANGHAI, '明天')).toBe(text);
  });
});

test('dayIn answers again for the same moment in another zone, and for the next moment (its one-entry memo is keyed by both)', () => {
  const moment = new Date('2026-12-02T17:30:00Z'); // 01:30 on 12月3日 in Shanghai
  expect(dayIn(moment, 'Asia/Shanghai')).toEqual({ year: 2026, month: 12, date: 3, weekday: 4 });
  expect(dayIn(moment, 'UTC')).toEqual({ year: 2026, month: 12, date: 2, weekday: 3 });
  expect(dayIn(moment, 'UTC')).toEqual({ year: 2026, month: 12, date: 2, weekday: 3 });
  expect(dayIn(new Date('2026-12-31T16:00:00Z'), 'Asia/Shanghai')).toEqual({ year: 2027, month: 1, date: 1, weekday: 5 });
  const day = dayIn(moment, 'UTC');
  day.date = 99; // a caller's change does not reach the memo
  expect(dayIn(moment, 'UTC').date).toBe(2);
});
