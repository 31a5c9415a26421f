// Word classes (dictionaries/classes.yaml): broad, shared lists of words that play one part in a
// message (a student, a rank, a forwarding imperative, contempt …). Combination rules say which
// classes must meet in one clause or sentence; this module compiles the classes and finds where each
// occurs in a message. Pure: the loader hands the YAML data in.
import { LintContext, tokenAt } from './context';
import { containsAny, requiredLiterals } from './literals';
import type { Token } from './segment';
import { execAll, Span } from './text';

/** One class as written in classes.yaml. */
export interface WordClassSpec {
  description: string;
  /** Words, matched on token boundaries (see wordSpans). */
  words?: string[];
  /** Regular expressions on the normalised text, for what a list cannot hold (amounts, 第N名). */
  patterns?: string[];
  /** Other classes whose occurrences count as this one's. */
  include?: string[];
  /** Named persons found by names.ts count as occurrences (a student reference). */
  names?: boolean;
}

export interface WordClass {
  name: string;
  description: string;
  /** Words in lower case, as listed (the merged index of all classes orders them for lookup). */
  words: string[];
  patterns: RegExp[];
  /** For each pattern, strings one of which every match contains (null: unknown): a message without them skips the regex. */
  patternLiterals: (string[] | null)[];
  include: string[];
  names: boolean;
}

export type WordClasses = Map<string, WordClass>;

/**
 * Words by the codes of their first two characters (UTF-16 units), each list longest first and
 * ending with the one-character words of its first character; -1 holds those alone. At a position
 * only the words that can start there are tried: the same words, in the same order, as a list by
 * first character. Numbers, not strings, as keys: no string is made per position.
 */
export type WordIndex<T> = Map<number, Map<number, T[]>>;

export function wordIndex<T>(entries: Array<[string, T]>): WordIndex<T> {
  const byFirst = new Map<number, Array<[string, T]>>();
  for (const entry of entries) {
    const list = byFirst.get(entry[0].charCodeAt(0));
    if (list) list.push(entry);
    else byFirst.set(entry[0].charCodeAt(0), [entry]);
  }
  const index: WordIndex<T> = new Map();
  for (const [first, list] of byFirst) {
    list.sort((a, b) => b[0].length - a[0].length); // stable: words of equal length keep their order
    const single = list.filter(([w]) => w.length === 1).map(([, v]) => v);
    const longer = new Map<number, T[]>();
    for (const [w, v] of list) {
      if (w.length === 1) continue;
      const same = longer.get(w.charCodeAt(1));
      if (same) same.push(v);
      else longer.set(w.charCodeAt(1), [v]);
    }
    const byNext = new Map<number, T[]>([[-1, single]]);
    for (const [next, words] of longer) byNext.set(next, [...words, ...single]);
    index.set(first, byNext);
  }
  return index;
}

/** The words of an index that may start at `at` (longest first), or undefined. */
export function candidatesAt<T>(index: WordIndex<T>, text: string, at: number): T[] | undefined {
  const byNext = index.get(text.charCodeAt(at));
  return byNext && (byNext.get(text.charCodeAt(at + 1)) ?? byNext.get(-1));
}

/** Every class word with the classes it belongs to, in one index: one pass finds them all. */
const mergedIndex = new WeakMap<WordClasses, WordIndex<{ word: string; classes: string[] }>>();

function indexOf(classes: WordClasses): WordIndex<{ word: string; classes: string[] }> {
  let index = mergedIndex.get(classes);
  if (index) return index;
  const byWord = new Map<string, string[]>();
  for (const c of classes.values()) for (const w of c.words) byWord.set(w, [...(byWord.get(w) ?? []), c.name]);
  index = wordIndex([...byWord].map(([word, names]) => [word, { word, classes: names }]));
  mergedIndex.set(classes, index);
  return index;
}

/** The words of every class in the message, by class: at each position, each class's longest word. */
function classWordHits(ctx: LintContext): Map<string, Span[]> {
  const hits = new Map<string, Span[]>();
  const index = indexOf(ctx.classes);
  const { at: positions, token: tokens } = startPositions(ctx);
  for (let p = 0; p < positions.length; p++) {
    const at = positions[p];
    const candidates = candidatesAt(index, ctx.lowerText, at);
    if (!candidates) continue;
    const taken = new Set<string>();
    for (const { word, classes } of candidates) {
      if (classes.every((c) => taken.has(c)) || !fits(ctx, tokens[p], at, word)) continue;
      for (const c of classes) {
        if (taken.has(c)) continue;
        taken.add(c);
        const list = hits.get(c);
        if (list) list.push([at, at + word.length]);
        else hits.set(c, [[at, at + word.length]]);
      }
    }
  }
  return hits;
}

export class ClassError extends Error {}

export function compileClasses(data: unknown, where = 'classes.yaml', literalsOf: (source: string) => string[] | null = requiredLiterals): WordClasses {
  const classes: WordClasses = new Map();
  if (data === undefined || data === null) return classes;
  if (typeof data !== 'object' || Array.isArray(data)) throw new ClassError(`${where}: 应为“类名: {description, words, patterns}”的映射`);
  for (const [name, raw] of Object.entries(data as Record<string, WordClassSpec>)) {
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(name)) throw new ClassError(`${where}: 词类名 ${name} 应为小写短横线形式`);
    if (!raw || typeof raw !== 'object' || typeof raw.description !== 'string') throw new ClassError(`${where}: 词类 ${name} 需要 description`);
    const words = (raw.words ?? []).map((word) => {
      // YAML reads 110 as a number: any scalar is a word.
      const w = String(word ?? '').trim().toLowerCase();
      if (!w || typeof word === 'object') throw new ClassError(`${where}: 词类 ${name} 含有空词`);
      return w;
    });
    const patterns = (raw.patterns ?? []).map((source) => {
      try {
        return new RegExp(source, 'gu');
      } catch (e) {
        throw new ClassError(`${where}: 词类 ${name} 的正则表达式无效 /${source}/：${(e as Error).message}`);
      }
    });
    const patternLiterals = (raw.patterns ?? []).map(literalsOf);
    classes.set(name, { name, description: raw.description, words, patterns, patternLiterals, include: raw.include ?? [], names: raw.names === true });
  }
  for (const c of classes.values()) {
    for (const inc of c.include) if (!classes.has(inc)) throw new ClassError(`${where}: 词类 ${c.name} 引用了不存在的词类 ${inc}`);
  }
  return classes;
}

