// Positions and spans of a text: line/column as a person counts them, sentences and clauses.

// Created on first use: building a segmenter costs ~20 ms of start-up.
let graphemes: Intl.Segmenter | undefined;

export interface Position {
  line: number;
  column: number;
}

/**
 * Line starts of a text, for offset → line/column. A line ends at \r\n, \n, \r, U+2028 or U+2029
 * (as ESLint counts): a file with old Mac line endings has lines too, so disable-line stays one line.
 */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 0x2028 || c === 0x2029 || (c === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
  }
  return starts;
}

/** 1-based line and column; columns count grapheme clusters, so 👍 or 👨‍👩‍👧 is one column. */
export function positionAt(text: string, starts: number[], offset: number): Position {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  if (offset - starts[lo] <= CHECKPOINT_EVERY) return { line: lo + 1, column: countGraphemes(text.slice(starts[lo], offset)) + 1 };
  // A long line: count from the nearest checkpoint, so that many findings on it cost no more than one pass.
  const { offsets, counts } = checkpointsOf(text, starts, lo);
  let k = 0;
  let top = offsets.length - 1;
  while (k < top) {
    const mid = (k + top + 1) >> 1;
    if (offsets[mid] <= offset) k = mid;
    else top = mid - 1;
  }
  return { line: lo + 1, column: counts[k] + countGraphemes(text.slice(offsets[k], offset)) + 1 };
}

const CHECKPOINT_EVERY = 64;
interface Checkpoints {
  /** Offsets of grapheme boundaries on the line, and how many graphemes precede each on it. */
  offsets: number[];
  counts: number[];
}
// For the text last asked about: its long lines' checkpoints, built on first use.
let checkpointMemo: { text: string; lines: Map<number, Checkpoints> } | undefined;

function checkpointsOf(text: string, starts: number[], line: number): Checkpoints {
  if (checkpointMemo?.text !== text) checkpointMemo = { text, lines: new Map() };
  let cp = checkpointMemo.lines.get(line);
  if (!cp) {
    const start = starts[line];
    const end = line + 1 < starts.length ? starts[line + 1] : text.length;
    cp = { offsets: [start], counts: [0] };
    let count = 0;
    let last = start;
    for (const g of graphemeSegments(text.slice(start, end))) {
      if (start + g.index - last >= CHECKPOINT_EVERY) {
        cp.offsets.push(start + g.index);
        cp.counts.push(count);
        last = start + g.index;
      }
      count++;
    }
    checkpointMemo.lines.set(line, cp);
  }
  return cp;
}

export interface Grapheme {
  segment: string;
  /** UTF-16 offset in the text. */
  index: number;
}

// Node 20's Intl.Segmenter is quadratic in the length of what it segments (each segment holds the
// whole input), and costs ~2 µs a grapheme even on short text. It only ever sees the short runs
// between two places where a grapheme surely starts; a run of one code point is that code point.
const PIECE = 256;
const PIECE_MAX = 4096;

/** The grapheme clusters of a text (an emoji ZWJ sequence or a flag is one); linear in its length. */
export function graphemeSegments(s: string): Grapheme[] {
  const out: Grapheme[] = [];
  if (!JOINING.test(s)) {
    // Without joiners a grapheme is a code point: no segmenter needed (the common case, and fast).
    for (let i = 0; i < s.length; ) {
      const width = codePointWidth(s, i);
      out.push({ segment: s.slice(i, i + width), index: i });
      i += width;
    }
    return out;
  }
  for (let from = 0; from < s.length; ) {
    const to = runEnd(s, from);
    if (to - from === codePointWidth(s, from)) out.push({ segment: s.slice(from, to), index: from });
    else {
      graphemes ??= new Intl.Segmenter('zh', { granularity: 'grapheme' });
      for (const g of graphemes.segment(s.slice(from, to))) out.push({ segment: g.segment, index: from + g.index });
    }
    from = to;
  }
  return out;
}

function codePointWidth(s: string, i: number): number {
  const c = s.charCodeAt(i);
  const next = s.charCodeAt(i + 1);
  return c >= 0xd800 && c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff ? 2 : 1;
}

/** Where the run that starts at `from` ends: at the next place a grapheme surely starts. */
function runEnd(s: string, from: number): number {
  const limit = Math.min(s.length, from + PIECE_MAX);
  for (let i = from + 1; i < limit; i++) if (startsGrapheme(s, i)) return i;
  return limit; // thousands of joined code points: no real grapheme is that long
}

