// Structure detectors: checks of a message's shape that a single word or regex cannot make —
// the parts of an official notice, repeated sentences, content-free greetings, emoji counts.
// Their word lists and limits come from the rule's `options` in dictionaries/.
import { SALUTATION } from '../core/context';
import type { LintContext, Match } from '../core/context';
import type { Rule } from '../core/rules';
import { countGraphemes, execAll, graphemeSegments, hasJoiners, LIST_ITEM, spanAt } from '../core/text';

const strings = (rule: Rule, key: string): string[] => (rule.options?.[key] as string[] | undefined) ?? [];
// Option regexes are built once per rule and reused for every message (a batch lints thousands).
const built = new WeakMap<Rule, Map<string, RegExp>>();
function optionRegex(rule: Rule, key: string, wrap: (alternatives: string) => string, flags: string): RegExp {
  let byKey = built.get(rule);
  if (!byKey) built.set(rule, (byKey = new Map()));
  const id = `${key}/${flags}/${wrap('')}`;
  let re = byKey.get(id);
  if (!re) byKey.set(id, (re = new RegExp(wrap(strings(rule, key).join('|') || '(?!)'), flags)));
  re.lastIndex = 0;
  return re;
}
const anyOf = (rule: Rule, key: string) => optionRegex(rule, key, (a) => a, 'u');

interface Line {
  text: string;
  start: number;
  end: number;
}

function lines(ctx: LintContext): Line[] {
  const out: Line[] = [];
  // Lines end at \r\n, \n, \r, U+2028 or U+2029, as text.ts lineStarts counts them.
  for (const m of execAll(/([^\r\n\u2028\u2029]*)(\r\n|[\r\n\u2028\u2029]|$)/g, ctx.text.slice(ctx.bodyStart))) {
    const raw = m[1];
    const start = ctx.bodyStart + m.index!;
    const lead = raw.length - raw.trimStart().length;
    if (raw.trim()) out.push({ text: raw.trim(), start: start + lead, end: start + lead + raw.trim().length });
    if (!m[2]) break;
  }
  return out;
}

// ---- M5: the parts of an official notice -------------------------------------------------------

const GB_DATE = /^\d{4}年[1-9]\d?月[1-9]\d?日$/;
// A template's date placeholder ({{日期}}) is filled with a proper date when sent.
const DATE_PLACEHOLDER = /^(?:\{\{[^}]*(?:日期|date)[^}]*\}\}|【[^】]*日期[^】]*】|\$\{[^}]*date[^}]*\})$/i;
const ANY_DATE = /(\d{4})\s*(?:年|[-./])\s*(\d{1,2})\s*(?:月|[-./])\s*(\d{1,2})\s*日?$/;
const SENTENCE_END = /[。！？!?，,；;：:～~]$/;

interface NoticeParts {
  lines: Line[];
  title?: Line;
  salutation?: Line;
  signature?: Line;
  date?: Line;
  body: Line[];
}

const TITLE = /通知|告家长书|一封信|倡议书|须知|告知书|邀请函|温馨提示|公告|提醒|安排|说明/;
const REPLY_SLIP = /^[\s\-—_－✂✄…·.]*(?:家长)?回\s*[执条](?:单|表)?[\s\-—_－✂✄…·.]*$|^[\s✂✄]*[-—_－·.…]{6,}[\s✂✄]*$/;
const isHeading = (line: string) => line.length <= 40 && !SENTENCE_END.test(line);

// Four checks read the same parts of one notice: found once per message.
const partsOf = new WeakMap<LintContext, NoticeParts>();

function noticeParts(ctx: LintContext): NoticeParts {
  let parts = partsOf.get(ctx);
  if (!parts) partsOf.set(ctx, (parts = findNoticeParts(ctx)));
  return parts;
}

