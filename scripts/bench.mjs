#!/usr/bin/env node
// Benchmark: cold start, peak memory and batch throughput of jiaxiao-lint, each against its baseline
// measured in the same run on this machine (bare node, and raw @node-rs/jieba with its default dict).
//
//   npm run bench                       (builds first)
//   node scripts/bench.mjs [--runs 10] [--messages 1000] [--sizes 1000,20000,100000] [--big-mb 50] [--no-big] [--no-textlint] [--no-hyperfine] [--no-gnu-time] [--no-profile] [--json]
//
// Hostile input (issue 10): one file of --big-mb MB of real-looking messages through the CLI (wall,
// peak RSS, against raw jieba cutting the same file), and the slowest 10 KB input for lint() among
// those that were once quadratic and seeded random ones (against a plain 10 KB notice).
//
// Wall times: hyperfine when installed (apt-get install -y hyperfine), else N runs timed with
// process.hrtime, median. Peak RSS: GNU /usr/bin/time -v when present, else scripts/maxrss.cjs
// (process.resourceUsage().maxRSS at exit). Results: a table on stdout, JSON in
// <os.tmpdir()>/bench-results.json (and on stdout with --json).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const BIN = path.join(ROOT, 'bin', 'jiaxiao-lint');
const DIST_INDEX = path.join(ROOT, 'dist', 'index.js');
const DIST_MAIN = path.join(ROOT, 'dist', 'cli', 'main.js');
const MAXRSS = path.join(ROOT, 'scripts', 'maxrss.cjs');
const NODE = process.execPath;
const requireFromRoot = createRequire(path.join(ROOT, 'package.json'));

// Issue 13's goals: cold start and its memory ≤ 1.2× raw jieba load + cut; lint() per message ≤ 2× jieba tag().
const GOALS = { coldStartRatio: 1.2, rssRatio: 1.2, batchPerSec: 5000, perMessageVsTag: 2 };

// ── options ──────────────────────────────────────────────────────────────────────────────────────
const argv = process.argv.slice(2);
const flag = (name) => argv.includes(name);
const valueOf = (name, dflt) => {
  const i = argv.indexOf(name);
  return i >= 0 && argv[i + 1] !== undefined ? Number(argv[i + 1]) : dflt;
};
const RUNS = valueOf('--runs', 10);
const MESSAGES = valueOf('--messages', 1000);
const RSS_RUNS = Math.max(3, Math.min(RUNS, 5));
const BIG_MB = valueOf('--big-mb', 50);

if (!existsSync(DIST_MAIN) || !existsSync(DIST_INDEX)) {
  console.error('bench: dist/ is missing; run `npm run build` first (`npm run bench` builds).');
  process.exit(2);
}

const hasCommand = (cmd) => spawnSync('sh', ['-c', `command -v ${cmd}`], { encoding: 'utf8' }).status === 0;
const HYPERFINE = !flag('--no-hyperfine') && hasCommand('hyperfine');
const GNU_TIME = !flag('--no-gnu-time') && existsSync('/usr/bin/time') && /Maximum resident/.test(spawnSync('/usr/bin/time', ['-v', 'true'], { encoding: 'utf8' }).stderr ?? '');

const LOAD_BEFORE = os.loadavg();
// Every command runs in this empty temp dir, so that no configuration file of the repo's applies.
const tmp = mkdtempSync(path.join(os.tmpdir(), 'jiaxiao-bench-'));
process.on('exit', () => rmSync(tmp, { recursive: true, force: true }));
const log = (s) => process.stderr.write(s + '\n');

// ── the messages ─────────────────────────────────────────────────────────────────────────────────
/** The one message of the cold-start measurements: a realistic, compliant notice. */
const NOTICE = [
  '各位家长：',
  '',
  '本周五（2026年11月27日）下午3点在学校礼堂召开三年级家长会，主要内容为期中学习情况交流和寒假安全教育，请准时参加。如不能到会，请提前向班主任请假。',
  '',
  '三年级二班 班主任 王老师',
  '2026年11月24日',
].join('\n');