/** The last offset at or before `at` where a grapheme starts for certain (at itself if none is found near). */
export function graphemeBoundaryBefore(s: string, at: number): number {
  for (let i = at; i > at - PIECE && i > 0; i--) if (startsGrapheme(s, i)) return i;
  return /[\udc00-\udfff]/.test(s[at] ?? '') ? at - 1 : at;
}

/**
 * A character that no rule of Unicode's grapheme segmentation (UAX #29) joins to what precedes it:
 * tab, newline, ASCII, Latin-1, general punctuation, CJK and full-width forms (less their few combining
 * marks), and emoji other than skin tones and regional indicators; unless what precedes it is a
 * joiner (ZWJ), a carriage return, a regional indicator or a prepended mark.
 */
function startsGrapheme(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  const before = s.charCodeAt(i - 1);
  if (before === 0x200d || before === 0x0d || (before >= 0xd800 && before <= 0xdbff) || (before >= 0xdde6 && before <= 0xddff)) return false;
  if (isPrepend(before) || (before >= 0xdc00 && before <= 0xdfff && s.charCodeAt(i - 2) >= 0xd804 && s.charCodeAt(i - 2) <= 0xd807)) return false;
  if ((c >= 0x20 && c <= 0x7e) || c === 0x0a || c === 0x09 || (c >= 0xa0 && c <= 0xff)) return true;
  if ((c >= 0x2010 && c <= 0x2027) || (c >= 0x2030 && c <= 0x205e)) return true;
  if ((c >= 0x3000 && c <= 0x303f && !(c >= 0x302a && c <= 0x302f)) || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0xff00 && c <= 0xffef && c !== 0xff9e && c !== 0xff9f)) return true;
  // An emoji outside the astral plane's skin tones and regional indicators (U+1F3FB–1F3FF, U+1F1E6–1F1FF).
  const next = s.charCodeAt(i + 1);
  return c === 0xd83d || c === 0xd83e || (c === 0xd83c && !(next >= 0xdffb && next <= 0xdfff) && !(next >= 0xdde6 && next <= 0xddff));
}

/** Prepended concatenation marks of the Basic Multilingual Plane (Arabic, Syriac, Malayalam): they join what follows. */
function isPrepend(c: number): boolean {
  return (c >= 0x0600 && c <= 0x0605) || c === 0x06dd || c === 0x070f || c === 0x0890 || c === 0x0891 || c === 0x08e2 || c === 0x0d4e;
}

// What joins code points into one grapheme: combining marks, ZWJ, variation selectors, keycaps, skin
// tones (U+1F3FB–1F3FF) and regional indicators (flags).
const JOINING = /[\u0300-\u036f\u200d\ufe0f\u20e3]|\ud83c[\udffb-\udfff\udde6-\uddff]/;

/** Whether some code points of the text join into one grapheme (👍🏽, 👨‍👩‍👧, flags, keycaps). */
export function hasJoiners(s: string): boolean {
  return JOINING.test(s);
}

export function countGraphemes(s: string): number {
  // Without joiners a grapheme is a code point (👍 is one): no segmenter needed.
  if (!JOINING.test(s)) {
    let n = 0;
    for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) < 0xdc00 || s.charCodeAt(i) > 0xdfff) n++;
    return n;
  }
  return graphemeSegments(s).length;
}

export type Span = [number, number];

/**
 * Every match of a global regex, as `text.matchAll(re)` gives them, for a fraction of its cost:
 * matchAll copies the regex on each call, and the core runs hundreds of regexes per message.
 * `re` is used from lastIndex 0 and left at 0, so regexes can be shared.
 */
export function execAll(re: RegExp, text: string): RegExpExecArray[] {
  if (!re.global) throw new TypeError(`execAll needs a global regex: /${re.source}/${re.flags}`);
  const matches: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m; (m = re.exec(text)); ) {
    matches.push(m);
    // An empty match moves on by one character (a whole surrogate pair under the u flag), as matchAll does.
    if (m[0] === '') re.lastIndex += re.unicode && isSurrogatePair(text, re.lastIndex) ? 2 : 1;
  }
  re.lastIndex = 0;
  return matches;
}

