// End-to-end: many messages in one file (JSONL, CSV as Excel and WPS save it, one per line). Each
// record is linted as its own message, with its own send time and kind; every output format names
// the record; a bad record is reported with its line and the records after it are still linted.
import sarifSchema from '@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromCompact, fromGithub, fromJunit, fromSarif, fromStylish, parseSarif } from '../batch/helpers';
import { assertBuilt, CLEAN_NOTICE, parseJson, PHONE, PHONE_TEXT, RANKING_TEXT, removeDir, run, runsWithStackTraces, tempDir } from './helpers';

let dir: string;

const JSONL = [
  JSON.stringify({ id: 'a1', text: RANKING_TEXT, at: '2026-11-25 10:00' }),
  JSON.stringify({ id: 'a2', text: PHONE_TEXT }),
  '{"id": "a3", "text": "broken',
  '',
  JSON.stringify('今晚作业：练习册第5页'),
  JSON.stringify({ id: 'a6', text: CLEAN_NOTICE, at: '2026-11-25 22:00', kind: 'notice' }),
  JSON.stringify({ id: 'a7', text: CLEAN_NOTICE, at: '2026-11-25 22:00', urgent: true }),
  JSON.stringify({ id: 'a8', text: '好的', at: '前天下下午' }),
  JSON.stringify({ id: 'a9', words: '没有 text 字段的记录' }),
  JSON.stringify({ id: 'a10', message: '各位家长好', kind: 'letter' }),
].join('\n') + '\n';

// A spreadsheet's export: BOM, Chinese headers, CRLF, a message with line breaks and quotes inside quotes.
const CSV_ROWS = [
  '编号,内容,发送时间,紧急',
  `c1,"各位家长：\r\n${RANKING_TEXT}",2026-11-25 10:00,否`,
  `c2,"家长说""${PHONE_TEXT}""",,`,
  'c3,本周五大扫除，请同学们带抹布。,2026-11-28 21:00,是',
].join('\r\n') + '\r\n';

beforeAll(() => {
  assertBuilt();
  dir = tempDir({ 'drafts.jsonl': JSONL, 'drafts.csv': '\ufeff' + CSV_ROWS, 'one-per-line.txt': `${RANKING_TEXT}\n\n${PHONE_TEXT}\n` });
  // Excel's “CSV” on a Chinese Windows: GB18030 (GBK), no BOM.
  writeFileSync(join(dir, 'gbk.csv'), gb18030(CSV_ROWS));
});

afterAll(() => removeDir(dir));

/** GB18030 bytes of a text (Node has no encoder for it: built by decoding every candidate pair once). */
function gb18030(text: string): Buffer {
  const decoder = new TextDecoder('gb18030');
  const table = new Map<string, number[]>();
  for (let a = 0x81; a <= 0xfe; a++) {
    for (let b = 0x40; b <= 0xfe; b++) {
      const c = decoder.decode(Uint8Array.of(a, b));
      if (c.length === 1 && !table.has(c)) table.set(c, [a, b]);
    }
  }
  const bytes: number[] = [];
  for (const c of text) {
    if (c.charCodeAt(0) < 0x80) bytes.push(c.charCodeAt(0));
    else if (table.has(c)) bytes.push(...table.get(c)!);
    else throw new Error(`no GB18030 two-byte code for ${c}`);
  }
  return Buffer.from(bytes);
}

