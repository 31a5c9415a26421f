// Reads the State Council's yearly notice (国务院办公厅关于20XX年部分节假日安排的通知) as it is
// published, and turns it into an ExtraYear for time.extraYears. Pure: text in, data or problems out.
//
// The notice has one fixed form; what varies between years and reprints is handled here:
//   一、元旦：1月1日（周四）至3日（周六）放假调休，共3天。1月4日（周日）上班。
//   二、春节：2月15日（农历腊月二十八、周日）至23日（农历正月初七、周一）放假调休，共9天。…
//   一、元旦：1月1日放假，1月2日（星期一）补休。            (补休: a rest day in lieu)
//   二、春节：1月27日至2月2日放假调休，共7天。…              (a range across months)
//   四、劳动节：5月1日放假，与周末连休。
//   六、中秋节、国庆节：10月1日至8日放假调休，共8天。9月30日（星期六）上班。
//   一、元旦：1月1日（周三）放假1天，不调休。
// Full-width or half-width punctuation, 周四 or 星期四, spaces, traditional characters of the words
// that matter, and several items pasted onto one line are all accepted. Every claim the text makes
// is checked: each weekday against its date, each 调休 workday falls on a weekend, “共N天” against
// the days counted, no day both rest and work. Anything not understood is a problem naming its line.

import { addDays, formatYmd, parseYmd, weekdayOf } from './calendar';
import { EN_MONTH, EN_WEEKDAY, ZH_WEEKDAY } from './sendTime';
import type { ExtraYear, Weekday } from './types';

export interface NoticeProblem {
  /** 1-based line of the input; 0 when it concerns the whole text. */
  line: number;
  zh: string;
  en: string;
}

export interface NoticeDate {
  date: string; // YYYY-MM-DD
  /** The weekday the text gives for it, if any. */
  claimed?: Weekday;
  /** The lunar-calendar note in its brackets (农历腊月二十八), if any. */
  lunar?: string;
}

export interface NoticeItem {
  /** Canonical names as the calendar data uses them (清明, 端午, 中秋, 国庆节…). */
  names: string[];
  /** The heading as written (中秋节、国庆节). */
  heading: string;
  line: number;
  /** Rest days, in date order (放假, 放假调休, 补休). */
  days: string[];
  /** Make-up working days (上班), in date order. */
  workdays: string[];
  /** “共N天” when the text says it. */
  total?: number;
}

export interface ParsedNotice {
  year?: number;
  items: NoticeItem[];
  problems: NoticeProblem[];
  /** How many weekdays the text gives (each checked against its date). */
  weekdaysChecked: number;
}

/** The holiday names a notice uses, longest spelling first, mapped to the calendar's names. */
const HOLIDAY_NAMES: Array<[RegExp, string]> = [
  [/^元旦$/, '元旦'],
  [/^春节$/, '春节'],
  [/^清明节?$/, '清明'],
  [/^(?:国际|五一)?劳动节$/, '劳动节'],
  [/^端午节?$/, '端午'],
  [/^中秋节?$/, '中秋'],
  [/^国庆节?$/, '国庆节'],
];
const NAME = '(?:元旦|春节|清明节?|(?:国际|五一)?劳动节|端午节?|中秋节?|国庆节?)';
/** An item heading: optional numbering (一、 / 1. / （一）), one or more holiday names, a colon. */
const HEAD = new RegExp(`^(?:[一二三四五六七八九十]+、|\\d{1,2}[.、)]|\\([一二三四五六七八九十]+\\))?(${NAME}(?:[、和与及]${NAME})*):(.*)$`);
/** Where a new item starts inside a line (items pasted without line breaks). */
const ITEM_START = new RegExp(`(?=[一二三四五六七八九十]+、${NAME}(?:[、和与及]${NAME})*:)`);
/** A numbered line (一、…) that is not an item we could read is an error, not prose to skip. */
const NUMBERED = /^[一二三四五六七八九十]+、/;

