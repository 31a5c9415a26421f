// CLI-level user-facing text in both languages (findings carry their own messages).
import type { Lang } from '../core/types';

const TEXT = {
  prompt: { zh: '请粘贴要发送的消息，完成后按 Ctrl+D', en: 'Paste the message to send, then press Ctrl+D' },
  badAt: { zh: '无法识别的发送时间', en: 'Unrecognised send time' },
  acceptedForms: { zh: '可用的写法', en: 'Accepted forms' },
  badFormat: { zh: '未知的输出格式', en: 'Unknown format' },
  badKind: { zh: '--kind 应为 notice、chat 或 reply', en: '--kind must be notice, chat or reply' },
  badNumber: { zh: '应为非负整数', en: 'must be a non-negative integer' },
  fixNeedsFiles: { zh: '--fix 只能修改文件，不能用于标准输入或 --text', en: '--fix rewrites files; it cannot be used with stdin or --text' },
  fixAndDryRun: { zh: '--fix 与 --fix-dry-run 不能同时使用', en: '--fix and --fix-dry-run cannot be used together' },
  writeFailed: { zh: '无法写入文件', en: 'Cannot write file' },
  scriptConfigSkipped: {
    zh: '注意：未加载 JavaScript 配置（它会运行代码，只在用 --config 明确指定时加载）',
    en: 'Note: JavaScript config not loaded (it runs code; it loads only when named with --config)',
  },
  emptyPath: { zh: '路径参数为空（变量未设置？）：请给出要检查的文件或目录', en: 'An empty path argument (an unset variable?): name the files or folders to lint' },
  outputIsInput: { zh: '报告文件不能是被检查的文件（会覆盖它）', en: 'The report file is one of the files being linted (it would be overwritten)' },
  skipped: { zh: '已跳过', en: 'Skipped' },
  unknownRule: { zh: '未知的规则或条款', en: 'Unknown rule or clause' },
  didYouMeanCommand: { zh: '。是不是', en: '. Did you mean' },
  nothingToLint: { zh: '没有可检查的文件：在 ', en: 'Nothing to lint: no text files found in ' },
  nothingToLintHint: {
    zh: ' 中没有找到要检查的文本文件（或都被忽略）。如果这是预期的，请加 --no-error-on-unmatched-pattern',
    en: ' (or all of them are ignored). If that is expected, add --no-error-on-unmatched-pattern',
  },
  unmatchedHint: { zh: '。如果这是预期的，请加 --no-error-on-unmatched-pattern', en: '. If that is expected, add --no-error-on-unmatched-pattern' },
  tooManyWarnings: { zh: '警告 {n} 个，超过上限 {max}（--max-warnings）', en: '{n} warnings, more than the maximum of {max} (--max-warnings)' },
  hiddenWarnings: { zh: '--quiet 隐藏了 {n} 个警告', en: '--quiet hid {n} warning(s)' },
  emptyPaste: { zh: '没有粘贴任何内容，未做检查', en: 'Nothing was pasted; nothing checked' },
  emptyStdin: { zh: '标准输入为空，没有要检查的内容', en: 'Standard input is empty; nothing to check' },
  pasteCancelled: { zh: '已取消', en: 'Cancelled' },
  badInputFormat: { zh: '--input-format 应为 text、jsonl、csv 或 lines', en: '--input-format must be text, jsonl, csv or lines' },
  badThreads: { zh: '--threads 应为正整数', en: '--threads must be a positive integer' },
  fixNeedsWholeFiles: { zh: '--fix 和 --fix-dry-run 不能改写 JSONL、CSV 或逐行文件中的记录', en: '--fix and --fix-dry-run cannot rewrite the records of a JSONL, CSV or lines file' },
} as const;

export type MessageId = keyof typeof TEXT;

export function t(id: MessageId, lang: Lang): string {
  return TEXT[id][lang];
}
