// End-to-end: --fix rewrites files and loses nothing (encoding, BOM, line endings, mode, the user's
// numbers); --fix-dry-run shows a diff and writes nothing; --output-file writes the report.
import { chmodSync, existsSync, lstatSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { assertBuilt, parseJson, PHONE, removeDir, ruleIds, run, runsWithStackTraces, tempDir } from './helpers';

const iconv = require('iconv-lite') as { encode(text: string, enc: string): Buffer; decode(buf: Buffer, enc: string): string };

/** A notice whose only problems are half-width punctuation (safe to fix). */
const HALF_WIDTH = ['各位家长:', '', '本周五（2026年11月27日）下午3点在学校礼堂召开家长会,请准时参加!', '', '三年级二班 班主任', '2026年11月24日', ''].join('\n');
const FIXED = ['各位家长：', '', '本周五（2026年11月27日）下午3点在学校礼堂召开家长会，请准时参加！', '', '三年级二班 班主任', '2026年11月24日', ''].join('\n');
/** As HALF_WIDTH, with lines that differ so that no two files of a test are duplicates of each other. */
const variant = (n: number) => HALF_WIDTH.replace('下午3点', `下午${n}点`);
const fixedVariant = (n: number) => FIXED.replace('下午3点', `下午${n}点`);

const dirs: string[] = [];
const dirWith = (files: Record<string, string> = {}) => {
  const d = tempDir(files);
  dirs.push(d);
  return d;
};
/** Files left in a folder by a run: no temporary file may stay behind. */
const leftovers = (dir: string) => readdirSync(dir).filter((f) => f.includes('.tmp'));

beforeAll(() => assertBuilt());
afterAll(() => dirs.forEach(removeDir));

describe('--fix', () => {
  test('--fix rewrites half-width punctuation in the file, reports what is left (nothing) and says what it did', () => {
    const dir = dirWith({ 'fix.txt': HALF_WIDTH });
    const r = run(['--fix', 'fix.txt'], { cwd: dir });
    expect(r.status).toBe(0);
    expect(readFileSync(join(dir, 'fix.txt'), 'utf8')).toBe(FIXED);
    expect(r.stdout).not.toContain('m5-half-width-punctuation');
    expect(r.stderr).toContain('已修复 3 处问题，涉及 1 个文件；剩余 0 个问题');
    expect(leftovers(dir)).toEqual([]);

    const again = run(['-f', 'json', 'fix.txt'], { cwd: dir });
    expect(again.status).toBe(0);
    expect(parseJson(again.stdout)[0].messages).toEqual([]);
    expect(run(['--fix', '--lang', 'en', 'fix.txt'], { cwd: dir }).stderr).toContain('Nothing to fix automatically; 0 problems remain');
  });

  test('the summary line counts fixes, files and what remains', () => {
    const dir = dirWith({ 'a.txt': variant(3), 'b.txt': variant(4), 'c.txt': `${variant(5)}成绩排名第一名的是张三。\n` });
    const r = run(['--fix', '--lang', 'en', 'a.txt', 'b.txt', 'c.txt'], { cwd: dir });
    expect(r.status).toBe(1); // the ranking remains: an error
    expect(r.stderr).toContain('Fixed 9 problems in 3 files;');
    const remaining = (r.stdout.match(/^ {2}\d+:\d+ /gm) ?? []).length;
    expect(remaining).toBeGreaterThan(0);
    expect(r.stderr).toContain(`; ${remaining} problem${remaining === 1 ? '' : 's'} remain`);
  });

  test('--fix refuses --text (nothing to rewrite) with exit 2', () => {
    const r = run(['--fix', '--text', '各位家长:明天见'], { cwd: dirWith() });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--fix');
  });

  test('--fix with --fix-dry-run is refused (which one was meant?), nothing written', () => {
    const dir = dirWith({ 'both.txt': HALF_WIDTH });
    const r = run(['--fix', '--fix-dry-run', 'both.txt'], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--fix 与 --fix-dry-run 不能同时使用');
    expect(readFileSync(join(dir, 'both.txt'), 'utf8')).toBe(HALF_WIDTH);
  });

  test('a symbolic link stays a link: the file it points to is fixed', () => {
    const dir = dirWith({ 'real.txt': HALF_WIDTH });
    symlinkSync(join(dir, 'real.txt'), join(dir, 'link.txt'));
    expect(run(['--fix', 'link.txt'], { cwd: dir }).status).toBe(0);
    expect(lstatSync(join(dir, 'link.txt')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, 'real.txt'), 'utf8')).toBe(FIXED);
  });

  test('12.5日 becomes exactly one date, 12月5日 (never 12月5日日)', () => {
    const dir = dirWith({ 'date.txt': HALF_WIDTH.replace('本周五（2026年11月27日）', '12.5日') });
    run(['--fix', 'date.txt'], { cwd: dir });
    const fixed = readFileSync(join(dir, 'date.txt'), 'utf8');
    expect(fixed).toContain('12月5日下午3点');
    expect(fixed).not.toContain('日日');
  });

  test("the teacher's own phone number is never masked in the file (masking is for the report)", () => {
    const dir = dirWith({ 'phone.txt': HALF_WIDTH.replace('请准时参加!', `有事请联系${PHONE}!`) });
    const r = run(['--fix', 'phone.txt'], { cwd: dir });
    const fixed = readFileSync(join(dir, 'phone.txt'), 'utf8');
    expect(fixed).toContain(PHONE);
    expect(fixed).not.toContain('*');
    expect(fixed).toContain('各位家长：'); // the meaning-preserving fixes were made
    expect(r.stdout).toContain('n5-mobile'); // and the number is still reported, masked
    expect(r.stdout).not.toContain(PHONE);
  });
});

describe('--fix keeps what the file was', () => {
  test('a UTF-8 BOM, CRLF line endings and the mode stay; the file is replaced by rename, no temp file left', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(variant(3).replace(/\n/g, '\r\n'))]);
    const dir = dirWith();
    const file = join(dir, 'bom.txt');
    writeFileSync(file, bytes);
    chmodSync(file, 0o640);
    const inodeBefore = statSync(file).ino;
    const r = run(['--fix', 'bom.txt'], { cwd: dir });
    expect(r.status).toBe(0);
    const after = readFileSync(file);
    expect([...after.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(after.subarray(3).toString('utf8')).toBe(fixedVariant(3).replace(/\n/g, '\r\n'));
    expect(statSync(file).mode & 0o777).toBe(0o640);
    expect(statSync(file).ino).not.toBe(inodeBefore); // a new file renamed over the old one, not rewritten in place
    expect(leftovers(dir)).toEqual([]);
  });

  test('CR-only line endings stay CR-only', () => {
    const dir = dirWith({ 'mac.txt': variant(3).replace(/\n/g, '\r') });
    run(['--fix', 'mac.txt'], { cwd: dir });
    expect(readFileSync(join(dir, 'mac.txt'), 'utf8')).toBe(fixedVariant(3).replace(/\n/g, '\r'));
  });

  test.each([
    ['UTF-16 LE with a BOM', (t: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(t, 'utf16le')])],
    ['UTF-16 BE with a BOM', (t: string) => Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(t, 'utf16le').swap16()])],
    ['UTF-16 LE without a BOM', (t: string) => Buffer.from(t, 'utf16le')],
    ['GB18030 (GBK, as Windows Notepad saves it)', (t: string) => iconv.encode(t, 'gb18030')],
  ])('%s is linted and written back in the same encoding', (_name, encode) => {
    const dir = dirWith();
    writeFileSync(join(dir, 'enc.txt'), encode(HALF_WIDTH));
    const lint = run(['-f', 'json', 'enc.txt'], { cwd: dir });
    expect(parseJson(lint.stdout)[0].fatal).toBeUndefined();
    expect(ruleIds(parseJson(lint.stdout))).toContain('m5-half-width-punctuation');

    const r = run(['--fix', 'enc.txt'], { cwd: dir });
    expect(r.status).toBe(0);
    expect(readFileSync(join(dir, 'enc.txt')).equals(encode(FIXED))).toBe(true);
  });

  test('a read-only file midway through a folder is reported, the others are fixed, exit 2 at the end', () => {
    const dir = dirWith({ 'notices/a.txt': variant(3), 'notices/b.txt': variant(4), 'notices/c.txt': variant(5) });
    chmodSync(join(dir, 'notices/b.txt'), 0o444);
    const r = run(['--fix', 'notices'], { cwd: dir });
    expect(r.status).toBe(2);
    expect(readFileSync(join(dir, 'notices/a.txt'), 'utf8')).toBe(fixedVariant(3));
    expect(readFileSync(join(dir, 'notices/b.txt'), 'utf8')).toBe(variant(4));
    expect(readFileSync(join(dir, 'notices/c.txt'), 'utf8')).toBe(fixedVariant(5));
    expect(statSync(join(dir, 'notices/b.txt')).mode & 0o777).toBe(0o444);
    expect(r.stderr).toContain('未修复：notices/b.txt 是只读文件');
    expect(r.stderr).toContain('1 个文件未能写入');
    // b.txt's problems are still reported: nothing was fixed there.
    expect(r.stdout).toContain('notices/b.txt');
    expect(r.stdout).not.toContain('notices/a.txt');
  });

  test('a file changed while it is being fixed is left alone, with a message', () => {
    const dir = dirWith({ 'busy.txt': variant(3) });
    const preload = join(__dirname, 'fixtures', 'edit-during-fix.js');
    const r = run(['--fix', 'busy.txt'], { cwd: dir, env: { NODE_OPTIONS: `--require ${preload}` } });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('未修复：busy.txt 在修复期间被改动');
    // What the "editor" saved is there; the fix did not overwrite it.
    expect(readFileSync(join(dir, 'busy.txt'), 'utf8')).toBe(`${variant(3)}老师刚刚补了一句。\n`);
    expect(leftovers(dir)).toEqual([]);
  });
});

