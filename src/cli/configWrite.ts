// Writes one year into the config's time.extraYears (for `holidays import`) without losing anything
// the user had: other keys and, in YAML, comments are kept; a JavaScript config is never rewritten;
// the new text is read back the way the loader reads it and must mean exactly the old config plus
// that year, or nothing is written; the file is replaced atomically (temp file + rename).
import { readFileSync, realpathSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { ConfigError, findConfigFile, validateConfig } from '../config/load';
import type { Lang } from '../core/types';
import type { ExtraYear } from '../time/types';

/** The file created when the user has no configuration yet. */
export const NEW_CONFIG_FILE = '.compliancerc.yaml';

export interface WriteResult {
  file: string;
  created: boolean;
  /** The year was there already and has been replaced. */
  replaced: boolean;
}

type Format = 'json' | 'yaml' | 'package.json';

function formatOf(file: string, text: string): Format {
  const name = basename(file);
  if (name === 'package.json') return 'package.json';
  if (/\.(?:c|m)?js$|\.ts$/.test(name)) {
    throw new ConfigError(`配置文件 ${file} 是 JavaScript，无法自动写入；请用 jiaxiao-lint holidays import --print 打印后手动加入 time.extraYears（${file} is JavaScript and is never rewritten: use --print and add it by hand）`);
  }
  if (extname(name) === '.json') return 'json';
  if (extname(name) === '.yaml' || extname(name) === '.yml') return 'yaml';
  // .compliancerc: the loader reads it as YAML, which JSON is a part of; keep whichever it is.
  try {
    JSON.parse(text);
    return 'json';
  } catch {
    return 'yaml';
  }
}

/** A deep copy of parsed config data (objects, arrays, js-yaml's Dates), made in this module's realm. */
function copy<T>(v: T): T {
  if (Array.isArray(v)) return v.map(copy) as T;
  if (v instanceof Date) return new Date(v.getTime()) as T;
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, copy(x)])) as T;
  return v;
}

/** What the user's config must mean after the write: the old one plus this year. */
function withYear(old: unknown, format: Format, year: string, value: ExtraYear, file: string): Record<string, any> {
  const root = copy(old ?? {}) as Record<string, any>;
  const config = format === 'package.json' ? (root.compliance ??= {}) : root;
  const objectAt = (holder: Record<string, any>, key: string, where: string): Record<string, any> => {
    const v = holder[key];
    if (v === undefined || v === null) return (holder[key] = {});
    if (typeof v !== 'object' || Array.isArray(v)) throw new ConfigError(`配置文件 ${file}：“${where}” 应为对象，未写入任何内容`);
    return v;
  };
  objectAt(objectAt(config, 'time', 'time'), 'extraYears', 'time.extraYears')[year] = copy(value);
  return root;
}

