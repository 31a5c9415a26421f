// The plain lint command line (paths and the lint options) read with node:util's parseArgs, so that
// a run that lints does not load commander (~15–50 ms of start-up). Anything else — a subcommand,
// help, version, or any option this does not know or cannot read exactly as commander would —
// returns undefined, and commander parses the whole line as before (with its localized error
// messages, help and hints). Every lint option of main.ts must be listed here, or it falls back.
import { parseArgs } from 'node:util';

const STRING = ['text', 'at', 'kind', 'format', 'output-file', 'config', 'lang', 'max-warnings', 'stdin-filename', 'input-format', 'threads'] as const;
/** Repeatable single-value options (commander's collect): each value added to a list, [] when absent. */
const REPEATABLE = ['ignore-pattern', 'rule'] as const;
const BOOLEAN = ['urgent', 'print-config', 'quiet', 'fix', 'fix-dry-run', 'report-unused-disable-directives'] as const;
/** commander's --no-x options: x is true unless --no-x is given. */
const NEGATABLE = ['color', 'inline-config', 'error-on-unmatched-pattern'] as const;
const SHORT: Record<string, string> = { text: 't', format: 'f', 'output-file': 'o', config: 'c' };
/** The first argument that makes it a subcommand's line. */
const SUBCOMMANDS = new Set(['rules', 'explain', 'when', 'serve', 'init', 'holidays', 'help']);
/** Left to commander: help and version print and exit. */
const COMMANDER_ONLY = /^(?:-h|--help|-v|--version)$/;
/** An option that takes the next argument as its value when written without `=`. */
const TAKES_VALUE = new Set([...STRING, ...REPEATABLE].flatMap((name) => [`--${name}`, ...(SHORT[name] ? [`-${SHORT[name]}`] : [])]));

const camel = (name: string) => name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());

export interface FastLint {
  paths: string[];
  flags: Record<string, string | string[] | boolean | undefined> & { format: string; color: boolean };
}

export function fastLintArgs(argv: string[]): FastLint | undefined {
  const end = argv.indexOf('--');
  const options = end < 0 ? argv : argv.slice(0, end);
  if (options.some((a) => COMMANDER_ONLY.test(a))) return undefined;
  // --no-x is commander's negation, which this Node's parseArgs lacks: taken out here. After an
  // option that takes a value it would be that value for commander: left to commander.
  const negations = new Set(NEGATABLE.map((name) => `--no-${name}`));
  if (options.some((a, i) => negations.has(a) && i > 0 && TAKES_VALUE.has(options[i - 1]))) return undefined;
  const negated = new Set(options.filter((a) => negations.has(a)));
  const args = argv.filter((a, i) => !negations.has(a) || (end >= 0 && i > end));
  const config = Object.fromEntries([
    ...STRING.map((name) => [name, { type: 'string' as const, ...(SHORT[name] ? { short: SHORT[name] } : {}) }]),
    ...REPEATABLE.map((name) => [name, { type: 'string' as const, multiple: true }]),
    ...BOOLEAN.map((name) => [name, { type: 'boolean' as const }]),
  ]);
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args, options: config, allowPositionals: true, strict: true });
  } catch {
    return undefined;
  }
  if (parsed.positionals.length && SUBCOMMANDS.has(parsed.positionals[0]) && (end < 0 || argv.indexOf(parsed.positionals[0]) < end)) return undefined;
  const flags: FastLint['flags'] = { format: 'stylish', color: true };
  for (const name of NEGATABLE) flags[camel(name)] = !negated.has(`--no-${name}`);
  for (const name of REPEATABLE) flags[camel(name)] = [];
  for (const [name, value] of Object.entries(parsed.values)) flags[camel(name)] = value as string | string[] | boolean;
  return { paths: parsed.positionals, flags };
}