function isSurrogatePair(text: string, at: number): boolean {
  const lead = text.charCodeAt(at);
  const trail = text.charCodeAt(at + 1);
  return lead >= 0xd800 && lead <= 0xdbff && trail >= 0xdc00 && trail <= 0xdfff;
}

// A regex such as \d+\s*分 tries every start inside a run of digits, each attempt reading to the
// run's end: quadratic in the run. No message has 64 digits or spaces in a row that a rule needs
// whole, so the regexes see each such run cut to its two ends, the inside blanked (same length).
const LONG_RUN = /\d{64,}|\s{64,}/g;
const KEEP = 24;
const BLANK = '\ufffc';

/** The text with the middle of each run of 64 or more digits or white space replaced by U+FFFC. */
export function boundRuns(text: string): string {
  return text.replace(LONG_RUN, (run) => run.slice(0, KEEP) + BLANK.repeat(run.length - 2 * KEEP) + run.slice(-KEEP));
}

/** Sentences end at 。！？!?；; and line breaks; the ending punctuation stays with its sentence. */
export function sentenceSpans(text: string): Span[] {
  return splitSpans(text, /[。！？!?；;\r\n\u2028\u2029]+/g);
}

/**
 * In a chat, a line break with no punctuation before it is where a comma would be (请将资料费共计xxx元
 * ⏎ 交予学校财务账户): such lines continue the sentence. A blank line, a line that ends in an emoji,
 * or a line that opens a list item still starts a new one.
 */
export function chatSentenceSpans(text: string): Span[] {
  const spans: Span[] = [];
  for (const span of sentenceSpans(text)) {
    const last = spans[spans.length - 1];
    if (last && continuesLine(text, last, span)) last[1] = span[1];
    else spans.push([span[0], span[1]]);
  }
  return spans;
}

function continuesLine(text: string, [start, end]: Span, [next]: Span): boolean {
  const gap = text.slice(start, end).match(/[\s。！？!?；;]*$/)![0];
  return /^\r?\n$/.test(gap) && !ENDS_WITH_EMOJI.test(text.slice(Math.max(start, end - gap.length - 12), end - gap.length)) && !LIST_ITEM.test(text.slice(next, next + 8));
}

/** A chat line that ends in an emoji or a sticker code (…评审👀, …[玫瑰]) is a finished utterance: the emoji is its full stop. */
const ENDS_WITH_EMOJI = /(?:\p{Extended_Pictographic}[\uFE0F\u200D\p{Emoji_Modifier}]*|\[[^[\]\n]{1,6}\])$/u;

/** A line that opens a list item or a timetable row: 1. / （一） / • / 第一课时. */
export const LIST_ITEM = /^\s*(?:[（(]?[\d一二三四五六七八九十]+[)）、.．]|[•·●○■□◆◇▪\-*]|第[\d一二三四五六七八九十]+)/;

/**
 * Clauses also end at commas and colons: the reach of a negation such as 不 or 请勿. And at `breaks`
 * (normalize.ts spokenPauses: the spaces voice input types for commas, which normalisation drops).
 */
export function clauseSpans(text: string, breaks: number[] = []): Span[] {
  const spans = splitSpans(text, /[，,。！？!?；;：:\r\n\u2028\u2029]+/g);
  if (!breaks.length) return spans;
  return spans.flatMap(([start, end]) => {
    const inside = breaks.filter((b) => b > start && b < end);
    return [start, ...inside].map((from, k): Span => [from, inside[k] ?? end]);
  });
}

function splitSpans(text: string, ends: RegExp): Span[] {
  const spans: Span[] = [];
  let start = 0;
  for (const m of execAll(ends, text)) {
    const end = m.index! + m[0].length;
    if (m.index! > start) spans.push([start, end]);
    start = end;
  }
  if (start < text.length) spans.push([start, text.length]);
  return spans;
}

/** The span that holds offset (spans are sorted and disjoint): a binary search. */
/** The first index in [0, length) at which `before` turns false (a binary search over something ordered). */
export function lowerBound(length: number, before: (index: number) => boolean): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function spanAt(spans: Span[], offset: number): Span {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (offset < spans[mid][0]) hi = mid - 1;
    else if (offset >= spans[mid][1]) lo = mid + 1;
    else return spans[mid];
  }
  return spans.length ? spans[spans.length - 1] : [0, 0];
}
