// Lexicon detector: dictionary terms matched on whole tokens, so 安排名单 (安排|名单) never yields 排名.
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
    byFirstChar.set(rule, map);
  }
  return map;
}

export function lexicon(ctx: LintContext, rule: Rule): Match[] {
  const terms = index(rule);
  const text = ctx.lowerText;
  const matches: Match[] = [];
  for (const token of ctx.tokens) {
    const candidates = terms.get(text[token.start]);
    if (!candidates) continue;
    for (const term of candidates) {
      const end = token.start + term.length;
      if (ctx.tokenEnds.has(end) && text.startsWith(term, token.start)) {
        matches.push({ start: token.start, end, vars: { term: ctx.norm.text.slice(token.start, end) } });
        break;
      }
    }
  }
  return matches;
}
