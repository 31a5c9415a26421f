import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { format } from '../../src/formatters';
import { ALL, CLEAN, context, findingOn, NOTICE, resultFor } from './fixtures';

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseAttributeValue: false,
  htmlEntities: true, // also decodes numeric references such as &#9;
  isArray: (name) => ['testsuite', 'testcase', 'failure', 'error'].includes(name),
});

interface Failure { message: string; type: string; '#text': string }
interface Testcase { name: string; classname: string; failure?: Failure[]; error?: Array<{ message: string; '#text': string }> }
interface Testsuite { name: string; tests: string; failures: string; errors: string; testcase: Testcase[] }
interface Report { testsuites: { name: string; tests: string; failures: string; errors: string; testsuite: Testsuite[] } }

function parse(xml: string): Report {
  expect(XMLValidator.validate(xml)).toBe(true);
  return parser.parse(xml) as Report;
}

describe('junit', () => {
  const xml = format('junit', ALL, context());
  const report = parse(xml);
  const [notice, clean, unreadable] = report.testsuites.testsuite;

  test('is well-formed XML with a declaration', () => {
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites')).toBe(true);
  });

  test('counts: one suite and one test case per file, a failure per finding, an error per fatal', () => {
    expect(report.testsuites).toMatchObject({ name: 'jiaxiao-lint', tests: '3', failures: '4', errors: '1' });
    expect(report.testsuites.testsuite).toHaveLength(3);
    expect(notice).toMatchObject({ name: '通知/单元测验.txt', tests: '1', failures: '4', errors: '0' });
    expect(clean).toMatchObject({ name: '通知/放假.txt', tests: '1', failures: '0', errors: '0' });
    expect(unreadable).toMatchObject({ name: '损坏.txt', tests: '1', failures: '0', errors: '1' });
    for (const suite of report.testsuites.testsuite) {
      expect(suite.testcase).toHaveLength(1);
      expect(suite.testcase[0]).toMatchObject({ name: suite.name, classname: 'jiaxiao-lint' });
    }
    expect(clean.testcase[0].failure).toBeUndefined();
  });

  test('each failure names its rule and says line:col clause message', () => {
    const failures = notice.testcase[0].failure!;
    expect(failures.map((f) => f.type)).toEqual(NOTICE.messages.map((m) => m.ruleId));
    expect(failures[0]).toEqual({ message: '不在群里发布考试成绩', type: 'no-score-publish', '#text': '2:12 五不要·二 不在群里发布考试成绩' });
    const en = parse(format('junit', [NOTICE], context({ lang: 'en' })));
    expect(en.testsuites.testsuite[0].testcase[0].failure![2]['#text']).toBe('3:19 Must 4 表情连用 3 个，不滥用个人表情');
  });

  test('a fatal result is an error of its test case', () => {
    expect(unreadable.testcase[0].error).toEqual([{ message: ALL[2].fatal, '#text': ALL[2].fatal }]);
  });

  test('markup characters are escaped and characters illegal in XML 1.0 dropped', () => {
    const source = '请点击<a href="x?y=1&z=2">链接</a>领取\'福利\'\u0001\uFFFF\uD800';
    const finding = findingOn(source, '<a href', { ruleId: 'no-ads', clause: 'N4', severity: 2, message: '' });
    finding.message = '含链接 <a href="x?y=1&z=2"> 与 \'引号\'\u0001\u0008\uFFFE\uD800\tend';
    const xml = format('junit', [resultFor('/tmp/<广告>&"\'.txt', source, [finding])], context({ cwd: '/tmp' }));
    expect(xml).not.toMatch(/[\u0001\u0008\uFFFE\uD800]/);
    const suite = parse(xml).testsuites.testsuite[0];
    expect(suite.name).toBe('<广告>&"\'.txt');
    const failure = suite.testcase[0].failure![0];
    expect(failure.message).toBe('含链接 <a href="x?y=1&z=2"> 与 \'引号\'\tend');
    expect(failure['#text']).toBe('1:4 五不要·四 含链接 <a href="x?y=1&z=2"> 与 \'引号\'\tend');
  });

  test('no results: an empty, valid report', () => {
    const empty = parse(format('junit', [], context()));
    expect(empty.testsuites).toMatchObject({ tests: '0', failures: '0', errors: '0' });
  });

  test('a clean file alone is one passing test', () => {
    expect(parse(format('junit', [CLEAN], context())).testsuites).toMatchObject({ tests: '1', failures: '0' });
  });
});