function jsonIndent(text: string): string | number {
  return /^\{\s*\n([ \t]+)"/.exec(text)?.[1] ?? 2;
}

/** The year as YAML lines at an indentation; date strings quoted for YAML 1.1 readers (see editYaml). */
function renderYear(year: string, value: ExtraYear, indent: string, eol: string): string {
  const list = (days: string[]) => `[${days.map((d) => JSON.stringify(d)).join(', ')}]`;
  const block = (name: string, byName: Record<string, string[]>) => {
    const entries = Object.entries(byName);
    if (!entries.length) return [`${indent}  ${name}: {}`];
    return [`${indent}  ${name}:`, ...entries.map(([k, days]) => `${indent}    ${k === '' ? '""' : k}: ${list(days)}`)];
  };
  const workdays = Array.isArray(value.workdays) ? (value.workdays.length ? { '': value.workdays } : {}) : value.workdays;
  return [`${indent}${JSON.stringify(year)}:`, ...block('holidays', value.holidays), ...block('workdays', workdays)].join(eol);
}

/**
 * The smallest text edit that puts the year into a block-style YAML config: the rest of the file,
 * comments and alignment included, stays byte for byte. Undefined for a layout it does not handle
 * (flow-style time: { … }, a non-empty flow extraYears), which editYaml then rewrites.
 */
function spliceYaml(text: string, year: string, value: ExtraYear): string | undefined {
  const YAML = require('yaml') as typeof import('yaml');
  const doc = YAML.parseDocument(text);
  if (doc.errors.length) return undefined;
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const column = (offset: number) => offset - (text.lastIndexOf('\n', offset - 1) + 1);
  /** End of the line holding the last non-blank character before `offset`. */
  const lineEndBefore = (offset: number) => {
    let p = offset;
    while (p > 0 && /\s/.test(text[p - 1])) p--;
    const nl = text.indexOf('\n', p);
    return nl < 0 ? text.length : text[nl - 1] === '\r' ? nl - 1 : nl;
  };
  const insertAt = (at: number, lines: string) => text.slice(0, at) + eol + lines + text.slice(at);
  type Pair = import('yaml').Pair<import('yaml').Scalar, unknown>;
  const pairOf = (map: import('yaml').YAMLMap, key: string) => (map.items as Pair[]).find((p) => YAML.isScalar(p.key) && String(p.key.value) === key);
  const isEmpty = (node: unknown) => node === null || (YAML.isScalar(node) && node.value === null) || (YAML.isMap(node) && node.flow && node.items.length === 0);
  /** `key:` (with an empty value or `{}`): drop the empty value, put `lines` under the key. */
  const underKey = (pair: Pair, lines: string) => {
    const keyEnd = pair.key.range![1];
    const v = pair.value as { range?: [number, number, number] } | null;
    let t = text;
    // Blanked rather than cut, so that a comment after it keeps its column.
    if (v?.range && /^\s*(?:\{\s*\}|~|null)?\s*$/.test(text.slice(v.range[0], v.range[1]))) t = text.slice(0, v.range[0]) + ' '.repeat(v.range[1] - v.range[0]) + text.slice(v.range[1]);
    const nl = t.indexOf('\n', keyEnd);
    const at = nl < 0 ? t.length : t[nl - 1] === '\r' ? nl - 1 : nl;
    let lineEnd = at;
    while (t[lineEnd - 1] === ' ') lineEnd--;
    return t.slice(0, lineEnd) + eol + lines + t.slice(at);
  };

  const root = doc.contents;
  if (root === null || (YAML.isScalar(root) && root.value === null)) {
    const body = text.replace(/\s*$/, '');
    return `${body}${body ? eol : ''}time:${eol}  extraYears:${eol}${renderYear(year, value, '    ', eol)}${eol}`;
  }
  if (!YAML.isMap(root) || root.flow) return undefined;
  const time = pairOf(root, 'time');
  if (!time) {
    const body = text.replace(/\s*$/, '');
    return `${body}${eol}time:${eol}  extraYears:${eol}${renderYear(year, value, '    ', eol)}${eol}`;
  }
  const keyIndent = (pair: Pair) => ' '.repeat(column(pair.key.range![0]));
  if (isEmpty(time.value)) return underKey(time, `${keyIndent(time)}  extraYears:${eol}${renderYear(year, value, `${keyIndent(time)}    `, eol)}`);
  if (!YAML.isMap(time.value) || time.value.flow) return undefined;
  const timeMap = time.value;
  const extra = pairOf(timeMap, 'extraYears');
  if (!extra) {
    const indent = keyIndent(timeMap.items[0] as Pair);
    return insertAt(lineEndBefore(timeMap.range![1]), `${indent}extraYears:${eol}${renderYear(year, value, `${indent}  `, eol)}`);
  }
  if (isEmpty(extra.value)) return underKey(extra, renderYear(year, value, `${keyIndent(extra)}  `, eol));
  if (!YAML.isMap(extra.value) || extra.value.flow) return undefined;
  const years = extra.value;
  const indent = keyIndent(years.items[0] as Pair);
  const existing = pairOf(years, year);
  if (!existing) return insertAt(lineEndBefore(years.range![1]), renderYear(year, value, indent, eol));
  // Replace that year: from its key to the end of its value's last line.
  const start = existing.key.range![0];
  const end = lineEndBefore((existing.value as { range?: number[] } | null)?.range?.[1] ?? existing.key.range![2]);
  return text.slice(0, start) + renderYear(year, value, indent, eol).slice(indent.length) + text.slice(end);
}

/** The new text of a YAML config: the document edited in place, so comments stay (their alignment may not). */
function editYaml(text: string, year: string, value: ExtraYear, file: string): string {
  const YAML = require('yaml') as typeof import('yaml');
  const doc: import('yaml').Document = YAML.parseDocument(text);
  if (doc.errors.length) throw new ConfigError(`配置文件 ${file} 无法解析：${doc.errors[0].message.split('\n')[0]}`);
  if (!YAML.isMap(doc.contents)) doc.contents = doc.createNode({});
  for (const path of [['time'], ['time', 'extraYears']]) {
    const node = doc.getIn(path, true);
    // An empty or flow-style map ({}) becomes a block map; its trailing comment moves inside it.
    if (node === undefined || node === null || (YAML.isScalar(node) && node.value === null) || (YAML.isMap(node) && node.flow && node.items.length === 0)) {
      const map = new YAML.YAMLMap();
      const comment = (node as { comment?: string } | null)?.comment;
      if (comment) map.commentBefore = comment;
      doc.setIn(path, map);
    }
  }
  const entry = doc.createNode({ [year]: value }) as import('yaml').YAMLMap;
  // Quoted strings, so that a YAML 1.1 reader (js-yaml, which the loader uses) cannot take "2027-01-01" for a timestamp.
  YAML.visit(entry, {
    Seq(_, seq) {
      seq.flow = true;
      for (const item of seq.items) if (YAML.isScalar(item)) item.type = 'QUOTE_DOUBLE';
    },
  });
  (entry.items[0].key as import('yaml').Scalar).type = 'QUOTE_DOUBLE';
  const extraYears = doc.getIn(['time', 'extraYears'], true);
  if (!YAML.isMap(extraYears)) throw new ConfigError(`配置文件 ${file}：“time.extraYears” 应为对象，未写入任何内容`);
  extraYears.set(entry.items[0].key, entry.items[0].value);
  return String(doc);
}

/** Reads a config text the way the loader (src/config/load.ts: JSON.parse or js-yaml) does. */
function readAsLoader(text: string, format: Format): unknown {
  if (format !== 'yaml') return JSON.parse(text);
  const jsYaml = require('js-yaml') as typeof import('js-yaml');
  return jsYaml.load(text);
}

function atomicWrite(file: string, text: string): void {
  const real = realpathSync(file); // a symlinked config stays a symlink
  const tmp = join(dirname(real), `.${basename(real)}.${process.pid}.tmp`);
  try {
    writeFileSync(tmp, text, { mode: statSync(real).mode, flag: 'wx' });
    renameSync(tmp, real);
  } catch (e) {
    try {
      unlinkSync(tmp);
    } catch {
      // nothing was left behind
    }
    throw new ConfigError(`无法写入配置文件 ${file}：${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
}

/** The smallest edit when it reads back right, else the document rewritten by the yaml library. */
function yamlWithYear(text: string, format: Format, year: string, value: ExtraYear, expected: unknown, file: string): string {
  const spliced = spliceYaml(text, year, value);
  if (spliced !== undefined) {
    try {
      if (isDeepStrictEqual(readAsLoader(spliced, format), expected)) return spliced;
    } catch {
      // not valid YAML after all: take the library's way
    }
  }
  return editYaml(text, year, value, file);
}

/** Writes time.extraYears[year] into the config found from cwd (or named), or creates .compliancerc.yaml. */
export function writeExtraYear(opts: { cwd: string; configPath?: string }, year: string, value: ExtraYear, lang: Lang): WriteResult {
  // A JavaScript config the search passed over is still the user's config: it is refused, not shadowed by a new file.
  const found = opts.configPath ? undefined : findConfigFile(opts.cwd);
  const file = opts.configPath ? resolve(opts.cwd, opts.configPath) : found!.path ?? found!.skippedScript;
  if (!file) {
    const target = join(opts.cwd, NEW_CONFIG_FILE);
    const header = lang === 'en'
      ? '# jiaxiao-lint configuration, created by `jiaxiao-lint holidays import`. See .compliancerc.example for every key.\n'
      : '# jiaxiao-lint 配置，由 jiaxiao-lint holidays import 生成；全部配置项见 .compliancerc.example。\n';
    const text = spliceYaml(header, year, value) ?? editYaml(header, year, value, target);
    validateConfig(readAsLoader(text, 'yaml'), target);
    try {
      writeFileSync(target, text, { flag: 'wx' });
    } catch (e) {
      throw new ConfigError(`无法写入配置文件 ${target}：${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
    }
    return { file: target, created: true, replaced: false };
  }
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new ConfigError(`找不到配置文件 ${file}（${(e as NodeJS.ErrnoException).code}）`);
  }
  const bom = text.startsWith('\uFEFF') ? '\uFEFF' : '';
  const body = text.slice(bom.length);
  const format = formatOf(file, body);
  let old: unknown;
  try {
    old = readAsLoader(body, format);
  } catch (e) {
    throw new ConfigError(`配置文件 ${file} 无法解析：${(e as Error).message.split('\n')[0]}`);
  }
  const expected = withYear(old, format, year, value, file);
  const configOf = (root: Record<string, any>) => (format === 'package.json' ? root.compliance : root);
  const replaced = configOf((old ?? {}) as Record<string, any>)?.time?.extraYears?.[year] !== undefined;

  const next =
    format === 'yaml'
      ? yamlWithYear(body, format, year, value, expected, file)
      : JSON.stringify(expected, null, jsonIndent(body)) + (body.endsWith('\n') ? '\n' : '');
  // Read back as the loader will: it must mean exactly the old config plus this year.
  if (!isDeepStrictEqual(readAsLoader(next, format), expected)) {
    throw new ConfigError(`无法在不改动其他内容的情况下写入 ${file}，未写入任何内容；请用 --print 打印后手动加入（could not write ${file} without changing anything else: nothing written; use --print）`);
  }
  validateConfig(configOf(expected), file);
  atomicWrite(file, bom + next);
  return { file, created: false, replaced };
}
