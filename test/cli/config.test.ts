// End-to-end: configuration files (found in cwd or named by --config), --print-config, --quiet.
import { join } from 'node:path';
import { PHONE, PHONE_TEXT, RANKING_TEXT, parseJson, ruleIds, run, runsWithStackTraces, useTempDirs } from './helpers';

const dirWith = useTempDirs();

describe('configuration', () => {
  test('--print-config prints the merged defaults and the config file found in cwd', () => {
    const none = dirWith({});
    const d = run(['--print-config'], { cwd: none });
    expect(d.status).toBe(0);
    const defaults = JSON.parse(d.stdout);
    expect(defaults.configFile).toBeNull();
    expect(defaults.lang).toBe('zh');
    expect(defaults.time.timeZone).toBe('Asia/Shanghai');
    expect(defaults.time.workingHours).toBe('08:00-18:00');
    expect(defaults.allow.phones).toEqual([]);

    const cwd = dirWith({ '.compliancerc.yaml': 'rules:\n  n5-mobile: off\nallow:\n  phones: ["13800000000"]\n' });
    const r = run(['--print-config'], { cwd });
    expect(r.status).toBe(0);
    const config = JSON.parse(r.stdout);
    expect(config.configFile).toBe(join(cwd, '.compliancerc.yaml'));
    expect(config.rules['n5-mobile']).toBe('off');
    expect(config.allow.phones).toEqual(['138****0000']); // never printed in full, even from the config
    expect(config.time.workingHours).toBe('08:00-18:00'); // defaults kept under the user's values
  });

  test('config rules { n5-mobile: off } silences it (a .compliancerc.yaml found in cwd)', () => {
    const cwd = dirWith({ '.compliancerc.yaml': 'rules:\n  n5-mobile: off\n' });
    const r = run(['-f', 'json', '--text', `${PHONE_TEXT}${RANKING_TEXT}`], { cwd });
    expect(r.status).toBe(1);
    const ids = ruleIds(parseJson(r.stdout));
    expect(ids).not.toContain('n5-mobile');
    expect(ids).toContain('n2-ranking');
  });

  test('--config <path> uses that file (allow.phones lets a number through), wherever cwd is', () => {
    const cfgDir = dirWith({ 'school.json': JSON.stringify({ allow: { phones: [PHONE] } }) });
    const cwd = dirWith({});
    const r = run(['--config', join(cfgDir, 'school.json'), '-f', 'json', '--text', PHONE_TEXT], { cwd });
    expect(r.status).toBe(0);
    expect(ruleIds(parseJson(r.stdout))).not.toContain('n5-mobile');

    const other = run(['-f', 'json', '--text', '有事请联系13912340000。', '-c', join(cfgDir, 'school.json')], { cwd });
    expect(ruleIds(parseJson(other.stdout))).toContain('n5-mobile'); // only the listed number is allowed

    const printed = run(['--print-config', '--config', join(cfgDir, 'school.json')], { cwd });
    expect(JSON.parse(printed.stdout).configFile).toBe(join(cfgDir, 'school.json'));
  });

  test('--config naming a missing file exits 2 and names it', () => {
    const cwd = dirWith({});
    const r = run(['--config', 'nope.yaml', '--text', '各位家长：'], { cwd });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('nope.yaml');
  });

  test('--quiet reports errors only (and the warning no longer counts)', () => {
    const cwd = dirWith({});
    const r = run(['--quiet', '-f', 'json', '--text', `${PHONE_TEXT}${RANKING_TEXT}`], { cwd });
    expect(r.status).toBe(1);
    const [result] = parseJson(r.stdout);
    expect(result.messages.length).toBeGreaterThan(0);
    expect(result.messages.every((m) => m.severity === 2)).toBe(true);
    expect(result.warningCount).toBe(0);

    const onlyWarnings = run(['--quiet', '--text', PHONE_TEXT], { cwd });
    expect(onlyWarnings.status).toBe(0);
    expect(onlyWarnings.stdout).not.toContain('n5-mobile');
  });
});

describe('errors', () => {
  test('no run above printed a stack trace on stderr', () => {
    expect(runsWithStackTraces()).toEqual([]);
  });
});
