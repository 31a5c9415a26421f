// The redaction pass: every number that looks like a phone, ID or bank card is masked in any
// spelling, the same way everywhere, keeping the text's length; other text is left alone.
import { digitsOf, maskNumber, redact, redactResults, SecretBook } from '../../src/core/redact';
import type { LintResult } from '../../src/core/types';
import { MOBILE_SPELLINGS } from '../secrets';

describe('redact', () => {
  test.each(MOBILE_SPELLINGS)('masks %s to its first three and last four digits, same length', (spelling) => {
    const out = redact(`电话：${spelling}。`);
    expect(out).toHaveLength(`电话：${spelling}。`.length);
    expect(digitsOf(out)).not.toContain('0013');
    expect(out.replace(/[^*]/g, '')).toHaveLength(4);
    expect(digitsOf(out).endsWith('8000')).toBe(true);
  });

  test('an ID card number, valid or not, with or without spaces, and an X check digit', () => {
    expect(redact('身份证110105201503040025')).toBe('身份证110***********0025');
    expect(redact('身份证 110105 20150304 0026')).toBe('身份证 110*** ******** 0026'); // fails the check digit: masked all the same
    expect(redact('11010520150304002X号')).toBe('110***********002X号');
  });

  test('a bank card number is masked like any other (first three, last four)', () => {
    expect(redact('卡号6217 0021 3000 1234 563')).toBe('卡号621* **** **** ***4 563');
    expect(maskNumber('6217002130001234563')).toBe('621************4563');
  });

  test('a country code before a mobile number stays, the number is masked as without it', () => {
    expect(maskNumber('8613800138000')).toBe('86138****8000');
    expect(redact('+86 13800138000')).toBe('+86 138****8000');
  });

  test('dates, times, amounts and short numbers are not touched', () => {
    for (const text of ['2026-12-02 08:00', '2026年12月2日 21:30', '共 1234 元', '第 3 页', '12345678', '三年级二班', '08:00-18:00', '一二三四五六七八九十']) {
      expect(redact(text)).toBe(text);
    }
  });

  test('a range of dated days is as long as a phone number but is not masked; a number beside it still is', () => {
    for (const text of ['2022.11.14—2022.11.18', '2022.12.19—2023.01.06', '2022.11.14—11.18', '2022/11/14 — 2022/11/18']) expect(redact(text)).toBe(text);
    expect(redact('2022.11.14 13800138000')).not.toContain('13800138000');
    expect(redact('2022.13.14—2022.11.18')).not.toBe('2022.13.14—2022.11.18'); // no month 13: not a date
    expect(redact('2022-11-14-1380')).not.toBe('2022-11-14-1380');
  });

  test('masking twice changes nothing more', () => {
    const once = redact('13800138000 与 110105201503040025');
    expect(redact(once)).toBe(once);
  });

  test('a piece of a masked number quoted elsewhere hides the same digits', () => {
    const secrets = new SecretBook();
    expect(redact('电话 138 0013 8000', secrets)).toBe('电话 138 **** 8000');
    expect(redact('“0013 8000”重复了', secrets)).toBe('“**** 8000”重复了');
    expect(redact('第 8000 号', secrets)).toBe('第 8000 号'); // digits the mask shows anyway
    // 138 occurs twice in 13800138000: as the head the mask shows, and hidden in the middle.
    expect(redact('手机号 138****8000', secrets)).toBe('手机号 138****8000');
  });

  test('runs of any length: 200,000 digits, digits and spaces', () => {
    const digits = '1'.repeat(200_000);
    const out = redact(digits);
    expect(out).toHaveLength(digits.length);
    expect(out.startsWith('111*')).toBe(true);
    expect(redact('1 '.repeat(100_000)).includes('1 1 1 *')).toBe(true);
  });
});

describe('redactResults', () => {
  test('masks the source, messages, suggestions, fixes, the file name and the fatal reason of each result', () => {
    const result: LintResult = {
      filePath: '13800138000.txt',
      source: '请打13800138000',
      fatal: '发送时间“13800138000”无法识别',
      errorCount: 1,
      warningCount: 0,
      messages: [
        {
          ruleId: 'm2-repeated-sentence',
          clause: 'M2',
          severity: 2,
          message: '“请打13800138000”重复',
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 3,
          range: [0, 2],
          suggestions: [{ desc: '参考：13800138000', text: '各位家长：\n请打13800138000' }],
          fix: { range: [0, 2], text: '13800138000' },
        },
      ],
    };
    redactResults([result]);
    expect(JSON.stringify(result)).not.toContain('13800138000');
    expect(result.source).toBe('请打138****8000');
    expect(result.messages[0].fix).toEqual({ range: [0, 2], text: '138****8000' });
  });

  it('keeps a file name that only shares a piece with a number in the file (the report must name a real file)', () => {
    const result: LintResult = { filePath: 'drafts/dev-123.txt', messages: [], errorCount: 0, warningCount: 0, source: '电话 139-1234-5678' };
    redactResults([result]);
    expect(result.filePath).toBe('drafts/dev-123.txt');
    expect(result.source).toBe('电话 139-****-5678');
  });
});
