// Required literals of a regular expression: strings one of which every match must contain. A text
// that holds none of them cannot match, so the regex need not run — most messages skip most
// patterns with a few `includes`. Derived from the pattern's source, conservatively: whatever this
// cannot read (classes, escapes, letters under the i flag, optional parts) only makes the answer
// weaker, never wrong; null means nothing is known.

type Required = string[] | null;

/**
 * Which characters a text holds, as bits by UTF-16 unit modulo 4,096. A literal with a character
 * whose bit is clear is not in the text: most literals of most patterns are ruled out this way,
 * without scanning the text once per literal.
 */
export function charBits(text: string): Uint32Array {
  const bits = new Uint32Array(128);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i) & 4095;
    bits[c >>> 5] |= 1 << (c & 31);
  }
  return bits;
}

/** Whether `text` (whose charBits are `bits`) contains one of the literals. */
export function containsAny(text: string, bits: Uint32Array, literals: string[]): boolean {
  next: for (const literal of literals) {
    for (let i = 0; i < literal.length; i++) {
      const c = literal.charCodeAt(i) & 4095;
      if (!(bits[c >>> 5] & (1 << (c & 31)))) continue next;
    }
    if (text.includes(literal)) return true;
  }
  return false;
}

/** The literals, or null when some match could contain none that this reading can name. */
export function requiredLiterals(source: string): Required {
  try {
    const parser = new Parser(source);
    const req = parser.alternation();
    return parser.i === source.length ? req : null;
  } catch {
    return null;
  }
}

// Escapes that stand for a class or an assertion, not for their own character.
const CLASS_ESCAPE = /[dDsSwWbBpPkcxu0-9nrtfv]/;
// Under the i flag a letter matches both cases: not a literal of the text as written.
const CASED = /\p{L}/u;
const HAN_OR_UNCASED = /\p{Script=Han}|[^\p{L}]/u;

/** Prefer the requirement whose shortest string is longest (most selective), then the one with fewer strings. */
function better(a: Required, b: Required): Required {
  if (!a) return b;
  if (!b) return a;
  const min = (r: string[]) => Math.min(...r.map((s) => s.length));
  if (min(a) !== min(b)) return min(a) > min(b) ? a : b;
  return a.length <= b.length ? a : b;
}

class Parser {
  i = 0;
  constructor(private readonly src: string) {}

  /** alt ('|' alt)*: every alternative must name its literals, and a match contains one of them. */
  alternation(): Required {
    const alternatives: Required[] = [this.sequence()];
    while (this.src[this.i] === '|') {
      this.i++;
      alternatives.push(this.sequence());
    }
    if (alternatives.some((a) => a === null)) return null;
    return [...new Set(alternatives.flat() as string[])];
  }

  /** The most selective requirement among the parts every match of the sequence goes through. */
  private sequence(): Required {
    const src = this.src;
    let best: Required = null;
    let run = '';
    const flush = () => {
      if (run) best = better(best, [run]);
      run = '';
    };
    while (this.i < src.length && src[this.i] !== '|' && src[this.i] !== ')') {
      const c = src[this.i];
      if (c === '(') {
        flush();
        const lookaround = /^\(\?<?[=!]/.test(src.slice(this.i, this.i + 4));
        this.i += lookaround ? (src[this.i + 2] === '<' ? 4 : 3) : src.startsWith('(?:', this.i) ? 3 : src.startsWith('(?<', this.i) ? src.indexOf('>', this.i) + 1 : 1;
        const inner = this.alternation();
        if (src[this.i] !== ')') throw new Error('unbalanced');
        this.i++;
        const min = this.quantifier();
        if (!lookaround && min > 0) best = better(best, inner);
      } else if (c === '[') {
        flush();
        this.skipClass();
        this.quantifier();
      } else if (c === '\\') {
        const next = src[this.i + 1];
        if (CLASS_ESCAPE.test(next)) {
          flush();
          this.skipEscape();
          this.quantifier();
        } else {
          this.i += 2;
          this.literal(next, run, (r) => (run = r), flush);
        }
      } else if (c === '.' || c === '^' || c === '$') {
        flush();
        this.i++;
        this.quantifier();
      } else {
        const ch = String.fromCodePoint(src.codePointAt(this.i)!);
        this.i += ch.length;
        this.literal(ch, run, (r) => (run = r), flush);
      }
    }
    flush();
    return best;
  }

  private literal(ch: string, run: string, setRun: (r: string) => void, flush: () => void): void {
    const min = this.quantifier();
    const usable = !CASED.test(ch) || HAN_OR_UNCASED.test(ch);
    if (min === 0 || !usable) return flush();
    setRun(run + ch);
    if (min !== 1 || this.repeats) flush(); // a+ or a{2,}: the next literal need not follow directly
  }

  private repeats = false;

  /** Reads a quantifier if one follows; returns its minimum (1 when there is none). */
  private quantifier(): number {
    const src = this.src;
    this.repeats = false;
    let min = 1;
    const c = src[this.i];
    if (c === '?' || c === '*') {
      min = 0;
      this.i++;
    } else if (c === '+') {
      this.repeats = true;
      this.i++;
    } else if (c === '{') {
      const m = /^\{(\d+)(,\d*)?\}/.exec(src.slice(this.i));
      if (!m) throw new Error('bad quantifier');
      min = Number(m[1]);
      this.repeats = m[2] !== undefined || min > 1;
      this.i += m[0].length;
    } else {
      return 1;
    }
    if (src[this.i] === '?') this.i++; // lazy
    return min;
  }

  private skipClass(): void {
    const src = this.src;
    this.i++;
    while (this.i < src.length && src[this.i] !== ']') this.i += src[this.i] === '\\' ? 2 : 1;
    if (src[this.i] !== ']') throw new Error('unclosed class');
    this.i++;
  }

  private skipEscape(): void {
    const src = this.src;
    const m = /^\\(?:[pPk]\{[^}]*\}|k<[^>]*>|u\{[0-9a-fA-F]+\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|c[A-Za-z]|\d+|.)/u.exec(src.slice(this.i));
    if (!m) throw new Error('bad escape');
    this.i += m[0].length;
  }
}