function findNoticeParts(ctx: LintContext): NoticeParts {
  const all = lines(ctx);
  let i = 0;
  // A first line is a title when it says so (……通知) or when the salutation follows it.
  // 临渭区教育局 ⏎ 关于……的紧急通知 ⏎ 各中心校：: the issuer's line above the title; 健康同守护 ⏎ 共防登革热 ⏎
  // 尊敬的学生家长：: a title of two lines. Either way two headings above the salutation.
  if (all[2] && isHeading(all[0].text) && isHeading(all[1].text) && !SALUTATION.test(all[1].text) && SALUTATION.test(all[2].text)) i++;
  const titled = all[i] && (TITLE.test(all[i].text) || (all[i + 1] !== undefined && SALUTATION.test(all[i + 1].text)));
  const title = titled && !SALUTATION.test(all[i].text) && all.length > i + 1 ? all[i++] : undefined;
  const salutation = all[i] && SALUTATION.test(all[i].text) ? all[i] : undefined;
  // A reply slip (回执) after the signature is a form of its own: its blank 年 月 日 is for the parent.
  const slip = all.findIndex((l, k) => k > i + 1 && REPLY_SLIP.test(l.text));
  let j = slip > 0 ? slip : all.length;
  const date = j - 1 > i && (ANY_DATE.test(all[j - 1].text) || DATE_PLACEHOLDER.test(all[j - 1].text)) ? all[--j] : undefined;
  const candidate = all[j - 1];
  // The signature may share the date's line (三年级二班 2026年11月24日).
  const dateLineSigned = date !== undefined && /^[^。！？，,]{2,25}\s+\S*\d{4}\s*年/.test(date.text);
  const signature = dateLineSigned
    ? date
    : j - 1 > i && candidate && candidate.text.length <= 25 && !SENTENCE_END.test(candidate.text) && candidate !== salutation
      ? all[--j]
      : undefined;
  const body = all.slice(i, j);
  return { lines: all, title, salutation, signature, date, body };
}

/** The skeleton of a notice, filled with what the draft already says. */
function skeleton(ctx: LintContext, parts: NoticeParts): string {
  const gbDate = (d: Date) => {
    const [y, m, day] = new Intl.DateTimeFormat('en-CA', { timeZone: ctx.config.time.timeZone }).format(d).split('-');
    return `${y}年${+m}月${+day}日`;
  };
  const bodyText = parts.body.map((l) => l.text).join('\n').replace(/^(各位家长|尊敬的家长|家长们|亲爱的家长)[^：:，,]{0,6}[：:，,]\s*/, '');
  return [
    parts.title?.text ?? '关于……的通知',
    '各位家长：',
    bodyText || '（正文）',
    parts.signature?.text ?? '（落款：班级或学校名称）',
    parts.date ? toGbDate(parts.date.text) : ctx.at ? gbDate(ctx.at) : '（成文日期，如 2026年11月25日）',
  ].join('\n');
}

function toGbDate(text: string): string {
  const m = text.match(ANY_DATE);
  return m ? text.slice(0, m.index) + `${+m[1]}年${+m[2]}月${+m[3]}日` : text;
}

export function noticeSalutation(ctx: LintContext): Match[] {
  const parts = noticeParts(ctx);
  const first = parts.lines[0];
  if (parts.salutation || !first) return [];
  return [{ start: first.start, end: first.end, suggestion: skeleton(ctx, parts) }];
}

export function noticeSignature(ctx: LintContext): Match[] {
  const parts = noticeParts(ctx);
  const last = parts.lines[parts.lines.length - 1];
  if (parts.signature || !last) return [];
  return [{ start: last.start, end: last.end, suggestion: skeleton(ctx, parts) }];
}

export function noticeDate(ctx: LintContext): Match[] {
  const parts = noticeParts(ctx);
  const last = parts.lines[parts.lines.length - 1];
  if (!last) return [];
  if (!parts.date) return [{ start: last.start, end: last.end, suggestion: skeleton(ctx, parts) }];
  const m = parts.date.text.match(ANY_DATE);
  if (!m) return []; // a date placeholder
  if (GB_DATE.test(m[0].replace(/\s/g, ''))) return [];
  const start = parts.date.start + m.index!;
  const gb = `${+m[1]}年${+m[2]}月${+m[3]}日`;
  return [{ start, end: start + m[0].length, vars: { term: m[0] }, fix: gb, suggestion: gb }];
}

