// `jiaxiao-lint holidays import <file|->`: reads the State Council's notice, shows what it understood,
// and writes the year into the config's time.extraYears (or prints it with --print).
// `jiaxiao-lint holidays list [year]`: the year's holidays and make-up workdays, and where they came from.
import type { Command } from 'commander';
import { loadConfig } from '../config/load';
import type { Lang } from '../core/types';
import type * as Calendar from '../time/calendar';
import type * as Notice from '../time/notice';
import type * as SendTime from '../time/sendTime';
import type { ExtraYear } from '../time/types';
import { writeExtraYear } from './configWrite';
import { readTextFile } from './files';
import { readStdin } from './inputs';


/** Registers `holidays import` and `holidays list`; `done` receives the exit code. */
export function registerHolidaysCommand(program: Command, lang0: Lang, done: (code: number) => void): void {
  const en = lang0 === 'en';
  const holidays = program
    .command('holidays')
    .description(en ? 'statutory holidays: import the State Council notice, list a year' : '法定节假日：导入国务院放假通知、查看某年安排');
  holidays
    .command('import <file>')
    .description(en ? 'read the State Council holiday notice (a file, or - for stdin) into time.extraYears' : '读取国务院部分节假日安排通知（文件，或 - 表示标准输入），写入配置 time.extraYears')
    .option('--print', en ? 'print the year instead of writing the config' : '只打印，不写入配置文件')
    .option('--json', en ? 'with --print: JSON (for data/holidays-extra.json) instead of YAML' : '与 --print 一起：输出 JSON（可放入 data/holidays-extra.json）而非 YAML')
    .option('-c, --config <path>', en ? 'write into this configuration file' : '写入指定的配置文件')
    .option('--lang <lang>', 'zh | en')
    .action(async (file: string, flags: { print?: boolean; json?: boolean; config?: string }) => {
      done(await importCommand(file, flags, lang0));
    });
  holidays
    .command('list [year]')
    .description(en ? "a year's holidays and make-up workdays (default: this year), and where the data came from" : '某年（默认今年）的法定节假日、调休上班日及数据来源')
    .option('-c, --config <path>')
    .option('--lang <lang>', 'zh | en')
    .action((year: string | undefined, flags: { config?: string }) => {
      done(listCommand(year, flags.config, lang0));
    });
}

// ---- printing dates ----

function monthDay(date: string, lang: Lang, withWeekday = true): string {
  const { weekdayOf, parseYmd } = require('../time/calendar') as typeof Calendar;
  const { ZH_WEEKDAY, EN_WEEKDAY, EN_MONTH } = require('../time/sendTime') as typeof SendTime;
  const { month, day } = parseYmd(date);
  const wd = weekdayOf(date);
  if (lang === 'en') return `${day} ${EN_MONTH[month - 1]}${withWeekday ? ` (${EN_WEEKDAY[wd].slice(0, 3)})` : ''}`;
  return `${month}月${day}日${withWeekday ? `（周${ZH_WEEKDAY[wd]}）` : ''}`;
}

/** Sorted dates as runs of consecutive days: “2月15日（周日）至2月23日（周一）、2月28日（周六）”. */
function dateRuns(dates: string[], lang: Lang): string {
  const { addDays } = require('../time/calendar') as typeof Calendar;
  const sorted = [...dates].sort();
  const runs: Array<[string, string]> = [];
  for (const d of sorted) {
    const last = runs[runs.length - 1];
    if (last && addDays(last[1], 1) === d) last[1] = d;
    else runs.push([d, d]);
  }
  const to = lang === 'en' ? ' to ' : '至';
  return runs.map(([a, b]) => (a === b ? monthDay(a, lang) : `${monthDay(a, lang)}${to}${monthDay(b, lang)}`)).join(lang === 'en' ? ', ' : '、');
}

function daysCount(n: number, lang: Lang): string {
  return lang === 'en' ? `${n} day${n === 1 ? '' : 's'}` : `共 ${n} 天`;
}

// ---- import ----

async function readNotice(file: string): Promise<{ text: string; name: string } | { error: string }> {
  if (file === '-') {
    if (process.stdin.isTTY) process.stderr.write('请粘贴通知全文，完成后按 Ctrl+D（Paste the notice, then press Ctrl+D）\n');
    const input = await readStdin('<stdin>');
    return input.text !== undefined ? { text: input.text, name: '<stdin>' } : { error: `<stdin>: ${input.error}` };
  }
  const read = await readTextFile(file);
  return 'text' in read ? { text: read.text, name: file } : { error: `${file}: ${read.error}` };
}