/** A small deterministic PRNG (mulberry32), so every run lints the same 1,000 messages. */
function prng(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function generateMessages(count) {
  const rnd = prng(20261125);
  const pick = (xs) => xs[Math.floor(rnd() * xs.length)];
  const int = (lo, hi) => lo + Math.floor(rnd() * (hi - lo + 1));
  const grades = ['一', '二', '三', '四', '五', '六'];
  const names = ['张子涵', '李浩然', '王梓萱', '刘一航', '陈思远', '杨雨桐', '赵俊熙', '黄欣怡', '周博文', '吴若曦', '孙嘉懿', '马天佑'];
  const teachers = ['王老师', '李老师', '张老师', '刘老师', '陈老师', '马老师'];
  const subjects = ['语文', '数学', '英语', '科学', '道德与法治'];
  const places = ['学校礼堂', '学校操场', '多功能厅', '本班教室', '学校体育馆', '图书馆二楼'];
  const times = ['上午9点', '上午10点30分', '下午2点', '下午3点', '下午4点'];
  const weekdays = ['一', '二', '三', '四', '五'];
  const events = ['冬季运动会', '元旦文艺汇演', '科技节', '读书分享会', '消防演练', '体检'];
  const items = ['水杯', '运动鞋', '跳绳', '雨伞', '口罩', '学生证'];
  const schools = ['城西区第一小学', '海湖路小学', '虎台中学', '西宁市新华联小学'];
  const date = () => `2026年12月${int(1, 28)}日`;
  const sent = () => `2026年11月${int(20, 30)}日`;
  const cls = () => `${pick(grades)}年级${pick(['一', '二', '三', '四'])}班`;
  const phone = () => `139${String(int(10000000, 99999999))}`;
  const notice = (body, sign) => `各位家长：\n\n${body}\n\n${sign}\n${sent()}\n`;
  const templates = [
    () => notice(`本周${pick(weekdays)}（${date()}）${pick(times)}在${pick(places)}召开家长会，请准时参加。如不能到会，请提前向班主任请假。`, `${cls()} 班主任`),
    () => notice(`自${date()}起学校实行冬季作息时间，上午8:10前到校，下午5:00放学，请家长按时接送孩子。`, pick(schools)),
    () => notice(`${date()}${pick(times)}学校将组织${pick(events)}，届时请孩子穿运动服、带好${pick(items)}。`, `${cls()} ${pick(teachers)}`),
    () => `各位家长好，${pick(subjects)}期中考试成绩已出，班级排名第一名的是${pick(names)}同学，请大家向他学习。`,
    () => `今天${pick(subjects)}作业：练习册第${int(10, 60)}页到第${int(61, 80)}页，明天早上交，请家长检查签字。`,
    () => `请${pick(names)}的家长尽快联系我，电话${phone()}，谢谢。`,
    () => `收到请回复，请大家接龙确认：${pick(events)}${pick(['参加', '不参加'])}。`,
    () => `${pick(teachers)}辛苦了！👍👍👍`,
    () => notice(`${date()}学校组织学生秋季研学，地点为${pick(['西宁植物园', '青海省博物馆', '人民公园'])}，费用自愿，不参加的同学正常到校上课。`, `${cls()} 班主任`),
    () => `本周${pick(weekdays)}大扫除，请同学们带抹布和小水桶。`,
    () => `家长们好，最近流感高发，请每天早晨给孩子测量体温，如有发热请在家休息并向班主任请假。`,
    () => `推荐一个很好的${pick(subjects)}辅导班，寒假班现在报名打八折，需要的家长加我微信。`,
    () => notice(`为做好${date()}${pick(events)}的准备工作，请家长提醒孩子带好${pick(items)}。如有疑问，请私信班主任。`, `${cls()} ${pick(teachers)}`),
    () => `重要通知！！！不转发不是好家长！！！`,
    () => `请各位家长为我们班的作品投票点赞，链接：https://vote.example.com/p/${int(1000, 9999)}`,
    () => `${pick(names)}同学这周表现进步很大，上课积极发言，值得表扬。`,
    () => notice(`学校定于${date()}进行学生视力筛查，请家长知悉，筛查结果将单独告知。`, `${pick(schools)}校医室`),
    () => `谢谢${pick(teachers)}的耐心指导，孩子最近${pick(subjects)}进步很大。`,
    () => notice(`${date()}（星期${pick(weekdays)}）学校图书馆开放借阅，每位同学可借两本书，借期两周，请爱护图书。`, `${cls()} 班主任`),
    () => notice(`根据教育局通知，寒假自2027年1月${int(15, 25)}日开始，请家长做好孩子假期安全教育。详见 http://www.xnedu.gov.cn/notice/${int(100, 999)}`, pick(schools)),
  ];
  const out = [];
  for (let i = 0; i < count; i++) out.push(templates[i % templates.length]());
  return { messages: out, templates: templates.length };
}

// ── helper scripts (written to the temp dir) ─────────────────────────────────────────────────────
const jiebaMain = requireFromRoot.resolve('@node-rs/jieba');
const jiebaDict = requireFromRoot.resolve('@node-rs/jieba/dict');

/** Baseline: load jieba with its default dict and cut one message. */
const JIEBA_ONE = path.join(tmp, 'jieba-one.cjs');
writeFileSync(
  JIEBA_ONE,
  `const { Jieba } = require(${JSON.stringify(jiebaMain)});
const { dict } = require(${JSON.stringify(jiebaDict)});
const jieba = Jieba.withDict(dict);
process.stdout.write(jieba.cut(${JSON.stringify(NOTICE)}, true).length + '\\n');
`,
);

/** In-process throughput: lint() or raw jieba tag() over the messages, after a warm-up pass. */
const THROUGHPUT = path.join(tmp, 'throughput.cjs');
writeFileSync(
  THROUGHPUT,
  `const fs = require('fs');
const [mode, file, minMs] = process.argv.slice(2);
const messages = JSON.parse(fs.readFileSync(file, 'utf8'));
let fn;
if (mode === 'lint') {
  const { lint } = require(${JSON.stringify(DIST_INDEX)});
  fn = (t) => lint(t).length;
} else {
  const { Jieba } = require(${JSON.stringify(jiebaMain)});
  const { dict } = require(${JSON.stringify(jiebaDict)});
  const jieba = Jieba.withDict(dict);
  fn = (t) => jieba.tag(t, true).length;
}
let sink = 0;
// Warm-up pass. Its first message also loads everything (dictionaries, jieba); the rest of the pass
// shows the per-message cost before the JIT has warmed up, as in one CLI run.
const w0 = process.hrtime.bigint();
sink += fn(messages[0]);
const w1 = process.hrtime.bigint();
for (let i = 1; i < messages.length; i++) sink += fn(messages[i]);
const w2 = process.hrtime.bigint();
const loadMs = Number(w1 - w0) / 1e6;
const warmupMs = Number(w2 - w0) / 1e6;
const coldPerSec = (messages.length - 1) / (Number(w2 - w1) / 1e9);
// Timed passes: wall time, and CPU time of the whole process (all its threads; the linting itself
// runs on one), which other load on the machine does not inflate.
const rates = [], cpuRates = [];
let total = 0, totalNs = 0n, totalCpuUs = 0;
while (rates.length < 3 || Number(totalNs) / 1e6 < Number(minMs)) {
  const c0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  for (const m of messages) sink += fn(m);
  const ns = process.hrtime.bigint() - t0;
  const c = process.cpuUsage(c0);
  totalNs += ns; total += messages.length; totalCpuUs += c.user + c.system;
  rates.push(messages.length / (Number(ns) / 1e9));
  cpuRates.push(messages.length / ((c.user + c.system) / 1e6));
}
rates.sort((a, b) => a - b);
cpuRates.sort((a, b) => a - b);
process.stdout.write(JSON.stringify({
  mode, messages: messages.length, passes: rates.length, loadMs, warmupMs, coldPerSec,
  perSecMedian: rates[Math.floor(rates.length / 2)], perSecOverall: total / (Number(totalNs) / 1e9),
  perCpuSecMedian: cpuRates[Math.floor(cpuRates.length / 2)],
  cpuPerWall: totalCpuUs / 1e3 / (Number(totalNs) / 1e6), sink,
  maxRssKb: process.resourceUsage().maxRSS,
}) + '\\n');
`,
);

/** Cold-start breakdown: each step of what the CLI does, timed in a fresh process. */
const BREAKDOWN = path.join(tmp, 'breakdown.cjs');
writeFileSync(
  BREAKDOWN,
  `const { performance } = require('perf_hooks');
const startup = performance.now(); // ms since the process started
const steps = [['node startup (until the first line of a script)', startup]];
const rss = () => Math.round(process.memoryUsage().rss / 1024);
const step = (name, fn) => { const t0 = performance.now(); const r0 = rss(); const v = fn(); steps.push([name, performance.now() - t0, rss() - r0]); return v; };
const root = ${JSON.stringify(ROOT)};
const req = require('module').createRequire(root + '/package.json');
step('require commander', () => req('commander'));
step('require chalk', () => req('chalk'));
step('require js-yaml', () => req('js-yaml'));
step('require @date-fns/tz', () => req('@date-fns/tz'));
step('require chinese-days (holiday JSON)', () => req('chinese-days/dist/chinese-days.json'));
step('require ignore + picomatch', () => { req('ignore'); req('picomatch'); });
step('require @node-rs/jieba (native addon)', () => req('@node-rs/jieba'));
step('require @node-rs/jieba/dict (reads dict.txt 5 MB + idf.txt 6 MB)', () => req('@node-rs/jieba/dict'));
step('require dist/cli/bundle.js (our modules in one file, as bin/ loads them; deps cached)', () => req(root + '/dist/cli/bundle.js'));
const { loadConfig } = req(root + '/dist/config/load.js');
const { loadRuleset } = req(root + '/dist/config/dictionaries.js');
const { lint } = req(root + '/dist/core/lint.js');
const seg = req(root + '/dist/core/segment.js');
const { format } = req(root + '/dist/formatters/index.js');
const { config } = step('loadConfig (search for a JSON/YAML config)', () => loadConfig({ cwd: process.cwd() }));
const ruleset = step('loadRuleset (read + parse dictionaries/*.yaml, compile)', () => loadRuleset(config));
step('Jieba.withDict(default dict)', () => seg.segment('预热'));
const terms = [...ruleset.terms, ...Object.values(config.words).flat()];
step('loadDict of our ' + terms.length + ' terms (addWords)', () => seg.addWords(terms));
const text = ${JSON.stringify(NOTICE)};
const findings = step('first lint() of the notice', () => lint(text, ruleset, { config }));
step('second lint() (warm)', () => lint(text, ruleset, { config }));
step('format json', () => format('json', [{ filePath: '<text>', messages: findings, errorCount: 0, warningCount: 0, source: text }], { lang: 'zh', color: false, rules: [], cwd: process.cwd(), toolVersion: '0' }));
step('require date-fns (a dependency the CLI never loads)', () => req('date-fns'));
process.stdout.write(JSON.stringify({ steps, total: performance.now(), maxRssKb: process.resourceUsage().maxRSS }) + '\\n');
`,
);

/** Baseline for the big file: read it and cut it with raw jieba, in 64 KB parts as lint() does. */
const JIEBA_BIG = path.join(tmp, 'jieba-big.cjs');
writeFileSync(
  JIEBA_BIG,
  `const { Jieba } = require(${JSON.stringify(jiebaMain)});
const { dict } = require(${JSON.stringify(jiebaDict)});
const jieba = Jieba.withDict(dict);
const text = require('fs').readFileSync(process.argv[2], 'utf8');
let n = 0;
for (let i = 0; i < text.length; i += 65536) n += jieba.cut(text.slice(i, i + 65536), true).length;
process.stdout.write(n + '\\n');
`,
);

/** lint() CPU time of each 10 KB input (best of 3, after a warm-up), the slowest named; and of a plain notice. */
const WORST_10KB = path.join(tmp, 'worst-10kb.cjs');
writeFileSync(
  WORST_10KB,
  `const { lint } = require(${JSON.stringify(DIST_INDEX)});
const notice = ${JSON.stringify(NOTICE)};
const plain = notice.repeat(Math.ceil(10000 / notice.length)).slice(0, 10000);
const hostile = {
  'joiner before a finding, one long line': '\u2764\ufe0f' + '家'.repeat(10000) + '排名第一',
  'ZWJ families and findings, one line': '\u{1F468}\u200d\u{1F469}\u200d\u{1F467}排名，'.repeat(900),
  '！ × 10,000': '！'.repeat(10000),
  '单 + 10,000 digits': '单' + '1'.repeat(10000),
  'digits and spaces': '1 '.repeat(5000),
  'spaces, newlines, 1栋': ' '.repeat(5000) + '\\n'.repeat(5000) + '1栋',
  'negations and findings': '不公布排名，'.repeat(1700),
  'full-width digits': '１３８００１３８０００，'.repeat(830),
  'Chinese numerals': '一三八零零一三八零零零，'.repeat(830),
  'directives': '<!-- jiaxiao-lint-disable-line -->\\n'.repeat(280),
  'emoji runs': '\u{1F44D}'.repeat(5000),
  'combining marks': 'a' + '\u0301'.repeat(10000),
  'flags': '\u{1F1E8}\u{1F1F3}'.repeat(2500),
};
// Seeded random mixes of the same ingredients.
let seed = 42;
const rnd = () => { seed = (seed + 0x6d2b79f5) | 0; let t = Math.imul(seed ^ (seed >>> 15), 1 | seed); t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t; return ((t ^ (t >>> 14)) >>> 0) / 4294967296; };
const bits = ['排名', '不', '请勿', '，', '。', '\\n', '\u200d', '\ufe0f', '\u{1F44D}', '1', '１', '一', ' ', '-', '微 信', '13800138000', '！', '{{rank}}'];
for (let i = 0; i < 40; i++) { let s = ''; while (s.length < 10000) s += bits[Math.floor(rnd() * bits.length)].repeat(1 + Math.floor(rnd() * (rnd() < 0.1 ? 500 : 4))); hostile['random mix #' + i] = s.slice(0, 10000); }
const cpu = (t) => { let best = Infinity; for (let r = 0; r < 3; r++) { const c0 = process.cpuUsage(); lint(t); const c = process.cpuUsage(c0); best = Math.min(best, (c.user + c.system) / 1000); } return best; };
lint(plain);
const plainMs = cpu(plain);
const times = Object.entries(hostile).map(([name, text]) => ({ name, chars: text.length, ms: cpu(text) })).sort((a, b) => b.ms - a.ms);
process.stdout.write(JSON.stringify({ plainMs, worst: times[0], top: times.slice(0, 5), inputs: times.length }) + '\\n');
`,
);

// ── measuring ────────────────────────────────────────────────────────────────────────────────────
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const shellQuote = (s) => (/^[\w@%+=:,./-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`);

/** Median wall time (ms) of each command: [{ name, argv }] → Map name → { medianMs, meanMs, stddevMs, minMs, runs, tool }. */
function wallTimes(commands, runs, warmup = 2) {
  const out = new Map();
  if (HYPERFINE) {
    const exportFile = path.join(tmp, `hyperfine-${Date.now()}.json`);
    const args = ['-N', '-i', '--warmup', String(warmup), '--runs', String(runs), '--style', 'none', '--export-json', exportFile];
    for (const c of commands) args.push('--command-name', c.name, c.argv.map(shellQuote).join(' '));
    const r = spawnSync('hyperfine', args, { cwd: tmp, encoding: 'utf8', maxBuffer: 64 << 20 });
    if (r.status === 0 && existsSync(exportFile)) {
      const results = JSON.parse(readFileSync(exportFile, 'utf8')).results;
      for (const [i, res] of results.entries()) {
        out.set(commands[i].name, {
          medianMs: res.median * 1e3, meanMs: res.mean * 1e3, stddevMs: (res.stddev ?? 0) * 1e3, minMs: res.min * 1e3,
          userMs: res.user * 1e3, systemMs: res.system * 1e3, runs: res.times.length, tool: 'hyperfine',
        });
      }
      return out;
    }
    log(`bench: hyperfine failed (${r.stderr?.trim().split('\n').pop()}); falling back to process.hrtime`);
  }
  for (const c of commands) {
    const times = [];
    for (let i = 0; i < warmup + runs; i++) {
      const t0 = process.hrtime.bigint();
      const r = spawnSync(c.argv[0], c.argv.slice(1), { cwd: tmp, stdio: ['ignore', 'ignore', 'ignore'] });
      const ms = Number(process.hrtime.bigint() - t0) / 1e6;
      if (r.error) throw r.error;
      if (i >= warmup) times.push(ms);
    }
    const mean = times.reduce((a, b) => a + b, 0) / times.length;
    out.set(c.name, {
      medianMs: median(times), meanMs: mean, minMs: Math.min(...times),
      stddevMs: Math.sqrt(times.reduce((a, t) => a + (t - mean) ** 2, 0) / Math.max(1, times.length - 1)), runs: times.length, tool: 'hrtime',
    });
  }
  return out;
}

/** Median peak RSS (KB) of a command over a few runs. */
function peakRss(argvOf, runs = RSS_RUNS) {
  const values = [];
  for (let i = 0; i < runs; i++) {
    let kb;
    if (GNU_TIME) {
      const r = spawnSync('/usr/bin/time', ['-v', ...argvOf], { cwd: tmp, encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 64 << 20 });
      kb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr)?.[1]);
    } else {
      const [node, ...rest] = argvOf;
      const r = spawnSync(node, ['-r', MAXRSS, ...rest], { cwd: tmp, encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 64 << 20 });
      kb = Number(/JIAXIAO_MAXRSS_KB=(\d+)/.exec(r.stderr)?.[1]);
    }
    if (Number.isFinite(kb)) values.push(kb);
  }
  return { medianKb: median(values), minKb: Math.min(...values), maxKb: Math.max(...values), runs: values.length, tool: GNU_TIME ? '/usr/bin/time -v' : 'maxrss.cjs' };
}

function nodeJson(args) {
  const r = spawnSync(NODE, args, { cwd: tmp, encoding: 'utf8', maxBuffer: 256 << 20 });
  if (r.status !== 0) throw new Error(`node ${args.join(' ')} failed (${r.status}): ${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').pop());
}

/** Native work done inside our functions shows up as their self time: name it. */
const NATIVE_INSIDE = {
  'core/segment.js instance': 'Jieba.withDict(default dict), native',
  'core/segment.js segment': 'jieba.tag(), native',
  'core/segment.js addWords': 'jieba.loadDict(our terms), native',
};

/** Self time of a CPU profile of one run, grouped by package / our file / node internals, and the top functions. */
function cpuProfile(argvOf, name) {
  const dir = path.join(tmp, `prof-${name}`);
  mkdirSync(dir);
  const [node, ...rest] = argvOf;
  spawnSync(node, ['--cpu-prof', '--cpu-prof-dir', dir, '--cpu-prof-interval', '250', ...rest], { cwd: tmp, stdio: 'ignore' });
  const file = readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
  if (!file) return { groups: [], functions: [], totalMs: 0 };
  const prof = JSON.parse(readFileSync(path.join(dir, file), 'utf8'));
  const selfUs = new Map();
  // timeDeltas[i] is the time before sample i: attribute it to that sample's node.
  prof.samples.forEach((id, i) => selfUs.set(id, (selfUs.get(id) ?? 0) + Math.max(0, prof.timeDeltas[i] ?? 0)));
  const groups = new Map();
  const functions = new Map();
  const add = (m, k, us) => m.set(k, (m.get(k) ?? 0) + us);
  for (const node of prof.nodes) {
    const us = selfUs.get(node.id);
    if (!us) continue;
    const { url, functionName, lineNumber } = node.callFrame;
    const file = url.replace(/^file:\/\//, '');
    const nm = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(file);
    const ours = file.startsWith(ROOT + '/dist/') ? file.slice(ROOT.length + 6) : file.startsWith(ROOT + '/bin/') ? 'bin/jiaxiao-lint' : undefined;
    let group;
    if (nm) group = nm[1];
    else if (ours) group = `ours: ${ours}`;
    else if (file.startsWith('node:')) group = 'node internals (module loader, fs, streams)';
    else if (/^\((garbage collector|program|idle|root)\)$/.test(functionName)) group = functionName;
    else if (!file && functionName) group = `native: ${functionName}`;
    else group = file || '(unknown)';
    const fnKey = ours ? `${ours} ${functionName || '(top level)'}` : '';
    const label = ours ? `${fnKey}${NATIVE_INSIDE[fnKey] ? ` [${NATIVE_INSIDE[fnKey]}]` : ''} :${lineNumber + 1}` : `${functionName || '(anonymous)'} ${nm ? nm[1] : file.split('/').slice(-1)[0] || ''}`.trim();
    add(groups, group, us);
    add(functions, label, us);
  }
  const totalUs = [...groups.values()].reduce((a, b) => a + b, 0);
  const top = (m, n) => [...m].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, us]) => ({ name: k, ms: us / 1e3, share: us / totalUs }));
  return { totalMs: totalUs / 1e3, groups: top(groups, 12), functions: top(functions, 12) };
}

// ── run ──────────────────────────────────────────────────────────────────────────────────────────
log(`bench: ${os.cpus().length} × ${os.cpus()[0]?.model?.trim()}, node ${process.version}, ${HYPERFINE ? 'hyperfine' : 'process.hrtime'} × ${RUNS}, RSS via ${GNU_TIME ? '/usr/bin/time -v' : 'maxrss.cjs'}`);

const { messages, templates } = generateMessages(MESSAGES);
const msgDir = path.join(tmp, 'messages');
mkdirSync(msgDir);
messages.forEach((m, i) => writeFileSync(path.join(msgDir, `msg-${String(i + 1).padStart(4, '0')}.txt`), m));
const msgJson = path.join(tmp, 'messages.json');
writeFileSync(msgJson, JSON.stringify(messages));

const CMD = {
  node: [NODE, '-e', '0'],
  jieba: [NODE, JIEBA_ONE],
  ours: [NODE, BIN, '--format', 'json', '--text', NOTICE],
  batch: [NODE, BIN, '--format', 'json', msgDir],
};

// Sanity: the commands work, and the batch run lints every message.
let batchFindings = 0;
let batchFlagged = 0;
for (const [name, c] of Object.entries(CMD)) {
  const r = spawnSync(c[0], c.slice(1), { cwd: tmp, encoding: 'utf8', maxBuffer: 256 << 20 });
  if (r.status !== 0 && r.status !== 1) throw new Error(`bench: ${name} exited ${r.status}: ${r.stderr}`);
  if (name === 'batch') {
    const results = JSON.parse(r.stdout);
    if (results.length !== MESSAGES) throw new Error(`bench: the batch run linted ${results.length} of ${MESSAGES} messages`);
    batchFindings = results.reduce((n, x) => n + x.messages.length, 0);
    batchFlagged = results.filter((x) => x.messages.length).length;
  }
}

log('bench: cold start (node, jieba, ours) …');
const cold = wallTimes(
  [
    { name: 'node', argv: CMD.node },
    { name: 'jieba', argv: CMD.jieba },
    { name: 'ours', argv: CMD.ours },
  ],
  RUNS,
);
log('bench: peak RSS …');
const rss = { node: peakRss(CMD.node), jieba: peakRss(CMD.jieba), ours: peakRss(CMD.ours), batch: peakRss(CMD.batch, 3) };
log(`bench: batch of ${MESSAGES} messages through the CLI …`);
const batch = wallTimes([{ name: 'batch', argv: CMD.batch }], Math.max(3, Math.ceil(RUNS / 2)), 1).get('batch');
log('bench: in-process throughput (lint, jieba tag) …');
const inLint = nodeJson([THROUGHPUT, 'lint', msgJson, '3000']);
const inJieba = nodeJson([THROUGHPUT, 'jieba', msgJson, '2000']);
log('bench: cold-start breakdown …');
const breakdowns = Array.from({ length: 5 }, () => nodeJson([BREAKDOWN]));
const breakdown = breakdowns[0].steps.map(([name], i) => ({
  step: name,
  ms: median(breakdowns.map((b) => b.steps[i][1])),
  rssKb: breakdowns[0].steps[i][2] === undefined ? undefined : median(breakdowns.map((b) => b.steps[i][2])),
}));
log('bench: CPU profiles …');
const profiles = flag('--no-profile') ? {} : { coldStart: cpuProfile(CMD.ours, 'cold'), batch: cpuProfile(CMD.batch, 'batch') };

let big;
if (!flag('--no-big')) {
  log(`bench: ${BIG_MB} MB file of messages through the CLI …`);
  const bigFile = path.join(tmp, 'big.txt');
  // Messages average about 120 bytes: generate enough, then cut at a message boundary.
  const { messages: many } = generateMessages(Math.ceil((BIG_MB * 1024 * 1024) / 100));
  const all = many.join('\n\n');
  // Whole messages up to the size asked for.
  const bytes = Buffer.from(all);
  let end = Math.min(bytes.length, BIG_MB * 1024 * 1024);
  while (end < bytes.length && bytes[end] !== 0x0a) end++; // at a line break
  writeFileSync(bigFile, bytes.subarray(0, end));
  const argv = [NODE, BIN, '--format', 'json', '-o', path.join(tmp, 'big-report.json'), bigFile];
  const t0 = process.hrtime.bigint();
  const timed = GNU_TIME ? spawnSync('/usr/bin/time', ['-v', ...argv], { cwd: tmp, encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'] }).stderr : '';
  const wallMs = Number(process.hrtime.bigint() - t0) / 1e6;
  const seconds = (label) => Number(new RegExp(`${label} \\(seconds\\): ([\\d.]+)`).exec(timed)?.[1]);
  // CPU time (user + system): what the run costs whatever else the machine is doing.
  const cpuMs = GNU_TIME ? (seconds('User time') + seconds('System time')) * 1000 : undefined;
  const rssBig = GNU_TIME ? { medianKb: Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(timed)?.[1]) } : peakRss(argv, 1);
  const baseline = wallTimes([{ name: 'jieba-big', argv: [NODE, JIEBA_BIG, bigFile] }], 1, 0).get('jieba-big');
  const rssBaseline = peakRss([NODE, JIEBA_BIG, bigFile], 1);
  const reportResults = JSON.parse(readFileSync(path.join(tmp, 'big-report.json'), 'utf8'));
  big = { mb: end / 1048576, wallMs, cpuMs, maxRssKb: rssBig.medianKb, baselineMs: baseline.medianMs, baselineRssKb: rssBaseline.medianKb, findings: reportResults.reduce((n, r) => n + r.messages.length, 0) };
}
log('bench: worst 10 KB input for lint() …');
const worst10 = nodeJson([WORST_10KB]);

// ── many messages: one JSONL file and a folder, 1 thread and every core, against raw jieba ─────────
// Each command runs once under /usr/bin/time -v (wall, user+sys CPU of all threads, peak RSS of the
// process); the baselines read the same texts the same way and cut or tag each with raw jieba.
const SIZES = (argv.includes('--sizes') ? String(argv[argv.indexOf('--sizes') + 1]) : '1000,20000,100000').split(',').map(Number).filter((n) => n > 0);
const CORES = os.availableParallelism?.() ?? os.cpus().length;

const JIEBA_BATCH = path.join(tmp, 'jieba-batch.cjs');
writeFileSync(
  JIEBA_BATCH,
  `const fs = require('fs'); const path = require('path');
const [mode, input, op] = process.argv.slice(2);
const { Jieba } = require(${JSON.stringify(jiebaMain)});
const jieba = Jieba.withDict(fs.readFileSync(${JSON.stringify(requireFromRoot.resolve('@node-rs/jieba/dict.txt'))}));
let n = 0;
const each = (text) => { n += (op === 'cut' ? jieba.cut(text, true) : jieba.tag(text, true)).length; };
if (mode === 'jsonl') {
  // Line by line as it streams in, as the CLI reads a large file.
  let rest = '';
  const fd = fs.openSync(input, 'r'); const buf = Buffer.alloc(1 << 16); const dec = new TextDecoder();
  for (let k; (k = fs.readSync(fd, buf, 0, buf.length, null)) > 0;) {
    rest += dec.decode(buf.subarray(0, k), { stream: true });
    let i; while ((i = rest.indexOf('\\n')) >= 0) { const line = rest.slice(0, i); rest = rest.slice(i + 1); if (line) each(JSON.parse(line).text); }
  }
} else {
  for (const f of fs.readdirSync(input).sort()) each(fs.readFileSync(path.join(input, f), 'utf8'));
}
process.stdout.write(n + '\\n');
`,
);

/** One run: wall and CPU (ms) and peak RSS (KB). */
function measureOnce(argvOf) {
  if (GNU_TIME) {
    const r = spawnSync('/usr/bin/time', ['-v', ...argvOf], { cwd: tmp, encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 64 << 20 });
    const field = (re) => re.exec(r.stderr)?.[1];
    const [h, m, s] = (field(/Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): ([\d:.]+)/) ?? '0').split(':').map(Number).reverse().concat([0, 0]).slice(0, 3).reverse();
    const wallMs = ((h ?? 0) * 3600 + (m ?? 0) * 60 + (s ?? 0)) * 1000;
    const cpuMs = (Number(field(/User time \(seconds\): ([\d.]+)/)) + Number(field(/System time \(seconds\): ([\d.]+)/))) * 1000;
    return { wallMs, cpuMs, rssKb: Number(field(/Maximum resident set size \(kbytes\): (\d+)/)), status: Number(field(/Exit status: (\d+)/)) };
  }
  const [node, ...rest] = argvOf;
  const t0 = process.hrtime.bigint();
  const r = spawnSync(node, ['-r', MAXRSS, ...rest], { cwd: tmp, encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 64 << 20 });
  const wallMs = Number(process.hrtime.bigint() - t0) / 1e6;
  return { wallMs, cpuMs: NaN, rssKb: Number(/JIAXIAO_MAXRSS_KB=(\d+)/.exec(r.stderr)?.[1]), status: r.status };
}

const scaling = [];
let textlint;
if (SIZES.length) {
  const all = generateMessages(Math.max(...SIZES)).messages;
  for (const n of SIZES) {
    log(`bench: ${n.toLocaleString('en-US')} messages (JSONL file and folder) …`);
    const jsonl = path.join(tmp, `messages-${n}.jsonl`);
    writeFileSync(jsonl, all.slice(0, n).map((text, i) => JSON.stringify({ id: `m${i + 1}`, text })).join('\n') + '\n');
    const folder = path.join(tmp, `folder-${n}`);
    mkdirSync(folder);
    all.slice(0, n).forEach((m, i) => writeFileSync(path.join(folder, `msg-${String(i + 1).padStart(6, '0')}.txt`), m));
    for (const [input, mode] of [[jsonl, 'jsonl'], [folder, 'folder']]) {
      const row = { n, input: mode };
      row.cut = measureOnce([NODE, JIEBA_BATCH, mode, input, 'cut']);
      row.tag = measureOnce([NODE, JIEBA_BATCH, mode, input, 'tag']);
      row.one = measureOnce([NODE, BIN, '--format', 'json', '--threads', '1', input]);
      row.all = measureOnce([NODE, BIN, '--format', 'json', input]);
      for (const k of ['one', 'all']) if (row[k].status !== 0 && row[k].status !== 1) throw new Error(`bench: jiaxiao-lint on ${input} exited ${row[k].status}`);
      scaling.push(row);
    }
    if (n === 20000 && !flag('--no-textlint')) textlint = textlintRun(folder, n);
    rmSync(folder, { recursive: true, force: true });
    rmSync(jsonl, { force: true });
  }
}

/**
 * textlint with textlint-rule-prh (300 entries: our own terms), over the same folder. Installed with
 * npm into a cache folder outside the project the first time (it is not a dependency of ours).
 */
function textlintRun(folder, n) {
  const dir = path.join(os.tmpdir(), 'jiaxiao-bench-textlint');
  const bin = path.join(dir, 'node_modules', 'textlint', 'bin', 'textlint.js');
  if (!existsSync(bin)) {
    log('bench: installing textlint@15 and textlint-rule-prh@6 into ' + dir + ' …');
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'package.json'), '{"private":true}');
    const r = spawnSync('npm', ['install', '--no-audit', '--no-fund', '--no-save', 'textlint@15.8.0', 'textlint-rule-prh@6.1.0'], { cwd: dir, encoding: 'utf8' });
    if (r.status !== 0 || !existsSync(bin)) return { error: `npm install failed: ${(r.stderr || r.error?.message || '').trim().split('\n').pop()}` };
  }
  const yaml = requireFromRoot('js-yaml');
  const terms = JSON.parse(readFileSync(path.join(ROOT, 'dist', 'dictionaries.json'), 'utf8'));
  const words = [...new Set(JSON.stringify(terms).match(/"terms":\[[^\]]*\]/g).flatMap((t) => JSON.parse(t.slice(8))))].filter((w) => w.length > 1).slice(0, 300);
  const prh = path.join(tmp, 'prh.yml');
  writeFileSync(prh, yaml.dump({ version: 1, rules: words.map((w) => ({ expected: `〔${w}〕`, patterns: [w] })) }));
  const rc = path.join(tmp, 'textlintrc.json');
  writeFileSync(rc, JSON.stringify({ rules: { prh: { rulePaths: [prh] } } }));
  log(`bench: textlint + prh (${words.length} entries) over the ${n.toLocaleString('en-US')} files …`);
  const m = measureOnce([NODE, bin, '--config', rc, '--rules-base-directory', path.join(dir, 'node_modules'), '--format', 'json', '--no-color', folder]);
  return { entries: words.length, ...m };
}

