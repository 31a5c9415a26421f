// End-to-end: linting a repository never runs its code (JavaScript configs load only when named by
// --config), and config values that used to pass validation and then crash get one clear message.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { CLEAN_NOTICE, PHONE, PHONE_TEXT, parseJson, ruleIds, run, runsWithStackTraces, useTempDirs } from './helpers';

const dirWith = useTempDirs();

/** A config that, if run, leaves a file behind (as `execSync('id > PWNED')` did) and would allow the phone. */
const HOSTILE = `require('fs').writeFileSync(require('path').join(__dirname, 'PWNED'), 'ran'); module.exports = { allow: { phones: ['${PHONE}'] } };\n`;

describe('a repository config that is code is not run', () => {
  test.each(['compliance.config.js', 'compliance.config.cjs', '.compliancerc.js', '.compliancerc.cjs', '.config/config.js', '.config/compliancerc.js'])(
    '%s in the linted folder is not executed (and a note says so)',
    (name) => {
      const dir = dirWith({ [name]: HOSTILE, 'msg.txt': PHONE_TEXT });
      const r = run(['-f', 'json', 'msg.txt'], { cwd: dir });
      expect(existsSync(join(dir, name.startsWith('.config/') ? '.config' : '.', 'PWNED'))).toBe(false);
      expect(existsSync(join(dir, 'PWNED'))).toBe(false);
      // Its settings did not apply either: the phone number is reported.
      expect(ruleIds(parseJson(r.stdout))).toContain('n5-mobile');
      if (!name.startsWith('.config/')) {
        expect(r.stderr).toContain('未加载 JavaScript 配置');
        expect(r.stderr).toContain(`--config ${join(dir, name)}`);
      }
    },
  );

  test('nor in a folder above cwd, nor with the subcommands that read config', () => {
    const dir = dirWith({ 'compliance.config.js': HOSTILE, 'sub/msg.txt': PHONE_TEXT });
    const sub = join(dir, 'sub');
    run(['msg.txt'], { cwd: sub });
    run(['rules'], { cwd: sub });
    run(['explain', 'N5'], { cwd: sub });
    run(['when', '--at', '2026-11-25 10:00'], { cwd: sub });
    run(['--print-config'], { cwd: sub });
    expect(existsSync(join(dir, 'PWNED'))).toBe(false);
  });

  test('a JSON or YAML config next to it is used as before', () => {
    const dir = dirWith({ 'compliance.config.js': HOSTILE, '.compliancerc.yaml': `allow:\n  phones: ["${PHONE}"]\n`, 'msg.txt': PHONE_TEXT });
    const r = run(['-f', 'json', 'msg.txt'], { cwd: dir });
    expect(existsSync(join(dir, 'PWNED'))).toBe(false);
    expect(ruleIds(parseJson(r.stdout))).not.toContain('n5-mobile');
    expect(r.stderr).not.toContain('未加载'); // the script beside it was never the config used: no note
  });

  test('--config file.js runs it: the user named it (the README says so)', () => {
    const dir = dirWith({ 'school.config.cjs': HOSTILE, 'msg.txt': PHONE_TEXT });
    const r = run(['--config', 'school.config.cjs', '-f', 'json', 'msg.txt'], { cwd: dir });
    expect(existsSync(join(dir, 'PWNED'))).toBe(true);
    expect(ruleIds(parseJson(r.stdout))).not.toContain('n5-mobile');
  });

  test('--config naming an ES module or a throwing script: one message, exit 2', () => {
    const dir = dirWith({ 'esm.mjs': 'export default {};\n', 'bad.cjs': "throw new Error('配置脚本出错');\n", 'msg.txt': CLEAN_NOTICE });
    const esm = run(['--config', 'esm.mjs', 'msg.txt'], { cwd: dir });
    expect(esm.status).toBe(2);
    expect(esm.stderr).toContain('不支持 ES 模块配置');
    const bad = run(['--config', 'bad.cjs', 'msg.txt'], { cwd: dir });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('配置脚本出错');
  });
});