async function importCommand(file: string, flags: { print?: boolean; json?: boolean; config?: string }, lang: Lang): Promise<number> {
  const en = lang === 'en';
  const { parseNotice, toExtraYear } = require('../time/notice') as typeof Notice;
  const { isCoveredYear, CHINESE_DAYS_VERSION } = require('../time/calendar') as typeof Calendar;
  const err = (s: string) => process.stderr.write(`jiaxiao-lint: ${s}\n`);

  const input = await readNotice(file);
  if ('error' in input) {
    err(input.error);
    return 2;
  }
  if (!input.text.trim()) {
    err(en ? `${input.name}: the notice text is empty; nothing written.` : `${input.name}：通知文本为空，未写入任何内容。`);
    return 2;
  }
  const notice = parseNotice(input.text);
  if (notice.problems.length) {
    for (const p of notice.problems) {
      const where = p.line ? (en ? `${input.name} line ${p.line}` : `${input.name} 第 ${p.line} 行`) : input.name;
      err(`${where}: ${en ? p.en : p.zh}`);
    }
    err(en ? 'The notice was not understood: nothing written.' : '通知未能完整读懂，未写入任何内容。');
    return 2;
  }
  const year = String(notice.year);
  const extra = toExtraYear(notice.items);

  // What was understood goes to stdout, or to stderr when stdout carries the data (--print).
  const say = (s: string) => (flags.print ? process.stderr : process.stdout).write(s + '\n');
  say(en ? `Read the ${year} arrangement from ${input.name}:` : `从 ${input.name} 读到 ${year} 年的放假安排：`);
  for (const item of notice.items) {
    say(`  ${item.heading}${en ? ': ' : '：'}${dateRuns(item.days, lang)}${en ? ', ' : '，'}${daysCount(item.days.length, lang)}`);
    if (item.workdays.length) say(`      ${en ? 'make-up workdays (调休): ' : '调休上班：'}${dateRuns(item.workdays, lang)}`);
  }
  const workdays = notice.items.reduce((n, i) => n + i.workdays.length, 0);
  say(en
    ? `Checked: all ${notice.weekdaysChecked} weekdays given match their dates; all ${workdays} make-up workdays fall on a weekend.`
    : `核对：文中 ${notice.weekdaysChecked} 处星期几均与日期相符；${workdays} 个调休上班日均在周末。`);
  if (isCoveredYear(Number(year))) {
    say(en
      ? `Note: chinese-days ${CHINESE_DAYS_VERSION} already has ${year}; its data is used for that year, the imported data only where it lacks a year.`
      : `注意：chinese-days ${CHINESE_DAYS_VERSION} 已收录 ${year} 年，该年仍以其数据为准，导入的数据只在缺少该年时使用。`);
  }

  if (flags.print) {
    process.stdout.write(flags.json ? JSON.stringify({ [year]: extra }, null, 2) + '\n' : yamlFragment(year, extra));
    return 0;
  }
  const result = writeExtraYear({ cwd: process.cwd(), configPath: flags.config }, year, extra, lang);
  const what = result.created ? (en ? 'Created' : '已新建') : result.replaced ? (en ? 'Replaced' : '已替换') : en ? 'Added' : '已写入';
  say(en ? `${what} time.extraYears."${year}" in ${result.file}` : `${what} ${result.file} 中的 time.extraYears."${year}"`);
  return 0;
}

/** The year as it goes under time: extraYears: in a YAML config. */
function yamlFragment(year: string, extra: ExtraYear): string {
  const list = (days: string[]) => `[${days.map((d) => `"${d}"`).join(', ')}]`;
  const lines = ['time:', '  extraYears:', `    "${year}":`, '      holidays:'];
  for (const [name, days] of Object.entries(extra.holidays)) lines.push(`        ${name}: ${list(days)}`);
  const workdays = Array.isArray(extra.workdays) ? { '': extra.workdays } : extra.workdays;
  if (Object.keys(workdays).length === 0) lines.push('      workdays: {}');
  else {
    lines.push('      workdays:');
    for (const [name, days] of Object.entries(workdays)) lines.push(`        ${name || '"未注明"'}: ${list(days)}`);
  }
  return lines.join('\n') + '\n';
}

