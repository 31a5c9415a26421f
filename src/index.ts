// Programmatic API. `lint(text, options)` checks one message with the bundled dictionaries (plus
// those the options' config adds); the CLI, the tests and editor plug-ins all go through it.
import { lint as lintWith } from './core/lint';
import { DEFAULT_CONFIG, LintOptions } from './core/options';
import { loadRuleset } from './config/dictionaries';
import type { Finding } from './core/types';

export function lint(text: string, options: LintOptions = {}): Finding[] {
  const config = options.config ?? DEFAULT_CONFIG;
  return lintWith(text, loadRuleset(config), { ...options, config });
}

export { lintDocument } from './core/document';
export { loadRuleset } from './config/dictionaries';
export { loadConfig, validateConfig, ConfigError } from './config/load';
export { DEFAULT_CONFIG } from './core/options';
export type { LintOptions, ResolvedConfig } from './core/options';
export type { Ruleset, Rule, RuleSpec } from './core/rules';
export * from './core/types';
