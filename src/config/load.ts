// Finds, reads and validates the user's configuration (module name "compliance") and merges it over
// the defaults. Every problem is a ConfigError naming the key and the file.
//
// Linting a repository never runs its code: the search finds only data files (JSON, YAML,
// package.json's "compliance" key). A JavaScript config runs only when the user names it with
// --config. (cosmiconfig is not used: it executes .js/.cjs files and its own .config/ meta config.)
import { existsSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type * as JsYaml from 'js-yaml';
import { DEFAULT_CONFIG, ResolvedConfig } from '../core/options';
import { CLAUSES } from '../core/types';
import { DEFAULT_TIME } from '../time/types';
import type * as CalendarFile from './calendarFile';
import { MAX_VALUES, readRegularFile, withinValueLimit } from './safeRead';

export class ConfigError extends Error {}

/** Where the search looks, in each folder from cwd upwards: data formats only. */
export const SEARCH_PLACES = ['package.json', '.compliancerc', '.compliancerc.json', '.compliancerc.yaml', '.compliancerc.yml'];
/** Configs that are code: never loaded by the search, only by an explicit --config (a note says so). */
export const SCRIPT_CONFIGS = ['.compliancerc.js', '.compliancerc.cjs', '.compliancerc.mjs', 'compliance.config.js', 'compliance.config.cjs', 'compliance.config.mjs'];
const SCRIPT = /\.(?:c?js|mjs)$/i;
/** Keys that would reach an object's prototype: never a configuration key. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

type Check = (value: unknown, key: string) => string | undefined;

const isString: Check = (v) => (typeof v === 'string' ? undefined : '应为字符串');
const isNumber: Check = (v) => (typeof v === 'number' && Number.isFinite(v) && v >= 0 ? undefined : '应为非负数字');
const isStringList: Check = (v) => (Array.isArray(v) && v.every((x) => typeof x === 'string') ? undefined : '应为字符串列表');
// An empty word would match everywhere (and cannot be segmented): refused, naming the list.
const isWordList: Check = (v, k) => isStringList(v, k) ?? ((v as string[]).some((x) => !x.trim()) ? '不能包含空字符串' : undefined);
const oneOf = (...values: unknown[]): Check => (v) => (values.includes(v) ? undefined : `应为 ${values.join(' / ')} 之一`);
/** "HH:MM-HH:MM" within one day, start before end (as src/time/sendTime.ts parseWindow needs). */
const window: Check = (v) => {
  const m = typeof v === 'string' ? /^\s*(\d{1,2}):(\d{2})\s*-\s*(\d{1,2}):(\d{2})\s*$/.exec(v) : null;
  if (!m) return '应为 "HH:MM-HH:MM"，如 "08:00-18:00"';
  const minutes = (h: string, mm: string) => (+mm > 59 || +h > 24 || (+h === 24 && +mm > 0) ? NaN : +h * 60 + +mm);
  const [start, end] = [minutes(m[1], m[2]), minutes(m[3], m[4])];
  if (Number.isNaN(start) || Number.isNaN(end)) return `“${v}” 不是有效的时间（小时 0–24，分钟 0–59）`;
  if (start >= end) return `“${v}” 的开始时间应早于结束时间（时段不能跨越午夜，如 "08:00-18:00"）`;
  return undefined;
};
const date: Check = (v) => {
  if (typeof v !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(v)) return '应为 YYYY-MM-DD 日期';
  // A day that does not exist (2026-02-30) would silently match nothing.
  const day = new Date(`${v}T00:00:00Z`);
  return !Number.isNaN(day.getTime()) && day.toISOString().startsWith(v) ? undefined : `${v} 不是存在的日期`;
};
const nullable = (c: Check): Check => (v, k) => (v === null ? undefined : c(v, k));
const listOf = (c: Check): Check => (v, k) => (Array.isArray(v) ? v.map((x, i) => c(x, `${k}[${i}]`)).find(Boolean) : '应为列表');
const recordOf = (c: Check, keyCheck?: (k: string) => string | undefined): Check => (v, k) => {
  if (!v || typeof v !== 'object' || Array.isArray(v)) return '应为对象';
  for (const [key, value] of Object.entries(v)) {
    if (FORBIDDEN_KEYS.has(key)) return `不允许的键名 “${key}”`;
    const bad = keyCheck?.(key) ?? c(value, `${k}.${key}`);
    if (bad) return `${key}: ${bad}`;
  }
  return undefined;
};
const timeZone: Check = (v) => {
  if (typeof v !== 'string') return '应为 IANA 时区名，如 Asia/Shanghai';
  try {
    new Intl.DateTimeFormat('en', { timeZone: v });
    return undefined;
  } catch {
    return `未知时区 ${v}`;
  }
};

/** The configuration's shape: every key a user may write, and how it is checked. */
const SCHEMA: Record<string, Check | Record<string, Check>> = {
  lang: oneOf('zh', 'en'),
  rules: recordOf(oneOf('off', 'warn', 'error', 0, 1, 2)),
  dictionaries: isStringList,
  words: recordOf(isWordList, (k) => ((CLAUSES as readonly string[]).includes(k) ? undefined : `未知条款 ${k}（应为 ${CLAUSES.join('/')}）`)),
  allow: { words: isWordList, phones: isStringList, hosts: isStringList, approvals: isStringList },
  emoji: { maxRun: isNumber, maxTotal: isNumber, shortLength: isNumber, maxInMessage: isNumber },
  time: {
    timeZone,
    workingHours: window,
    weekdayHours: recordOf((v) => (v === 'off' ? undefined : window(v, '')), (k) => (/^(mon|tue|wed|thu|fri|sat|sun)$/.test(k) ? undefined : `未知星期 ${k}（应为 mon…sun）`)),
    lunchBreak: nullable(window),
    vacations: listOf((v) => {
      const o = v as Record<string, unknown>;
      if (!o || typeof o !== 'object') return '应为 { name, from, to }';
      const bad = isString(o.name, 'name') ?? date(o.from, 'from') ?? date(o.to, 'to');
      return bad ?? ((o.from as string) > (o.to as string) ? `${o.name} 的开始日期 ${o.from} 晚于结束日期 ${o.to}` : undefined);
    }),
    daysOff: listOf(date),
    extraYears: recordOf((v) => {
      const o = v as Record<string, unknown>;
      if (!o || typeof o !== 'object') return '应为 { holidays, workdays }';
      // workdays: a plain list, or by holiday name like holidays (as `holidays import` writes them).
      const workdays = Array.isArray(o.workdays ?? []) ? listOf(date) : recordOf(listOf(date));
      return recordOf(listOf(date))(o.holidays ?? {}, 'holidays') ?? workdays(o.workdays ?? [], 'workdays');
    }, (k) => (/^\d{4}$/.test(k) ? undefined : `年份 ${k} 应为四位数字`)),
    calendarFile: isString,
    calendarRestNames: isStringList,
  },
};

/** Checks a parsed configuration object; throws a ConfigError naming the first bad key and the file. */
export function validateConfig(raw: unknown, file: string): void {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) throw new ConfigError(`配置文件 ${file} 应为一个对象`);
  for (const [key, value] of Object.entries(raw)) {
    if (FORBIDDEN_KEYS.has(key)) throw new ConfigError(`配置文件 ${file}：不允许的配置项 “${key}”`);
    const check = Object.hasOwn(SCHEMA, key) ? SCHEMA[key] : undefined;
    // A key left empty in YAML (`rules:` with only comments under it) means "nothing set".
    if (value === null && check) continue;
    if (!check) throw new ConfigError(`配置文件 ${file}：未知的配置项 “${key}”（可用：${Object.keys(SCHEMA).join('、')}）`);
    if (typeof check === 'function') {
      const bad = check(value, key);
      if (bad) throw new ConfigError(`配置文件 ${file}：“${key}” ${bad}`);
      continue;
    }
    if (!value || typeof value !== 'object' || Array.isArray(value)) throw new ConfigError(`配置文件 ${file}：“${key}” 应为对象`);
    for (const [sub, subValue] of Object.entries(value)) {
      const subCheck = Object.hasOwn(check, sub) ? check[sub] : undefined;
      if (!subCheck) throw new ConfigError(`配置文件 ${file}：未知的配置项 “${key}.${sub}”（可用：${Object.keys(check).join('、')}）`);
      const bad = subCheck(subValue, `${key}.${sub}`);
      if (bad) throw new ConfigError(`配置文件 ${file}：“${key}.${sub}” ${bad}`);
    }
  }
}

