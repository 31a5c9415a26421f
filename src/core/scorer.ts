// The learned scorer (issue #9: where fear and hearsay come in more wordings than word classes can
// list). A logistic regression over the character 2- and 3-grams of the normalised message, trained
// by scripts/train-scorer.mjs on the repo's labelled corpora; its weights are data
// (dictionaries/models/*.json). Pure: the loader hands the model in as a value.

export interface ScorerModel {
  /** Which clause the model was trained for (a rule using it must belong to that clause). */
  clause: string;
  /** Character n-gram lengths. */
  ngrams: number[];
  /** Messages with fewer distinct n-grams are scored as if they had this many: one short line is not evidence. */
  floor: number;
  bias: number;
  /** The score from which the message counts as a violation (chosen by cross-validation, see the trainer). */
  threshold: number;
  weights: Record<string, number>;
  /** How the model was trained and how it scored (for `explain` and the next engineer; not read by lint). */
  training?: Record<string, unknown>;
}

export interface CompiledScorer {
  model: ScorerModel;
  weights: Map<string, number>;
  maxN: number;
}

export function compileScorer(model: ScorerModel): CompiledScorer {
  return { model, weights: new Map(Object.entries(model.weights)), maxN: Math.max(...model.ngrams) };
}

/**
 * The text the n-grams are read from, with each character's offset in `text`: white space dropped,
 * a run of digits read as one 0 and a run of Latin letters as one a (so 3月5日 and 12月20日 are one
 * feature, and a name in pinyin is no evidence).
 */
export function scorerKey(text: string): { key: string; at: number[] } {
  let key = '';
  const at: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === ' ' || c === '\n' || c === '\r' || c === '\t' || c === '\u3000' || (c > '\u007f' && /\s/.test(c))) continue;
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

/** The distinct n-grams of a text, each with the span [start, end) of its first occurrence in `text`. */
export function scorerFeatures(text: string, ngrams: number[]): Map<string, [number, number]> {
  const { key, at } = scorerKey(text);
  const first = new Map<string, [number, number]>();
  for (let i = 0; i < key.length; i++) {
    for (const n of ngrams) {
      if (i + n > key.length) continue;
      const gram = key.slice(i, i + n);
      if (!first.has(gram)) first.set(gram, [at[i], at[i + n - 1] + 1]);
    }
  }
  return first;
}

export interface ScorerVerdict {
  score: number;
  /** The n-grams that raised the score, with where they first occur and their weight, highest first. */
  cues: Array<{ span: [number, number]; weight: number }>;
}

export function scoreText(scorer: CompiledScorer, text: string): ScorerVerdict {
  const features = scorerFeatures(text, scorer.model.ngrams);
  const scale = 1 / Math.sqrt(Math.max(features.size, scorer.model.floor, 1));
  let score = scorer.model.bias;
  const cues: ScorerVerdict['cues'] = [];
  for (const [gram, span] of features) {
    const weight = scorer.weights.get(gram);
    if (weight === undefined) continue;
    score += weight * scale;
    if (weight > 0) cues.push({ span, weight });
  }
  cues.sort((a, b) => b.weight - a.weight || a.span[0] - b.span[0]);
  return { score, cues };
}
