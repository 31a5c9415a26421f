// --fix and --fix-dry-run over the lint results: fixes are applied and the text linted again (as
// ESLint does, up to ten passes, so that a fix that waited for an overlapping one is taken too and
// what remains is reported at its true place). --fix then writes each file back in its own encoding
// (writeBack.ts); a file that cannot be written is reported and the others go on.
import { applyFixes } from '../core/fix';
import type { Ruleset } from '../core/rules';
import type { Finding, Lang, LintResult } from '../core/types';
import { unifiedDiff } from '../formatters/diff';
import { encodeText } from './encoding';
import type { Input } from './inputs';
import { writeBack, WriteRefusal } from './writeBack';

const MAX_PASSES = 10;

export interface FixSummary {
  /** Fixes applied (or, in a dry run, that would be). */
  fixes: number;
  /** Files changed (or that would be). */
  files: number;
  /** Files that could not be written; each reported on stderr already. */
  failed: number;
  /** Dry run: the unified diff of every file, secrets masked. */
  diff: string;
}

export interface FixOptions {
  write: boolean;
  lang: Lang;
  ruleset: Ruleset;
  /** Lints a text of input `index` again, as the run did (config, directives), every finding. */
  relint: (index: number, text: string) => Finding[];
  /** The findings the run reports (--quiet: errors only); only their fixes are applied. */
  shown: (finding: Finding) => boolean;
}

/** results[i] came from inputs[i]. Updates each result to what remains after fixing. */
export function fixResults(results: LintResult[], inputs: Input[], opts: FixOptions): FixSummary {
  const summary: FixSummary = { fixes: 0, files: 0, failed: 0, diff: '' };
  results.forEach((r, i) => {
    const original = r.source;
    if (original === undefined || r.fatal !== undefined) return;
    let text = original;
    let findings = r.messages; // all findings of `text` once relinted; the shown ones until then
    let fixes = 0;
    for (let pass = 0; pass < MAX_PASSES; pass++) {
      const { output, applied } = applyFixes(text, findings.filter(opts.shown));
      if (!applied.length || output === text) break;
      fixes += applied.length;
      text = output;
      findings = opts.relint(i, text);
    }
    if (text === original) return;
    if (opts.write) {
      const encoding = inputs[i].encoding!;
      const refusal = writeBack(r.filePath, encodeText(text, encoding), encodeText(original, encoding));
      if (refusal) {
        summary.failed++;
        process.stderr.write(`${notWritten(r.filePath, refusal.refused, refusal.detail, opts.lang)}\n`);
        return; // the findings stay as they are: nothing was fixed in this file
      }
    } else {
      // The diff and `output` are report, not the user's file: main.ts's one redaction pass masks them.
      summary.diff += unifiedDiff(r.filePath, original, text);
      (r as LintResult & { output?: string }).output = text;
    }
    summary.fixes += fixes;
    summary.files++;
    r.source = text;
    r.messages = findings; // --quiet's filter (and its count of hidden warnings) comes after, in main.ts
  });
  return summary;
}

function notWritten(file: string, why: WriteRefusal, detail: string | undefined, lang: Lang): string {
  const en = lang === 'en';
  switch (why) {
    case 'read-only':
      return en ? `Not fixed: ${file} is read-only` : `未修复：${file} 是只读文件`;
    case 'changed':
      return en ? `Not fixed: ${file} changed while it was being fixed; run again` : `未修复：${file} 在修复期间被改动，已保持原样，请重新运行`;
    case 'failed':
      return en ? `Not fixed: cannot write ${file} (${detail})` : `未修复：无法写入 ${file}（${detail}）`;
  }
}

/** The line after --fix / --fix-dry-run: how many fixes in how many files, and how many problems remain. */
export function fixSummaryLine(s: FixSummary, remaining: number, dryRun: boolean, lang: Lang): string {
  if (lang === 'en') {
    const head = s.fixes === 0 ? (s.failed ? 'Nothing fixed' : 'Nothing to fix automatically') : `${dryRun ? 'Would fix' : 'Fixed'} ${s.fixes} problem${s.fixes === 1 ? '' : 's'} in ${s.files} file${s.files === 1 ? '' : 's'}${dryRun ? ' (dry run: nothing written)' : ''}`;
    const failed = s.failed ? `; ${s.failed} file${s.failed === 1 ? '' : 's'} could not be written` : '';
    return `${head}${failed}; ${remaining} problem${remaining === 1 ? '' : 's'} remain${remaining === 1 ? 's' : ''}`;
  }
  const head = s.fixes === 0 ? (s.failed ? '没有修复任何问题' : '没有可自动修复的问题') : `${dryRun ? '可修复' : '已修复'} ${s.fixes} 处问题，涉及 ${s.files} 个文件${dryRun ? '（试运行，未写入文件）' : ''}`;
  const failed = s.failed ? `；${s.failed} 个文件未能写入` : '';
  return `${head}${failed}；剩余 ${remaining} 个问题`;
}