export interface LoadedConfig {
  config: ResolvedConfig;
  /** The file it came from, if any. */
  filepath?: string;
  /** A JavaScript config the search passed over (it would run code): the CLI says so. */
  skippedScript?: string;
}

/**
 * The search, from cwd upwards, stopping at the nearest folder with a package.json (as cosmiconfig's
 * 'project' strategy): the first data config found, and the first script config passed over on the way.
 */
export function findConfigFile(cwd: string): { path?: string; skippedScript?: string } {
  let skippedScript: string | undefined;
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    for (const name of SEARCH_PLACES) {
      const path = join(dir, name);
      if (!existsSync(path)) continue;
      // A package.json counts when it has a "compliance" key; a broken one is reported by readConfigFile.
      if (name !== 'package.json' || readConfigFile(path) !== undefined) return { path, skippedScript };
    }
    // A script config beside a data config was never the one used: only one standing alone is worth a note.
    skippedScript ??= SCRIPT_CONFIGS.map((name) => join(dir, name)).find((p) => existsSync(p));
    if (existsSync(join(dir, 'package.json')) || dirname(dir) === dir) return { skippedScript };
  }
}

/** Finds the configuration from cwd upwards, or reads the one named by --config (the only way a .js config runs). */
export function loadConfig(opts: { cwd: string; configPath?: string }): LoadedConfig {
  const { path: where, skippedScript } = opts.configPath !== undefined ? { path: resolve(opts.cwd, opts.configPath), skippedScript: undefined } : findConfigFile(opts.cwd);
  if (!where) return { config: DEFAULT_CONFIG, skippedScript };
  if (!existsSync(where)) throw new ConfigError(`找不到配置文件 ${opts.configPath ?? where}`);
  const raw = readConfigFile(where);
  if (raw === undefined || raw === null) return { config: DEFAULT_CONFIG, filepath: where, skippedScript };
  if (!withinValueLimit(raw)) throw new ConfigError(`配置文件 ${where} 展开后的值超过 ${MAX_VALUES} 个（YAML 别名 * 过多？）`);
  validateConfig(raw, where);
  let config = mergeConfig(raw as Record<string, unknown>, dirname(where));
  // The school's .ics (and ical.js) load only when the config names one.
  if (config.time.calendarFile !== undefined) {
    config = (require('./calendarFile') as typeof CalendarFile).withCalendarFile(config, dirname(where), where);
  }
  return { config, filepath: where, skippedScript };
}