describe('config values that used to crash', () => {
  test.each([
    ['an empty word in words', '.compliancerc.yaml', 'words:\n  N2: ["", "内卷"]\n', '“words” N2: 不能包含空字符串'],
    ['an empty word in allow.words', '.compliancerc.yaml', 'allow:\n  words: ["  "]\n', '“allow.words” 不能包含空字符串'],
    ['__proto__ in rules', '.compliancerc.json', '{"rules": {"__proto__": "off"}}', '不允许的键名 “__proto__”'],
    ['__proto__ at the top', '.compliancerc.json', '{"__proto__": {"x": 1}}', '不允许的配置项 “__proto__”'],
    ['__proto__ in allow', '.compliancerc.json', '{"allow": {"__proto__": ["a"]}}', '“allow.__proto__”'],
    ['constructor at the top', '.compliancerc.json', '{"constructor": {}}', '不允许的配置项 “constructor”'],
    ['a window across midnight', '.compliancerc.yaml', 'time:\n  workingHours: "18:00-08:00"\n', '开始时间应早于结束时间'],
    ['an hour past 24', '.compliancerc.yaml', 'time:\n  lunchBreak: "12:00-25:00"\n', '不是有效的时间'],
    ['a day that does not exist', '.compliancerc.yaml', 'time:\n  daysOff: [2026-02-30, 2026-13-01]\n', '2026-02-30 不是存在的日期'],
    ['a month that does not exist', '.compliancerc.yaml', 'time:\n  daysOff: [2026-13-01]\n', '2026-13-01 不是存在的日期'],
    ['a vacation ending before it starts', '.compliancerc.yaml', 'time:\n  vacations: [{ name: 寒假, from: 2027-02-21, to: 2027-01-23 }]\n', '寒假 的开始日期 2027-02-21 晚于结束日期 2027-01-23'],
    ['a broken package.json', 'package.json', '{"name": "school", broken', 'package.json 无法解析：不是有效的 JSON'],
    ['broken YAML', '.compliancerc.yaml', 'rules: [\n', '无法解析：YAML 错误'],
  ])('%s: one clear message naming the file, exit 2', (_name, file, content, message) => {
    const dir = dirWith({ [file]: content, 'msg.txt': CLEAN_NOTICE });
    const r = run(['msg.txt'], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(message);
    expect(r.stderr).toContain(join(dir, file));
    expect(r.stderr).not.toMatch(/内部错误|internal error/);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  test('a broken JSON config is not quoted back (it may hold a number)', () => {
    const dir = dirWith({ '.compliancerc.json': `{"allow": {"phones": [${PHONE}x]}}`, 'msg.txt': CLEAN_NOTICE });
    const r = run(['msg.txt'], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stderr).not.toContain(PHONE);
  });

  test('the documented example works: unquoted YAML dates in vacations and daysOff', () => {
    const dir = dirWith({ '.compliancerc.yaml': 'time:\n  vacations: [{ name: 暑假, from: 2026-07-06, to: 2026-08-30 }]\n  daysOff: [2026-12-01]\n' });
    const summer = run(['when', '--at', '2026-07-08 10:00'], { cwd: dir });
    expect(summer.status).toBe(1);
    expect(summer.stdout).toContain('暑假');
    const dayOff = run(['when', '--at', '2026-12-01 10:00'], { cwd: dir });
    expect(dayOff.status).toBe(1);
    expect(run(['when', '--at', '2026-12-02 10:00'], { cwd: dir }).status).toBe(0);
    const printed = JSON.parse(run(['--print-config'], { cwd: dir }).stdout);
    expect(printed.time.vacations).toEqual([{ name: '暑假', from: '2026-07-06', to: '2026-08-30' }]);
  });
});

describe('errors', () => {
  test('no run above printed a stack trace on stderr', () => {
    expect(runsWithStackTraces()).toEqual([]);
  });
});