describe('--fix-dry-run', () => {
  test('shows a unified diff of what would change, lists only the problems that would remain, writes nothing', () => {
    const text = `${variant(3)}成绩排名第一名的是张三。\n`;
    const dir = dirWith({ 'dry.txt': text });
    const r = run(['--fix-dry-run', 'dry.txt'], { cwd: dir });
    expect(r.status).toBe(1);
    expect(readFileSync(join(dir, 'dry.txt'), 'utf8')).toBe(text);
    expect(r.stdout).toContain('--- a/dry.txt\n+++ b/dry.txt\n@@ -1,6 +1,6 @@\n-各位家长:\n+各位家长：\n \n-本周五（2026年11月27日）下午3点在学校礼堂召开家长会,请准时参加!\n+本周五（2026年11月27日）下午3点在学校礼堂召开家长会，请准时参加！\n');
    expect(r.stdout).not.toContain('m5-half-width-punctuation'); // fixed, so not listed
    expect(r.stdout).toContain('n2-ranking'); // would remain
    expect(r.stderr).toContain('可修复 3 处问题，涉及 1 个文件（试运行，未写入文件）');
  });

  test('JSON: the fixed text is in `output` (as ESLint), the messages are what would remain', () => {
    const dir = dirWith({ 'dry.txt': HALF_WIDTH });
    const r = run(['--fix-dry-run', '-f', 'json', 'dry.txt'], { cwd: dir });
    expect(r.status).toBe(0);
    const results = parseJson(r.stdout);
    expect(results[0].output).toBe(FIXED);
    expect(results[0].messages).toEqual([]);
    expect(readFileSync(join(dir, 'dry.txt'), 'utf8')).toBe(HALF_WIDTH);
  });

  test('the diff masks a phone number like the rest of the report, also when --quiet hides its warning', () => {
    const dir = dirWith({ 'dry.txt': HALF_WIDTH.replace('请准时参加!', `有事请联系${PHONE}!`) });
    const r = run(['--fix-dry-run', 'dry.txt'], { cwd: dir });
    expect(r.stdout).toContain('+本周五');
    expect(r.stdout).not.toContain(PHONE);
    // Punctuation made an error, so that --quiet still fixes it; the phone number stays a hidden warning.
    writeFileSync(join(dir, '.compliancerc.yaml'), 'rules:\n  m5-half-width-punctuation: error\n');
    const quiet = run(['--quiet', '--fix-dry-run', 'dry.txt'], { cwd: dir });
    expect(quiet.stdout).toContain('+本周五');
    expect(quiet.stdout).not.toContain(PHONE);
  });
});