// ── report ───────────────────────────────────────────────────────────────────────────────────────
const ms = (x) => `${x.toFixed(0)} ms`;
const mb = (kb) => `${(kb / 1024).toFixed(1)} MB`;
const rate = (x) => `${Math.round(x).toLocaleString('en-US')} msg/s`;
const ratio = (x) => `${x >= 0.1 ? x.toFixed(2) : x.toPrecision(2)}×`;
const verdict = (ok) => (ok ? 'PASS' : 'MISS');

const coldRatio = cold.get('ours').medianMs / cold.get('jieba').medianMs;
const rssRatio = rss.ours.medianKb / rss.jieba.medianKb;
const batchCliRate = MESSAGES / (batch.medianMs / 1e3);
// Undefined when noise makes the batch look no slower than one cold start (a tiny --messages).
const batchCliRateNoStart = batch.medianMs > cold.get('ours').medianMs ? MESSAGES / ((batch.medianMs - cold.get('ours').medianMs) / 1e3) : undefined;

const rows = [
  ['baseline: node -e 0, wall', ms(cold.get('node').medianMs), '', ''],
  ['baseline: node -e 0, peak RSS', mb(rss.node.medianKb), '', ''],
  ['baseline: jieba load + cut, wall', ms(cold.get('jieba').medianMs), `${ratio(cold.get('jieba').medianMs / cold.get('node').medianMs)} node`, ''],
  ['baseline: jieba load + cut, peak RSS', mb(rss.jieba.medianKb), `${ratio(rss.jieba.medianKb / rss.node.medianKb)} node`, ''],
  ['ours: one message cold start, wall', ms(cold.get('ours').medianMs), `${ratio(coldRatio)} jieba`, `≤ ${GOALS.coldStartRatio}× jieba  ${verdict(coldRatio <= GOALS.coldStartRatio)}`],
  ['ours: one message, peak RSS', mb(rss.ours.medianKb), `${ratio(rssRatio)} jieba`, `≤ ${GOALS.rssRatio}× jieba  ${verdict(rssRatio <= GOALS.rssRatio)}`],
  [`ours: CLI batch, ${MESSAGES} files, wall`, ms(batch.medianMs), '', ''],
  ['ours: CLI batch throughput (incl. start)', rate(batchCliRate), `${ratio(batchCliRate / inJieba.perSecMedian)} jieba tag`, `≥ ${GOALS.batchPerSec.toLocaleString('en-US')}  ${verdict(batchCliRate >= GOALS.batchPerSec)}`],
  ['ours: CLI batch throughput (minus start)', batchCliRateNoStart === undefined ? 'n/a' : rate(batchCliRateNoStart), '', batchCliRateNoStart === undefined ? '' : `≥ ${GOALS.batchPerSec.toLocaleString('en-US')}  ${verdict(batchCliRateNoStart >= GOALS.batchPerSec)}`],
  ['ours: CLI batch, peak RSS', mb(rss.batch.medianKb), `${ratio(rss.batch.medianKb / rss.jieba.medianKb)} jieba`, ''],
  ['ours: in-process lint(), per CPU second', rate(inLint.perCpuSecMedian), `${ratio(inLint.perCpuSecMedian / inJieba.perCpuSecMedian)} jieba tag`, `≥ ${GOALS.batchPerSec.toLocaleString('en-US')}  ${verdict(inLint.perCpuSecMedian >= GOALS.batchPerSec)}`],
  ['ours: in-process lint(), CPU per message', `${(1e6 / inLint.perCpuSecMedian).toFixed(0)} µs`, `${ratio(inJieba.perCpuSecMedian / inLint.perCpuSecMedian)} jieba tag (${(1e6 / inJieba.perCpuSecMedian).toFixed(0)} µs)`, `≤ ${GOALS.perMessageVsTag}× tag  ${verdict(inJieba.perCpuSecMedian / inLint.perCpuSecMedian <= GOALS.perMessageVsTag)}`],
  ['ours: in-process lint(), wall', rate(inLint.perSecMedian), `${ratio(inLint.perSecMedian / inJieba.perSecMedian)} jieba tag`, ''],
  ['ours: in-process lint(), first pass (wall)', rate(inLint.coldPerSec), `${ratio(inLint.coldPerSec / inJieba.coldPerSec)} jieba tag`, ''],
  ['baseline: in-process jieba tag(), per CPU s', rate(inJieba.perCpuSecMedian), '', ''],
  ['baseline: in-process jieba tag(), wall', rate(inJieba.perSecMedian), '', ''],
  ['baseline: in-process jieba tag(), first pass', rate(inJieba.coldPerSec), '', ''],
  ...(big
    ? [
        [`ours: ${big.mb.toFixed(0)} MB file of messages, wall`, ms(big.wallMs), `${ratio(big.wallMs / big.baselineMs)} jieba cut`, `< 60 s  ${verdict(big.wallMs < 60_000)}`],
        ...(big.cpuMs === undefined ? [] : [[`ours: ${big.mb.toFixed(0)} MB file, CPU (user+sys)`, ms(big.cpuMs), '', `< 60 s  ${verdict(big.cpuMs < 60_000)}`]]),
        [`ours: ${big.mb.toFixed(0)} MB file, peak RSS`, mb(big.maxRssKb), `${ratio(big.maxRssKb / big.baselineRssKb)} jieba cut`, ''],
        [`baseline: jieba cut of the ${big.mb.toFixed(0)} MB file`, ms(big.baselineMs), '', ''],
      ]
    : []),
  ['ours: worst 10 KB input, lint() CPU', ms(worst10.worst.ms), `${ratio(worst10.worst.ms / worst10.plainMs)} plain 10 KB`, `≤ 100 ms  ${verdict(worst10.worst.ms <= 100)}`],
  ['baseline: plain 10 KB notice, lint() CPU', ms(worst10.plainMs), '', ''],
];
const width = (i) => Math.max(...[['measure', 'value', 'ratio', 'goal'], ...rows].map((r) => [...r[i]].length));
const line = (r) => r.map((c, i) => c + ' '.repeat(width(i) - [...c].length)).join('  ').trimEnd();

