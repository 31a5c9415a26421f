// The plain lint command line (paths and the usual options) read with node:util's parseArgs, so that
// a run that lints does not load commander (~15–50 ms of start-up). Anything else — a subcommand,
// help, version, a variadic option, or any option this does not know or cannot read exactly as
// commander would — returns undefined, and commander parses the whole line as before (with its
// error messages and help).
import { parseArgs } from 'node:util';

const STRING = ['text', 'at', 'kind', 'format', 'output-file', 'config', 'lang', 'max-warnings', 'stdin-filename', 'input-format', 'threads'] as const;
const BOOLEAN = ['urgent', 'print-config', 'quiet', 'fix', 'fix-dry-run', 'report-unused-disable-directives'] as const;
const SHORT: Record<string, string> = { text: 't', format: 'f', 'output-file': 'o', config: 'c' };
/** The first argument that makes it a subcommand's line. */
const SUBCOMMANDS = new Set(['rules', 'explain', 'when', 'init', 'help']);
/** Left to commander: help and version print and exit; --ignore-pattern takes several values. */
const COMMANDER_ONLY = /^(?:-h|--help|-v|--version|--ignore-pattern(?:=.*)?|--color)$/;

const camel = (name: string) => name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());

export interface FastLint {
  paths: string[];
  flags: Record<string, string | boolean | undefined> & { format: string; color: boolean };
}

export function fastLintArgs(argv: string[]): FastLint | undefined {
  const end = argv.indexOf('--');
  const options = end < 0 ? argv : argv.slice(0, end);
  if (options.some((a) => COMMANDER_ONLY.test(a))) return undefined;
  // --no-color is commander's negation, which this Node's parseArgs lacks.
  const color = !options.includes('--no-color');
  const args = argv.filter((a, i) => a !== '--no-color' || (end >= 0 && i > end));
  const config = Object.fromEntries([
    ...STRING.map((name) => [name, { type: 'string' as const, ...(SHORT[name] ? { short: SHORT[name] } : {}) }]),
    ...BOOLEAN.map((name) => [name, { type: 'boolean' as const }]),
  ]);
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args, options: config, allowPositionals: true, strict: true });
  } catch {
    return undefined;
  }
  if (parsed.positionals.length && SUBCOMMANDS.has(parsed.positionals[0]) && (end < 0 || argv.indexOf(parsed.positionals[0]) < end)) return undefined;
  const flags: FastLint['flags'] = { format: 'stylish', color };
  for (const [name, value] of Object.entries(parsed.values)) flags[camel(name)] = value as string | boolean;
  return { paths: parsed.positionals, flags };
}