/** An event (家长会, 运动会 …) whose time or place is missing or still 待定. */
export function eventTimePlace(ctx: LintContext, rule: Rule): Match[] {
  // The first event the notice announces; one it reports as over (已于…结束) is only mentioned.
  const body = ctx.text.slice(ctx.bodyStart);
  const past = anyOf(rule, 'past');
  const generic = optionRegex(rule, 'genericEvents', (a) => `^(?:${a})$`, 'u');
  const announced = anyOf(rule, 'announced');
  // Whole words only: 考试 inside 考试成绩 is about scores, not an event.
  const event = [...body.matchAll(optionRegex(rule, 'events', (a) => a, 'gu'))].find((m) => {
    const start = ctx.bodyStart + m.index!;
    if (!ctx.tokenStarts.has(start) || !ctx.tokenEnds.has(start + m[0].length)) return false;
    const sentence = ctx.text.slice(...spanAt(ctx.sentences, start));
    past.lastIndex = 0;
    announced.lastIndex = 0;
    // 活动 in passing (不接受宴请、旅游等活动邀请) is no event: a generic word must be announced.
    return !past.test(sentence) && (!generic.test(m[0]) || announced.test(sentence));
  });
  if (!event) return [];
  // The date under the signature is not the event's time: look at the body only.
  const text = noticeParts(ctx).body.map((l) => l.text).join('\n');
  const missing: string[] = [];
  // A rain date announced later (如遇雨天顺延，具体日期另行通知) leaves the stated time and place standing.
  const undecided = text.split(/[。！？\n]/).some((s) => anyOf(rule, 'undecided').test(s) && !/如遇|顺延|延期|改期/.test(s));
  if (undecided || !anyOf(rule, 'times').test(text)) missing.push('时间');
  // A meeting needs its room (在学校报告厅); for an activity such as 运动会, 学校 is place enough.
  const isMeeting = optionRegex(rule, 'meetings', (a) => `^(?:${a})$`, 'u').test(event[0]);
  const places = anyOf(rule, isMeeting ? 'meetingPlaces' : 'places');
  if (undecided || !places.test(text)) missing.push('地点');
  if (!missing.length) return [];
  const start = ctx.bodyStart + event.index!;
  return [{ start, end: start + event[0].length, vars: { term: event[0], missing: missing.join('和'), missing_en: missing.map((m) => (m === '时间' ? 'time' : 'place')).join(' and ') } }];
}

const FULL_WIDTH: Record<string, string> = { ',': '，', '.': '。', ';': '；', ':': '：', '?': '？', '!': '！' };
// A half-width mark right after a Chinese character (or closing bracket), or right before one.
const HALF_WIDTH = /(?<=[\p{Script=Han}）」』”])(?:[,;:?!]|\.(?![\w.]))|[,;:?!](?=\p{Script=Han})/gu;

/** GB/T 15834: full-width punctuation inside Chinese sentences (only , . ; : ? ! — never brackets or quotes). */
export function halfWidthPunctuation(ctx: LintContext): Match[] {
  const matches: Match[] = [];
  for (const m of execAll(HALF_WIDTH, ctx.text)) {
    if (m.index! < ctx.bodyStart) continue;
    matches.push({ start: m.index!, end: m.index! + 1, vars: { term: m[0], replacement: FULL_WIDTH[m[0]] }, fix: FULL_WIDTH[m[0]] });
  }
  return matches;
}

// ---- M2: repetition and content-free messages ----------------------------------------------------

