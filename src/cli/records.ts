// Many messages in one file: JSONL, CSV (as Excel and WPS save it) or one message per line. Each
// record becomes one message with its own id, send time, kind and urgency; a record that cannot be
// read is handed on as an error naming its line, and the records after it are still read.
import { statSync } from 'node:fs';
import type * as FsPromises from 'node:fs/promises';
import * as path from 'node:path';
import type { MessageKind } from '../core/types';
import { readTextFile } from './files';

export type InputFormat = 'text' | 'jsonl' | 'csv' | 'lines';
export const INPUT_FORMATS: readonly InputFormat[] = ['text', 'jsonl', 'csv', 'lines'];

export function isInputFormat(name: string): name is InputFormat {
  return (INPUT_FORMATS as readonly string[]).includes(name);
}

/** The format of a file: the one asked for, else by extension (.jsonl, .ndjson, .csv), else one message. */
export function inputFormatOf(filePath: string, asked: InputFormat | undefined): InputFormat {
  if (asked) return asked;
  const ext = path.extname(filePath).toLowerCase();
  if (ext === '.jsonl' || ext === '.ndjson') return 'jsonl';
  if (ext === '.csv') return 'csv';
  return 'text';
}

/** Where a message sits in its file: the line its record starts on and the record's own id. */
export interface RecordRef {
  line: number;
  id?: string;
}

/** One record: a message and what it says about itself, or why it cannot be linted. */
export interface MessageRecord {
  record: RecordRef;
  text?: string;
  /** Send time as written (parsed later, against the configured time zone). */
  at?: string;
  kind?: MessageKind;
  urgent?: boolean;
  /** Why this record is not a message (broken JSON, no text column, a bad kind …). */
  error?: string;
}

// Column names as people write them in a spreadsheet's first row (compared in lower case).
const COLUMNS: Record<'text' | 'id' | 'at' | 'kind' | 'urgent', string[]> = {
  text: ['text', 'message', 'content', 'body', '内容', '消息', '消息内容', '正文', '文本'],
  id: ['id', 'no', '编号', '序号', '标识'],
  at: ['at', 'send_at', 'sendat', 'time', '发送时间', '时间'],
  kind: ['kind', 'type', '类型', '消息类型'],
  urgent: ['urgent', '紧急'],
};
const TRUE = new Set(['true', '1', 'yes', 'y', '是', '紧急']);
const FALSE = new Set(['false', '0', 'no', 'n', '否', '']);

type Lang = 'zh' | 'en';
const say = (lang: Lang, zh: string, en: string) => (lang === 'en' ? en : zh);

/** The record as a message, from its fields by name (a JSON object or a CSV row under its header). */
function fromFields(fields: Record<string, unknown>, line: number, lang: Lang): MessageRecord {
  const lower = new Map(Object.entries(fields).map(([k, v]) => [k.trim().toLowerCase(), v]));
  const field = (name: keyof typeof COLUMNS) => COLUMNS[name].map((k) => lower.get(k)).find((v) => v !== undefined && v !== null);
  const idValue = field('id');
  const record: RecordRef = { line, ...(idValue !== undefined && String(idValue) !== '' ? { id: String(idValue) } : {}) };
  const text = field('text');
  if (typeof text !== 'string') {
    return { record, error: say(lang, `第 ${line} 行的记录没有消息文本（列名 text 或 内容）`, `the record on line ${line} has no message text (a text or 内容 field)`) };
  }
  const out: MessageRecord = { record, text };
  const at = field('at');
  if (at !== undefined && String(at).trim() !== '') out.at = String(at).trim();
  const kind = field('kind');
  if (kind !== undefined && String(kind).trim() !== '') {
    const k = String(kind).trim().toLowerCase();
    if (!['notice', 'chat', 'reply'].includes(k)) {
      return { record, error: say(lang, `第 ${line} 行的消息类型“${k}”应为 notice、chat 或 reply`, `line ${line}: kind “${k}” must be notice, chat or reply`) };
    }
    out.kind = k as MessageKind;
  }
  const urgent = field('urgent');
  if (urgent !== undefined) {
    const u = String(urgent).trim().toLowerCase();
    if (TRUE.has(u)) out.urgent = true;
    else if (!FALSE.has(u)) return { record, error: say(lang, `第 ${line} 行的 urgent 值“${u}”应为 true 或 false`, `line ${line}: urgent “${u}” must be true or false`) };
  }
  return out;
}

