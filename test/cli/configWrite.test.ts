// Writing a year into the user's config (holidays import): every layout keeps what the user had,
// reads back as the old config plus that year, and a refused write leaves the file untouched.
import { lstatSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as jsYaml from 'js-yaml';
import { writeExtraYear } from '../../src/cli/configWrite';
import { ConfigError } from '../../src/config/load';
import type { ExtraYear } from '../../src/time/types';

const YEAR: ExtraYear = { holidays: { 元旦: ['2027-01-01', '2027-01-02'] }, workdays: { 春节: ['2027-02-20'] } };
const BLOCK = ['"2027":', '  holidays:', '    元旦: ["2027-01-01", "2027-01-02"]', '  workdays:', '    春节: ["2027-02-20"]'];
const indented = (n: number) => BLOCK.map((l) => ' '.repeat(n) + l).join('\n');

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'jiaxiao-write-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function writeInto(name: string, text: string): string {
  writeFileSync(join(dir, name), text);
  writeExtraYear({ cwd: dir }, '2027', YEAR, 'zh');
  return readFileSync(join(dir, name), 'utf8');
}

describe('YAML: the smallest edit, the rest byte for byte', () => {
  test.each([
    ['no time key', '# 注释\nlang: zh # 行尾注释\n', `# 注释\nlang: zh # 行尾注释\ntime:\n  extraYears:\n${indented(4)}\n`],
    ['time without extraYears, 4-space indent, a comment after it', 'time:\n    workingHours: "08:00-18:00"   # 对齐的注释\n# 结尾注释\nlang: zh\n', `time:\n    workingHours: "08:00-18:00"   # 对齐的注释\n    extraYears:\n${indented(6)}\n# 结尾注释\nlang: zh\n`],
    ['another year already there', 'time:\n  extraYears:\n    "2028":\n      holidays: { 元旦: ["2028-01-01"] }\n      workdays: []\n  lunchBreak: null\n', `time:\n  extraYears:\n    "2028":\n      holidays: { 元旦: ["2028-01-01"] }\n      workdays: []\n${indented(4)}\n  lunchBreak: null\n`],
    ['the same year replaced', 'time:\n  extraYears:\n    "2027":\n      holidays:\n        旧: ["2027-03-03"]\n      workdays: []\n    "2028":\n      holidays: {}\n      workdays: []\n', `time:\n  extraYears:\n${indented(4)}\n    "2028":\n      holidays: {}\n      workdays: []\n`],
    ['an empty time:', 'lang: zh\ntime:\n', `lang: zh\ntime:\n  extraYears:\n${indented(4)}\n`],
    ['an empty file', '', `time:\n  extraYears:\n${indented(4)}\n`],
  ])('%s', (_name, before, after) => {
    expect(writeInto('.compliancerc.yaml', before)).toBe(after);
  });

  test('CRLF line endings stay CRLF', () => {
    const out = writeInto('.compliancerc.yml', 'lang: zh\r\ntime:\r\n  lunchBreak: null\r\n');
    expect(out).toBe(`lang: zh\r\ntime:\r\n  lunchBreak: null\r\n  extraYears:\r\n${indented(4).replace(/\n/g, '\r\n')}\r\n`);
  });

  test('a flow-style time map is rewritten by the yaml library and still means the same plus the year', () => {
    const out = writeInto('.compliancerc.yaml', 'time: { workingHours: "08:00-17:00" }  # 流式\n');
    expect(out).toContain('# 流式');
    expect(jsYaml.load(out)).toEqual({ time: { workingHours: '08:00-17:00', extraYears: { 2027: YEAR } } });
  });

  test('a BOM is kept; a symlinked config stays a symlink and its target is written', () => {
    writeFileSync(join(dir, 'real.yaml'), '\uFEFFlang: zh\n');
    symlinkSync(join(dir, 'real.yaml'), join(dir, '.compliancerc.yaml'));
    writeExtraYear({ cwd: dir }, '2027', YEAR, 'zh');
    expect(lstatSync(join(dir, '.compliancerc.yaml')).isSymbolicLink()).toBe(true);
    const out = readFileSync(join(dir, 'real.yaml'), 'utf8');
    expect(out.startsWith('\uFEFFlang: zh\ntime:\n')).toBe(true);
  });
});

describe('JSON', () => {
  test('.compliancerc holding JSON stays JSON', () => {
    const out = writeInto('.compliancerc', '{"lang":"en"}');
    expect(JSON.parse(out)).toEqual({ lang: 'en', time: { extraYears: { 2027: YEAR } } });
  });

  test('tab indentation is kept', () => {
    const out = writeInto('.compliancerc.json', '{\n\t"lang": "zh"\n}\n');
    expect(out.startsWith('{\n\t"lang": "zh",\n\t"time": {\n\t\t"extraYears": {\n\t\t\t"2027": {\n')).toBe(true);
    expect(out.endsWith('}\n')).toBe(true);
    expect(JSON.parse(out)).toEqual({ lang: 'zh', time: { extraYears: { 2027: YEAR } } });
  });
});

describe('refused, nothing written', () => {
  test.each([
    ['.compliancerc.js', 'module.exports = {};\n', /JavaScript/],
    ['.compliancerc.yaml', 'time: 5\n', /“time” 应为对象/],
    ['.compliancerc.yaml', 'time:\n  extraYears: [1]\n', /“time.extraYears” 应为对象/],
    ['.compliancerc.json', '{ "lang": "zh", }', /无法解析/],
  ])('%s: %j', (name, text, message) => {
    writeFileSync(join(dir, name), text);
    expect(() => writeExtraYear({ cwd: dir }, '2027', YEAR, 'zh')).toThrow(ConfigError);
    expect(() => writeExtraYear({ cwd: dir }, '2027', YEAR, 'zh')).toThrow(message);
    expect(readFileSync(join(dir, name), 'utf8')).toBe(text);
  });
});
