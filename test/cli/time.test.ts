// End-to-end: the send time (N1) from --at and from front matter, --urgent, and `when`.
import { assertBuilt, CLEAN_NOTICE, parseJson, removeDir, run, runsWithStackTraces, tempDir } from './helpers';

/** Wednesday 2026-11-25 21:40 in Beijing: rest time; the next working moment is Thursday 08:00. */
const LATE = '2026-11-25T21:40:00+08:00';
const NEXT = '11月26日（星期四）08:00';

let dir: string;

beforeAll(() => {
  assertBuilt();
  dir = tempDir({
    'notice.txt': CLEAN_NOTICE,
    // Saturday 10:00: a weekend, so N1 although the hour is within working hours.
    'saturday.md': `---\n发送时间: 2026-11-28 10:00\n---\n${CLEAN_NOTICE}`,
    'weekday.md': `---\n发送时间: 2026-11-26 10:00\n---\n${CLEAN_NOTICE}`,
  });
});
afterAll(() => removeDir(dir));

describe('N1 send time', () => {
  test('--at 2026-11-25T21:40:00+08:00 gives an N1 error naming the next allowed moment', () => {
    const r = run(['--at', LATE, '-f', 'json', 'notice.txt'], { cwd: dir });
    expect(r.status).toBe(1);
    const n1 = parseJson(r.stdout)[0].messages.filter((m) => m.ruleId === 'n1-rest-time');
    expect(n1).toHaveLength(1);
    expect(n1[0].severity).toBe(2);
    expect(n1[0].message).toContain(NEXT);
  });

  test('--urgent makes it a warning (exit 0)', () => {
    const r = run(['--at', LATE, '--urgent', '-f', 'json', 'notice.txt'], { cwd: dir });
    expect(r.status).toBe(0);
    const n1 = parseJson(r.stdout)[0].messages.filter((m) => m.ruleId === 'n1-rest-time');
    expect(n1).toHaveLength(1);
    expect(n1[0].severity).toBe(1);
    expect(n1[0].message).toContain(NEXT);
  });

  test('front matter 发送时间: 2026-11-28 10:00 (a Saturday) in a file gives N1; a weekday morning does not', () => {
    const r = run(['-f', 'json', 'saturday.md', 'weekday.md'], { cwd: dir });
    expect(r.status).toBe(1);
    const results = parseJson(r.stdout);
    const sat = results.find((x) => x.filePath === 'saturday.md')!;
    const n1 = sat.messages.filter((m) => m.ruleId === 'n1-rest-time');
    expect(n1).toHaveLength(1);
    expect(n1[0].severity).toBe(2);
    expect(n1[0].line).toBe(4); // reported on the first line of the body, after the front matter
    expect(n1[0].message).toContain('11月30日（星期一）08:00');
    expect(results.find((x) => x.filePath === 'weekday.md')!.messages).toEqual([]);
  });
});

describe('when', () => {
  test('when --at "2026-11-25 21:40" exits 1 and names the next allowed moment', () => {
    const r = run(['when', '--at', '2026-11-25 21:40'], { cwd: dir });
    expect(r.stdout).toContain('2026年11月25日');
    expect(r.stdout).toContain(NEXT);
    expect(r.status).toBe(1);
  });

  test('when --at a weekday morning exits 0', () => {
    const r = run(['when', '--at', '2026-11-26 09:00'], { cwd: dir });
    expect(r.stdout).toContain('2026年11月26日');
    expect(r.status).toBe(0);
  });
});

describe('errors', () => {
  test('no run above printed a stack trace on stderr', () => {
    expect(runsWithStackTraces()).toEqual([]);
  });
});
