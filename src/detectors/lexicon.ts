// Lexicon detector: dictionary terms on token boundaries, the same way word classes match
// (src/core/classes.ts): a term covers whole tokens (安排名单 never yields 排名) or lies inside one
// made-up token or ends a long compound (讲座 in 专题讲座, not 家教 in 没家教; one character must be a token of its own).
import { candidatesAt, fits, startPositions, WordIndex, wordIndex, wordSpans } from '../core/classes';
import type { LintContext, Match } from '../core/context';
import type { Rule } from '../core/rules';

const indexes = new WeakMap<Rule, WordIndex<string>>();

/** A rule's terms in lower case, indexed for lookup at a position (classes.ts wordIndex). */
function index(rule: Rule): WordIndex<string> {
  let map = indexes.get(rule);
  if (!map) {
    map = wordIndex((rule.terms ?? []).map((term) => [term.toLowerCase(), term.toLowerCase()]));
    indexes.set(rule, map);
  }
  return map;
}

const merged = new WeakMap<Rule[], WordIndex<[Rule, string]>>();

/** Every lexicon rule's terms in one index, rule by rule in rule order, each rule's longest first. */
function mergedIndex(rules: Rule[]): WordIndex<[Rule, string]> {
  let map = merged.get(rules);
  if (!map) {
    const entries: Array<[string, [Rule, string]]> = [];
    for (const rule of rules) {
      if (rule.detector !== 'lexicon') continue;
      for (const term of rule.terms ?? []) entries.push([term.toLowerCase(), [rule, term.toLowerCase()]]);
    }
    map = wordIndex(entries);
    // The index sorts by length across rules; what a position needs is each rule's first fitting term, in rule order.
    const order = new Map(rules.map((r, i) => [r, i]));
    for (const byNext of map.values()) for (const list of byNext.values()) list.sort((a, b) => order.get(a[0])! - order.get(b[0])!); // stable: longest first within a rule
    merged.set(rules, map);
  }
  return map;
}

/**
 * What lexicon() finds for each lexicon rule of the list, in one pass over the tokens instead of
 * one per rule: the same words at the same places (startPositions, fits), each rule's in the same order. A rule
 * without matches is absent from the map.
 */
export function lexiconMatches(ctx: LintContext, rules: Rule[]): Map<Rule, Match[]> {
  const terms = mergedIndex(rules);
  const found = new Map<Rule, Match[]>();
  if (!terms.size) return found;
  const { at: positions, token: tokens } = startPositions(ctx);
  for (let p = 0; p < positions.length; p++) {
    const at = positions[p];
    const candidates = candidatesAt(terms, ctx.lowerText, at);
    if (!candidates) continue;
    let matched: Rule | undefined; // a rule has one match per position: its longest fitting term
    for (const [rule, term] of candidates) {
      if (rule === matched || !fits(ctx, tokens[p], at, term)) continue;
      matched = rule;
      const end = at + term.length;
      const match = { start: at, end, vars: { term: ctx.norm.text.slice(at, end) } };
      const list = found.get(rule);
      if (list) list.push(match);
      else found.set(rule, [match]);
    }
  }
  return found;
}

export function lexicon(ctx: LintContext, rule: Rule): Match[] {
  return wordSpans(ctx, index(rule)).map(([start, end]) => ({ start, end, vars: { term: ctx.norm.text.slice(start, end) } }));
}