/**
 * Where a class occurs in the message, sorted, computed once per message and class. A word counts
 * when it covers whole tokens (安排|名单 never yields 排名) or lies inside a long or made-up token
 * (讲座 ending 专题讲座, but not 家教 in 没家教 or 国家教育部); a one-character word must be a whole token.
 */
export function classSpans(ctx: LintContext, name: string): Span[] {
  const cached = ctx.classCache.get(name);
  if (cached) return cached;
  const cls = ctx.classes.get(name);
  if (!cls) throw new ClassError(`没有名为 ${name} 的词类`);
  ctx.classCache.set(name, []); // guards against include cycles
  ctx.classWordHits ??= classWordHits(ctx);
  const spans: Span[] = [...(ctx.classWordHits.get(name) ?? [])];
  for (const [i, re] of cls.patterns.entries()) {
    const literals = cls.patternLiterals[i];
    if (literals && !containsAny(ctx.matchText, ctx.matchBits, literals)) continue;
    // A pattern starts a word too: 谢老师 is no teacher inside 谢谢|老师.
    // On the copy with long digit runs cut short (same offsets): \d+元 must not rescan 10,000 digits from each.
    for (const m of execAll(re, ctx.matchText)) if (m[0] && patternMayStart(ctx, m.index!)) spans.push([m.index!, m.index! + m[0].length]);
  }
  if (cls.names) spans.push(...ctx.names);
  for (const inc of cls.include) spans.push(...classSpans(ctx, inc));
  spans.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  ctx.classCache.set(name, spans);
  return spans;
}

/**
 * Where words occur on token boundaries: a word covers whole tokens, or (two characters or more) lies
 * inside a token jieba made up, or ends a compound of four characters or more. `index` holds lower-case words (wordIndex).
 */
export function wordSpans(ctx: LintContext, index: WordIndex<string>): Span[] {
  const spans: Span[] = [];
  if (!index.size) return spans;
  const { at: positions, token: tokens } = startPositions(ctx);
  for (let p = 0; p < positions.length; p++) {
    const at = positions[p];
    for (const word of candidatesAt(index, ctx.lowerText, at) ?? []) {
      if (fits(ctx, tokens[p], at, word)) {
        spans.push([at, at + word.length]);
        break;
      }
    }
  }
  return spans;
}

/**
 * Where a word may start, with the token it starts in: a token's start; inside a token only when
 * jieba made it up (x: 蠢到家) or the token is a long compound whose head the word may be (专题讲座).
 * Most tokens give one position. Worked out once per message.
 */
export function startPositions(ctx: LintContext): { at: number[]; token: Token[] } {
  if (ctx.startPositions) return ctx.startPositions;
  const at: number[] = [];
  const token: Token[] = [];
  for (const t of ctx.tokens) {
    const inner = madeUpPair(t) ? t.end - 1 : t.tag === 'x' || t.end - t.start >= 4 ? t.end - 2 : t.start;
    for (let i = t.start; i <= Math.max(t.start, inner); i++) {
      at.push(i);
      token.push(t);
    }
  }
  return (ctx.startPositions = { at, token });
}

/** A word at `at` counts when it covers whole tokens, or lies inside a made-up token, or ends a long compound. */
export function fits(ctx: LintContext, token: Token, at: number, word: string): boolean {
  if (!ctx.lowerText.startsWith(word, at)) return false;
  const end = at + word.length;
  if (at === token.start && ctx.tokenEnds.has(end)) return true;
  // Two characters jieba glued together without knowing them (纸|写 in 用作文纸写一篇) are two words.
  if (madeUpPair(token)) return end <= token.end;
  // A short dictionary word is a word of its own: 没家教 is not 家教, nor is 国家教育部.
  return word.length > 1 && (token.tag === 'x' ? end <= token.end : token.end - token.start >= 4 && end === token.end);
}

/**
 * A pattern starts at a token, or at the second character of a pair jieba made up (想众|筹: 众筹), the
 * one place inside a token where a word starts no matter what follows.
 */
function patternMayStart(ctx: LintContext, at: number): boolean {
  if (ctx.tokenStarts.has(at)) return true;
  if (!ctx.tokenStarts.has(at - 1) || !ctx.tokenEnds.has(at + 1)) return false;
  const token = tokenAt(ctx, at);
  return token !== undefined && madeUpPair(token);
}

const HAN_PAIR = /^\p{Script=Han}{2}$/u;
/** A two-character Han token that is in no dictionary (jieba's HMM made it up). */
function madeUpPair(token: Token): boolean {
  return token.tag === 'x' && token.end - token.start === 2 && HAN_PAIR.test(token.word);
}

/** The first occurrence of a class inside [start, end), or undefined. */
export function classIn(ctx: LintContext, name: string, [start, end]: Span): Span | undefined {
  return classSpans(ctx, name).find(([s, e]) => s >= start && e <= end);
}
