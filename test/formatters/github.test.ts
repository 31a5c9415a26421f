import { format } from '../../src/formatters';
import { ALL, CLEAN, context, findingOn, resultFor } from './fixtures';

describe('github', () => {
  test('one annotation per finding, warnings as ::warning, fatal as a file error', () => {
    expect(format('github', ALL, context()).split('\n')).toEqual([
      '::error file=通知/单元测验.txt,line=2,col=12,endLine=2,endColumn=19,title=no-score-publish (五不要·二)::不在群里发布考试成绩',
      '::warning file=通知/单元测验.txt,line=3,col=1,endLine=3,endColumn=7,title=no-ack-request (五要·二)::不要求家长回复“收到”',
      '::warning file=通知/单元测验.txt,line=3,col=19,endLine=3,endColumn=22,title=emoji-overuse (五要·四)::表情连用 3 个，不滥用个人表情',
      '::error file=通知/单元测验.txt,line=4,col=1,endLine=4,endColumn=10,title=notice-date (五要·五)::通知落款缺少成文日期（如 2026年11月24日）',
      '::error file=损坏.txt::无法读取文件：不是 UTF-8 或 UTF-16 编码',
      '',
    ]);
  });

  test('English clause labels in the title', () => {
    expect(format('github', ALL, context({ lang: 'en' }))).toContain(',title=no-score-publish (Must-not 2)::');
  });

  test('escapes % CR LF in the message, and also : , in properties', () => {
    const source = '完成率 100%，请勿转发';
    const finding = findingOn(source, '请勿转发', { ruleId: 'chain-forward', clause: 'M3', severity: 1, message: '' });
    finding.message = '完成率 100%\r\n注意: a,b';
    const result = resultFor('/repo/班级,群:通知%1.txt', source, [finding]);
    expect(format('github', [result, { ...result, messages: [], fatal: 'bad\nfile: 50%' }], context({ cwd: '/repo' }))).toBe(
      '::warning file=班级%2C群%3A通知%251.txt,line=1,col=10,endLine=1,endColumn=14,title=chain-forward (五要·三)::完成率 100%25%0D%0A注意: a,b\n' +
        '::error file=班级%2C群%3A通知%251.txt::bad%0Afile: 50%25\n',
    );
  });

  test('a path outside cwd stays absolute', () => {
    const result = { ...ALL[2], filePath: '/elsewhere/a.txt' };
    expect(format('github', [result], context())).toBe('::error file=/elsewhere/a.txt::无法读取文件：不是 UTF-8 或 UTF-16 编码\n');
  });

  test('nothing to report prints nothing', () => {
    expect(format('github', [CLEAN], context())).toBe('');
  });
});
