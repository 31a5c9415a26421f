// Fuzzing lint(), the formatters and the CLI with a seeded generator (the same inputs every run, so
// a failure reproduces): random Unicode, joiners, long lines, digit runs in every spelling,
// separators, directives and front matter. Asserts: no exception, every range and position within
// the text, no 10 KB input that takes seconds (a guard against quadratic blow-ups, measured in CPU
// time so that other load on the machine does not count; the 100 ms goal is in `npm run bench`),
// and no output of any format holding a secret in full.
import { lintDocument } from '../../src/core/document';
import { DEFAULT_CONFIG } from '../../src/core/options';
import { redactResults } from '../../src/core/redact';
import { ruleMeta } from '../../src/core/rules';
import { lineStarts } from '../../src/core/text';
import type { LintResult } from '../../src/core/types';
import { loadRuleset } from '../../src/config/dictionaries';
import { format, FORMATTERS } from '../../src/formatters';
import { lint } from '../../src/index';
import { assertBuilt, run, runsWithStackTraces } from '../cli/helpers';
import { holdsInFull, MOBILE_SPELLINGS, OTHER_SECRETS } from '../secrets';

/** mulberry32: a small deterministic PRNG. */
function prng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = ['各位家长', '成绩排名', '请勿', '不', '公布', '收到请回复', '加我微信', '微 信', '转发', '家长会', '通知', '谢谢老师', '辛苦了', '明天', '12月5日', '12.5日', '第一名', '红包', '接龙', '投票', '张三', '班主任', '，', '。', '！', '？', '...', '……', '{{rank}}', '{{ 成绩 }}', 'http://a.example.com/x', 'www.xnedu.gov.cn'];
const JOINERS = ['\u200d', '\ufe0f', '\u20e3', '\u0301', '🏽', '🇨🇳', '👨‍👩‍👧', '❤️', '👍', '1️⃣', '\u200b', '\ufeff'];
const SEPARATORS = [' ', '-', '.', '\t', '\u3000', '·', '_', '*', '@', '/', '❤'];
const BREAKS = ['\n', '\r\n', '\r', '\u2028', '\n\n'];
const DIGITS = ['0123456789', '０１２３４５６７８９', '〇一二三四五六七八九'];
const DIRECTIVES = ['<!-- jiaxiao-lint-disable -->', '<!-- jiaxiao-lint-disable-next-line n5-mobile -->', '<!-- jiaxiao-lint-enable -->', '// jiaxiao-lint-disable-line'];
const SECRETS = [...MOBILE_SPELLINGS, ...OTHER_SECRETS];

interface Input {
  text: string;
  secrets: string[];
}

function generate(rnd: () => number, size: number): Input {
  const pick = <T>(xs: T[]) => xs[Math.floor(rnd() * xs.length)];
  const parts: string[] = [];
  const secrets: string[] = [];
  let length = 0;
  if (rnd() < 0.1) parts.push('---\n发送时间: 2026-12-02 21:30\n---\n');
  while (length < size) {
    const r = rnd();
    let piece: string;
    if (r < 0.35) piece = pick(WORDS);
    else if (r < 0.45) piece = pick(JOINERS);
    else if (r < 0.5) piece = pick(SEPARATORS);
    else if (r < 0.56) piece = pick(BREAKS);
    else if (r < 0.64) {
      // A digit run of random length and spelling, sometimes very long.
      const alphabet = pick(DIGITS);
      const n = rnd() < 0.1 ? Math.floor(rnd() * 3000) : Math.floor(rnd() * 20);
      piece = Array.from({ length: n }, () => alphabet[Math.floor(rnd() * 10)] + (rnd() < 0.2 ? pick(SEPARATORS) : '')).join('');
    } else if (r < 0.7) {
      const secret = pick(SECRETS);
      secrets.push(secret);
      // Set apart from other digits, so that the secret is a number of its own.
      piece = `，电话${secret}，`;
    } else if (r < 0.73) piece = pick(DIRECTIVES);
    else if (r < 0.76) piece = pick(['！', '!', '。', '👍', ' ', '\n', '1', 'a']).repeat(Math.floor(rnd() * 2000));
    else if (r < 0.78) piece = String.fromCharCode(0xd800 + Math.floor(rnd() * 0x800)); // a lone surrogate
    else {
      // Random code points from the planes a message may hold.
      const n = 1 + Math.floor(rnd() * 8);
      piece = Array.from({ length: n }, () => String.fromCodePoint(pick([0x20, 0x4e00, 0x3000, 0xff00, 0x1f300, 0x0600, 0xac00]) + Math.floor(rnd() * 0xff))).join('');
    }
    parts.push(piece);
    length += piece.length;
  }
  return { text: parts.join('').slice(0, Math.max(size, 1) * 2), secrets };
}

