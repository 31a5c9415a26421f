// Lexicon detector: dictionary terms on token boundaries, the same way word classes match
// (src/core/classes.ts): a term covers whole tokens (安排名单 never yields 排名) or lies inside one
// made-up token or ends a long compound (讲座 in 专题讲座, not 家教 in 没家教; one character must be a token of its own).
import { wordSpans } from '../core/classes';
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

export function lexicon(ctx: LintContext, rule: Rule): Match[] {
  return [...wordSpans(ctx, index(rule))].map(([start, end]) => ({ start, end, vars: { term: ctx.norm.text.slice(start, end) } }));
}
