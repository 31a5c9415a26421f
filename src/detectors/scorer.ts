// Scorer detector: the learned model of a clause (src/core/scorer.ts) judges the whole message; the
// finding points at the words that raised the score most, in the sentence where they weigh most, and
// names them.
import type { LintContext, Match } from '../core/context';
import type { Rule } from '../core/rules';
import { scorerKey, scoreText } from '../core/scorer';
import { Span, spanAt } from '../core/text';

/** A cue weaker than this is not named in the message (it only adds up). */
const NAMED_CUE = 0.5;
const NAMED_CUES = 3;
const MIN_PHRASES = 2;

export function scorer(ctx: LintContext, rule: Rule): Match[] {
  const model = rule.compiledScorer!;
  ctx.scorerKey ??= scorerKey(ctx.norm.text);
  const { score, cues } = scoreText(model, ctx.scorerKey);
  if (score <= model.model.threshold) return [];
  // The sentence the positive cues weigh most in.
  const bySentence = new Map<Span, number>();
  for (const cue of cues) {
    const sentence = spanAt(ctx.sentences, cue.span[0]);
    bySentence.set(sentence, (bySentence.get(sentence) ?? 0) + cue.weight);
  }
  if (!bySentence.size) return [];
  const [[start, end]] = [...bySentence].sort((a, b) => b[1] - a[1] || a[0][0] - b[0][0])[0];
  // Its strongest cues, overlapping n-grams joined into the words they cover, named in text order.
  const phrases: Array<{ span: [number, number]; weight: number }> = [];
  // A cue across punctuation (了，现) names no words; one at its edge (，现在) names what is left.
  const words = cues
    .filter((c) => c.weight >= NAMED_CUE && c.span[0] >= start && c.span[1] <= end)
    .map((c) => ({ span: trimmed(ctx.norm.text, wholeWords(ctx, c.span)), weight: c.weight }))
    .filter(({ span: [s, e] }) => e > s && !EDGE.test(ctx.norm.text.slice(s, e)));
  for (const cue of words.sort((a, b) => a.span[0] - b.span[0])) {
    const last = phrases[phrases.length - 1];
    if (last && cue.span[0] < last.span[1]) {
      last.span[1] = Math.max(last.span[1], cue.span[1]);
      last.weight += cue.weight;
    } else phrases.push({ span: [...cue.span], weight: cue.weight });
  }
  // One phrase is one word, and words are what the rules are for: the model speaks on evidence from two places.
  if (phrases.length < MIN_PHRASES) return [];
  const strongest = phrases.sort((a, b) => b.weight - a.weight).slice(0, NAMED_CUES);
  const cueList = [...strongest]
    .sort((a, b) => a.span[0] - b.span[0])
    .map(({ span }) => `“${shortened(ctx.norm.text.slice(span[0], span[1]))}”`)
    .join('');
  // One match per named cue, the strongest first: the context layer judges each (negated, quoted, a
  // warning …); lint drops them all when the strongest is denied, and reports the sentence once, at its first cue.
  return strongest.map(({ span: [s, e] }) => ({ start: s, end: e, vars: { term: ctx.norm.text.slice(s, e), cues: cueList } }));
}

/** A cue widened to the words it cuts into (下学 → 下学期, 考不 → 考不进): the finding names words, not n-grams. */
function wholeWords(ctx: LintContext, [start, end]: [number, number]): [number, number] {
  const first = ctx.tokens.find((t) => t.start <= start && t.end > start);
  const last = ctx.tokens.find((t) => t.start < end && t.end >= end);
  return [first ? Math.min(first.start, start) : start, last ? Math.max(last.end, end) : end];
}

/** A long run of overlapping cues is named by its start (the finding's range still covers it). */
const shortened = (words: string): string => (words.length > 8 ? `${words.slice(0, 8)}…` : words);

/** A cue without the punctuation at its edges (“，下学” names 下学). */
function trimmed(text: string, [start, end]: [number, number]): [number, number] {
  while (start < end && EDGE.test(text[start])) start++;
  while (end > start && EDGE.test(text[end - 1])) end--;
  return [start, end];
}

const EDGE = /[\p{P}\p{S}\s]/u;