describe('JSONL', () => {
  test('one result per record, in order, named by line and id; bad records reported with their line, the rest linted', () => {
    const r = run(['drafts.jsonl', '-f', 'json'], { cwd: dir });
    expect(r.status).toBe(2); // bad records are input problems
    const results = parseJson(r.stdout);
    expect(results.map((x) => x.record)).toEqual([
      { line: 1, id: 'a1' },
      { line: 2, id: 'a2' },
      { line: 3 },
      { line: 5 },
      { line: 6, id: 'a6' },
      { line: 7, id: 'a7' },
      { line: 8, id: 'a8' },
      { line: 9, id: 'a9' },
      { line: 10, id: 'a10' },
    ]);
    expect(results.every((x) => x.filePath === 'drafts.jsonl')).toBe(true);
    const [ranking, phone, broken, homework, late, urgent, badAt, noText, badKind] = results;
    expect(ranking.messages.map((m) => m.ruleId)).toContain('n2-ranking');
    expect(phone.messages.map((m) => m.ruleId)).toEqual(['n5-mobile']);
    expect(JSON.stringify(phone)).not.toContain(PHONE); // masked in source and messages
    expect(broken.fatal).toMatch(/第 3 行不是有效的 JSON/);
    expect(homework.messages.map((m) => m.ruleId)).toContain('n2-homework');
    // Each record's own send time: 22:00 is rest time; urgent makes it a warning.
    expect(late.messages.filter((m) => m.ruleId === 'n1-rest-time').map((m) => m.severity)).toEqual([2]);
    expect(urgent.messages.filter((m) => m.ruleId === 'n1-rest-time').map((m) => m.severity)).toEqual([1]);
    expect(badAt.fatal).toMatch(/第 8 行的发送时间“前天下下午”无法识别/);
    expect(noText.fatal).toMatch(/第 9 行的记录没有消息文本/);
    expect(badKind.fatal).toMatch(/第 10 行的消息类型“letter”应为 notice、chat 或 reply/);
  });

  test('the same message twice in one file is a duplicate naming the first record', () => {
    const d = tempDir({ 'twice.jsonl': [RANKING_TEXT, '各位家长好，本周五下午三点开家长会。', RANKING_TEXT].map((t, i) => JSON.stringify({ id: `n${i}`, text: t })).join('\n') });
    try {
      const results = parseJson(run(['twice.jsonl', '-f', 'json'], { cwd: d }).stdout);
      const dup = results.flatMap((x) => x.messages.filter((m) => m.ruleId === 'm2-duplicate-message').map((m) => ({ ...m, file: x })));
      expect(dup).toHaveLength(1);
      expect(dup[0].file.record?.id).toBe('n2');
      expect(dup[0].message).toContain('twice.jsonl:1#n0');
    } finally {
      removeDir(d);
    }
  });

  test('--input-format jsonl reads standard input as records', () => {
    const r = run(['--input-format', 'jsonl', '-f', 'json', '--at', '2026-11-25T10:00:00+08:00'], { cwd: dir, input: JSONL.split('\n').slice(0, 2).join('\n') });
    const results = parseJson(r.stdout);
    expect(results.map((x) => [x.filePath, x.record])).toEqual([
      ['<stdin>', { line: 1, id: 'a1' }],
      ['<stdin>', { line: 2, id: 'a2' }],
    ]);
  });
});

