// Output formats. Each formatter is pure: results in, text out; the CLI writes it.
import { LintResult } from '../core/types';
import { compact } from './compact';
import { github } from './github';
import { json } from './json';
import { junit } from './junit';
import { sarif } from './sarif';
import { FormatContext } from './shared';
import { stylish } from './stylish';

export type { FormatContext } from './shared';

export type FormatterName = 'stylish' | 'json' | 'sarif' | 'junit' | 'github' | 'compact';
export type Formatter = (results: LintResult[], ctx: FormatContext) => string;

const BY_NAME: Record<FormatterName, Formatter> = { stylish, json, sarif, junit, github, compact };

/** The format names, default first (for --format's help and validation). */
export const FORMATTERS: readonly FormatterName[] = Object.keys(BY_NAME) as FormatterName[];

export function isFormatterName(name: string): name is FormatterName {
  return Object.prototype.hasOwnProperty.call(BY_NAME, name);
}

/** The formatted results, ending with a newline unless there is nothing to print (github, all clean). */
export function format(name: FormatterName, results: LintResult[], ctx: FormatContext): string {
  if (!isFormatterName(name)) throw new Error(`unknown format "${name}"; one of: ${FORMATTERS.join(', ')}`);
  const text = BY_NAME[name](results, ctx);
  return text === '' ? '' : `${text}\n`;
}
