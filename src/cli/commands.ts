// Subcommands: rules, explain, when, init. Each prints and returns its exit code.
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ResolvedConfig } from '../core/options';
import type * as Document from '../core/document';
import { redact } from '../core/redact';
import type { Rule, Ruleset } from '../core/rules';
import { CLAUSE_LABELS, CLAUSES, ClauseId, Lang } from '../core/types';
import { t } from './messages';
import { nearest } from './suggest';
import type * as SendTime from '../time/sendTime';

interface Setup {
  config: ResolvedConfig;
  ruleset: Ruleset;
  lang: Lang;
}

// Every line goes through the redaction pass: even a made-up number in a bad example is shown masked.
const out = (s: string) => process.stdout.write(redact(s) + '\n');

export function rulesCommand({ ruleset, lang }: Setup): number {
  const en = lang === 'en';
  for (const r of ruleset.rules) {
    const sev = r.defaultSeverity === 2 ? (en ? 'error' : '错误') : en ? 'warn ' : '警告';
    out(`${r.id.padEnd(28)} ${CLAUSE_LABELS[r.clause][lang].padEnd(en ? 11 : 6, en ? ' ' : '　')} ${sev}  ${en ? r.description_en ?? r.description : r.description}`);
  }
  return 0;
}

/** Clause labels and ids compared without case, spaces, dots or dashes, numerals as digits: 五不要·二 = 五不要2, Must-not 2 = must not 2. */
function labelKey(label: string): string {
  return label.toLowerCase().replace(/[\s·・.．_\-—]/g, '').replace(/[一二三四五]/g, (n) => String('一二三四五'.indexOf(n) + 1));
}

/** N2 from n2, 五不要·二 or Must-not 2 (the labels the report prints), else undefined. */
export function clauseOf(id: string): ClauseId | undefined {
  const key = labelKey(id);
  return CLAUSES.find((c) => key === c.toLowerCase() || key === labelKey(CLAUSE_LABELS[c].zh) || key === labelKey(CLAUSE_LABELS[c].en));
}

export function explainCommand({ ruleset, config, lang }: Setup, id: string): number {
  const en = lang === 'en';
  const rule = ruleset.rules.find((r) => r.id === id.trim().toLowerCase());
  const asClause = rule ? undefined : clauseOf(id);
  const clause = rule?.clause ?? asClause;
  if (!clause) {
    const near = nearest(id.trim(), [...ruleset.rules.map((r) => r.id), ...CLAUSES]);
    const hint = near ? (en ? `; did you mean ${near}?` : `，是不是 ${near}？`) : en ? '; see jiaxiao-lint rules' : '，可用的规则见 jiaxiao-lint rules';
    process.stderr.write(redact(`jiaxiao-lint: ${t('unknownRule', lang)} “${id}”${hint}\n`));
    return 2;
  }
  const file = ruleset.dictionaries.find((d) => d.clause === clause)!;
  const rules = rule ? [rule] : ruleset.rules.filter((r) => r.clause === clause);
  out(en ? `${CLAUSE_LABELS[clause].en} (${clause}): ${file.title_en ?? file.title}` : `${CLAUSE_LABELS[clause].zh}（${clause}）${file.title}`);
  out(en
    ? '(Summary of the Chengxi District Education Bureau, Xining, "五要五不要" rules — our rendering, not the official wording.)'
    : '（据西宁市城西区教育局“五要五不要”规定摘要，为本工具的转述，非原文。）');
  if (file.basis?.length) {
    out(en ? '\nNational rules behind it:' : '\n相关国家规定：');
    for (const b of file.basis) out(`  · ${b}`);
  }
  for (const r of rules) {
    out(`\n${r.id}  (${r.defaultSeverity === 2 ? 'error' : 'warn'})  ${en ? r.description_en ?? r.description : r.description}`);
    const bad = r.examples?.bad?.[0];
    const good = r.examples?.good?.[0];
    if (bad) out(`  ${en ? '✗ Bad: ' : '✗ 不当：'}${bad.replace(/\n/g, ' ⏎ ')}`);
    if (good) out(`  ${en ? '✓ Good:' : '✓ 恰当：'}${good.replace(/\n/g, ' ⏎ ')}`);
    out(`  ${en ? 'Suggestion: ' : '建议：'}${exampleSuggestion(r, ruleset, config, lang)}`);
  }
  out(en ? '\nConfigure (.compliancerc.yaml):' : '\n配置（.compliancerc.yaml）：');
  out(`  rules:\n    ${rules.length === 1 ? rules[0].id : clause}: warn   # off | warn | error`);
  return 0;
}

