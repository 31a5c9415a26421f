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
 * one per rule. A rule without matches is absent from the map.
 */
export function lexiconMatches(ctx: LintContext, rules: Rule[]): Map<Rule, Match[]> {
  const terms = mergedIndex(rules);
  const text = ctx.lowerText;
  const found = new Map<Rule, Match[]>();
  for (const token of ctx.tokens) {
    const entries = terms.get(text[token.start]);
    if (!entries) continue;
    for (const [rule, candidates] of entries) {
      for (const term of candidates) {
        const end = token.start + term.length;
        if (ctx.tokenEnds.has(end) && text.startsWith(term, token.start)) {
          const match = { start: token.start, end, vars: { term: ctx.norm.text.slice(token.start, end) } };
          const list = found.get(rule);
          if (list) list.push(match);
          else found.set(rule, [match]);
          break;
        }
      }
    }
  }
  return found;
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