/**
 * The configuration object in a file: package.json's "compliance" key, JSON, YAML (also `.compliancerc`
 * and any other name), or, for a .js/.cjs file, what it exports. Parse errors say where, never quote the file.
 */
function readConfigFile(file: string): unknown {
  if (SCRIPT.test(file)) return runScriptConfig(file);
  let text: string;
  try {
    // /dev/zero, a FIFO or a huge file would hang the run: only a regular file under the size cap is read.
    text = readRegularFile(file).replace(/^\uFEFF/, '');
  } catch (e) {
    throw new ConfigError(`无法读取配置文件 ${file}：${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  const name = basename(file);
  if (/\.json$/i.test(name)) {
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (e) {
      // V8's message goes on to quote the text around the error (a secret, maybe): only its first part is kept.
      const message = (e as Error).message;
      const at = /position (\d+)/.exec(message);
      throw new ConfigError(`配置文件 ${file} 无法解析：不是有效的 JSON（${at ? lineColumn(text, +at[1]) : message.split(/, "|\n/)[0]}）`);
    }
    return name === 'package.json' ? (data as { compliance?: unknown } | null)?.compliance : data;
  }
  const yaml = require('js-yaml') as typeof JsYaml; // loaded only for a YAML config: start-up time otherwise
  try {
    // CORE_SCHEMA: an unquoted 2026-07-01 stays the string a date check expects (not a Date).
    return yaml.load(text, { schema: yaml.CORE_SCHEMA, filename: file });
  } catch (e) {
    const err = e as JsYaml.YAMLException;
    const where = err.mark ? `第 ${err.mark.line + 1} 行第 ${err.mark.column + 1} 列` : '';
    throw new ConfigError(`配置文件 ${file} 无法解析：YAML 错误 ${err.reason ?? ''}${where ? `（${where}）` : ''}`);
  }
}

/** Runs a JavaScript config the user named with --config (CommonJS; an ES module is refused with a message). */
function runScriptConfig(file: string): unknown {
  if (/\.mjs$/i.test(file)) throw new ConfigError(`配置文件 ${file}：不支持 ES 模块配置，请改用 .cjs、JSON 或 YAML`);
  try {
    const exported = require(file);
    return exported && typeof exported === 'object' && 'default' in exported ? exported.default : exported;
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    if (err.code === 'ERR_REQUIRE_ESM') throw new ConfigError(`配置文件 ${file}：不支持 ES 模块配置，请改用 .cjs、JSON 或 YAML`);
    throw new ConfigError(`配置文件 ${file} 运行出错：${err.message.split('\n')[0]}`);
  }
}

function lineColumn(text: string, offset: number): string {
  const before = text.slice(0, offset).split(/\r\n|\r|\n/);
  return `第 ${before.length} 行第 ${before[before.length - 1].length + 1} 列`;
}

/** Defaults, overlaid by the user's values; dictionary paths resolved against the config file. */
export function mergeConfig(user: Partial<Record<string, any>>, baseDir: string): ResolvedConfig {
  for (const key of Object.keys(user)) if (user[key] === null) delete user[key];
  return {
    lang: user.lang ?? DEFAULT_CONFIG.lang,
    rules: { ...DEFAULT_CONFIG.rules, ...user.rules },
    dictionaries: (user.dictionaries ?? []).map((p: string) => resolve(baseDir, p)),
    words: { ...user.words },
    allow: { ...DEFAULT_CONFIG.allow, ...user.allow },
    emoji: { ...DEFAULT_CONFIG.emoji, ...user.emoji },
    time: { ...DEFAULT_TIME, ...user.time },
  };
}