/** Stand-ins for placeholders when no example shows the rule's own words ({term} → 该词). */
const GENERIC: Record<string, Record<Lang, string>> = {
  term: { zh: '该词', en: 'the word' },
  replacement: { zh: '规范写法', en: 'the standard form' },
  next: { zh: '下一个可发送时间', en: 'the next allowed time' },
  masked: { zh: '号码', en: 'the number' },
  host: { zh: '该网址', en: 'the host' },
};

/**
 * The suggestion as the report prints it for the rule's bad example (placeholders filled with that
 * example's words), or with generic words: never a raw {term} or {replacement}.
 */
function exampleSuggestion(rule: Rule, ruleset: Ruleset, config: ResolvedConfig, lang: Lang): string {
  const { lintDocument } = require('../core/document') as typeof Document;
  const only: Ruleset = { ...ruleset, rules: [rule] };
  for (const bad of rule.examples?.bad ?? []) {
    const { findings } = lintDocument(bad, only, { config, lang, kind: rule.kinds?.[0], now: new Date(), fileKind: 'text' });
    const found = findings.find((f) => f.ruleId === rule.id)?.suggestions[0]?.desc;
    if (found && !/\{\w+\}/.test(found)) return found;
  }
  const template = (lang === 'en' ? rule.suggestion_en : undefined) ?? rule.suggestion;
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => GENERIC[key]?.[lang] ?? whole);
}

export function whenCommand(config: ResolvedConfig, lang: Lang, at: Date): number {
  const { checkSendTime, formatDate } = require('../time/sendTime') as typeof SendTime;
  const v = checkSendTime(at, config.time, lang);
  const en = lang === 'en';
  const when = formatDate(at, config.time.timeZone, lang, true);
  if (v.allowed) out(en ? `✔ ${when} is working time (${v.dayLabel}): you may send.` : `✔ ${when} 是工作时间（${v.dayLabel}），可以发送。`);
  else out(en ? `✖ ${when} is rest time (${v.reason}). Next allowed: ${v.nextText}` : `✖ ${when} 是休息时间（${v.reason}）。建议于 ${v.nextText} 后发送。`);
  out(en ? `  Decided by: ${v.decidedBySource}` : `  依据：${v.decidedBySource}`);
  if (v.coverageNote) out(`  ${v.coverageNote}`);
  return v.allowed ? 0 : 1;
}

const INIT_FILE = '.compliancerc.yaml';

export function initCommand(cwd: string, lang: Lang): number {
  const target = join(cwd, INIT_FILE);
  const existing = ['.compliancerc', '.compliancerc.json', '.compliancerc.yaml', '.compliancerc.yml', '.compliancerc.js', '.compliancerc.cjs', 'compliance.config.js'].find((f) => existsSync(join(cwd, f)));
  if (existing) {
    process.stderr.write(`jiaxiao-lint: ${lang === 'en' ? `${existing} already exists; nothing written` : `${existing} 已存在，未做任何修改`}\n`);
    return 2;
  }
  const example = join(__dirname, '..', '..', '.compliancerc.example');
  writeFileSync(target, require('node:fs').readFileSync(example, 'utf8'), { flag: 'wx' });
  out(lang === 'en' ? `Wrote ${INIT_FILE}` : `已生成 ${INIT_FILE}`);
  return 0;
}
