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
  const before = text.slice(starts[lo], offset);
  return { line: lo + 1, column: countGraphemes(before) + 1 };
}

/** The grapheme clusters of a text (an emoji ZWJ sequence or a flag is one). */
export function graphemeSegments(s: string): Intl.SegmentData[] {
  graphemes ??= new Intl.Segmenter('zh', { granularity: 'grapheme' });
  return [...graphemes.segment(s)];
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

/** Sentences end at 。！？!?；; and line breaks; the ending punctuation stays with its sentence. */
export function sentenceSpans(text: string): Span[] {
  return splitSpans(text, /[。！？!?；;\r\n\u2028\u2029]+/g);
}

/** Clauses also end at commas and colons: the reach of a negation such as 不 or 请勿. */
export function clauseSpans(text: string): Span[] {
  return splitSpans(text, /[，,。！？!?；;：:\r\n\u2028\u2029]+/g);
}

function splitSpans(text: string, ends: RegExp): Span[] {
  const spans: Span[] = [];
  let start = 0;
  for (const m of text.matchAll(ends)) {
    const end = m.index! + m[0].length;
    if (m.index! > start) spans.push([start, end]);
    start = end;
  }
  if (start < text.length) spans.push([start, text.length]);
  return spans;
}

export function spanAt(spans: Span[], offset: number): Span {
  for (const s of spans) if (offset >= s[0] && offset < s[1]) return s;
  return spans.length ? spans[spans.length - 1] : [0, 0];
}