// Lines that repeat by their nature: list items (LIST_ITEM, text.ts), timetable rows (08:00-08:40) and table rows.
const TIME_RANGE = /\d{1,2}[:：]\d{2}/;
const ROW_LABEL = /^[^：:。！？\n]{1,16}[：:]\s*$/;
/** A table row pasted as text: a row number then a space (1 社会实践活动费 …), or cells parted by spaces or tabs. */
const TABLE_ROW = /^\s*\d{1,3}[ \t\u3000]+\S|\S[ \t\u3000]+\S+[ \t\u3000]+\S+[ \t\u3000]+\S/;

/** A sentence in a list item, a timetable or table row, a labelled row's value, a label or a heading: these recur in a long notice by design. */
function repeatsByDesign(ctx: LintContext, m: RegExpMatchArray): boolean {
  const lineStart = ctx.text.lastIndexOf('\n', m.index!) + 1;
  const lineEnd = ctx.text.indexOf('\n', m.index!);
  const line = ctx.text.slice(lineStart, lineEnd < 0 ? undefined : lineEnd);
  if (LIST_ITEM.test(line) || TIME_RANGE.test(line) || TABLE_ROW.test(line)) return true;
  // The value of a labelled row (20日白天到夜间：阴天有小雨) repeats in a table by design.
  if (ROW_LABEL.test(ctx.text.slice(lineStart, m.index!))) return true;
  // A label before a colon (放假时间：) and a heading line (成果展示) recur in a long notice by design;
  // said twice in a row they are still caught below.
  const end = m.index! + m[0].length;
  return /^[：:]/.test(ctx.text.slice(end, end + 1)) || (line.trim().length <= 10 && !/[。！？!?]$/.test(line.trim()));
}

// What a sentence is compared by: its text without spaces, punctuation and symbols (/[\s\p{P}\p{S}]/u).
// Each code unit is classified once per process, and a message's keys are slices of one bare copy:
// a regex replace per sentence cost more than the rest of the check.
const NOT_IN_KEY = /[\s\p{P}\p{S}]/u;
const keyUnit = new Uint8Array(0x10000); // 0 unknown, 1 kept, 2 dropped
const keyAstral = new Map<number, boolean>();

/** The text's bare copy, and for each offset how many of its code units come before it in that copy. */
function bareText(text: string): { bare: string; before: Int32Array } {
  const before = new Int32Array(text.length + 1);
  const kept = new Uint16Array(text.length);
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    before[i] = n;
    const c = text.charCodeAt(i);
    const next = text.charCodeAt(i + 1);
    if (c >= 0xd800 && c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
      const cp = text.codePointAt(i)!;
      let drop = keyAstral.get(cp);
      if (drop === undefined) keyAstral.set(cp, (drop = NOT_IN_KEY.test(String.fromCodePoint(cp))));
      if (!drop) {
        kept[n++] = c;
        kept[n++] = next;
      }
      before[++i] = drop ? n : n - 1;
      continue;
    }
    let unit = keyUnit[c];
    if (!unit) keyUnit[c] = unit = NOT_IN_KEY.test(String.fromCharCode(c)) ? 2 : 1;
    if (unit === 1) kept[n++] = c;
  }
  before[text.length] = n;
  let bare = '';
  for (let i = 0; i < n; i += 4096) bare += String.fromCharCode.apply(null, kept.subarray(i, Math.min(n, i + 4096)) as unknown as number[]);
  return { bare, before };
}