console.log(`\njiaxiao-lint bench — ${os.cpus().length} × ${os.cpus()[0]?.model?.trim()}, node ${process.version}, ${new Date().toISOString()}`);
console.log(`load average ${LOAD_BEFORE.map((x) => x.toFixed(2)).join(' ')} before, ${os.loadavg().map((x) => x.toFixed(2)).join(' ')} after (other work on the machine skews wall times)`);
console.log(`wall: ${HYPERFINE ? 'hyperfine' : 'process.hrtime'} median of ${RUNS} runs (batch ${batch.runs}); peak RSS: ${rss.ours.tool} median of ${RSS_RUNS}`);
console.log(`messages: ${MESSAGES} from ${templates} templates, ${batchFlagged} with findings (${batchFindings} findings in all)\n`);
console.log(line(['measure', 'value', 'ratio', 'goal']));
console.log(line(rows[0].map((_, i) => '─'.repeat(width(i)))));
for (const r of rows) console.log(line(r));
console.log(
  `\nin-process: lint() ${inLint.passes} timed passes over the ${MESSAGES} messages after a warm-up pass (${ms(inLint.warmupMs)}, of which ${ms(inLint.loadMs)} loading on the first message); ` +
    `CPU/wall ${inLint.cpuPerWall.toFixed(2)} (≤ 1: one core; < 1: other load took the CPU away); ` +
    `jieba tag() CPU/wall ${inJieba.cpuPerWall.toFixed(2)}`,
);
const cpuOf = (m) => (m.userMs !== undefined ? m.userMs + m.systemMs : undefined);
if (cpuOf(cold.get('ours')) !== undefined) {
  console.log(
    `CPU time (user+sys, all threads, mean): node ${ms(cpuOf(cold.get('node')))}, jieba ${ms(cpuOf(cold.get('jieba')))}, ours ${ms(cpuOf(cold.get('ours')))} ` +
      `(${ratio(cpuOf(cold.get('ours')) / cpuOf(cold.get('jieba')))} jieba), batch ${ms(cpuOf(batch))} (${rate(MESSAGES / (cpuOf(batch) / 1e3))} per CPU second)`,
  );
}
console.log(`spread (wall, stddev): node ±${ms(cold.get('node').stddevMs)}, jieba ±${ms(cold.get('jieba').stddevMs)}, ours ±${ms(cold.get('ours').stddevMs)}, batch ±${ms(batch.stddevMs)}`);

