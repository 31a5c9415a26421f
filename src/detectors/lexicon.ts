// Lexicon detector: dictionary terms on token boundaries, the same way word classes match
// (src/core/classes.ts): a term covers whole tokens (安排名单 never yields 排名) or lies inside one
// made-up token or ends a long compound (讲座 in 专题讲座, not 家教 in 没家教; one character must be a token of its own).
import { fits, startPositions, wordSpans } from '../core/classes';
import type { LintContext, Match } from '../core/context';
import type { Rule } from '../core/rules';

const byFirstChar = new WeakMap<Rule, Map<string, string[]>>();

function index(rule: Rule): Map<string, string[]> {
  let map = byFirstChar.get(rule);
  if (!map) {
    map = new Map();
    for (const term of rule.terms ?? []) {
      const key = term[0].toLowerCase();
      map.set(key, [...(map.get(key) ?? []), term.toLowerCase()]);
    }
    for (const list of map.values()) list.sort((a, b) => b.length - a.length);
    byFirstChar.set(rule, map);
  }
  return map;
}

const merged = new WeakMap<Rule[], Map<string, Array<[Rule, string[]]>>>();

/** Every lexicon rule's terms by first character, each rule's in its own order. */
function mergedIndex(rules: Rule[]): Map<string, Array<[Rule, string[]]>> {
  let map = merged.get(rules);
  if (!map) {
    map = new Map();
    for (const rule of rules) {
      if (rule.detector !== 'lexicon') continue;
      for (const [key, terms] of index(rule)) map.set(key, [...(map.get(key) ?? []), [rule, terms]]);
    }
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
  for (const [at, token] of startPositions(ctx)) {
    const entries = terms.get(ctx.lowerText[at]);
    if (!entries) continue;
    for (const [rule, candidates] of entries) {
      for (const term of candidates) {
        if (!fits(ctx, token, at, term)) continue;
        const end = at + term.length;
        const match = { start: at, end, vars: { term: ctx.norm.text.slice(at, end) } };
        const list = found.get(rule);
        if (list) list.push(match);
        else found.set(rule, [match]);
        break;
      }
    }
  }
  return found;
}

export function lexicon(ctx: LintContext, rule: Rule): Match[] {
  return [...wordSpans(ctx, index(rule))].map(([start, end]) => ({ start, end, vars: { term: ctx.norm.text.slice(start, end) } }));
}