/** The same sentence (four or more characters) said twice. */
export function repeatedSentence(ctx: LintContext): Match[] {
  const reported = new Set<string>();
  const matches: Match[] = [];
  // Whole sentences (and what follows a colon): a clause that opens several sentences is parallelism, not repetition.
  // Only a sentence said more than once can repeat: what repeats by design is looked at for those alone.
  const occurrences = new Map<string, RegExpMatchArray[]>();
  const { bare, before } = bareText(ctx.text);
  const keyOf = (m: RegExpMatchArray) => bare.slice(before[m.index!], before[m.index! + m[0].length]);
  for (const m of execAll(/[^。！？!?；;\n：:]+/g, ctx.text)) {
    const key = keyOf(m);
    if (countGraphemes(key) < 3 || !/\p{Script=Han}/u.test(key)) continue;
    const list = occurrences.get(key);
    if (list) list.push(m);
    else occurrences.set(key, [m]);
  }
  for (const [key, list] of occurrences) {
    // 往上翻！往上翻！往上翻！: a three-character sentence repeats when it is said three times (好的。好的。 twice is a reply).
    if (list.length < (countGraphemes(key) < 4 ? 3 : 2)) continue;
    let seen = false;
    for (const m of list) {
      if (repeatsByDesign(ctx, m)) continue;
      if (seen) {
        reported.add(key);
        matches.push({ start: m.index!, end: m.index! + m[0].length, vars: { term: m[0].trim() } });
        break;
      }
      seen = true;
    }
  }
  matches.sort((a, b) => a.start - b.start);
  // 提醒一下，提醒一下: a clause said again at once (parallel clauses that only open alike are not,
  // nor is a heading followed by the same word as a label: ♥放假时间 / 放假时间：…).
  // A title line over the poem or section it opens (老师的眼睛 ⏎ 老师的眼睛，) is no repetition either.
  let previous = '';
  let previousBare = false;
  for (const m of execAll(/[^。！？!?；;\n，,：:]+/g, ctx.text)) {
    const key = keyOf(m);
    const end = m.index! + m[0].length;
    const label = /^[：:]/.test(ctx.text.charAt(end));
    const bare = (m.index === 0 || ctx.text[m.index! - 1] === '\n') && (end === ctx.text.length || /[\r\n]/.test(ctx.text[end]));
    const titleOverText = previousBare && !bare;
    if (key === previous && !label && !titleOverText && countGraphemes(key) >= 4 && !reported.has(key)) {
      reported.add(key);
      matches.push({ start: m.index!, end, vars: { term: m[0].trim() } });
    }
    previous = key;
    previousBare = bare;
  }
  // 老师辛苦了老师辛苦了老师辛苦了: the same words three times over, with no punctuation between.
  if (!hasTripledRun(ctx.text)) return matches;
  for (const m of execAll(/(\p{Script=Han}{3,12}?)\1{2,}/gu, ctx.text)) {
    if (!matches.some((r) => m.index! < r.end && m.index! + m[0].length > r.start)) {
      matches.push({ start: m.index!, end: m.index! + m[0].length, vars: { term: m[1] } });
    }
  }
  return matches;
}

/**
 * Whether some 3 to 12 characters occur three times in a row (text[j] === text[j + k] for 2k
 * consecutive j): the cheap necessary condition of the backreference regex above, which most
 * messages fail, so that the regex runs only on the few that pass.
 */
function hasTripledRun(text: string): boolean {
  if (/[\ud800-\udfff]/.test(text)) return true; // a character of two code units: let the regex judge
  for (let k = 3; k <= 12; k++) {
    let run = 0;
    for (let j = 0; j + k < text.length; j++) {
      run = text.charCodeAt(j) === text.charCodeAt(j + k) ? run + 1 : 0;
      if (run >= 2 * k) return true;
    }
  }
  return false;
}

const STICKER_CODE = /\[[\p{Script=Han}A-Za-z]{1,4}\]/gu;

/**
 * A message of greetings and small talk only (大家早上好呀～今天天气真不错): nothing but greetings and
 * fillers is left once they are removed, or greetings make up most of it and it names no matter.
 */