console.log(`worst 10 KB input: “${worst10.worst.name}” of ${worst10.inputs} (then ${worst10.top.slice(1).map((t) => `${t.name} ${ms(t.ms)}`).join(', ')})`);
if (big) console.log(`${big.mb.toFixed(1)} MB file: ${big.findings.toLocaleString('en-US')} findings, report written with -o`);
console.log('\ncold start, step by step (fresh process, median of 5; Δrss where measured):');
for (const b of breakdown) console.log(`  ${b.ms.toFixed(1).padStart(7)} ms  ${b.rssKb === undefined ? '         ' : `${(b.rssKb / 1024).toFixed(1).padStart(6)} MB`}  ${b.step}`);
const printProfile = (title, p) => {
  if (!p) return;
  console.log(`\n${title} — CPU profile (node --cpu-prof), self time ${ms(p.totalMs)}; by package / file:`);
  for (const g of p.groups) console.log(`  ${g.ms.toFixed(1).padStart(7)} ms  ${(g.share * 100).toFixed(1).padStart(5)}%  ${g.name}`);
  console.log('  top functions:');
  for (const f of p.functions) console.log(`  ${f.ms.toFixed(1).padStart(7)} ms  ${(f.share * 100).toFixed(1).padStart(5)}%  ${f.name}`);
};
printProfile('cold start, one message', profiles.coldStart);
printProfile(`CLI batch, ${MESSAGES} files`, profiles.batch);