describe('CSV as spreadsheets save it', () => {
  const expected = (file: string) => [
    { file, line: 2, id: 'c1', rules: expect.arrayContaining(['n2-ranking']) },
    { file, line: 4, id: 'c2', rules: ['n5-mobile'] },
    { file, line: 5, id: 'c3', rules: ['n1-rest-time'] },
  ];
  test.each(['drafts.csv', 'gbk.csv'])('%s: UTF-8 with BOM or GB18030, quoted line breaks and quotes, Chinese headers', (file) => {
    const r = run([file, '-f', 'json'], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(1);
    const results = parseJson(r.stdout);
    expect(results.map((x) => ({ file: x.filePath, line: x.record?.line, id: x.record?.id, rules: x.messages.map((m) => m.ruleId) }))).toEqual(expected(file));
    // The quoted line break is kept: the ranking is on line 2 of the message.
    expect(results[0].messages.find((m) => m.ruleId === 'n2-ranking')!.line).toBe(2);
    // 紧急 = 是 makes the rest-time finding a warning.
    expect(results[2].messages[0].severity).toBe(1);
  });

  test('a broken row is reported with its line; the rows after it are still linted', () => {
    const d = tempDir({ 'broken.csv': `id,text\nb1,${RANKING_TEXT}\nb2,"never closed\n` });
    const d2 = tempDir({ 'no-text.csv': `id,words\nb1,${RANKING_TEXT}\n` });
    try {
      const r = run(['broken.csv', '-f', 'json'], { cwd: d });
      expect(r.status).toBe(2);
      const results = parseJson(r.stdout);
      expect(results[0].messages.map((m) => m.ruleId)).toContain('n2-ranking');
      expect(results[1].fatal).toMatch(/CSV 第 \d+ 行无法解析/);
      const noText = parseJson(run(['no-text.csv', '-f', 'json'], { cwd: d2 }).stdout);
      expect(noText[0].fatal).toMatch(/第 2 行的记录没有消息文本/);
    } finally {
      removeDir(d);
      removeDir(d2);
    }
  });
});

test('--input-format lines: every non-blank line is a message', () => {
  const r = run(['one-per-line.txt', '--input-format', 'lines', '-f', 'json'], { cwd: dir });
  const results = parseJson(r.stdout);
  expect(results.map((x) => [x.record?.line, x.messages.map((m) => m.ruleId).includes('n2-ranking') ? 'ranking' : x.messages.map((m) => m.ruleId).join()])).toEqual([
    [1, 'ranking'],
    [3, 'n5-mobile'],
  ]);
});

describe('every output format names the record', () => {
  const args = ['drafts.csv'];
  test('stylish and compact: path:line#id', () => {
    expect(new Set(fromStylish(run([...args, '-f', 'stylish'], { cwd: dir }).stdout).map((f) => f.file))).toEqual(new Set(['drafts.csv:2#c1', 'drafts.csv:4#c2', 'drafts.csv:5#c3']));
    expect(new Set(fromCompact(run([...args, '-f', 'compact'], { cwd: dir }).stdout).map((f) => f.file))).toEqual(new Set(['drafts.csv:2#c1', 'drafts.csv:4#c2', 'drafts.csv:5#c3']));
  });

  test('junit: one test case per record', () => {
    expect(new Set(fromJunit(run([...args, '-f', 'junit'], { cwd: dir }).stdout).map((f) => f.file))).toEqual(new Set(['drafts.csv:2#c1', 'drafts.csv:4#c2', 'drafts.csv:5#c3']));
  });

  test('github and sarif: on the record line of the real file, the record named', () => {
    const gh = run([...args, '-f', 'github'], { cwd: dir }).stdout;
    expect(new Set(fromGithub(gh).map((f) => `${f.file}:${f.line}`))).toEqual(new Set(['drafts.csv:2', 'drafts.csv:4', 'drafts.csv:5']));
    expect(gh).toContain('4#c2');
    const sarifText = run([...args, '-f', 'sarif'], { cwd: dir }).stdout;
    expect(new Set(fromSarif(sarifText).map((f) => `${f.file}:${f.line}`))).toEqual(new Set(['drafts.csv:2', 'drafts.csv:4', 'drafts.csv:5']));
    const results = parseSarif(sarifText).runs[0].results as unknown as Array<{ properties: { record: { line: number; id: string } } }>;
    expect(results.map((x) => x.properties.record.id)).toContain('c2');
    // Still valid SARIF 2.1.0 (the schema the formatter tests use).
    const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
    addFormats(ajv);
    const validate = ajv.compile(sarifSchema);
    expect(validate(JSON.parse(sarifText)) ? [] : validate.errors).toEqual([]);
  });
});

test('--fix refuses record files; a bad --input-format or --threads is a usage error', () => {
  for (const args of [['drafts.jsonl', '--fix'], ['x.txt', '--input-format', 'xml'], ['x.txt', '--threads', '0'], ['x.txt', '--threads', 'many']]) {
    const r = run(args, { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^jiaxiao-lint: /);
  }
});

test('no run printed a stack trace', () => {
  expect(runsWithStackTraces()).toEqual([]);
});