export function emptyGreeting(ctx: LintContext, rule: Rule): Match[] {
  const body = ctx.text.slice(ctx.bodyStart);
  const greeting = optionRegex(rule, 'greetings', (a) => a, 'gu');
  if (!greeting.test(body)) return [];
  const withoutGreetings = body.replace(greeting, '');
  // WeChat sticker codes ([爱心], [玫瑰]) are emoji, not words: they count as nothing.
  const letters = (s: string) => s.replace(STICKER_CODE, '').replace(/[\s\p{P}\p{S}\p{Extended_Pictographic}\d]/gu, '').length;
  const rest = letters(withoutGreetings.replace(optionRegex(rule, 'fillers', (a) => a, 'gu'), ''));
  const greetingShare = 1 - letters(withoutGreetings) / Math.max(1, letters(body));
  const onlyGreetings = rest <= ((rule.options?.maxRest as number) ?? 2);
  const mostlyGreetings = greetingShare >= ((rule.options?.greetingShare as number) ?? 1) && !anyOf(rule, 'contentWords').test(body);
  if (!onlyGreetings && !mostlyGreetings) return [];
  const start = ctx.bodyStart + body.length - body.trimStart().length;
  return [{ start, end: ctx.bodyStart + body.trimEnd().length }];
}

// ---- M4: emoji and sticker overuse ---------------------------------------------------------------

const EMOJI = /\p{Extended_Pictographic}|\p{Regional_Indicator}{2}|\u20e3/u;

interface EmojiItem {
  key: string;
  start: number;
  end: number;
}

/** Unicode emoji (a ZWJ sequence or a flag is one) and WeChat codes such as [微笑], in the original text. */
function codePoints(text: string): Array<{ segment: string; index: number }> {
  const out: Array<{ segment: string; index: number }> = [];
  for (let i = 0; i < text.length; ) {
    const segment = String.fromCodePoint(text.codePointAt(i)!);
    out.push({ segment, index: i });
    i += segment.length;
  }
  return out;
}

export function emojiItems(original: string, codes: RegExp): EmojiItem[] {
  const items: EmojiItem[] = [];
  if (original.includes('[')) for (const m of execAll(codes, original)) items.push({ key: m[0], start: m.index!, end: m.index! + m[0].length });
  if (/[\p{Extended_Pictographic}\p{Regional_Indicator}\u20e3]/u.test(original)) {
    // Without joiners every emoji is one code point: no segmenter needed (the common 👍👍👍).
    const pieces = hasJoiners(original) ? graphemeSegments(original) : codePoints(original);
    for (const g of pieces) {
      if (EMOJI.test(g.segment)) items.push({ key: g.segment.replace(/[\ufe0f\u{1f3fb}-\u{1f3ff}]/gu, ''), start: g.index, end: g.index + g.segment.length });
    }
  }
  return items.sort((a, b) => a.start - b.start);
}

export function emojiOveruse(ctx: LintContext, rule: Rule): Match[] {
  const original = ctx.norm.original;
  const codes = optionRegex(rule, 'wechatCodes', (a) => `\\[(?:${a})\\]`, 'g');
  const items = emojiItems(original, codes).filter((e) => e.start >= ctx.norm.toOriginal[ctx.bodyStart]);
  const { maxRun, maxTotal, shortLength, maxInMessage } = ctx.config.emoji;
  const matches: Match[] = [];
  // Runs of the same emoji, allowing spaces between them.
  for (let i = 0; i < items.length; ) {
    let j = i + 1;
    while (j < items.length && items[j].key === items[i].key && !original.slice(items[j - 1].end, items[j].start).trim()) j++;
    if (j - i > maxRun) {
      matches.push({ start: items[i].start, end: items[j - 1].end, inOriginal: true, vars: { count: String(j - i), term: items[i].key }, fix: original.slice(items[i].start, items[i].end) });
    }
    i = j;
  }
  // The limit grows with the length of a long message, up to maxInMessage; counting it is needed only past the base limit.
  const allowed = () => Math.min(maxInMessage, maxTotal * Math.max(1, Math.ceil((countGraphemes(original) - items.length) / shortLength)));
  if (!matches.length && items.length > maxTotal && items.length > allowed()) {
    const first = items[0];
    const last = items[items.length - 1];
    matches.push({ start: first.start, end: last.end, inOriginal: true, vars: { count: String(items.length), term: first.key } });
  }
  return matches;
}
