// Normalisation for matching: full-width letters and digits to ASCII, zero-width characters dropped,
// separators inserted between Chinese characters (微 信, 微❤信, 微@信) dropped. Every character of the
// normalised text keeps the offset of the original character it came from, so findings always point
// into the text the user wrote.

export interface NormalizedText {
  original: string;
  text: string;
  /** toOriginal[i] = offset in `original` of normalised UTF-16 unit i; toOriginal[text.length] = original.length. */
  toOriginal: Int32Array;
}

const HAN = /\p{Script=Han}/u;
const ZERO_WIDTH = new Set(['\u200b', '\u200c', '\u2060', '\ufeff', '\u00ad']);
// Characters that evaders put between the characters of a word and that never join two Chinese
// words in honest text. Line breaks and sentence punctuation (，。、) are not here: they separate
// real words.
// Emoji in general stay: 好的👍谢谢 keeps its 👍 for the rules that count likes.
const SEPARATOR_CHARS = [' ', '\t', '\u00a0', '\u3000', ...'@#*^~_|/\\.·•-+=♥❤♡☆★❀✿', '💗', '💕', '💖', '✨', '\u200d', '\ufe0f'];
const SEPARATOR = new Set(SEPARATOR_CHARS);
const SEPARATORS = `[${SEPARATOR_CHARS.map((c) => c.replace(/[\\^\-\]]/g, '\\$&')).join('')}]`;

// Anything normalisation would change: most messages have none, and then the text is its own map.
const NEEDS_WORK = new RegExp(`[\\uff10-\\uff19\\uff21-\\uff3a\\uff41-\\uff5a\\u200b\\u200c\\u2060\\ufeff\\u00ad]|\\p{Script=Han}${SEPARATORS}|[〇零幺一二两三四五六七八九0-9]{7}`, 'u');

export function normalize(original: string): NormalizedText {
  if (!NEEDS_WORK.test(original)) {
    const toOriginal = new Int32Array(original.length + 1);
    for (let i = 0; i <= original.length; i++) toOriginal[i] = i;
    return { original, text: original, toOriginal };
  }
  const chars: string[] = [];
  const starts: number[] = [];
  for (let i = 0; i < original.length; ) {
    const cp = original.codePointAt(i)!;
    const ch = String.fromCodePoint(cp);
    const width = ch.length;
    if (!ZERO_WIDTH.has(ch)) {
      chars.push(toHalfWidthAlnum(cp) ?? ch);
      starts.push(i);
    }
    i += width;
  }
  digitsFromChineseNumerals(chars);
  // Drop runs of separators that sit between two Han characters.
  const keep = new Array<boolean>(chars.length).fill(true);
  for (let i = 0; i < chars.length; i++) {
    // Separators are rare: look for one after the character before asking whether it is Han.
    if (!SEPARATOR.has(chars[i + 1]) || !HAN.test(chars[i])) continue;
    let j = i + 1;
    while (j < chars.length && SEPARATOR.has(chars[j]) && j - i <= 3) j++;
    // A run of dots (手工...等) is an ellipsis, not an evader's separator: it stays.
    const dots = chars.slice(i + 1, j).join('').includes('..');
    if (j > i + 1 && j < chars.length && HAN.test(chars[j]) && !dots) for (let k = i + 1; k < j; k++) keep[k] = false;
  }
  let text = '';
  const map: number[] = [];
  for (let i = 0; i < chars.length; i++) {
    if (!keep[i]) continue;
    text += chars[i];
    // A kept character has the same UTF-16 length as the original one (only BMP characters are changed).
    for (let u = 0; u < chars[i].length; u++) map.push(starts[i] + u);
  }
  map.push(original.length);
  return { original, text, toOriginal: Int32Array.from(map) };
}

/**
 * Where normalisation dropped a space between two runs of at least three Chinese characters (我不会打字
 * 按着这个说了一段): text typed by voice input puts its commas there. An evader's spaces (加 微 信) stand
 * between single characters. Offsets in the normalised text, where the run after the space starts.
 */
export function spokenPauses({ original, text, toOriginal }: NormalizedText): number[] {
  const pauses: number[] = [];
  if (text === original) return pauses;
  for (let i = 3; i + 3 <= text.length; i++) {
    const gap = original.slice(toOriginal[i - 1] + 1, toOriginal[i]);
    if (!gap || !/^[ \u3000\t]+$/.test(gap)) continue;
    if (HAN_RUN.test(original.slice(toOriginal[i - 3], toOriginal[i - 1] + 1)) && HAN_RUN.test(original.slice(toOriginal[i], toOriginal[i + 2] + 1))) pauses.push(i);
  }
  return pauses;
}
const HAN_RUN = /^\p{Script=Han}{3}$/u;

/** Full-width ０-９ Ａ-Ｚ ａ-ｚ become ASCII; everything else is left as written. */
function toHalfWidthAlnum(cp: number): string | undefined {
  const isDigit = cp >= 0xff10 && cp <= 0xff19;
  const isUpper = cp >= 0xff21 && cp <= 0xff3a;
  const isLower = cp >= 0xff41 && cp <= 0xff5a;
  return isDigit || isUpper || isLower ? String.fromCharCode(cp - 0xfee0) : undefined;
}

/** Original range of a normalised range [start, end). */
export function originalRange(n: NormalizedText, start: number, end: number): [number, number] {
  const s = n.toOriginal[start];
  // end is exclusive: take the end of the last character inside the range.
  const lastStart = n.toOriginal[Math.max(start, end - 1)];
  const lastLen = end > start ? charLengthAt(n.original, lastStart) : 0;
  return [s, end > start ? lastStart + lastLen : s];
}

function charLengthAt(s: string, i: number): number {
  const cp = s.codePointAt(i);
  return cp !== undefined && cp > 0xffff ? 2 : 1;
}

const CHINESE_DIGIT = new Map([...'〇零幺一二两三四五六七八九'].map((c, i) => [c.charCodeAt(0), String([0, 0, 1, 1, 2, 2, 3, 4, 5, 6, 7, 8, 9][i])]));

/** The digit a character (a code point as a string) stands for when a number is spelt out: 0–9 and 〇零幺一二两三…九. */
function digitOf(c: string): string | undefined {
  if (c.length !== 1) return undefined;
  const code = c.charCodeAt(0);
  return code >= 48 && code <= 57 ? c : CHINESE_DIGIT.get(code);
}

/**
 * A number spelt digit by digit in Chinese (一三八零九七一二三四五, 138零九七一6789) is read as
 * digits when the run is seven or more long: that is how a phone number is hidden. Shorter runs
 * (三五成群, 一二年级) are words. One character for one character, so offsets are unchanged.
 */
function digitsFromChineseNumerals(chars: string[]): void {
  for (let i = 0; i < chars.length; ) {
    let j = i;
    let chinese = 0;
    for (let d; j < chars.length && (d = digitOf(chars[j])) !== undefined; j++) if (d !== chars[j]) chinese++;
    if (j - i >= 7 && chinese > 0) for (let k = i; k < j; k++) chars[k] = digitOf(chars[k])!;
    i = Math.max(j, i + 1);
  }
}
