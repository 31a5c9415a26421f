// End-to-end: `holidays import` (into YAML, JSON, package.json or a new config; --print; refusals),
// `holidays list`, time.calendarFile, and `when` / N1 saying which calendar decided.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { assertBuilt, CLEAN_NOTICE, parseJson, removeDir, run, runsWithStackTraces, tempDir, ROOT } from './helpers';

/**
 * A notice in the official form for 2027, made up for these tests (NOT the real 2027 arrangement,
 * which had not been published in the data we could read): weekdays are right, 调休 on weekends.
 */
const NOTICE_2027 = [
  '国务院办公厅关于2027年部分节假日安排的通知（测试用虚构安排）',
  '',
  '经国务院批准，现将2027年元旦、春节和国庆节放假调休日期的具体安排通知如下。',
  '一、元旦：1月1日（周五）至3日（周日）放假，共3天。',
  '二、春节：2月5日（农历除夕、周五）至13日（周六）放假调休，共9天。1月31日（周日）、2月20日（周六）上班。',
  '三、国庆节：10月1日（周五）至7日（周四）放假调休，共7天。9月26日（周日）、10月9日（周六）上班。',
  '',
].join('\n');

const YAML_CONFIG = [
  '# 我们学校的设置（这一行注释必须保留）',
  'lang: zh',
  'rules:',
  '  n5-mobile: off   # 家长群允许留手机号',
  'time:',
  '  workingHours: "08:00-18:00"',
  '  daysOff: ["2026-12-01"]',
  '',
].join('\n');

const dirs: string[] = [];
const dirWith = (files: Record<string, string>) => {
  const d = tempDir(files);
  dirs.push(d);
  return d;
};
const read = (dir: string, file: string) => readFileSync(join(dir, file), 'utf8');

beforeAll(() => assertBuilt());
afterAll(() => dirs.forEach(removeDir));