// ---- list ----

function listCommand(yearArg: string | undefined, configPath: string | undefined, lang: Lang): number {
  const en = lang === 'en';
  const { statutoryYear, localDate } = require('../time/calendar') as typeof Calendar;
  const { describeSource } = require('../time/sendTime') as typeof SendTime;
  const out = (s: string) => process.stdout.write(s + '\n');
  if (yearArg !== undefined && !/^\d{4}$/.test(yearArg)) {
    process.stderr.write(`jiaxiao-lint: ${en ? `the year should be four digits, such as 2027: ${yearArg}` : `年份应为四位数字，如 2027：${yearArg}`}\n`);
    return 2;
  }
  const { config, filepath } = loadConfig({ cwd: process.cwd(), configPath });
  const year = Number(yearArg ?? localDate(new Date(), config.time.timeZone).slice(0, 4));
  const data = statutoryYear(year, config.time);

  if (!data) {
    out(en ? `${year}: no statutory holiday data yet; every day is judged by weekends only.` : `${year} 年：法定节假日安排尚未收录，仅按周末判断。`);
    out(en
      ? 'When the State Council publishes it, run: jiaxiao-lint holidays import <notice.txt>'
      : '国务院公布后运行：jiaxiao-lint holidays import <通知.txt>');
  } else {
    const source = describeSource(data.source, lang) + (data.source.kind === 'config' && filepath ? (en ? `, ${filepath}` : `，${filepath}`) : '');
    out(en ? `${year} statutory holidays (source: ${source})` : `${year} 年法定节假日（来源：${source}）`);
    const byFirstDay = Object.entries(data.holidays).sort((a, b) => (a[1][0] < b[1][0] ? -1 : 1));
    for (const [name, days] of byFirstDay) {
      out(`  ${name}${en ? ': ' : '：'}${dateRuns(days, lang)}${en ? ', ' : '，'}${daysCount(days.length, lang)}`);
      const work = data.workdays[name];
      if (work?.length) out(`      ${en ? 'make-up workdays (调休): ' : '调休上班：'}${dateRuns(work, lang)}`);
    }
    const unnamed = data.workdays[''];
    if (unnamed?.length) out(`  ${en ? 'make-up workdays (调休): ' : '调休上班：'}${dateRuns(unnamed, lang)}`);
  }

  // Which years the tool knows at all, and from where.
  const { COVERED_YEARS, effectiveExtraYears } = require('../time/calendar') as typeof Calendar;
  const extraYears = Object.keys(effectiveExtraYears(config.time)).filter((y) => !COVERED_YEARS.includes(Number(y)));
  const packageYears = `chinese-days ${COVERED_YEARS[0]}–${COVERED_YEARS[COVERED_YEARS.length - 1]}`;
  out(en
    ? `Years known: ${packageYears}${extraYears.length ? `; added: ${extraYears.join(', ')}` : ''}`
    : `已收录的年份：${packageYears}${extraYears.length ? `；另行补充：${extraYears.join('、')}` : ''}`);

  // The school's own calendar for that year: config lists and the .ics file.
  const inYear = (from: string, to: string) => from <= `${year}-12-31` && to >= `${year}-01-01`;
  const vacations = config.time.vacations.filter((v) => inYear(v.from, v.to));
  const daysOff = config.time.daysOff.filter((d) => d.startsWith(`${year}-`));
  if (vacations.length || daysOff.length) {
    out(en ? 'School calendar:' : '学校校历：');
    for (const v of vacations) {
      const where = v.source ?? (en ? 'time.vacations' : '配置 time.vacations');
      const span = v.from === v.to ? monthDay(v.from, lang) : `${monthDay(v.from, lang)}${en ? ' to ' : '至'}${monthDay(v.to, lang)}`;
      out(`  ${v.name}${en ? ': ' : '：'}${span}（${where}）`);
    }
    if (daysOff.length) out(`  ${en ? 'days off' : '休息日'}${en ? ': ' : '：'}${dateRuns(daysOff, lang)}（${en ? 'time.daysOff' : '配置 time.daysOff'}）`);
  }
  return 0;
}