describe('a normal run', () => {
  test("the summary says how many problems --fix could fix", () => {
    const dir = dirWith({ 'n.txt': HALF_WIDTH });
    const r = run(['n.txt'], { cwd: dir });
    expect(r.stdout).toContain('其中 3 个可用 --fix 自动修复');
    expect(run(['n.txt', '--lang', 'en'], { cwd: dir }).stdout).toContain('3 of them can be fixed with --fix');
  });
});

describe('--output-file', () => {
  test('writes the report to the file and nothing to stdout', () => {
    const dir = dirWith({ 'report-me.txt': HALF_WIDTH });
    const out = join(dir, 'report.json');
    const r = run(['-f', 'json', '-o', 'report.json', 'report-me.txt'], { cwd: dir });
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('');
    expect(existsSync(out)).toBe(true);
    const results = parseJson(readFileSync(out, 'utf8'));
    expect(results[0].filePath).toBe('report-me.txt');
    expect(ruleIds(results)).toContain('m5-half-width-punctuation');
  });

  test('an unwritable output file exits 2 and names it', () => {
    const dir = dirWith({ 'report-me.txt': HALF_WIDTH });
    const r = run(['-o', join(dir, 'no-such-dir', 'r.txt'), 'report-me.txt'], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('r.txt');
  });

  test('-o naming a file being linted is refused: the notice is not overwritten by the report', () => {
    const dir = dirWith({ 'notice.txt': HALF_WIDTH, 'sub/other.txt': HALF_WIDTH });
    for (const args of [['-o', 'notice.txt', 'notice.txt'], ['-o', './notice.txt', '.'], ['--fix', '-o', 'sub/other.txt', 'sub']]) {
      const r = run(args, { cwd: dir });
      expect({ args, status: r.status }).toEqual({ args, status: 2 });
      expect(r.stderr).toContain('报告文件不能是被检查的文件');
    }
    expect(readFileSync(join(dir, 'notice.txt'), 'utf8')).toBe(HALF_WIDTH);
    expect(readFileSync(join(dir, 'sub/other.txt'), 'utf8')).toBe(HALF_WIDTH);
  });
});

describe('errors', () => {
  test('no run above printed a stack trace on stderr', () => {
    expect(runsWithStackTraces()).toEqual([]);
  });
});