describe('holidays import', () => {
  test('shows what it understood, writes time.extraYears into the YAML config keeping comments and keys; when then knows 2027', () => {
    const cwd = dirWith({ '.compliancerc.yaml': YAML_CONFIG, 'notice.txt': NOTICE_2027 });
    const before = run(['when', '--at', '2027-02-08 10:00'], { cwd }); // a Monday of the made-up 春节
    expect(before.status).toBe(0);
    expect(before.stdout).toContain('2027 年法定节假日安排尚未收录');

    const r = run(['holidays', 'import', 'notice.txt'], { cwd });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('读到 2027 年的放假安排');
    expect(r.stdout).toContain('春节：2月5日（周五）至2月13日（周六），共 9 天');
    expect(r.stdout).toContain('调休上班：1月31日（周日）、2月20日（周六）');
    expect(r.stdout).toContain('核对：文中 10 处星期几均与日期相符；4 个调休上班日均在周末。');
    expect(r.stdout).toContain(`已写入 ${join(cwd, '.compliancerc.yaml')} 中的 time.extraYears."2027"`);

    const text = read(cwd, '.compliancerc.yaml');
    // The old text, comments included, byte for byte; the year added under time.
    expect(text.startsWith(`${YAML_CONFIG.trimEnd()}\n  extraYears:\n    "2027":\n      holidays:\n        元旦: ["2027-01-01", "2027-01-02", "2027-01-03"]\n`)).toBe(true);
    expect(text).toContain('春节: ["2027-02-05", "2027-02-06"');
    const config = JSON.parse(run(['--print-config'], { cwd }).stdout);
    expect(config.rules['n5-mobile']).toBe('off');
    expect(config.time.daysOff).toEqual(['2026-12-01']);
    expect(config.time.extraYears['2027'].workdays).toEqual({ 春节: ['2027-01-31', '2027-02-20'], 国庆节: ['2027-09-26', '2027-10-09'] });

    const holiday = run(['when', '--at', '2027-02-08 10:00'], { cwd });
    expect(holiday.status).toBe(1);
    expect(holiday.stdout).toContain('春节假期');
    expect(holiday.stdout).toContain('依据：法定节假日（配置 time.extraYears）');
    expect(holiday.stdout).not.toContain('尚未收录');
    const makeUp = run(['when', '--at', '2027-02-20 10:00'], { cwd }); // a Saturday, 调休
    expect(makeUp.status).toBe(0);
    expect(makeUp.stdout).toContain('春节调休上班日');
    expect(makeUp.stdout).toContain('依据：调休（配置 time.extraYears）');

    const list = run(['holidays', 'list', '2027'], { cwd });
    expect(list.status).toBe(0);
    expect(list.stdout).toContain(`2027 年法定节假日（来源：配置 time.extraYears，${join(cwd, '.compliancerc.yaml')}）`);
    expect(list.stdout).toContain('元旦：1月1日（周五）至1月3日（周日），共 3 天');
    expect(list.stdout).toContain('已收录的年份：chinese-days 2004–2026；另行补充：2027');
    const list2026 = run(['holidays', 'list', '2026'], { cwd });
    expect(list2026.stdout).toContain('学校校历：\n  休息日：12月1日（周二）（配置 time.daysOff）');

    // Importing again replaces the year and changes nothing else.
    const again = run(['holidays', 'import', 'notice.txt'], { cwd });
    expect(again.stdout).toContain('已替换');
    expect(read(cwd, '.compliancerc.yaml')).toBe(text);
  });

  test('into the config `init` writes: only `extraYears: {}` changes, every comment stays in place', () => {
    const cwd = dirWith({ 'notice.txt': NOTICE_2027 });
    expect(run(['init'], { cwd }).status).toBe(0);
    const before = read(cwd, '.compliancerc.yaml');
    expect(run(['holidays', 'import', 'notice.txt'], { cwd }).status).toBe(0);
    const after = read(cwd, '.compliancerc.yaml');
    const withoutYear = after.replace(/\n {4}"2027":\n(?: {6}.*\n)+/, '\n');
    expect(withoutYear).toBe(before.replace('extraYears: {}', 'extraYears:   '));
    expect(JSON.parse(run(['--print-config'], { cwd }).stdout).time.extraYears['2027'].holidays['元旦']).toHaveLength(3);
  });

  test('--print reads stdin and prints the year; nothing is written', () => {
    const cwd = dirWith({});
    const r = run(['holidays', 'import', '-', '--print'], { cwd, input: NOTICE_2027 });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^time:\n  extraYears:\n    "2027":\n      holidays:\n        元旦: \["2027-01-01", "2027-01-02", "2027-01-03"\]\n/);
    expect(r.stderr).toContain('读到 2027 年的放假安排'); // the summary stays off stdout
    const json = run(['holidays', 'import', '-', '--print', '--json'], { cwd, input: NOTICE_2027 });
    expect(JSON.parse(json.stdout)['2027'].holidays['国庆节']).toHaveLength(7);
    expect(run(['--print-config'], { cwd }).stdout).toContain('"configFile": null');
  });

  test('no config yet: creates .compliancerc.yaml that the loader accepts', () => {
    const cwd = dirWith({ 'notice.txt': NOTICE_2027 });
    const r = run(['holidays', 'import', 'notice.txt'], { cwd });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('已新建');
    expect(run(['when', '--at', '2027-10-04 10:00'], { cwd }).stdout).toContain('国庆节假期');
  });

  test('a JSON config and package.json keep their other keys and indentation', () => {
    const json = dirWith({ '.compliancerc.json': '{\n    "lang": "zh",\n    "allow": { "phones": ["13800000000"] }\n}\n', 'notice.txt': NOTICE_2027 });
    expect(run(['holidays', 'import', 'notice.txt'], { cwd: json }).status).toBe(0);
    const written = read(json, '.compliancerc.json');
    expect(written).toMatch(/^\{\n {4}"lang": "zh",\n {4}"allow": \{/);
    expect(JSON.parse(written)).toMatchObject({ lang: 'zh', allow: { phones: ['13800000000'] }, time: { extraYears: { 2027: { holidays: { 元旦: ['2027-01-01', '2027-01-02', '2027-01-03'] } } } } });

    const pkg = { name: 'school', version: '1.0.0', scripts: { lint: 'jiaxiao-lint' }, compliance: { lang: 'zh' } };
    const dir = dirWith({ 'package.json': JSON.stringify(pkg, null, 2) + '\n', 'notice.txt': NOTICE_2027 });
    expect(run(['holidays', 'import', 'notice.txt'], { cwd: dir }).status).toBe(0);
    const after = JSON.parse(read(dir, 'package.json'));
    expect(after).toMatchObject(pkg);
    expect(Object.keys(after.compliance.time.extraYears)).toEqual(['2027']);
  });

  test('refused, naming the line, with nothing written: a wrong weekday, a 调休 on a Wednesday', () => {
    const cwd = dirWith({
      '.compliancerc.yaml': YAML_CONFIG,
      'weekday.txt': NOTICE_2027.replace('1月1日（周五）', '1月1日（周四）'),
      'wednesday.txt': NOTICE_2027.replace('10月9日（周六）上班', '10月13日（周三）上班'),
    });
    const weekday = run(['holidays', 'import', 'weekday.txt'], { cwd });
    expect(weekday.status).toBe(2);
    expect(weekday.stderr).toContain('weekday.txt 第 4 行: 元旦：1月1日是星期五，不是星期四');
    expect(weekday.stderr).toContain('未写入任何内容');
    const wednesday = run(['holidays', 'import', 'wednesday.txt', '--lang', 'en'], { cwd });
    expect(wednesday.status).toBe(2);
    expect(wednesday.stderr).toContain('wednesday.txt line 6: 国庆节: make-up workday 13 Oct is a Wednesday, not a weekend day');
    expect(read(cwd, '.compliancerc.yaml')).toBe(YAML_CONFIG);
  });

  test('a JavaScript config is never rewritten; a missing notice file is one clear message', () => {
    const js = 'module.exports = { lang: "zh" };\n';
    const cwd = dirWith({ '.compliancerc.js': js, 'notice.txt': NOTICE_2027 });
    const r = run(['holidays', 'import', 'notice.txt'], { cwd });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('是 JavaScript，无法自动写入');
    expect(read(cwd, '.compliancerc.js')).toBe(js);
    const missing = run(['holidays', 'import', '没有这个文件.txt'], { cwd });
    expect(missing.status).toBe(2);
    expect(missing.stderr.trim().split('\n')).toHaveLength(1);
    expect(missing.stderr).toContain('没有这个文件.txt');
  });

  test('the published 2026 notice agrees with the shipped data: it says which data wins', () => {
    const r = run(['holidays', 'import', join(ROOT, 'test/time/fixtures/notice-2026.txt'), '--print']);
    expect(r.status).toBe(0);
    expect(r.stderr).toContain('chinese-days 1.5.7 已收录 2026 年');
  });
});

describe('holidays list', () => {
  test('a covered year names the package; an unknown one says how to add it', () => {
    const cwd = dirWith({});
    const r = run(['holidays', 'list', '2026'], { cwd });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('2026 年法定节假日（来源：chinese-days 1.5.7 软件包）');
    expect(r.stdout).toContain('国庆节：10月1日（周四）至10月7日（周三），共 7 天');
    expect(r.stdout).toContain('调休上班：9月20日（周日）、10月10日（周六）');
    const none = run(['holidays', 'list', '2031'], { cwd });
    expect(none.stdout).toContain('2031 年：法定节假日安排尚未收录');
    expect(none.stdout).toContain('jiaxiao-lint holidays import');
    expect(run(['holidays', 'list', '27'], { cwd }).status).toBe(2);
  });
});

describe('time.calendarFile', () => {
  const ics = readFileSync(join(ROOT, 'test/time/fixtures/school.ics'), 'utf8');

  test('the winter vacation of an .ics file makes its days rest days in when and in N1, decided by 学校校历', () => {
    const cwd = dirWith({ '.compliancerc.yaml': 'time:\n  calendarFile: calendars/school.ics\n', 'calendars/school.ics': ics, 'notice.txt': CLEAN_NOTICE });
    const first = run(['when', '--at', '2027-01-25 10:00'], { cwd }); // Monday, first day of 寒假
    expect(first.status).toBe(1);
    expect(first.stdout).toContain('是休息时间（寒假）');
    expect(first.stdout).toContain('依据：学校校历（school.ics）');
    expect(run(['when', '--at', '2027-02-25 10:00'], { cwd }).status).toBe(1); // last day (DTEND 02-26 is exclusive)
    expect(run(['when', '--at', '2027-02-26 10:00'], { cwd }).status).toBe(0);
    expect(run(['when', '--at', '2027-01-22 10:00'], { cwd }).status).toBe(0); // a timed event named 寒假… is not rest

    const lint = run(['--at', '2027-01-27T10:00:00+08:00', '-f', 'json', 'notice.txt'], { cwd });
    const n1 = parseJson(lint.stdout)[0].messages.filter((m) => m.ruleId === 'n1-rest-time');
    expect(n1).toHaveLength(1);
    expect(n1[0].message).toContain('（寒假；依据：学校校历）');

    const list = run(['holidays', 'list', '2027'], { cwd });
    expect(list.stdout).toContain('寒假：1月25日（周一）至2月25日（周四）（school.ics）');
  });

  test('calendarRestNames decides which events count', () => {
    const cwd = dirWith({ '.compliancerc.yaml': 'time:\n  calendarFile: school.ics\n  calendarRestNames: [考试]\n', 'school.ics': ics });
    expect(run(['when', '--at', '2027-01-25 10:00'], { cwd }).status).toBe(0);
    expect(run(['when', '--at', '2027-01-19 10:00'], { cwd }).stdout).toContain('期末考试');
  });

  test('a missing or broken .ics is a config error naming the key and the file', () => {
    const missing = dirWith({ '.compliancerc.yaml': 'time:\n  calendarFile: nowhere.ics\n' });
    const r = run(['when'], { cwd: missing });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('“time.calendarFile”');
    expect(r.stderr).toContain('nowhere.ics 找不到文件');
    const broken = dirWith({ '.compliancerc.yaml': 'time:\n  calendarFile: bad.ics\n', 'bad.ics': 'not a calendar' });
    const b = run(['when'], { cwd: broken });
    expect(b.status).toBe(2);
    expect(b.stderr).toContain('不是有效的 iCalendar 文件');
  });
});

describe('N1 says which calendar decided', () => {
  test('a statutory holiday, an evening and a weekend', () => {
    const cwd = dirWith({ 'notice.txt': CLEAN_NOTICE });
    const message = (at: string) => parseJson(run(['--at', at, '-f', 'json', 'notice.txt'], { cwd }).stdout)[0].messages.find((m) => m.ruleId === 'n1-rest-time')!.message;
    expect(message('2026-10-05T10:00:00+08:00')).toContain('（国庆节假期；依据：法定节假日）');
    expect(message('2026-11-25T21:40:00+08:00')).toContain('（晚上 21:40；依据：常规作息）');
    expect(message('2026-11-28T10:00:00+08:00')).toContain('（周六；依据：常规作息）');
  });
});

describe('errors', () => {
  test('no run above printed a stack trace on stderr', () => {
    expect(runsWithStackTraces()).toEqual([]);
  });
});
