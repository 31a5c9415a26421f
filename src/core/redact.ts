// Secrets never leave the process in full. Every string a report or a message prints goes through
// one pass that masks each run of digits long enough to be a phone, ID or bank card number, in any
// spelling (ASCII, full-width, Chinese numerals, with spaces, dashes, dots or emoji between), whether
// or not a rule found it, reported it or was turned off. Masking keeps the length of the text (one
// `*` for one hidden character), so offsets and ranges stay true; it is applied to reports only,
// never to the text `--fix` writes back.
import type { LintResult } from './types';

// One character for one digit, so the masked text keeps its offsets.
const DIGIT = '0-9\\uff10-\\uff19〇零幺一二两三四五六七八九壹贰叁肆伍陆柒捌玖';
// What may stand between the digits of one number: spaces, dashes, dots, slashes, brackets, emoji.
const GAP = `(?:[\\s\\-–—.·_/()（）\\u200b-\\u200d\\u2060\\ufeff\\ufe0f]|\\p{Extended_Pictographic}|\\p{Emoji_Modifier})`;
// A maximal run of digits with at most three gap characters between two digits. The digit and gap
// classes are disjoint, so the regex never backtracks: linear in the length of the text.
const RUN = new RegExp(`[${DIGIT}](?:${GAP}{0,3}[${DIGIT}])*(?:${GAP}{0,3}[Xx](?![A-Za-z]))?`, 'gu');
const IS_DIGIT = new RegExp(`^[${DIGIT}Xx]$`, 'u');
const VALUE: Record<string, string> = { 〇: '0', 零: '0', 幺: '1', 一: '1', 二: '2', 两: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9', 壹: '1', 贰: '2', 叁: '3', 肆: '4', 伍: '5', 陆: '6', 柒: '7', 捌: '8', 玖: '9' };

// A range of dates written with dots, slashes or dashes (2022.11.14—2022.11.18, 2022.11.14—11.18) is as
// long as a phone number but is no secret: masked, a notice's dates could not be read. ASCII digits only,
// each part a real month and day, so no phone (it starts with 1), ID or card number written as such passes.
const MONTH = '(?:0?[1-9]|1[0-2])';
const DAY = '(?:0?[1-9]|[12]\\d|3[01])';
const YEAR = '(?:19|20)\\d\\d';
const DATE_RANGE = new RegExp(`^${YEAR}([./-])${MONTH}\\1${DAY}(?:\\s{0,2}[—–-]{1,2}\\s{0,2}(?:${YEAR}[./-])?${MONTH}[./-]${DAY})+$`);

/** The shortest mobile number; IDs (15, 18) and bank cards (16–19) are longer. */
export const SECRET_MIN_DIGITS = 11;
const HEAD = 3;
const TAIL = 4;

/** ASCII value of one digit character in any spelling (１ → 1, 三 → 3, X stays X). */
function digitValue(c: string): string {
  const code = c.charCodeAt(0);
  if (code >= 0xff10 && code <= 0xff19) return String.fromCharCode(code - 0xfee0);
  return VALUE[c] ?? c.toUpperCase();
}

/** The digits of a string in ASCII, whatever their spelling. */
export function digitsOf(s: string): string {
  let out = '';
  for (const c of s) if (IS_DIGIT.test(c)) out += digitValue(c);
  return out;
}

/**
 * How a number is shown, the same everywhere: its first three and last four digits, the rest `*`.
 * A country code (+86, 0086) before a mobile number is not part of the number and stays.
 */
export function maskNumber(digits: string): string {
  const skip = countryCodeLength(digits);
  return digits.slice(0, skip + HEAD) + '*'.repeat(Math.max(0, digits.length - skip - HEAD - TAIL)) + digits.slice(-TAIL);
}

function countryCodeLength(digits: string): number {
  if (digits.length === 13 && digits.startsWith('861')) return 2;
  if (digits.length === 15 && digits.startsWith('00861')) return 4;
  return 0;
}

/** Masks one run in place: each hidden digit character becomes one `*`. */
function maskRun(run: string, digits: string): string {
  const skip = countryCodeLength(digits);
  let seen = 0;
  let out = '';
  for (const c of run) {
    if (!IS_DIGIT.test(c)) {
      out += c;
      continue;
    }
    seen++;
    out += seen <= skip + HEAD || seen > digits.length - TAIL ? c : '*'.repeat(c.length);
  }
  return out;
}

/** The numbers masked in one report, so that a piece of one quoted elsewhere is masked the same way. */
export class SecretBook {
  private readonly numbers = new Set<string>();
  // All numbers in one string ("13800138000|110105…"), to find where a piece occurs in one search.
  private joined: string | undefined;
  private readonly pieces = new Map<string, boolean[] | undefined>();

  add(digits: string): void {
    if (this.numbers.has(digits)) return;
    this.numbers.add(digits);
    this.joined = undefined;
    this.pieces.clear();
  }

  get size(): number {
    return this.numbers.size;
  }

  /**
   * Which digits of a piece of a known number its mask hides. Where the piece occurs more than once
   * (138 in 13800138000), the occurrence that hides the fewest digits is taken: the mask shows those.
   */
  hiddenDigits(piece: string): boolean[] | undefined {
    if (this.pieces.has(piece)) return this.pieces.get(piece);
    this.joined ??= [...this.numbers].join('|');
    let best: boolean[] | undefined;
    for (let at = this.joined.indexOf(piece); at >= 0; at = this.joined.indexOf(piece, at + 1)) {
      const start = this.joined.lastIndexOf('|', at) + 1;
      const end = this.joined.indexOf('|', at) >>> 0; // -1 → past the end
      const number = this.joined.slice(start, Math.min(end, this.joined.length));
      const skip = countryCodeLength(number);
      const here = Array.from(piece, (_, i) => at - start + i >= skip + HEAD && at - start + i < number.length - TAIL);
      if (!best || count(here) < count(best)) best = here;
    }
    const hidden = best?.includes(true) ? best : undefined;
    this.pieces.set(piece, hidden);
    return hidden;
  }
}

const count = (flags: boolean[]) => flags.filter(Boolean).length;

/**
 * Masks every digit run of a secret's length in a string, and notes it in `secrets`. With
 * `maskPieces`, a shorter run that is a piece of a number noted there is masked the way that number
 * is: a message quoting part of a number reveals no digit the excerpt hides.
 */
export function redact(text: string, secrets?: SecretBook, maskPieces = true): string {
  if (!text) return text;
  return text.replace(RUN, (run) => {
    const digits = digitsOf(run);
    if (digits.length >= SECRET_MIN_DIGITS) {
      if (DATE_RANGE.test(run)) return run;
      secrets?.add(digits);
      return maskRun(run, digits);
    }
    if (!maskPieces || digits.length < HEAD || !secrets?.size) return run;
    const hidden = secrets.hiddenDigits(digits);
    if (!hidden) return run;
    let i = 0;
    let out = '';
    for (const c of run) out += IS_DIGIT.test(c) ? (hidden[i++] ? '*'.repeat(c.length) : c) : c;
    return out;
  });
}

/**
 * Masks everything of a report that can quote a user's text: the file name, the source (excerpts),
 * messages, suggestions, fixes as shown, and the reason an input failed. The source goes first, so
 * that a piece of one of its numbers quoted by a message is masked the same way.
 */
export function redactResults(results: LintResult[]): void {
  for (const r of results) {
    const secrets = new SecretBook();
    // The source first, noting its numbers; its own short numbers are numbers of their own.
    if (r.source !== undefined) r.source = redact(r.source, secrets, false);
    const withOutput = r as LintResult & { output?: string };
    if (withOutput.output !== undefined) withOutput.output = redact(withOutput.output, secrets);
    // A file name is masked only where it holds a whole number: a piece (dev-123.txt) stays, or the
    // report would name a file that does not exist.
    r.filePath = redact(r.filePath, secrets, false);
    if (r.fatal !== undefined) r.fatal = redact(r.fatal, secrets);
    // In place: a 50 MB file has half a million findings, and copies of them would double the memory.
    for (const m of r.messages) {
      m.message = redact(m.message, secrets);
      for (const s of m.suggestions) {
        s.desc = redact(s.desc, secrets);
        if (s.text !== undefined) s.text = redact(s.text, secrets);
      }
      if (m.fix) m.fix = { range: m.fix.range, text: redact(m.fix.text, secrets) };
    }
  }
}
