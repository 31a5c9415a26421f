// How many terminal cells text takes, so that excerpt carets line up under CJK text and emoji.
// East Asian Ambiguous characters (“ ” … · —) count 1, as most terminals draw them outside CJK
// legacy mode.
import { graphemeSegments } from '../core/text';

/** User-perceived characters: 👍🏽 or 👨‍👩‍👧 is one. */
export function graphemes(text: string): string[] {
  return graphemeSegments(text).map((s) => s.segment);
}

/** ASCII, CJK ideographs and punctuation, full-width forms, “ ” · —: one grapheme per UTF-16 unit, no emoji. */
const SIMPLE = /^[\x20-\x7e\u00b7\u2010-\u2027\u3000-\u3029\u3030-\u303f\u4e00-\u9fff\uff01-\uff60]*$/; // not U+302A–302F: combining

export function displayWidth(text: string): number {
  // Printable ASCII is one cell per unit: skip segmenting the common case.
  if (/^[\x20-\x7e]*$/.test(text)) return text.length;
  // Plain Chinese text needs no segmenting either (segmenting is slow, and wrapping measures often).
  if (SIMPLE.test(text)) {
    let cells = 0;
    for (let i = 0; i < text.length; i++) cells += isWide(text.charCodeAt(i)) ? 2 : 1;
    return cells;
  }
  let width = 0;
  for (const g of graphemes(text)) width += graphemeWidth(g);
  return width;
}

// Drawn as emoji (2 cells): emoji-presentation characters, text characters with VS16, flags, keycaps.
const EMOJI = /\p{Emoji_Presentation}|\p{Extended_Pictographic}\uFE0F|\p{Regional_Indicator}|\u20E3/u;
const ZERO_WIDTH = /^[\p{Cc}\p{Cf}\p{Mn}\p{Me}]+$/u;

export function graphemeWidth(grapheme: string): number {
  if (EMOJI.test(grapheme)) return 2;
  if (ZERO_WIDTH.test(grapheme)) return 0;
  return isWide(grapheme.codePointAt(0)!) ? 2 : 1;
}

/** Words with the spaces before them; each wide character is a word of its own (a line may break before it). */
const CHUNK = /\s*(?:[\u2e80-\u9fff\u3000-\u303f\uff00-\uffef]|[^\s\u2e80-\u9fff\u3000-\u303f\uff00-\uffef]+)/g;

/**
 * Text broken into lines of at most width cells: between words, or before any CJK character, never
 * inside an ASCII word (a rule id, a masked number). A word wider than width gets a line of its own.
 */
export function wrapToWidth(text: string, width: number): string[] {
  const lines: string[] = [];
  let current = '';
  let currentWidth = 0; // kept as a sum: chunks are short, lines are not measured again
  for (const chunk of text.match(CHUNK) ?? []) {
    const chunkWidth = displayWidth(chunk);
    if (current && currentWidth + chunkWidth > width) {
      lines.push(current);
      current = chunk.trimStart();
      currentWidth = displayWidth(current);
    } else {
      current += chunk;
      currentWidth += chunkWidth;
    }
  }
  lines.push(current);
  return lines;
}

// East Asian Wide and Fullwidth blocks (Unicode UAX #11), coarse but covering what Chinese text uses.
const WIDE_RANGES: Array<[number, number]> = [
  [0x1100, 0x115f], // Hangul Jamo initials
  [0x2329, 0x232a],
  [0x2e80, 0x303e], // CJK radicals, punctuation 、。「」【】, ideographic space
  [0x3041, 0x33ff], // kana, bopomofo, CJK compatibility
  [0x3400, 0x4dbf], // CJK extension A
  [0x4e00, 0x9fff], // CJK unified ideographs
  [0xa000, 0xa4cf], // Yi
  [0xa960, 0xa97f],
  [0xac00, 0xd7a3], // Hangul syllables
  [0xf900, 0xfaff], // CJK compatibility ideographs
  [0xfe10, 0xfe19], // vertical forms
  [0xfe30, 0xfe6f], // CJK compatibility forms, small forms
  [0xff00, 0xff60], // fullwidth forms ，：！（）
  [0xffe0, 0xffe6], // fullwidth signs ￥
  [0x1b000, 0x1b2ff],
  [0x1f200, 0x1f2ff], // enclosed ideographic supplement
  [0x20000, 0x3fffd], // CJK extensions B and later
];

function isWide(codePoint: number): boolean {
  return WIDE_RANGES.some(([from, to]) => codePoint >= from && codePoint <= to);
}
