// Output formats. Each formatter is pure: results in, text out; the CLI writes it.
import { LintResult } from '../core/types';
import { FormatContext } from './shared';

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
