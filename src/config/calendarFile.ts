// time.calendarFile: reads the school's .ics (path relative to the config file) and adds its rest
// days to time.vacations. Every problem is a ConfigError naming the key and both files.
import { readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import type { ResolvedConfig } from '../core/options';
import type * as Ics from '../time/ics';
import { ConfigError } from './load';

export function withCalendarFile(config: ResolvedConfig, baseDir: string, configFile: string): ResolvedConfig {
  const name = config.time.calendarFile;
  if (name === undefined) return config;
  const path = resolve(baseDir, name);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(path));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? '找不到文件' : code ? `无法读取（${code}）` : '不是有效的 UTF-8 编码';
    throw new ConfigError(`配置文件 ${configFile}：“time.calendarFile” ${path} ${why}`);
  }
  const { restDaysFromIcs } = require('../time/ics') as typeof Ics;
  let vacations;
  try {
    vacations = restDaysFromIcs(text, config.time.calendarRestNames, basename(path));
  } catch (e) {
    throw new ConfigError(`配置文件 ${configFile}：“time.calendarFile” ${path} 不是有效的 iCalendar 文件：${(e as Error).message.split('\n')[0]}`);
  }
  return { ...config, time: { ...config.time, calendarFile: path, vacations: [...config.time.vacations, ...vacations] } };
}
