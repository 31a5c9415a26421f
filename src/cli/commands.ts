// Subcommands: rules, explain, when, init. Each prints and returns its exit code.
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ResolvedConfig } from '../core/options';
import { redact } from '../core/redact';
import type { Ruleset } from '../core/rules';
import { CLAUSE_LABELS, CLAUSES, ClauseId, Lang } from '../core/types';
import { t } from './messages';
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

export function explainCommand({ ruleset, lang }: Setup, id: string): number {
  const en = lang === 'en';
  const clause = (CLAUSES as readonly string[]).includes(id.toUpperCase()) ? (id.toUpperCase() as ClauseId) : ruleset.rules.find((r) => r.id === id.toLowerCase())?.clause;
  if (!clause) {
    process.stderr.write(redact(`jiaxiao-lint: ${t('unknownRule', lang)} “${id}”${en ? '; see' : '，可用'} jiaxiao-lint rules\n`));
    return 2;
  }
  const file = ruleset.dictionaries.find((d) => d.clause === clause)!;
  const rules = ruleset.rules.filter((r) => (r.id === id.toLowerCase() ? true : id.toUpperCase() === clause && r.clause === clause));
  out(`${CLAUSE_LABELS[clause][lang]}（${clause}）${en ? file.title_en ?? file.title : file.title}`);
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
    out(`  ${en ? 'Suggestion: ' : '建议：'}${en ? r.suggestion_en ?? r.suggestion : r.suggestion}`);
  }
  out(en ? '\nConfigure (.compliancerc.yaml):' : '\n配置（.compliancerc.yaml）：');
  out(`  rules:\n    ${rules.length === 1 ? rules[0].id : clause}: warn   # off | warn | error`);
  return 0;
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
