// Output formats. Each formatter is pure: results in, text out; the CLI writes it.
import { LintResult } from '../core/types';
import { countProblems, FormatContext, ProblemCounts, problemSummary } from './shared';

export type { FormatContext } from './shared';

export type FormatterName = 'stylish' | 'json' | 'sarif' | 'junit' | 'github' | 'compact';
export type Formatter = (results: LintResult[], ctx: FormatContext) => string;

// Each format is required when used: a run prints one, and loading all of them costs start-up time.
const BY_NAME: Record<FormatterName, () => Formatter> = {
  stylish: () => require('./stylish').stylish,
  json: () => require('./json').json,
  sarif: () => require('./sarif').sarif,
  junit: () => require('./junit').junit,
  github: () => require('./github').github,
  compact: () => require('./compact').compact,
};

/** The format names, default first (for --format's help and validation). */
export const FORMATTERS: readonly FormatterName[] = Object.keys(BY_NAME) as FormatterName[];

export function isFormatterName(name: string): name is FormatterName {
  return Object.prototype.hasOwnProperty.call(BY_NAME, name);
}

/** The formatted results, ending with a newline unless there is nothing to print (github, all clean). */
export function format(name: FormatterName, results: LintResult[], ctx: FormatContext): string {
  if (!isFormatterName(name)) throw new Error(`unknown format "${name}"; one of: ${FORMATTERS.join(', ')}`);
  const text = BY_NAME[name]()(results, ctx);
  return text === '' ? '' : `${text}\n`;
}

/**
 * A report written as results come: each result's text as soon as it is known, the rest at the end.
 * Together the pieces are exactly format()'s text. stylish, compact, github and json need nothing
 * of a result once it is written; sarif and junit keep the results (their totals come first).
 */
export interface ReportStream {
  /** The text for one more result (may be ''). */
  add(result: LintResult): string;
  /** The closing text (summary, or the whole report for formats that need every result); hiddenWarnings as in FormatContext. */
  end(hiddenWarnings?: number): string;
}

export function formatStream(name: FormatterName, ctx: FormatContext): ReportStream {
  if (!isFormatterName(name)) throw new Error(`unknown format "${name}"; one of: ${FORMATTERS.join(', ')}`);
  const counts: ProblemCounts = { errors: 0, warnings: 0 };
  const count = (r: LintResult) => {
    const c = countProblems([r]);
    counts.errors += c.errors;
    counts.warnings += c.warnings;
  };
  let written = 0; // pieces written so far
  switch (name) {
    case 'stylish': {
      const { painter, stylishBlock, stylishEnd, fixableIn } = require('./stylish') as typeof import('./stylish');
      const paint = painter(ctx);
      const totals: import('./stylish').StylishTotals = { counts, fixable: 0, results: 0 };
      return {
        add: (r) => {
          count(r);
          totals.fixable += fixableIn(r);
          if (totals.results++ === 0) totals.first = { messages: r.messages, fatal: r.fatal, judged: r.judged };
          const block = stylishBlock(r, ctx, paint);
          return block === undefined ? '' : `${written++ ? '\n\n' : ''}${block}`;
        },
        end: (hiddenWarnings = ctx.hiddenWarnings) => `${written ? '\n\n' : ''}${stylishEnd(totals, { ...ctx, hiddenWarnings }, paint)}\n`,
      };
    }
    case 'compact': {
      const { compactLines } = require('./compact') as typeof import('./compact');
      return {
        add: (r) => {
          count(r);
          const lines = compactLines(r, ctx);
          written += lines.length;
          return lines.map((l) => `${l}\n`).join('');
        },
        end: (hiddenWarnings = ctx.hiddenWarnings) => `${written ? '\n' : ''}${problemSummary(counts, ctx.lang, hiddenWarnings)}\n`,
      };
    }
    case 'github': {
      const { githubLines } = require('./github') as typeof import('./github');
      return { add: (r) => githubLines(r, ctx).map((l) => `${l}\n`).join(''), end: () => '' };
    }
    case 'json': {
      const { jsonResult } = require('./json') as typeof import('./json');
      return { add: (r) => `${written++ ? ',' : '['}${jsonResult(r)}`, end: () => `${written ? '' : '['}]\n` };
    }
    default: {
      const all: LintResult[] = [];
      return { add: (r) => (all.push(r), ''), end: (hiddenWarnings = ctx.hiddenWarnings) => format(name, all, { ...ctx, hiddenWarnings }) };
    }
  }
}
