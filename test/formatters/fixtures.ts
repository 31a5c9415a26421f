// Realistic results for the formatter tests: a class notice with findings on CJK text and emoji,
// a clean message, and an input that could not be read.
import { lineStarts, positionAt } from '../../src/core/text';
import type { ClauseId, Finding, LintResult, RuleMeta, Severity } from '../../src/core/types';
import type { FormatContext } from '../../src/formatters';

export const CWD = '/home/teacher/班级群';

/** A finding on the first `needle` in `source`, positioned the way lint() positions findings. */
export function findingOn(
  source: string,
  needle: string,
  fields: { ruleId: string; clause: ClauseId; severity: Severity; message: string; suggestion?: string; fix?: string },
): Finding {
  const start = source.indexOf(needle);
  if (start === -1) throw new Error(`no “${needle}” in source`);
  const range: [number, number] = [start, start + needle.length];
  const starts = lineStarts(source);
  const from = positionAt(source, starts, range[0]);
  const to = positionAt(source, starts, range[1]);
  const finding: Finding = {
    ruleId: fields.ruleId,
    clause: fields.clause,
    severity: fields.severity,
    message: fields.message,
    line: from.line,
    column: from.column,
    endLine: to.line,
    endColumn: to.column,
    suggestions: fields.suggestion === undefined ? [] : [{ desc: fields.suggestion, ...(fields.fix !== undefined ? { text: fields.fix } : {}) }],
    range,
  };
  if (fields.fix !== undefined) finding.fix = { range, text: fields.fix };
  return finding;
}

export function resultFor(filePath: string, source: string, messages: Finding[]): LintResult {
  return {
    filePath,
    messages,
    errorCount: messages.filter((m) => m.severity === 2).length,
    warningCount: messages.filter((m) => m.severity === 1).length,
    source,
  };
}

export const NOTICE_SOURCE = [
  '各位家长：',
  '本次单元测验成绩已出，张三 98 分，李四 95 分，请家长督促孩子订正。',
  '收到请回复1，表现好的同学奖励小红花👍👍👍',
  '三年级二班 班主任',
].join('\n');

export const NOTICE = resultFor(`${CWD}/通知/单元测验.txt`, NOTICE_SOURCE, [
  findingOn(NOTICE_SOURCE, '张三 98 分', {
    ruleId: 'no-score-publish',
    clause: 'N2',
    severity: 2,
    message: '不在群里发布考试成绩',
    suggestion: '成绩请通过私信或学校平台单独告知家长',
  }),
  findingOn(NOTICE_SOURCE, '收到请回复1', {
    ruleId: 'no-ack-request',
    clause: 'M2',
    severity: 1,
    message: '不要求家长回复“收到”',
    suggestion: '无需回复；如有疑问请私信班主任',
    fix: '无需回复',
  }),
  findingOn(NOTICE_SOURCE, '👍👍👍', {
    ruleId: 'emoji-overuse',
    clause: 'M4',
    severity: 1,
    message: '表情连用 3 个，不滥用个人表情',
    suggestion: '最多保留一个表情',
    fix: '👍',
  }),
  findingOn(NOTICE_SOURCE, '三年级二班 班主任', {
    ruleId: 'notice-date',
    clause: 'M5',
    severity: 2,
    message: '通知落款缺少成文日期（如 2026年11月24日）',
    suggestion: '在落款下一行写明日期：2026年11月24日',
  }),
]);

export const CLEAN = resultFor(`${CWD}/通知/放假.txt`, '各位家长：\n国庆节放假安排见学校正式通知。\n城西小学 2026年9月28日', []);

export const UNREADABLE: LintResult = {
  filePath: `${CWD}/损坏.txt`,
  messages: [],
  errorCount: 0,
  warningCount: 0,
  fatal: '无法读取文件：不是 UTF-8 或 UTF-16 编码',
};

export const ALL = [NOTICE, CLEAN, UNREADABLE];

export const RULES: RuleMeta[] = [
  rule('no-score-publish', 'N2', 2, '不发布考试成绩与排名', 'No publishing of scores or rankings'),
  rule('no-ack-request', 'M2', 1, '不要求家长回复“收到”', 'No asking parents to acknowledge'),
  rule('emoji-overuse', 'M4', 1, '不滥用表情', 'No overuse of emoji or stickers'),
  rule('notice-date', 'M5', 2, '通知要有成文日期', 'Notices carry a date'),
  rule('no-fundraising', 'N3', 2, '不发布募捐信息', 'No fundraising without approval'),
];

function rule(id: string, clause: ClauseId, severity: Severity, zh: string, en: string): RuleMeta {
  return { id, clause, severity, description: { zh, en }, helpUri: `https://github.com/jiaxiao-lint/jiaxiao-lint/blob/main/docs/rules.md#${id}` };
}

export function context(overrides: Partial<FormatContext> = {}): FormatContext {
  return { lang: 'zh', color: false, rules: RULES, cwd: CWD, toolVersion: '0.1.0', ...overrides };
}
