// The learned scorer (issue #9: where fear and hearsay come in more wordings than word classes can
// list). A logistic regression over the character 2- and 3-grams of the normalised message, trained
// by scripts/train-scorer.mjs on the repo's labelled corpora; its weights are data
// (dictionaries/models/*.json). Pure: the loader hands the model in as a value.

export interface ScorerModel {
  /** Which clause the model was trained for (a rule using it must belong to that clause). */
  clause: string;
  /** Character n-gram lengths. */
  ngrams: number[];
  /** Messages with fewer n-grams (counted with repeats) are scored as if they had this many: one short line is not evidence. */
  floor: number;
  bias: number;
  /** A message scoring above it counts as a violation (chosen by cross-validation, see the trainer). */
  threshold: number;
  weights: Record<string, number>;
  /** How the model was trained and how it scored (for `explain` and the next engineer; not read by lint). */
  training?: Record<string, unknown>;
}

/** A node of the n-gram trie: the weight of the n-gram that ends here, and the longer ones that go on from it. */
interface GramNode {
  weight?: number;
  next?: Map<number, GramNode>;
}

export interface CompiledScorer {
  model: ScorerModel;
  /**
   * The weights as a trie keyed by UTF-16 units (small integers: the fastest keys a Map has; an n-gram read
   * as one number in base 65536 is a heap number, and those lookups cost as much as segmenting the text).
   */
  root: Map<number, GramNode>;
  /** How many n-grams have a weight. */
  grams: number;
}

/** Where the n-gram at key position i stands in the text: [its first character, after its last). */
const spanOf = (at: number[], i: number, n: number): [number, number] => [at[i], at[i + n - 1] + 1];

/** What is wrong with a model file, if anything (a hand-edited or truncated file must not score nonsense). */
export function modelProblem(model: unknown): string | undefined {
  const m = model as Partial<ScorerModel> | null;
  if (!m || typeof m !== 'object') return '模型应为对象';
  if (!Array.isArray(m.ngrams) || !m.ngrams.length || !m.ngrams.every((n) => Number.isInteger(n) && n >= 1 && n <= 3)) return 'ngrams 应为 1–3 的整数列表';
  for (const key of ['floor', 'bias', 'threshold'] as const) if (typeof m[key] !== 'number' || !Number.isFinite(m[key])) return `${key} 应为数字`;
  if (!m.weights || typeof m.weights !== 'object' || !Object.values(m.weights).every((w) => typeof w === 'number' && Number.isFinite(w))) return 'weights 应为“字组 → 数字”的对象';
  return undefined;
}

export function compileScorer(model: ScorerModel): CompiledScorer {
  const root = new Map<number, GramNode>();
  let grams = 0;
  for (const gram in model.weights) {
    if (!model.ngrams.includes(gram.length)) continue;
    let level = root;
    let node: GramNode | undefined;
    for (let k = 0; k < gram.length; k++) {
      const unit = gram.charCodeAt(k);
      node = level.get(unit) ?? (level.set(unit, {}), level.get(unit)!);
      if (k < gram.length - 1) level = node.next ??= new Map();
    }
    node!.weight = model.weights[gram];
    grams++;
  }
  return { model, root, grams };
}

/** The white space of JavaScript's \s beyond ASCII (a set: the key is built character by character). */
const WIDE_SPACE = new Set(['\u00a0', '\u1680', ...'\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000', '\ufeff']);

export interface ScorerKey {
  key: string;
  /** The offset in the text of each character of key. */
  at: number[];
}

/**
 * The text the n-grams are read from, with each character's offset in `text`: white space dropped,
 * a run of digits read as one 0 and a run of Latin letters as one a (so 3月5日 and 12月20日 are one
 * feature, and a name in pinyin is no evidence).
 */
export function scorerKey(text: string): ScorerKey {
  let key = '';
  const at: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === ' ' || c === '\n' || c === '\r' || c === '\t' || c === '\u3000' || (c > '\u007f' && WIDE_SPACE.has(c))) continue;
    const digit = c >= '0' && c <= '9';
    const latin = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    if (digit || latin) {
      const last = key[key.length - 1];
      if ((digit && last === '0') || (latin && last === 'a')) continue;
      key += digit ? '0' : 'a';
    } else key += c;
    at.push(i);
  }
  return { key, at };
}

/** How many n-grams a text has (every position, repeats included): what a message's score is scaled by. */
const gramCount = (length: number, ngrams: number[]): number => ngrams.reduce((sum, n) => sum + Math.max(0, length - n + 1), 0);

/**
 * The distinct n-grams of a text, each with the span [start, end) of its first occurrence in `text`,
 * and how many n-grams it has in all (the trainer reads messages through this).
 */
export function scorerFeatures(text: string, ngrams: number[]): { grams: Map<string, [number, number]>; count: number } {
  const { key, at } = scorerKey(text);
  const grams = new Map<string, [number, number]>();
  for (let i = 0; i < key.length; i++) {
    for (const n of ngrams) {
      if (i + n > key.length) continue;
      const gram = key.slice(i, i + n);
      if (!grams.has(gram)) grams.set(gram, spanOf(at, i, n));
    }
  }
  return { grams, count: gramCount(key.length, ngrams) };
}

export interface ScorerVerdict {
  score: number;
  /** The n-grams that raised the score, with where they first occur and their weight (in no order: most messages never need them sorted). */
  cues: Array<{ span: [number, number]; weight: number }>;
}

/**
 * bias + (the weights of the distinct n-grams present) / sqrt(max(n-grams in all, floor)). Takes the
 * text or its scorerKey (a message read by several scorers is keyed once).
 */
export function scoreText(scorer: CompiledScorer, text: string | ScorerKey): ScorerVerdict {
  const { key, at } = typeof text === 'string' ? scorerKey(text) : text;
  let sum = 0;
  const cues: ScorerVerdict['cues'] = [];
  let seen: Set<GramNode> | undefined; // a distinct n-gram is a distinct node; made on the first hit
  // Every n-gram starting at i, walked down the trie: most stop at the first or second unit.
  for (let i = 0; i < key.length; i++) {
    let level: Map<number, GramNode> | undefined = scorer.root;
    for (let n = 1; level && i + n <= key.length; n++) {
      const node: GramNode | undefined = level.get(key.charCodeAt(i + n - 1));
      if (!node) break;
      const { weight } = node;
      if (weight !== undefined && !seen?.has(node)) {
        (seen ??= new Set()).add(node);
        sum += weight;
        if (weight > 0) cues.push({ span: spanOf(at, i, n), weight });
      }
      level = node.next;
    }
  }
  const score = scorer.model.bias + sum / Math.sqrt(Math.max(gramCount(key.length, scorer.model.ngrams), scorer.model.floor, 1));
  return { score, cues };
}
