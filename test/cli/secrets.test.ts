// End-to-end: no output of the built binary holds a phone, ID or bank card number in full, in
// every spelling × every format × --quiet, --fix-dry-run (with notice skeletons), -o, a rule turned
// off by config or directive, and in every error message and --print-config.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { holdsInFull, MOBILE_SPELLINGS, OTHER_SECRETS } from '../secrets';
import { assertBuilt, removeDir, run, RunResult, runsWithStackTraces, tempDir } from './helpers';

const FORMATS = ['stylish', 'json', 'sarif', 'junit', 'github', 'compact'] as const;
const SECRETS = [...MOBILE_SPELLINGS, ...OTHER_SECRETS];

/** Each secret alone in a sentence, repeated so that m2-repeated-sentence quotes it, and in a notice body. */
const DRAFT = [
  '明天下午三点开家长会。',
  ...SECRETS.map((s) => `有事请打${s}找我。有事请打${s}找我。有事请打${s}找我。`),
  '身份证号码请发到群里：110105 20150304 0025。',
  '谢谢大家！',
].join('\n');

let dir: string;
const outputs: Array<{ what: string; out: string }> = [];
const record = (what: string, r: RunResult, extra = '') => outputs.push({ what, out: r.stdout + r.stderr + extra });

beforeAll(() => {
  assertBuilt();
  dir = tempDir({
    'draft.txt': DRAFT,
    'silenced.txt': `<!-- jiaxiao-lint-disable n5-mobile n5-id-card n5-bank-card -->\n${DRAFT}`,
    '13800138000.txt': '家长会改到周五。',
    'front.txt': '发送时间: 13800138000\n\n明天开家长会。',
    'off/.compliancerc.yaml': 'rules:\n  n5-mobile: "off"\n  n5-id-card: "off"\n  n5-bank-card: "off"\n',
    'off/draft.txt': DRAFT,
    'broken/.compliancerc.yaml': 'allow:\n  phones: [13800138000, "１３８ ００１３ ８０００"\n  words: {',
    'allowed/.compliancerc.yaml': `allow:\n  phones: ${JSON.stringify(SECRETS)}\n`,
  });
  for (const format of FORMATS) {
    record(`${format}`, run(['-f', format, 'draft.txt', 'silenced.txt', '13800138000.txt'], { cwd: dir }));
    record(`${format} --quiet`, run(['-f', format, '--quiet', 'draft.txt', 'silenced.txt'], { cwd: dir }));
    record(`${format} --fix-dry-run --kind notice`, run(['-f', format, '--fix-dry-run', '--kind', 'notice', 'draft.txt'], { cwd: dir }));
    const report = join(dir, `report-${format}.txt`);
    const r = run(['-f', format, '-o', report, 'draft.txt', '--text', DRAFT.replace('明天', '后天')], { cwd: dir });
    record(`${format} -o`, r, readFileSync(report, 'utf8'));
    record(`${format} rules off in config`, run(['-f', format, 'draft.txt'], { cwd: join(dir, 'off') }));
  }
  record('front matter error', run(['front.txt'], { cwd: dir }));
  record('--at error', run(['--at', '13800138000', '--text', '你好'], { cwd: dir }));
  record('--at error (full-width)', run(['--at', '１３８ ００１３ ８０００', '--text', '你好'], { cwd: dir }));
  record('unknown option', run(['--13800138000'], { cwd: dir }));
  record('broken config', run(['--text', '你好'], { cwd: join(dir, 'broken') }));
  record('--print-config', run(['--print-config'], { cwd: join(dir, 'allowed') }));
  record('missing file', run(['13800138000-missing.txt'], { cwd: dir }));
  record('explain n5', run(['explain', 'N5'], { cwd: dir }));
});

afterAll(() => removeDir(dir));

test('every run above produced output (the checks below are not vacuous)', () => {
  expect(outputs).toHaveLength(FORMATS.length * 5 + 8);
  const empty = outputs.filter(({ out }) => out.trim() === '').map(({ what }) => what);
  expect(empty).toEqual([]);
  // The report does show the masked forms.
  expect(outputs[0].out).toContain('138****8000');
  expect(outputs[0].out).toContain('１３８＊＊＊＊８０００'.replace(/＊/g, '*'));
});

test.each(SECRETS)('%s is never printed in full, in any run', (secret) => {
  const leaks = outputs.filter(({ out }) => holdsInFull(out, secret)).map(({ what }) => what);
  expect(leaks).toEqual([]);
});

test('the number is masked the same way in the excerpt and in the message that quotes it', () => {
  const json = JSON.parse(outputs.find((o) => o.what === 'json')!.out.split('\n').filter((l) => l.startsWith('[')).join('')) as Array<{
    source?: string;
    messages: Array<{ ruleId: string; message: string }>;
  }>;
  const draft = json.find((r) => r.source?.includes('有事请打'))!;
  expect(draft.source).toContain('有事请打138****8000找我');
  const quoted = draft.messages.filter((m) => m.message.includes('有事请打'));
  expect(quoted.length).toBeGreaterThan(0);
  for (const m of quoted) expect(m.message).not.toMatch(/有事请打\d{11}/);
});

test('an ID or bank card number failing its check digit is not reported, yet masked like a valid one', () => {
  const checkDir = tempDir({ 'ids.txt': '学生身份证110105201503040026，卡号6217002130001234564，转账后告知。\n' });
  try {
    const r = run(['-f', 'json', 'ids.txt'], { cwd: checkDir });
    const [result] = JSON.parse(r.stdout) as Array<{ source: string; messages: Array<{ ruleId: string }> }>;
    expect(result.messages.map((m) => m.ruleId)).not.toContain('n5-id-card');
    expect(result.messages.map((m) => m.ruleId)).not.toContain('n5-bank-card');
    expect(result.source).toBe('学生身份证110***********0026，卡号621************4564，转账后告知。\n');
  } finally {
    removeDir(checkDir);
  }
});

test('--fix writes the user\'s own numbers back unmasked; only the report masks them', () => {
  // An ID that fails its check digit is no finding, so no fix touches it: only redaction could.
  const fixDir = tempDir({ 'mine.txt': '请把110105 20150304 0026发给我，谢谢👍👍👍👍👍👍👍\n' });
  try {
    const r = run(['--fix', 'mine.txt'], { cwd: fixDir });
    expect(holdsInFull(r.stdout + r.stderr, '110105201503040026')).toBe(false);
    const written = readFileSync(join(fixDir, 'mine.txt'), 'utf8');
    expect(written).toBe('请把110105 20150304 0026发给我，谢谢👍\n'); // the emoji run was fixed, the number kept
  } finally {
    removeDir(fixDir);
  }
});

test('no run printed a stack trace', () => {
  expect(runsWithStackTraces()).toEqual([]);
});
