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
  writeFailed: { zh: '无法写入文件', en: 'Cannot write file' },
  skipped: { zh: '已跳过', en: 'Skipped' },
  unknownRule: { zh: '未知的规则或条款', en: 'Unknown rule or clause' },
  badInputFormat: { zh: '--input-format 应为 text、jsonl、csv 或 lines', en: '--input-format must be text, jsonl, csv or lines' },
  badThreads: { zh: '--threads 应为正整数', en: '--threads must be a positive integer' },
  fixNeedsWholeFiles: { zh: '--fix 不能改写 JSONL、CSV 或逐行文件中的记录', en: '--fix cannot rewrite the records of a JSONL, CSV or lines file' },
} as const;

export type MessageId = keyof typeof TEXT;

export function t(id: MessageId, lang: Lang): string {
  return TEXT[id][lang];
}