if (scaling.length) {
  const x = (a, b) => ratio(a / b);
  console.log(`\nmany messages — one run each under ${GNU_TIME ? '/usr/bin/time -v' : 'hrtime + maxrss.cjs'}; “all” = --threads ${CORES} (the default); ratios against raw jieba tag() over the same texts read the same way (cut in its own column)`);
  const head = ['messages', 'input', 'jieba cut', 'jieba tag', 'ours 1 thread: wall / CPU / peak RSS', `ours ${CORES} threads: wall / CPU / peak RSS`];
  const rowsS = scaling.map((r) => [
    r.n.toLocaleString('en-US'),
    r.input,
    `${ms(r.cut.wallMs)}, ${mb(r.cut.rssKb)}`,
    `${ms(r.tag.wallMs)}, ${mb(r.tag.rssKb)}`,
    `${ms(r.one.wallMs)} (${x(r.one.wallMs, r.tag.wallMs)}) / ${ms(r.one.cpuMs)} (${x(r.one.cpuMs, r.tag.cpuMs)}) / ${mb(r.one.rssKb)} (${x(r.one.rssKb, r.tag.rssKb)})`,
    `${ms(r.all.wallMs)} (${x(r.all.wallMs, r.tag.wallMs)}) / ${ms(r.all.cpuMs)} (${x(r.all.cpuMs, r.tag.cpuMs)}) / ${mb(r.all.rssKb)} (${x(r.all.rssKb, r.tag.rssKb)})`,
  ]);
  const w = (i) => Math.max(...[head, ...rowsS].map((r) => [...r[i]].length));
  const fmt = (r) => r.map((c, i) => c + ' '.repeat(w(i) - [...c].length)).join('  ').trimEnd();
  console.log(fmt(head));
  for (const r of rowsS) console.log(fmt(r));
  const at = (n, input) => scaling.find((r) => r.n === n && r.input === input);
  const [lo, hi] = [Math.min(...SIZES), Math.max(...SIZES)];
  for (const input of ['jsonl', 'folder']) {
    const a = at(lo, input);
    const b = at(hi, input);
    if (a && b && lo !== hi) {
      console.log(
        `peak RSS ${input}, ${lo.toLocaleString('en-US')} → ${hi.toLocaleString('en-US')} messages: ours 1 thread ${mb(a.one.rssKb)} → ${mb(b.one.rssKb)} (×${(b.one.rssKb / a.one.rssKb).toFixed(2)}), ` +
          `${CORES} threads ${mb(a.all.rssKb)} → ${mb(b.all.rssKb)} (×${(b.all.rssKb / a.all.rssKb).toFixed(2)}); jieba tag ${mb(a.tag.rssKb)} → ${mb(b.tag.rssKb)} (×${(b.tag.rssKb / a.tag.rssKb).toFixed(2)})`,
      );
    }
  }
  const f20 = at(20000, 'folder');
  if (f20) {
    console.log(`goal “CLI over 20,000 files ≤ 2× jieba tag on one core”: ${x(f20.one.wallMs, f20.tag.wallMs)} wall, ${x(f20.one.cpuMs, f20.tag.cpuMs)} CPU  ${verdict(f20.one.wallMs <= 2 * f20.tag.wallMs)}; with ${CORES} threads ${x(f20.all.wallMs, f20.tag.wallMs)} wall (CPU/wall ${(f20.all.cpuMs / f20.all.wallMs).toFixed(2)})`);
  }
  const j100 = at(100000, 'jsonl');
  if (j100) console.log(`goal “peak memory at 100,000 messages ≤ 1.5× jieba”: JSONL 1 thread ${x(j100.one.rssKb, j100.tag.rssKb)}, ${CORES} threads ${x(j100.all.rssKb, j100.tag.rssKb)}  ${verdict(j100.one.rssKb <= 1.5 * j100.tag.rssKb)} (1 thread)`);
  if (textlint?.error) console.log(`textlint + prh: not measured (${textlint.error})`);
  else if (textlint && f20) {
    console.log(
      `textlint 15 + prh (${textlint.entries} entries), the same 20,000 files: ${ms(textlint.wallMs)} wall, ${ms(textlint.cpuMs)} CPU, ${mb(textlint.rssKb)}; ` +
        `ours is ${x(textlint.wallMs, f20.one.wallMs)} faster on 1 thread, ${x(textlint.wallMs, f20.all.wallMs)} with ${CORES} (goal ≥ 10×  ${verdict(textlint.wallMs >= 10 * f20.one.wallMs)})`,
    );
  }
}