/** Traditional forms of the characters the parser looks for (reprints from Hong Kong and Taiwan sites). */
const TRADITIONAL: Record<string, string> = {
  節: '节', 國: '国', 慶: '庆', 勞: '劳', 動: '动', 調: '调', 農: '农', 曆: '历', 歷: '历',
  臘: '腊', 補: '补', 與: '与', 連: '连', 週: '周', 關: '关', 於: '于', 現: '现', 將: '将',
};

const TRADITIONAL_CHARS = new RegExp(`[${Object.keys(TRADITIONAL).join('')}]`, 'g');

/** Full-width → half-width (NFKC), traditional → simplified for the words that matter, no spaces. */
function normaliseLine(line: string): string {
  return line
    .normalize('NFKC')
    .replace(TRADITIONAL_CHARS, (c) => TRADITIONAL[c])
    .replace(/[\s\u3000]+/g, '');
}

const WEEKDAY_BY_CHAR: Record<string, Weekday> = { 一: 'mon', 二: 'tue', 三: 'wed', 四: 'thu', 五: 'fri', 六: 'sat', 日: 'sun', 天: 'sun' };
/** “2月16日” / “16 Feb” for messages. */
function zhMonthDay(date: string): string {
  const { month, day } = parseYmd(date);
  return `${month}月${day}日`;
}
function enMonthDay(date: string): string {
  const { month, day } = parseYmd(date);
  return `${day} ${EN_MONTH[month - 1]}`;
}

function validDate(year: number, month: number, day: number): string | undefined {
  if (month < 1 || month > 12 || day < 1) return undefined;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= daysInMonth ? formatYmd({ year, month, day }) : undefined;
}

/** The notice's year, from its title (关于2026年部分节假日安排) or its opening (现将2026年元旦…). */
function findYear(lines: string[]): { year?: number; problem?: NoticeProblem } {
  const found = new Map<number, number>(); // year → first line
  lines.forEach((raw, i) => {
    const line = normaliseLine(raw);
    for (const m of line.matchAll(/(?:关于|现将)(\d{4})年(?:部分节假日|元旦|春节)/g)) {
      if (!found.has(Number(m[1]))) found.set(Number(m[1]), i + 1);
    }
  });
  if (found.size === 0) {
    return {
      problem: {
        line: 0,
        zh: '找不到通知所属的年份（应有“关于20XX年部分节假日安排”或“现将20XX年元旦……”）',
        en: 'Cannot find the year of the notice (expected “关于20XX年部分节假日安排” or “现将20XX年元旦…”)',
      },
    };
  }
  if (found.size > 1) {
    const [[a], [b, line]] = [...found];
    return { problem: { line, zh: `通知中出现了两个年份：${a} 年和 ${b} 年`, en: `The notice names two years: ${a} and ${b}` } };
  }
  return { year: [...found.keys()][0] };
}

/** Splits on commas outside brackets. */
function splitClauses(sentence: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < sentence.length; i++) {
    const c = sentence[i];
    if (c === '(') depth++;
    else if (c === ')') depth = Math.max(0, depth - 1);
    else if (c === ',' && depth === 0) {
      out.push(sentence.slice(start, i));
      start = i + 1;
    }
  }
  out.push(sentence.slice(start));
  return out.filter((c) => c !== '');
}

const DATE_AT = /^(?:(\d{4})年)?(?:(\d{1,2})月)?(\d{1,2})日(?:\(([^)]*)\))?/;

class LineError extends Error {
  constructor(readonly zh: string, readonly en: string) {
    super(en);
  }
}