/** Lines of text as they arrive (a stream's chunks, or one whole string), with their 1-based numbers. */
async function* numberedLines(chunks: AsyncIterable<string> | Iterable<string>): AsyncGenerator<{ line: number; text: string }> {
  let rest = '';
  let line = 0;
  for await (const chunk of chunks) {
    rest += chunk;
    let nl: number;
    while ((nl = rest.indexOf('\n')) >= 0) {
      yield { line: ++line, text: rest.slice(0, nl).replace(/\r$/, '') };
      rest = rest.slice(nl + 1);
    }
  }
  if (rest !== '') yield { line: ++line, text: rest.replace(/\r$/, '') };
}

/** One JSON value a line: an object with text (and id, at, kind, urgent), or a bare string. Blank lines are skipped. */
export async function* jsonlRecords(chunks: AsyncIterable<string> | Iterable<string>, lang: Lang): AsyncGenerator<MessageRecord> {
  for await (const { line, text } of numberedLines(chunks)) {
    const raw = line === 1 ? text.replace(/^\ufeff/, '') : text;
    if (!raw.trim()) continue;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch (e) {
      yield { record: { line }, error: say(lang, `第 ${line} 行不是有效的 JSON：${(e as Error).message}`, `line ${line} is not valid JSON: ${(e as Error).message}`) };
      continue;
    }
    if (typeof value === 'string') yield { record: { line }, text: value };
    else if (value && typeof value === 'object' && !Array.isArray(value)) yield fromFields(value as Record<string, unknown>, line, lang);
    else yield { record: { line }, error: say(lang, `第 ${line} 行应为 JSON 对象（含 text）或字符串`, `line ${line} should be a JSON object (with text) or a string`) };
  }
}

/** Every non-blank line is a message. */
export async function* lineRecords(chunks: AsyncIterable<string> | Iterable<string>): AsyncGenerator<MessageRecord> {
  for await (const { line, text } of numberedLines(chunks)) {
    const raw = line === 1 ? text.replace(/^\ufeff/, '') : text;
    if (raw.trim()) yield { record: { line }, text: raw };
  }
}

/**
 * CSV with a header row, as Excel and WPS save it: comma-separated, fields quoted when they hold a
 * comma, quote or line break (so a message may span lines), CRLF line ends. A broken row is
 * reported with its line and skipped; the rows after it are still read.
 */
export function csvRecords(text: string, lang: Lang): MessageRecord[] {
  // csv-parse is loaded only for CSV input.
  const { parse } = require('csv-parse/sync') as typeof import('csv-parse/sync');
  const out: MessageRecord[] = [];
  const rows = parse(text, {
    bom: true,
    columns: (header: string[]) => header.map((h) => h.trim()),
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    raw: true,
    info: true,
    on_skip: (err) => {
      const line = (err as { lines?: number } | undefined)?.lines ?? 0;
      out.push({ record: { line }, error: say(lang, `CSV 第 ${line} 行无法解析：${err?.message ?? ''}`, `CSV line ${line} cannot be parsed: ${err?.message ?? ''}`) });
    },
  }) as unknown as Array<{ record: Record<string, string>; raw: string }>;
  // The line a record starts on, from where its raw text sits in the file (csv-parse counts line
  // ends differently for CRLF and LF).
  let cursor = 0;
  let line = 1;
  let counted = 0;
  const lineAt = (offset: number) => {
    for (; counted < offset; counted++) if (text.charCodeAt(counted) === 10) line++;
    return line;
  };
  for (const { record, raw } of rows) {
    const at = text.indexOf(raw, cursor);
    const lead = /^[\r\n]*/.exec(raw)![0].length;
    const start = at >= 0 ? at + lead : cursor;
    if (at >= 0) cursor = at + raw.length;
    out.push(fromFields(record, lineAt(start), lang));
  }
  return out.sort((a, b) => a.record.line - b.record.line);
}