/** CPU time of fn in ms (user + system of this process: load from other processes does not count). */
function cpuMs(fn: () => void): number {
  const start = process.cpuUsage();
  fn();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

// Seconds, not milliseconds: the quadratic paths this guards against took 4 to 130 s on 10 KB.
const CPU_BOUND_MS = 3000;
const ruleset = loadRuleset(DEFAULT_CONFIG);
const FORMAT_CONTEXT = { lang: 'zh' as const, color: false, rules: ruleset.rules.map(ruleMeta), cwd: '/', toolVersion: '0' };

beforeAll(() => {
  lint('预热'); // load the dictionaries and jieba outside the timed runs
});

/** 10 KB inputs that were quadratic once (issue 10): a joiner before a finding, a long line, long runs. */
const HOSTILE: Input[] = [
  '❤\ufe0f' + '家'.repeat(10_000) + '排名第一',
  '！'.repeat(10_000),
  '单' + '1'.repeat(10_000),
  '1 '.repeat(5_000),
  ' '.repeat(5_000) + '\n'.repeat(5_000) + '1栋',
  '👨‍👩‍👧排名，'.repeat(900),
  '不公布排名，'.repeat(1_700),
  '<!-- jiaxiao-lint-disable-line -->\n'.repeat(280),
].map((text) => ({ text, secrets: [] }));

describe('fuzz lint()', () => {
  const rnd = prng(20261202);
  const inputs = [...HOSTILE, ...Array.from({ length: 120 }, (_, i) => generate(rnd, i % 10 === 0 ? 10_000 : 20 + Math.floor(rnd() * 600)))];

  test('no exception, ranges and positions inside the text, no 10 KB input taking seconds', () => {
    const problems: string[] = [];
    for (const [i, { text }] of inputs.entries()) {
      let findings: ReturnType<typeof lint> = [];
      const ms = cpuMs(() => {
        findings = lint(text);
      });
      if (ms > CPU_BOUND_MS) problems.push(`input ${i} (${text.length} units): ${ms.toFixed(0)} ms CPU`);
      const lines = lineStarts(text).length;
      for (const f of findings) {
        const [s, e] = f.range;
        const ok = s >= 0 && s <= e && e <= text.length && f.line >= 1 && f.line <= f.endLine && f.endLine <= lines && f.column >= 1 && f.endColumn >= 1;
        const fixOk = !f.fix || (f.fix.range[0] >= 0 && f.fix.range[0] <= f.fix.range[1] && f.fix.range[1] <= text.length);
        if (!ok || !fixOk) problems.push(`input ${i}: ${f.ruleId} range ${f.range} line ${f.line}:${f.column}-${f.endLine}:${f.endColumn} fix ${f.fix?.range}`);
      }
    }
    expect(problems).toEqual([]);
  });

  test('no format prints a secret in full, whichever rules are on', () => {
    const off = { ...DEFAULT_CONFIG, rules: { ...DEFAULT_CONFIG.rules, 'n5-mobile': 'off' as const, N5: 'off' as const } };
    const leaks: string[] = [];
    for (const [i, { text, secrets }] of inputs.entries()) {
      if (!secrets.length) continue;
      const config = i % 2 ? off : DEFAULT_CONFIG;
      const { findings } = lintDocument(text, loadRuleset(config), { config, now: new Date(Date.UTC(2026, 11, 2, 2)), fileKind: 'markdown' });
      for (const name of FORMATTERS) {
        const results: LintResult[] = [{ filePath: `msg-${i}.md`, messages: findings.map((f) => ({ ...f })), errorCount: 0, warningCount: findings.length, source: text }];
        redactResults(results);
        const out = format(name, results, FORMAT_CONTEXT);
        for (const secret of secrets) if (holdsInFull(out, secret)) leaks.push(`input ${i}, ${name}: ${secret}`);
      }
    }
    expect(leaks).toEqual([]);
  });
});

describe('fuzz the CLI', () => {
  const rnd = prng(7);
  const cases = Array.from({ length: 6 }, (_, i) => ({ input: generate(rnd, i === 0 ? 10_000 : 300), format: FORMATTERS[i % FORMATTERS.length] }));

  beforeAll(() => assertBuilt());

  test.each(cases.map((c, i) => [i, c.format, c] as const))('input %i through stdin, --format %s: exit 0/1, no secret, no stack trace', (_i, f, { input }) => {
    const r = run(['-f', f, '--stdin-filename', 'msg.md', '-'], { input: input.text });
    expect([0, 1]).toContain(r.status);
    for (const secret of input.secrets) expect({ secret, leaked: holdsInFull(r.stdout + r.stderr, secret) }).toEqual({ secret, leaked: false });
  });

  test('no run printed a stack trace', () => {
    expect(runsWithStackTraces()).toEqual([]);
  });
});
