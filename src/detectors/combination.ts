// Combination detector: a rule names word classes (dictionaries/classes.yaml) that must meet in one
// clause or sentence (or anywhere in the message), in any order, classes that decide alone, and
// classes that must not be there. The finding stands at the first class's word and its message quotes
// every word that decided it, so a reader sees why: 转出去 (大家转出去), 不配 (你就不配).
import { classIn, classSpans } from '../core/classes';
import type { LintContext, Match } from '../core/context';
import type { Rule } from '../core/rules';
import { lowerBound, Span } from '../core/text';

function scopesOf(ctx: LintContext, rule: Rule): Span[] {
  return rule.scope === 'message' ? [[ctx.bodyStart, ctx.text.length]] : rule.scope === 'sentence' ? ctx.sentences : ctx.clauses;
}

/** A match of the rule's fixed phrases (terms, patterns) is excluded by its `none` classes too. */
export function excludedByNone(ctx: LintContext, rule: Rule, m: Match): boolean {
  return rule.none?.some((name) => classIn(ctx, name, scopeOf(scopesOf(ctx, rule), m.start))) ?? false;
}

export function combination(ctx: LintContext, rule: Rule): Match[] {
  const scopes = scopesOf(ctx, rule);
  const excluded = (scope: Span) => rule.none?.some((name) => classIn(ctx, name, scope)) ?? false;
  const matches: Match[] = [];
  for (const name of rule.alone ?? []) {
    for (const span of classSpans(ctx, name)) {
      if (!excluded(scopeOf(scopes, span[0]))) matches.push(matchOf(ctx, [span]));
    }
  }
  const required = (rule.all ?? []).map((r) => (Array.isArray(r) ? r : [r]));
  // Cheap test first: every required class somewhere in the message.
  if (!required.length || !required.every((anyOf) => anyOf.some((name) => classSpans(ctx, name).length))) return matches;
  const [first, ...rest] = required;
  for (const scope of scopes) {
    if (excluded(scope)) continue;
    // Every occurrence of the first class is a place of its own (学校不组织补课，但…开小班: the negated
    // one must not hide the other); the other classes may be anywhere in the scope.
    for (const name of first) {
      for (const anchor of classSpans(ctx, name)) {
        if (anchor[0] < scope[0] || anchor[1] > scope[1]) continue;
        const found: Span[] = [anchor];
        for (const anyOf of rest) {
          const hit = firstOf(ctx, anyOf, scope, found);
          if (!hit) break;
          found.push(hit);
        }
        if (found.length === required.length) matches.push(matchOf(ctx, found));
      }
    }
  }
  return matches;
}

function scopeOf(scopes: Span[], offset: number): Span {
  return scopes.find(([s, e]) => offset >= s && offset < e) ?? scopes[scopes.length - 1] ?? [0, 0];
}

/**
 * A match at the rule's first class, the word the act turns on (补习班, 不配, 人贩子); its {term}
 * quotes every deciding word, whole when they stand close together (你就不配), else joined by ….
 */
function matchOf(ctx: LintContext, found: Span[]): Match {
  const [start, end] = found[0];
  const from = Math.min(...found.map(([s]) => s));
  const to = Math.max(...found.map(([, e]) => e));
  const term = to - from <= 16 ? ctx.norm.text.slice(from, to) : [...found].sort((a, b) => a[0] - b[0]).map(([s, e]) => ctx.norm.text.slice(s, e)).join('…');
  return { start, end, vars: { term }, parts: found.slice(1) };
}

/** The earliest occurrence of any of the classes in the scope that does not overlap words already used. */
function firstOf(ctx: LintContext, anyOf: string[], [start, end]: Span, used: Span[]): Span | undefined {
  let best: Span | undefined;
  for (const name of anyOf) {
    const spans = classSpans(ctx, name);
    // Sorted by start: from the first at the scope's start, and none from its end on.
    for (let i = lowerBound(spans.length, (k) => spans[k][0] < start); i < spans.length && spans[i][0] < end; i++) {
      const span = spans[i];
      if (span[1] > end) continue;
      if (used.some(([s, e]) => span[0] < e && span[1] > s)) continue;
      if (!best || span[0] < best[0]) best = span;
      break;
    }
  }
  return best;
}