/**
 * Text of a CSV file as spreadsheets save it: UTF-8 (with or without BOM), UTF-16 with BOM, or, when
 * it is not UTF-8, GB18030 (Excel's “CSV” on a Chinese Windows, a superset of GBK).
 */
export async function readCsvText(filePath: string): Promise<{ text: string } | { error: string }> {
  const read = await readTextFile(filePath);
  if ('text' in read) return read;
  try {
    const { readFileSync } = require('node:fs') as typeof import('node:fs');
    return { text: new TextDecoder('gb18030', { fatal: true }).decode(readFileSync(filePath)) };
  } catch {
    return read;
  }
}

/** Roughly how many messages these files hold (a record file by its size), to decide whether to start workers. */
export function estimateMessages(files: string[], asked: InputFormat | undefined): number {
  let n = 0;
  for (const f of files) {
    if (inputFormatOf(f, asked) === 'text') n++;
    else {
      try {
        n += statSync(f).size / BYTES_PER_RECORD;
      } catch {
        n++;
      }
    }
  }
  return n;
}
/** A short message as JSON or CSV: about 60 Chinese characters and the other fields. */
const BYTES_PER_RECORD = 200;

/** A file this big is streamed rather than read whole (smaller ones the file walk has already read). */
const STREAM_FROM = 1 << 20;

/** The file's text in UTF-8 chunks, read as they are asked for; throws on bytes that are not UTF-8. */
async function* utf8Chunks(filePath: string): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  // Required here: node:fs/promises costs start-up (about 6 ms) that a run without big files never needs.
  const { open } = require('node:fs/promises') as typeof FsPromises;
  const file = await open(filePath, 'r');
  try {
    const buf = Buffer.alloc(1 << 16);
    for (let n; (n = (await file.read(buf, 0, buf.length, null)).bytesRead) > 0; ) yield decoder.decode(buf.subarray(0, n), { stream: true });
  } finally {
    await file.close();
  }
  const tail = decoder.decode();
  if (tail) yield tail;
}

/** The records of a record file; a file that cannot be read at all yields one record with the reason. */
export async function* readRecords(filePath: string, format: Exclude<InputFormat, 'text'>, lang: Lang): AsyncGenerator<MessageRecord> {
  if (format === 'csv') {
    const read = await readCsvText(filePath);
    if ('error' in read) return yield { record: { line: 0 }, error: read.error };
    yield* csvRecords(read.text, lang);
    return;
  }
  let big = false;
  try {
    big = statSync(filePath).size >= STREAM_FROM;
  } catch {
    // readTextFile below reports it
  }
  let chunks: AsyncIterable<string> | Iterable<string>;
  if (big) chunks = utf8Chunks(filePath);
  else {
    const read = await readTextFile(filePath);
    if ('error' in read) return yield { record: { line: 0 }, error: read.error };
    chunks = [read.text];
  }
  try {
    yield* format === 'jsonl' ? jsonlRecords(chunks, lang) : lineRecords(chunks);
  } catch (e) {
    yield { record: { line: 0 }, error: say(lang, `文件不是有效的 UTF-8 编码：${(e as Error).message}`, `the file is not valid UTF-8: ${(e as Error).message}`) };
  }
}

/** Records of text already in memory (standard input). */
export async function* recordsOfText(text: string, format: Exclude<InputFormat, 'text'>, lang: Lang): AsyncGenerator<MessageRecord> {
  if (format === 'csv') yield* csvRecords(text, lang);
  else if (format === 'jsonl') yield* jsonlRecords([text], lang);
  else yield* lineRecords([text]);
}