const results = {
  date: new Date().toISOString(),
  machine: { cpus: os.cpus().length, model: os.cpus()[0]?.model?.trim(), node: process.version, platform: `${os.platform()} ${os.release()}` },
  method: { wall: HYPERFINE ? 'hyperfine' : 'process.hrtime median', runs: RUNS, rss: rss.ours.tool, rssRuns: RSS_RUNS, loadAverageBefore: LOAD_BEFORE, loadAverageAfter: os.loadavg() },
  coldStart: Object.fromEntries(cold),
  peakRss: rss,
  batch: { messages: MESSAGES, templates, flagged: batchFlagged, findings: batchFindings, cli: batch, cliPerSec: batchCliRate, cliPerSecMinusStart: batchCliRateNoStart, inProcessLint: inLint, inProcessJiebaTag: inJieba },
  ratios: { coldStartVsJieba: coldRatio, rssVsJieba: rssRatio },
  goals: {
    coldStart: { goal: GOALS.coldStartRatio, actual: coldRatio, met: coldRatio <= GOALS.coldStartRatio },
    rss: { goal: GOALS.rssRatio, actual: rssRatio, met: rssRatio <= GOALS.rssRatio },
    batchInProcess: { goal: GOALS.batchPerSec, actual: inLint.perCpuSecMedian, met: inLint.perCpuSecMedian >= GOALS.batchPerSec },
    batchCli: { goal: GOALS.batchPerSec, actual: batchCliRate, met: batchCliRate >= GOALS.batchPerSec },
  },
  breakdown,
  profiles,
  hostile: { bigFile: big, worst10kb: worst10 },
  scaling,
  textlint,
};
const resultsFile = path.join(os.tmpdir(), 'bench-results.json');
writeFileSync(resultsFile, JSON.stringify(results, null, 2) + '\n');
console.log(`\nresults: ${resultsFile}`);
if (flag('--json')) console.log(JSON.stringify(results));
