// The page's own words in both languages (findings carry their own messages).
import type { Lang } from '../core/types';

export const STRINGS = {
  title: { zh: '家校群消息检查', en: 'Home-school group message check' },
  intro: {
    zh: '粘贴要发到家长群的消息，页面会标出不符合“五要五不要”的地方。检查在本机完成，草稿不会发送到其他网站。',
    en: 'Paste a message for the parents’ group: every place that breaks the “five musts, five must-nots” is marked. The check runs on this machine; the draft goes to no other site.',
  },
  switchLang: { zh: 'English', en: '中文' },
  switchLangLabel: { zh: 'Switch to English', en: '切换到中文' },
  draft: { zh: '草稿', en: 'Draft' },
  draftHelp: { zh: '输入或粘贴消息，问题会随输入更新并在文中标出。', en: 'Type or paste the message; problems update as you type and are marked in the text.' },
  at: { zh: '发送时间（北京时间）', en: 'Send time (Beijing time)' },
  kind: { zh: '消息类型', en: 'Kind of message' },
  kindAuto: { zh: '自动判断', en: 'Automatic' },
  kindNotice: { zh: '通知', en: 'Notice' },
  kindChat: { zh: '聊天', en: 'Chat' },
  kindReply: { zh: '回复', en: 'Reply' },
  urgent: { zh: '紧急安全通知', en: 'Urgent safety notice' },
  findings: { zh: '问题', en: 'Problems' },
  checking: { zh: '正在检查…', en: 'Checking…' },
  loading: { zh: '正在加载分词词典…', en: 'Loading the word dictionary…' },
  empty: { zh: '请先输入草稿。', en: 'Type a draft first.' },
  none: { zh: '没有发现问题。', en: 'No problems found.' },
  count: { zh: '发现 {errors} 个错误、{warnings} 个警告。', en: '{errors} error(s), {warnings} warning(s).' },
  error: { zh: '错误', en: 'Error' },
  warning: { zh: '警告', en: 'Warning' },
  suggestion: { zh: '建议', en: 'Suggestion' },
  selectSpan: { zh: '在草稿中选中', en: 'select in the draft' },
  next: { zh: '下一个可发送时间：', en: 'Next allowed send time: ' },
  fixed: { zh: '修改后的文本', en: 'Corrected text' },
  fixedHelp: { zh: '已自动应用可安全修复的问题（半角标点、日期格式、号码打码等），其余问题请手动修改。', en: 'Safe fixes (half-width punctuation, date forms, masked numbers, …) are applied; change the rest by hand.' },
  copy: { zh: '复制修改后的文本', en: 'Copy the corrected text' },
  copied: { zh: '已复制。', en: 'Copied.' },
  copyFailed: { zh: '无法复制，请手动选中文本复制。', en: 'Could not copy: select the text and copy it by hand.' },
  failed: { zh: '检查失败：', en: 'The check failed: ' },
  footer: {
    zh: '本页面不加载、也不请求任何其他网站的内容（无 CDN、网络字体或统计）。规则条款为本工具的转述摘要，非教育局原文。',
    en: 'This page loads nothing from and sends nothing to any other site (no CDN, web fonts or analytics). The clauses are this tool’s summary, not the bureau’s wording.',
  },
} as const;

export type StringId = keyof typeof STRINGS;

export function s(id: StringId, lang: Lang, vars: Record<string, string | number> = {}): string {
  return STRINGS[id][lang].replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? ''));
}