/** Reads the dates at the start of a clause: “2月15日（…）至23日（…）”, “2月14日（周六）、2月28日（周六）”. */
function readDates(clause: string, year: number, state: { month?: number }): { dates: NoticeDate[]; rest: string } {
  const dates: NoticeDate[] = [];
  let rest = clause;
  let rangeFrom: NoticeDate | undefined;
  for (;;) {
    const m = DATE_AT.exec(rest);
    if (!m) break;
    const written = m[0].replace(/\(.*$/, '');
    // “2011年12月29日至31日”: the end of a range without its own month is in the start's year.
    const y = m[1] ? Number(m[1]) : rangeFrom && !m[2] ? parseYmd(rangeFrom.date).year : year;
    if (m[2]) state.month = Number(m[2]);
    if (state.month === undefined) throw new LineError(`“${written}”缺少月份`, `“${written}” has no month`);
    const date = validDate(y, state.month, Number(m[3]));
    if (!date) throw new LineError(`“${written}”不是有效日期`, `“${written}” is not a valid date`);
    const ref: NoticeDate = { date };
    for (const note of (m[4] ?? '').split(/[、,]/).filter(Boolean)) {
      const w = /^(?:周|星期|礼拜)([一二三四五六日天])$/.exec(note);
      if (w) ref.claimed = WEEKDAY_BY_CHAR[w[1]];
      else if (/^农历|^除夕$|^(?:正|腊|冬)月/.test(note)) ref.lunar = note;
      else throw new LineError(`括号中的“${note}”无法识别`, `“${note}” in brackets is not understood`);
    }
    rest = rest.slice(m[0].length);
    if (rangeFrom) {
      if (date <= rangeFrom.date) throw new LineError(`${zhMonthDay(rangeFrom.date)}至${written}：结束日期不晚于开始日期`, `${enMonthDay(rangeFrom.date)} to ${written}: the end is not after the start`);
      if (addDays(rangeFrom.date, 40) < date) throw new LineError(`${zhMonthDay(rangeFrom.date)}至${written}：放假时间超过 40 天`, `${enMonthDay(rangeFrom.date)} to ${written}: longer than 40 days`);
      // Expand the range; only its two ends carry what the text claimed.
      for (let d = addDays(rangeFrom.date, 1); d < date; d = addDays(d, 1)) dates.push({ date: d });
      rangeFrom = undefined;
    }
    dates.push(ref);
    const joiner = /^(至|到|~|-|—|–)|^(、|和|及)/.exec(rest);
    if (!joiner) break;
    if (joiner[1]) {
      if (rangeFrom) break;
      rangeFrom = ref;
    }
    rest = rest.slice(joiner[0].length);
  }
  if (rangeFrom) throw new LineError(`“${clause}”：范围缺少结束日期`, `“${clause}”: a range without its end`);
  return { dates, rest };
}

/** Reads one item's text after the colon into the item. */
function readBody(body: string, item: NoticeItem, year: number): { claims: NoticeDate[]; noMakeUp: boolean } {
  const claims: NoticeDate[] = [];
  let noMakeUp = false;
  const state: { month?: number } = {};
  for (const sentence of body.split(/[。;]|\.(?!\d)/)) {
    for (const clause of splitClauses(sentence)) {
      const { dates, rest } = readDates(clause, year, state);
      claims.push(...dates.filter((d) => d.claimed || d.lunar));
      if (dates.length === 0) {
        const total = /^共(\d+)天$/.exec(rest);
        if (total) item.total = Number(total[1]);
        else if (rest === '不调休') noMakeUp = true;
        else if (!/^与周末连休$|^放假(?:调休)?$/.test(rest)) throw new LineError(`无法识别“${clause}”`, `Cannot read “${clause}”`);
        continue;
      }
      const restDays = /^(?:放假(?:调休|公休)?|(?:调休)?补休)(?:(\d+)天)?$/.exec(rest);
      if (restDays) {
        if (restDays[1] && Number(restDays[1]) !== dates.length) {
          throw new LineError(`“${clause}”写的是 ${restDays[1]} 天，日期却有 ${dates.length} 天`, `“${clause}” says ${restDays[1]} days but gives ${dates.length}`);
        }
        item.days.push(...dates.map((d) => d.date));
      } else if (/^(?:调休)?上班$/.test(rest)) {
        item.workdays.push(...dates.map((d) => d.date));
      } else {
        throw new LineError(`无法识别“${clause}”（应为放假、补休或上班）`, `Cannot read “${clause}” (expected 放假, 补休 or 上班)`);
      }
    }
  }
  return { claims, noMakeUp };
}

/** Parses a notice; the result has problems (each naming its line) or a year and its items. */
export function parseNotice(text: string): ParsedNotice {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const problems: NoticeProblem[] = [];
  const { year, problem } = findYear(lines);
  if (problem) problems.push(problem);
  const items: NoticeItem[] = [];
  let weekdaysChecked = 0;
  if (year === undefined) return { items, problems, weekdaysChecked };

  const recognised = new Set<string>(); // holiday names with an item heading, read or not
  lines.forEach((raw, i) => {
    const lineNo = i + 1;
    for (const segment of normaliseLine(raw).split(ITEM_START)) {
      const head = HEAD.exec(segment);
      if (!head) {
        if (NUMBERED.test(segment) && /\d+月\d+日/.test(segment)) {
          problems.push({ line: lineNo, zh: `无法识别的节日安排“${segment.slice(0, 20)}”`, en: `Cannot read the holiday item “${segment.slice(0, 20)}”` });
        }
        continue;
      }
      const heading = head[1];
      const names = heading.split(/[、和与及]/).map((n) => HOLIDAY_NAMES.find(([re]) => re.test(n))![1]);
      const item: NoticeItem = { names, heading, line: lineNo, days: [], workdays: [] };
      for (const n of names) recognised.add(n);
      try {
        const { claims, noMakeUp } = readBody(head[2], item, year);
        weekdaysChecked += claims.filter((c) => c.claimed).length;
        problems.push(...checkItem(item, claims, noMakeUp));
      } catch (e) {
        if (!(e instanceof LineError)) throw e;
        problems.push({ line: lineNo, zh: `${heading}：${e.zh}`, en: `${heading}: ${e.en}` });
        continue;
      }
      items.push(item);
    }
  });

  problems.push(...checkAnnounced(lines, recognised));
  if (items.length === 0 && problems.length === 0) {
    problems.push({ line: 0, zh: '没有找到任何节日安排（如“一、元旦：1月1日……放假”）', en: 'No holiday items found (such as “一、元旦：1月1日……放假”)' });
  }
  problems.push(...checkAcrossItems(items));
  problems.sort((a, b) => a.line - b.line);
  return { year, items, problems, weekdaysChecked };
}

/** What one item claims, checked against the calendar. */
function checkItem(item: NoticeItem, claims: NoticeDate[], noMakeUp: boolean): NoticeProblem[] {
  const problems: NoticeProblem[] = [];
  const at = (zh: string, en: string) => problems.push({ line: item.line, zh: `${item.heading}：${zh}`, en: `${item.heading}: ${en}` });
  item.days = [...new Set(item.days)].sort();
  item.workdays = [...new Set(item.workdays)].sort();
  for (const c of claims) {
    const actual = weekdayOf(c.date);
    if (c.claimed && c.claimed !== actual) {
      at(`${zhMonthDay(c.date)}是星期${ZH_WEEKDAY[actual]}，不是星期${ZH_WEEKDAY[c.claimed]}`, `${enMonthDay(c.date)} is a ${EN_WEEKDAY[actual]}, not a ${EN_WEEKDAY[c.claimed]}`);
    }
  }
  for (const d of item.workdays) {
    const wd = weekdayOf(d);
    if (wd !== 'sat' && wd !== 'sun') {
      at(`调休上班日${zhMonthDay(d)}是星期${ZH_WEEKDAY[wd]}，不在周末`, `make-up workday ${enMonthDay(d)} is a ${EN_WEEKDAY[wd]}, not a weekend day`);
    }
    if (item.days.includes(d)) at(`${zhMonthDay(d)}既放假又上班`, `${enMonthDay(d)} is both a rest day and a workday`);
  }
  if (item.days.length === 0) at('没有放假日期', 'no rest days given');
  if (item.total !== undefined && item.total !== item.days.length) {
    at(`写的是共 ${item.total} 天，日期却有 ${item.days.length} 天`, `says ${item.total} days in all but the dates give ${item.days.length}`);
  }
  if (noMakeUp && item.workdays.length) at('写了“不调休”却有上班日', 'says 不调休 but lists make-up workdays');
  return problems;
}

/**
 * The opening sentence names every holiday of the notice (现将2026年元旦、春节、…和国庆节放假调休日期…):
 * each must have been read, so that an item in a form the parser skips cannot go missing silently.
 */
function checkAnnounced(lines: string[], read: Set<string>): NoticeProblem[] {
  for (const [i, raw] of lines.entries()) {
    const m = /现将\d{4}年(.+?)放假/.exec(normaliseLine(raw));
    if (!m) continue;
    const announced = m[1].split(/[、和及与]/).map((n) => HOLIDAY_NAMES.find(([re]) => re.test(n))?.[1]).filter((n): n is string => n !== undefined);
    const missing = announced.filter((n) => !read.has(n));
    if (!missing.length) return [];
    return [{
      line: i + 1,
      zh: `开头列出的${missing.join('、')}没有读到安排（其所在行的格式无法识别）`,
      en: `${missing.join(', ')} named in the opening sentence, but no arrangement for it was read (its line is in a form not understood)`,
    }];
  }
  return [];
}

function checkAcrossItems(items: NoticeItem[]): NoticeProblem[] {
  const problems: NoticeProblem[] = [];
  const seenName = new Map<string, NoticeItem>();
  const seenDay = new Map<string, NoticeItem>();
  for (const item of items) {
    for (const name of item.names) {
      const before = seenName.get(name);
      if (before) problems.push({ line: item.line, zh: `${name}重复出现（第 ${before.line} 行已有）`, en: `${name} appears twice (already on line ${before.line})` });
      seenName.set(name, item);
    }
    for (const d of [...item.days, ...item.workdays]) {
      const before = seenDay.get(d);
      if (before) problems.push({ line: item.line, zh: `${zhMonthDay(d)}在第 ${before.line} 行已经出现`, en: `${enMonthDay(d)} already appears on line ${before.line}` });
      seenDay.set(d, item);
    }
  }
  return problems;
}

/** The lunar month and day of a date (Node has ICU's Chinese calendar). */
function lunarMonthDay(date: string): { month: string; day: number } {
  const { year, month, day } = parseYmd(date);
  const parts = new Intl.DateTimeFormat('en-u-ca-chinese', { timeZone: 'UTC', month: 'numeric', day: 'numeric' }).formatToParts(new Date(Date.UTC(year, month - 1, day)));
  return { month: parts.find((p) => p.type === 'month')!.value, day: Number(parts.find((p) => p.type === 'day')!.value) };
}

/**
 * The notice as time.extraYears data. A combined item (中秋节、国庆节) is split the way the
 * chinese-days data does it: the day of the Mid-autumn festival (lunar 8/15) is 中秋, every other
 * day and the make-up workdays belong to 国庆节; any other combination goes under its first name.
 * Only this name depends on ICU's Chinese calendar, which can be a day off the official one when a
 * new moon falls near Beijing midnight (it puts 春节 2027 on 7 February, not the 6th). That is why
 * the lunar notes of a notice (农历除夕) are read but never used to refuse it.
 */
export function toExtraYear(items: NoticeItem[]): ExtraYear {
  const holidays: Record<string, string[]> = {};
  const workdays: Record<string, string[]> = {};
  const add = (to: Record<string, string[]>, name: string, date: string) => (to[name] ??= []).push(date);
  for (const item of items) {
    const lead = item.names.includes('国庆节') ? '国庆节' : item.names[0];
    for (const d of item.days) {
      const midAutumn = item.names.length > 1 && item.names.includes('中秋') && (() => {
        const l = lunarMonthDay(d);
        return l.month === '8' && l.day === 15;
      })();
      add(holidays, midAutumn ? '中秋' : lead, d);
    }
    for (const d of item.workdays) add(workdays, lead, d);
  }
  return { holidays, workdays };
}
