/** @jest-environment ./test/time/processTzEnvironment.js */
import { checkSendTime, formatEnDate, formatZhDate, nextAllowedMoment, parseWindow, SEARCH_DAYS } from '../../src/time/sendTime';
import { DEFAULT_TIME, type TimeConfig } from '../../src/time/types';
import { eachProcessTimeZone, sh } from './tzHarness';

const cfg = (over: Partial<TimeConfig> = {}): TimeConfig => ({ ...DEFAULT_TIME, ...over });

eachProcessTimeZone(() => {
  describe('window edges on a workday (Wed 2026-11-25)', () => {
    test.each([
      ['07:59', false],
      ['08:00', true],
      ['12:30', true],
      ['17:59', true],
      ['18:00', false],
      ['18:01', false],
      ['00:00', false],
    ])('%s allowed=%s', (time, allowed) => {
      expect(checkSendTime(sh(`2026-11-25T${time}`), cfg(), 'zh').allowed).toBe(allowed);
    });

    test('17:59:59 is still inside, 18:00 is not (end exclusive)', () => {
      expect(checkSendTime(new Date('2026-11-25T17:59:59+08:00'), cfg(), 'zh').allowed).toBe(true);
    });

    test('an allowed time says only the day', () => {
      expect(checkSendTime(sh('2026-11-25T10:00'), cfg(), 'zh')).toEqual({ allowed: true, dayLabel: '工作日', decidedBy: '常规作息', decidedBySource: '常规作息' });
    });

    test('07:59 → 08:00 the same day', () => {
      const v = checkSendTime(sh('2026-11-25T07:59'), cfg(), 'zh');
      expect(v).toMatchObject({ allowed: false, reason: '早上 07:59', nextText: '11月25日（星期三）08:00' });
      expect(v.next).toEqual(sh('2026-11-25T08:00'));
    });

    test('midnight → 08:00 the same day', () => {
      const v = checkSendTime(sh('2026-11-25T00:00'), cfg(), 'zh');
      expect(v).toMatchObject({ reason: '凌晨 00:00', nextText: '11月25日（星期三）08:00' });
    });

    test('18:00 and 18:01 are evening', () => {
      expect(checkSendTime(sh('2026-11-25T18:00'), cfg(), 'zh').reason).toBe('傍晚 18:00');
      expect(checkSendTime(sh('2026-11-25T18:01'), cfg(), 'en').reason).toBe('evening 18:01');
    });
  });

  test('Wed 2026-11-25 21:40 → 11月26日（星期四）08:00', () => {
    const v = checkSendTime(sh('2026-11-25T21:40'), cfg(), 'zh');
    expect(v).toEqual({
      allowed: false,
      reason: '晚上 21:40',
      dayLabel: '工作日',
      decidedBy: '常规作息',
      decidedBySource: '常规作息',
      next: sh('2026-11-26T08:00'),
      nextText: '11月26日（星期四）08:00',
    });
    const en = checkSendTime(sh('2026-11-25T21:40'), cfg(), 'en');
    expect(en).toMatchObject({ reason: 'evening 21:40', dayLabel: 'workday', nextText: 'Thu 26 Nov 08:00' });
  });

  test('Friday 18:30 → Monday 08:00', () => {
    const v = checkSendTime(sh('2026-11-27T18:30'), cfg(), 'zh');
    expect(v.next).toEqual(sh('2026-11-30T08:00'));
    expect(v.nextText).toBe('11月30日（星期一）08:00');
  });

  test('a Saturday is rest, whatever the hour', () => {
    const v = checkSendTime(sh('2026-11-28T10:00'), cfg(), 'zh');
    expect(v).toMatchObject({ allowed: false, reason: '周六', dayLabel: '周六', nextText: '11月30日（星期一）08:00' });
    expect(checkSendTime(sh('2026-11-29T10:00'), cfg(), 'en').reason).toBe('Sunday');
  });

  test('make-up Saturday 2026-10-10 (国庆调休) at 10:00 is allowed', () => {
    const v = checkSendTime(sh('2026-10-10T10:00'), cfg(), 'zh');
    expect(v).toEqual({ allowed: true, dayLabel: '国庆节调休上班日', decidedBy: '调休', decidedBySource: '调休（chinese-days 1.5.7 软件包）' });
    expect(checkSendTime(sh('2026-10-10T10:00'), cfg(), 'en').dayLabel).toBe('make-up workday (National Day)');
  });

  test('the next moment uses a make-up Sunday (Fri 2026-09-18 18:30 → Sun 09-20 08:00)', () => {
    expect(checkSendTime(sh('2026-09-18T18:30'), cfg(), 'zh').nextText).toBe('9月20日（星期日）08:00');
  });

  test('holiday weekday 2026-10-05 at 10:00 → after the holiday, 10月8日', () => {
    const v = checkSendTime(sh('2026-10-05T10:00'), cfg(), 'zh');
    expect(v).toMatchObject({ allowed: false, reason: '国庆节假期', dayLabel: '国庆节假期', nextText: '10月8日（星期四）08:00' });
    expect(checkSendTime(sh('2026-10-05T10:00'), cfg(), 'en')).toMatchObject({
      reason: 'National Day holiday',
      nextText: 'Thu 8 Oct 08:00',
    });
  });

  test('the last day before a holiday: 17:30 allowed; 18:00 → after the holiday', () => {
    expect(checkSendTime(sh('2026-09-30T17:30'), cfg(), 'zh').allowed).toBe(true);
    expect(checkSendTime(sh('2026-09-30T18:00'), cfg(), 'zh').nextText).toBe('10月8日（星期四）08:00');
  });

  test('Spring Festival', () => {
    expect(checkSendTime(sh('2026-02-17T10:00'), cfg(), 'zh').reason).toBe('春节假期');
  });

  test('a school vacation is rest, and the next moment is after it', () => {
    const c = cfg({ vacations: [{ name: '暑假', from: '2026-07-11', to: '2026-08-31' }] });
    const v = checkSendTime(sh('2026-07-15T10:00'), c, 'zh');
    expect(v).toMatchObject({ allowed: false, reason: '暑假', dayLabel: '暑假', nextText: '9月1日（星期二）08:00' });
    expect(checkSendTime(sh('2026-07-15T10:00'), c, 'en').reason).toBe('school vacation (暑假)');
    expect(checkSendTime(sh('2026-07-10T10:00'), c, 'zh').allowed).toBe(true);
  });

  test('a configured day off', () => {
    const v = checkSendTime(sh('2026-11-26T10:00'), cfg({ daysOff: ['2026-11-26'] }), 'zh');
    expect(v).toMatchObject({ reason: '学校休息日', nextText: '11月27日（星期五）08:00' });
  });

  describe('lunch break 12:00-13:30', () => {
    const c = cfg({ lunchBreak: '12:00-13:30' });
    test.each([
      ['11:59', true],
      ['12:00', false],
      ['13:29', false],
      ['13:30', true],
    ])('%s allowed=%s', (time, allowed) => {
      expect(checkSendTime(sh(`2026-11-25T${time}`), c, 'zh').allowed).toBe(allowed);
    });
    test('12:30 → 13:30 the same day', () => {
      const v = checkSendTime(sh('2026-11-25T12:30'), c, 'zh');
      expect(v).toMatchObject({ reason: '午休时间 12:30', nextText: '11月25日（星期三）13:30' });
      expect(checkSendTime(sh('2026-11-25T12:30'), c, 'en').reason).toBe('lunch break 12:30');
    });
    test('07:00 → 08:00 (the morning part comes first)', () => {
      expect(checkSendTime(sh('2026-11-25T07:00'), c, 'zh').nextText).toBe('11月25日（星期三）08:00');
    });
  });

  describe('weekday overrides', () => {
    test("'off' makes a weekday rest", () => {
      const v = checkSendTime(sh('2026-11-25T10:00'), cfg({ weekdayHours: { wed: 'off' } }), 'zh');
      expect(v).toMatchObject({ allowed: false, reason: '周三（已设为休息日）', nextText: '11月26日（星期四）08:00' });
    });
    test('a shorter Friday', () => {
      const c = cfg({ weekdayHours: { fri: '08:00-16:00' } });
      expect(checkSendTime(sh('2026-11-27T15:59'), c, 'zh').allowed).toBe(true);
      expect(checkSendTime(sh('2026-11-27T16:00'), c, 'zh').allowed).toBe(false);
    });
    test('hours on a Saturday make it a working day', () => {
      const c = cfg({ weekdayHours: { sat: '09:00-12:00' } });
      expect(checkSendTime(sh('2026-11-28T10:00'), c, 'zh').allowed).toBe(true);
      expect(checkSendTime(sh('2026-11-27T18:30'), c, 'zh').nextText).toBe('11月28日（星期六）09:00');
    });
  });

  describe('a year outside the holiday data (2027)', () => {
    test('a weekday is judged a workday, with the coverage note', () => {
      // 2027-10-01 is a Friday; without data it cannot be known as National Day.
      const v = checkSendTime(sh('2027-10-01T10:00'), cfg(), 'zh');
      expect(v).toEqual({
        allowed: true,
        dayLabel: '工作日',
        decidedBy: '常规作息',
        decidedBySource: '常规作息',
        coverageNote: '2027 年法定节假日安排尚未收录，仅按周末判断',
      });
      expect(checkSendTime(sh('2027-10-01T10:00'), cfg(), 'en').coverageNote).toBe(
        'The 2027 statutory holiday arrangement is not in the calendar data yet; judged by weekends only',
      );
    });
    test('a weekend is still rest', () => {
      expect(checkSendTime(sh('2027-10-02T10:00'), cfg(), 'zh')).toMatchObject({ allowed: false, reason: '周六' });
    });
    test('31 Dec 2026 evening → a 2027 moment, with the year and the note', () => {
      const v = checkSendTime(sh('2026-12-31T19:00'), cfg(), 'zh');
      expect(v.nextText).toBe('2027年1月1日（星期五）08:00');
      expect(v.coverageNote).toBe('2027 年法定节假日安排尚未收录，仅按周末判断');
      expect(checkSendTime(sh('2026-12-31T19:00'), cfg(), 'en').nextText).toBe('Fri 1 Jan 2027 08:00');
    });
    test('config extraYears fills the year in', () => {
      const c = cfg({
        extraYears: {
          '2027': {
            holidays: { 国庆节: ['2027-10-01', '2027-10-02', '2027-10-03', '2027-10-04', '2027-10-05', '2027-10-06', '2027-10-07'] },
            workdays: ['2027-10-09'],
          },
        },
      });
      const v = checkSendTime(sh('2027-10-01T10:00'), c, 'zh');
      expect(v).toMatchObject({ allowed: false, reason: '国庆节假期', nextText: '10月8日（星期五）08:00' });
      expect(v.coverageNote).toBeUndefined();
      expect(checkSendTime(sh('2027-10-01T10:00'), c, 'en').reason).toBe('National Day holiday');
      expect(checkSendTime(sh('2027-10-09T10:00'), c, 'zh')).toEqual({ allowed: true, dayLabel: '调休上班日', decidedBy: '调休', decidedBySource: '调休（配置 time.extraYears）' });
      expect(checkSendTime(sh('2027-10-01T10:00'), c, 'en')).toMatchObject({ decidedBy: 'statutory holidays', decidedBySource: 'statutory holidays (time.extraYears in the config)' });
    });
  });

  test('no allowed moment within the search bound is said plainly', () => {
    const allOff = cfg({
      weekdayHours: { mon: 'off', tue: 'off', wed: 'off', thu: 'off', fri: 'off', sat: 'off', sun: 'off' },
    });
    const v = checkSendTime(sh('2026-11-25T10:00'), allOff, 'zh');
    expect(v.allowed).toBe(false);
    expect(v.next).toBeUndefined();
    expect(v.nextText).toBe(`未来 ${SEARCH_DAYS} 天内没有可发送的时间，请检查时间配置`);
    expect(nextAllowedMoment(sh('2026-11-25T10:00'), allOff)).toBeUndefined();
  });

  test('another configured time zone', () => {
    // 2026-11-25 09:00 in New York is 22:00 in Shanghai: fine for a New York school.
    const at = new Date('2026-11-25T09:00:00-05:00');
    expect(checkSendTime(at, cfg({ timeZone: 'America/New_York' }), 'zh').allowed).toBe(true);
    expect(checkSendTime(at, cfg(), 'zh').allowed).toBe(false);
  });

  test('date formatting', () => {
    expect(formatZhDate(sh('2026-11-26T08:00'), 'Asia/Shanghai')).toBe('11月26日（星期四）08:00');
    expect(formatZhDate(sh('2026-11-26T08:00'), 'Asia/Shanghai', true)).toBe('2026年11月26日（星期四）08:00');
    expect(formatEnDate(sh('2026-11-26T08:00'), 'Asia/Shanghai')).toBe('Thu 26 Nov 08:00');
    // The same instant is still Wednesday evening in New York.
    expect(formatZhDate(sh('2026-11-26T08:00'), 'America/New_York')).toBe('11月25日（星期三）19:00');
  });
});

describe('parseWindow', () => {
  test('valid windows', () => {
    expect(parseWindow('08:00-18:00')).toEqual({ start: 480, end: 1080 });
    expect(parseWindow('8:30 - 24:00')).toEqual({ start: 510, end: 1440 });
  });
  test.each(['', '08:00', '18:00-08:00', '08:00-08:00', '08:60-18:00', '25:00-26:00', '08:00-24:30'])(
    'rejects %p',
    (w) => {
      expect(() => parseWindow(w)).toThrow(/invalid time window/);
    },
  );
});
