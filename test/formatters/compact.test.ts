import { format } from '../../src/formatters';
import { ALL, CLEAN, context } from './fixtures';

describe('compact', () => {
  test('Chinese', () => {
    expect(format('compact', ALL, context())).toBe(
      [
        '通知/单元测验.txt: 第 2 行，第 12 列，错误 - 不在群里发布考试成绩（no-score-publish，五不要·二）',
        '通知/单元测验.txt: 第 3 行，第 1 列，警告 - 不要求家长回复“收到”（no-ack-request，五要·二）',
        '通知/单元测验.txt: 第 3 行，第 19 列，警告 - 表情连用 3 个，不滥用个人表情（emoji-overuse，五要·四）',
        '通知/单元测验.txt: 第 4 行，第 1 列，错误 - 通知落款缺少成文日期（如 2026年11月24日）（notice-date，五要·五）',
        '损坏.txt: 错误 - 无法读取文件：不是 UTF-8 或 UTF-16 编码',
        '',
        '共 5 个问题（3 个错误，2 个警告）',
        '',
      ].join('\n'),
    );
  });

  test('English', () => {
    const lines = format('compact', ALL, context({ lang: 'en' })).split('\n');
    expect(lines[0]).toBe('通知/单元测验.txt: line 2, col 12, Error - 不在群里发布考试成绩 (no-score-publish, Must-not 2)');
    expect(lines[1]).toBe('通知/单元测验.txt: line 3, col 1, Warning - 不要求家长回复“收到” (no-ack-request, Must 2)');
    expect(lines[4]).toBe('损坏.txt: Error - 无法读取文件：不是 UTF-8 或 UTF-16 编码');
    expect(lines.slice(5)).toEqual(['', '5 problems (3 errors, 2 warnings)', '']);
  });

  test('a message never breaks its line', () => {
    const result = { ...ALL[2], fatal: 'line one\nline two' };
    expect(format('compact', [result], context({ lang: 'en' }))).toBe('损坏.txt: Error - line one line two\n\n1 problem (1 error, 0 warnings)\n');
  });

  test('no problems: the count line only', () => {
    expect(format('compact', [CLEAN], context())).toBe('未发现问题\n');
    expect(format('compact', [], context({ lang: 'en' }))).toBe('No problems found\n');
  });
});
