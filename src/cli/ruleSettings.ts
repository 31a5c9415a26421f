// Rule severities from the configuration's `rules:` and from `--rule id:level`: every key must name a
// rule of the ruleset in use or a clause (M1…N5), else the run stops naming the nearest known one.
import type { Ruleset } from '../core/rules';
import { CLAUSES, Lang, SeveritySetting } from '../core/types';
import { nearest } from './suggest';

const LEVELS: Record<string, SeveritySetting> = { off: 'off', warn: 'warn', error: 'error', '0': 0, '1': 1, '2': 2 };

/** Rule ids and clauses a severity may be set for. */
function knownKeys(ruleset: Ruleset): string[] {
  return [...ruleset.rules.map((r) => r.id), ...CLAUSES];
}

/** “是不是 n5-mobile？” / “did you mean n5-mobile?”, or a pointer to the list when nothing is near. */
function didYouMean(key: string, ruleset: Ruleset, lang: Lang): string {
  const near = nearest(key, knownKeys(ruleset));
  if (lang === 'en') return near ? `did you mean ${near}?` : 'see jiaxiao-lint rules';
  return near ? `是不是 ${near}？` : '可用的规则见 jiaxiao-lint rules';
}

/** The first key of the configuration's `rules:` that names no rule or clause, as a message; else undefined. */
export function unknownRuleInConfig(rules: Record<string, SeveritySetting>, ruleset: Ruleset, file: string, lang: Lang): string | undefined {
  const known = new Set(knownKeys(ruleset));
  const bad = Object.keys(rules).find((k) => !known.has(k));
  if (bad === undefined) return undefined;
  return lang === 'en'
    ? `config file ${file}: unknown rule or clause "${bad}" under rules; ${didYouMean(bad, ruleset, lang)}`
    : `配置文件 ${file}：rules 中的 “${bad}” 不是已知的规则或条款，${didYouMean(bad, ruleset, lang)}`;
}

/** `--rule n5-mobile:off` (repeatable) → severities, or the message for the first bad value. */
export function parseRuleFlags(values: string[], ruleset: Ruleset, lang: Lang): { settings: Record<string, SeveritySetting> } | { error: string } {
  const known = new Set(knownKeys(ruleset));
  const settings: Record<string, SeveritySetting> = {};
  for (const value of values) {
    const m = /^([^:=\s]+)\s*[:=]\s*(\S+)$/.exec(value.trim());
    if (!m) {
      return { error: lang === 'en' ? `--rule "${value}": write id:level, e.g. --rule n5-mobile:off` : `--rule “${value}”：应写作 规则:级别，如 --rule n5-mobile:off` };
    }
    const [, key, level] = m;
    if (!known.has(key)) {
      return { error: lang === 'en' ? `--rule: unknown rule or clause "${key}"; ${didYouMean(key, ruleset, lang)}` : `--rule：“${key}” 不是已知的规则或条款，${didYouMean(key, ruleset, lang)}` };
    }
    const setting = LEVELS[level.toLowerCase()];
    if (setting === undefined) {
      return { error: lang === 'en' ? `--rule ${key}: level "${level}" must be off, warn or error` : `--rule ${key}：级别 “${level}” 应为 off、warn 或 error` };
    }
    settings[key] = setting;
  }
  return { settings };
}
