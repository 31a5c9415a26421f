// lintDocument: what a parent never sees in a template (comments, tags, block helpers) is not
// linted, and offsets still point into the file as written.
import { DEFAULT_CONFIG } from '../../src/core/options';
import { lintDocument } from '../../src/core/document';
import { loadRuleset } from '../../src/config/dictionaries';

const ruleset = loadRuleset(DEFAULT_CONFIG);
const now = new Date('2026-11-25T10:00:00+08:00');
const ids = (text: string, fileKind: 'text' | 'markdown' | 'html' | 'handlebars') =>
  lintDocument(text, ruleset, { fileKind, now }).findings.map((f) => [f.ruleId, text.slice(f.range[0], f.range[1])]);

describe('lintDocument markup', () => {
  it('judges an HTML notice by its text: the title inside <h2> makes it a notice', () => {
    const found = ids('<h2>关于期末考试的通知</h2>\n<p>期末考试将于下周举行。</p>\n', 'html');
    expect(found).toContainEqual(['m5-salutation', '关于期末考试的通知']);
    expect(found).toContainEqual(['m5-relative-date', '下周']);
  });

  it('does not lint an ordinary comment in Markdown or Handlebars', () => {
    expect(ids('<!-- 模板说明：成绩和排名由系统填写 -->\n请准时参加。\n', 'markdown')).toEqual([]);
    expect(ids('{{!-- 成绩和排名由系统填写 --}}\n{{#if show}}请准时参加。{{/if}}\n', 'handlebars')).toEqual([]);
  });

  it('still lints the same words in a plain-text file', () => {
    expect(ids('<!-- 成绩排名第一名 -->', 'text').map(([id]) => id)).toContain('n2-ranking');
  });

  it('keeps offsets into the original text after blanking tags', () => {
    const text = '<p>今晚<b>作业</b>：练习册第5页</p>';
    const [finding] = lintDocument(text, ruleset, { fileKind: 'html', now }).findings.filter((f) => f.ruleId === 'n2-homework');
    expect(text.slice(finding.range[0], finding.range[1])).toContain('作业');
  });
});
