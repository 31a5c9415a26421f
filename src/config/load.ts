// Finds, reads and validates the user's configuration (cosmiconfig, module name "compliance") and
// merges it over the defaults. Every problem is a ConfigError naming the key and the file.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { cosmiconfigSync as CosmiconfigSync } from 'cosmiconfig';
import { DEFAULT_CONFIG, ResolvedConfig } from '../core/options';
import { CLAUSES } from '../core/types';
import { DEFAULT_TIME } from '../time/types';
import type * as CalendarFile from './calendarFile';
import { MAX_VALUES, readRegularFile, unsafeFileReason, withinValueLimit } from './safeRead';

export class ConfigError extends Error {}

export const SEARCH_PLACES = [
  'package.json',
  '.compliancerc',
  '.compliancerc.json',
  '.compliancerc.yaml',
  '.compliancerc.yml',
  '.compliancerc.js',
  '.compliancerc.cjs',
  'compliance.config.js',
  'compliance.config.cjs',
];

type Check = (value: unknown, key: string) => string | undefined;

const isString: Check = (v) => (typeof v === 'string' ? undefined : '应为字符串');
const isNumber: Check = (v) => (typeof v === 'number' && Number.isFinite(v) && v >= 0 ? undefined : '应为非负数字');
const isStringList: Check = (v) => (Array.isArray(v) && v.every((x) => typeof x === 'string') ? undefined : '应为字符串列表');
const oneOf = (...values: unknown[]): Check => (v) => (values.includes(v) ? undefined : `应为 ${values.join(' / ')} 之一`);
const window: Check = (v) => (typeof v === 'string' && /^\d{1,2}:\d{2}\s*-\s*\d{1,2}:\d{2}$/.test(v) ? undefined : '应为 "HH:MM-HH:MM"，如 "08:00-18:00"');
const date: Check = (v) => (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) ? undefined : '应为 YYYY-MM-DD 日期');
const nullable = (c: Check): Check => (v, k) => (v === null ? undefined : c(v, k));
const listOf = (c: Check): Check => (v, k) => (Array.isArray(v) ? v.map((x, i) => c(x, `${k}[${i}]`)).find(Boolean) : '应为列表');
const recordOf = (c: Check, keyCheck?: (k: string) => string | undefined): Check => (v, k) => {
  if (!v || typeof v !== 'object' || Array.isArray(v)) return '应为对象';
  for (const [key, value] of Object.entries(v)) {
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
  words: recordOf(isStringList, (k) => ((CLAUSES as readonly string[]).includes(k) ? undefined : `未知条款 ${k}（应为 ${CLAUSES.join('/')}）`)),
  allow: { words: isStringList, phones: isStringList, hosts: isStringList, approvals: isStringList },
  emoji: { maxRun: isNumber, maxTotal: isNumber, shortLength: isNumber },
  time: {
    timeZone,
    workingHours: window,
    weekdayHours: recordOf((v) => (v === 'off' ? undefined : window(v, '')), (k) => (/^(mon|tue|wed|thu|fri|sat|sun)$/.test(k) ? undefined : `未知星期 ${k}（应为 mon…sun）`)),
    lunchBreak: nullable(window),
    vacations: listOf((v) => {
      const o = v as Record<string, unknown>;
      if (!o || typeof o !== 'object') return '应为 { name, from, to }';
      return isString(o.name, 'name') ?? date(o.from, 'from') ?? date(o.to, 'to');
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
    const check = SCHEMA[key];
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
      const subCheck = check[sub];
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
}

/**
 * The file cosmiconfig would find, by its own rule ('project': from cwd upwards, stopping at the
 * nearest folder with a package.json). Looking first with existsSync spares the common run without
 * a config the ~35 ms of loading cosmiconfig and its parsers.
 */
export function findConfigFile(cwd: string): string | undefined {
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    for (const name of SEARCH_PLACES) {
      const path = join(dir, name);
      if (!existsSync(path)) continue;
      if (name !== 'package.json') return path;
      try {
        if (JSON.parse(readRegularFile(path)).compliance !== undefined) return path;
      } catch {
        return path; // let cosmiconfig report the broken package.json
      }
    }
    if (existsSync(join(dir, 'package.json')) || dirname(dir) === dir) return undefined;
  }
}

/** Finds the configuration from cwd upwards, or reads the one named by --config. */
export function loadConfig(opts: { cwd: string; configPath?: string }): LoadedConfig {
  const where = opts.configPath ? resolve(opts.cwd, opts.configPath) : findConfigFile(opts.cwd);
  if (!where) return { config: DEFAULT_CONFIG };
  if (opts.configPath && !existsSync(where)) throw new ConfigError(`找不到配置文件 ${opts.configPath}`);
  // /dev/zero, a FIFO or a huge file would hang the run: refuse it before anything reads it.
  const unsafe = unsafeFileReason(where);
  if (unsafe) throw new ConfigError(`配置文件 ${where} ${unsafe}`);
  const { cosmiconfigSync } = require('cosmiconfig') as { cosmiconfigSync: typeof CosmiconfigSync };
  const explorer = cosmiconfigSync('compliance', { searchPlaces: SEARCH_PLACES });
  let result;
  try {
    result = explorer.load(where);
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    if (err.code === 'ENOENT') throw new ConfigError(`找不到配置文件 ${where}`);
    const file = (err as { filepath?: string }).filepath ?? where;
    // cosmiconfig's message is "JSON Error in FILE:", a code frame, then the reason: keep the reason.
    const reason = err.message
      .split('\n')
      .map((l) => l.trim())
      .find((l) => l && !/^(?:JSON|YAML) Error in|^>|^\d*\s*\||^\^/.test(l)) ?? err.message.split('\n')[0];
    throw new ConfigError(`配置文件 ${file} 无法解析：${reason}`);
  }
  if (!result || result.isEmpty) return { config: DEFAULT_CONFIG, filepath: result?.filepath };
  if (!withinValueLimit(result.config)) throw new ConfigError(`配置文件 ${result.filepath} 展开后的值超过 ${MAX_VALUES} 个（YAML 别名 * 过多？）`);
  validateConfig(result.config, result.filepath);
  let config = mergeConfig(result.config, dirname(result.filepath));
  // The school's .ics (and ical.js) load only when the config names one.
  if (config.time.calendarFile !== undefined) {
    config = (require('./calendarFile') as typeof CalendarFile).withCalendarFile(config, dirname(result.filepath), result.filepath);
  }
  return { config, filepath: result.filepath };
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
