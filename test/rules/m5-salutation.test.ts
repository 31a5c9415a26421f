import { GOOD_NOTICE, FLAG_CEREMONY } from './notices';
import { ruleTester } from './ruleTester';

ruleTester.run('m5-salutation', {
  valid: [
    { text: GOOD_NOTICE, kind: 'notice' },
    { text: FLAG_CEREMONY, kind: 'notice' },
    { name: 'a title, then the salutation', text: '关于冬季作息时间调整的通知\n各位家长：\n自12月1日起，学校上午8:30开始上课。\n城西区第一小学\n2026年11月24日', kind: 'notice' },
    { name: 'the same text as a chat message is not a notice', text: '12月1日（星期二）上午8:00在学校操场举行升旗仪式。', kind: 'chat' },
    { name: 'a one-line instruction is not guessed a notice', text: '请周五前交回执。' },
    { text: '通知：明天下午开家长会。', kind: 'reply' },
  ],
  invalid: [
    {
      name: 'the same text with kind notice',
      text: '12月1日（星期二）上午8:00在学校操场举行升旗仪式。',
      kind: 'notice',
      errors: [{ clause: 'M5', text: '12月1日（星期二）上午8:00在学校操场举行升旗仪式。', line: 1, column: 1, suggestion: '各位家长：' }],
    },
    {
      name: 'a title without a salutation (guessed notice)',
      text: '关于冬季作息时间调整的通知\n自12月1日起，学校上午8:30开始上课。\n城西区第一小学\n2026年11月24日',
      errors: [{ clause: 'M5', text: '关于冬季作息时间调整的通知', line: 1, column: 1, endLine: 1, endColumn: 14, suggestion: /^关于冬季作息时间调整的通知\n各位家长：\n自12月1日起/ }],
    },
    {
      name: 'framed as 通知 (guessed notice)',
      text: '通知：明天下午开家长会。',
      errors: [{ clause: 'M5', text: '通知：明天下午开家长会。' }],
    },
    {
      name: 'the first non-blank line is reported',
      text: '\n温馨提示\n天气转凉，请给孩子添加衣物。\n三年级二班\n2026年11月24日',
      errors: [{ clause: 'M5', text: '温馨提示', line: 2, column: 1, endColumn: 5 }],
    },
  ],
});
