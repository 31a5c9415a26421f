// End-to-end: a draft pasted into the prompt of a real (pseudo-)terminal. In the terminal's line mode a
// single line longer than 4,096 bytes is cut without a word; the paste must arrive whole.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { assertBuilt, BIN, parseJson, PHONE, removeDir, tempDir, WORKING_TIME } from './helpers';

const DRIVER = join(__dirname, 'pty-run.py');
const CTRL_D = '\x04';

let dir: string;
beforeAll(() => {
  assertBuilt();
  dir = tempDir();
});
afterAll(() => removeDir(dir));

/** Runs jiaxiao-lint in a pseudo-terminal, types `typed` once the prompt shows, returns what the terminal showed. */
function inTerminal(args: string[], typed: string): { status: number; output: string } {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
  delete env.FORCE_COLOR;
  const r = spawnSync('python3', [DRIVER, JSON.stringify([process.execPath, BIN, ...args]), JSON.stringify(typed), 'Ctrl+D'], {
    cwd: dir,
    env,
    encoding: 'utf8',
    timeout: 60_000,
  });
  if (r.error) throw r.error;
  if (r.status !== 0) throw new Error(`pty driver failed: ${r.stderr}`);
  return JSON.parse(r.stdout) as { status: number; output: string };
}

describe('pasting into the prompt', () => {
  test('a 5,000-character single line arrives whole: the phone number at its end is found', () => {
    const line = '各位家长好'.repeat(997) + `电话${PHONE}。`; // 4,985 + 2 + 11 + 1 = 4,999 characters, ~15 KB of UTF-8
    expect(line.length + 1).toBeGreaterThanOrEqual(5000);
    expect(Buffer.byteLength(line)).toBeGreaterThan(4096 * 3);
    const out = join(dir, 'long.json');
    const r = inTerminal(['--at', WORKING_TIME, '-f', 'json', '-o', out], `${line}\r${CTRL_D}`);
    expect(r.status).toBe(0); // a phone number is a warning
    const [result] = parseJson(readFileSync(out, 'utf8'));
    expect(result.filePath).toBe('<stdin>');
    expect(result.source!.length).toBe(line.length + 1); // the line and its Enter, nothing cut
    const phone = result.messages.find((m) => m.ruleId === 'n5-mobile');
    expect(phone).toBeDefined();
    expect(phone!.line).toBe(1);
    expect(phone!.column).toBe(line.indexOf(PHONE) + 1);
    // The terminal showed the paste as it came, and never the number in full in the report.
    expect(r.output).toContain('请粘贴要发送的消息');
  });

  test('several lines, Backspace and Enter as a terminal sends them', () => {
    const out = join(dir, 'edited.json');
    const r = inTerminal(['--at', WORKING_TIME, '-f', 'json', '-o', out], `成绩排名X\x7f第一名\r\n第二行\r${CTRL_D}`);
    expect(r.status).toBe(1);
    const [result] = parseJson(readFileSync(out, 'utf8'));
    expect(result.source).toBe('成绩排名第一名\n第二行\n');
    expect(result.messages.map((m) => m.ruleId)).toContain('n2-ranking');
  });

  test('an empty paste says that nothing was pasted and exits 2', () => {
    const r = inTerminal(['--at', WORKING_TIME], CTRL_D);
    expect(r.status).toBe(2);
    expect(r.output).toContain('没有粘贴任何内容');
    expect(r.output).not.toContain('未发现问题');
    const blank = inTerminal(['--at', WORKING_TIME, '--lang', 'en'], `  \r\r${CTRL_D}`);
    expect(blank.status).toBe(2);
    expect(blank.output).toContain('Nothing was pasted');
  });

  test('Ctrl+C stops without linting, exit 130', () => {
    const r = inTerminal(['--at', WORKING_TIME], `成绩排名第一名\x03`);
    expect(r.status).toBe(130);
    expect(r.output).toContain('已取消');
    expect(r.output).not.toContain('n2-ranking');
  });
});
