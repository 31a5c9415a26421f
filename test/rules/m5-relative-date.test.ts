import { GOOD_NOTICE } from './notices';
import { ruleTester } from './ruleTester';

ruleTester.run('m5-relative-date', {
  valid: [
    { text: GOOD_NOTICE, kind: 'notice' },
    { text: '通知：明天（11月26日）开家长会。' },
    { name: 'chat is never judged as a notice', text: '明天下午开家长会，请准时参加。', kind: 'chat' },
    { text: '各位家长：\n下周三（12月2日）学校组织体检，请孩子空腹到校。\n三年级二班\n2026年11月24日', kind: 'notice' },
  ],
  invalid: [
    {
      name: 'the same text with kind notice',
      text: '明天下午开家长会，请准时参加。',
      kind: 'notice',
      errors: [{ clause: 'M5', text: '明天', column: 1, endColumn: 3, suggestion: /明天.*（11月26日，星期四）/ }],
    },
    {
      text: '通知：下周三学校组织体检，请孩子空腹到校。',
      errors: [{ clause: 'M5', text: '下周三', column: 4, endColumn: 7 }],
    },
    {
      name: 'an absolute date in another sentence does not help',
      text: '各位家长：\n11月27日召开家长会。本周五放学后请家长到校。\n三年级二班\n2026年11月24日',
      kind: 'notice',
      errors: [{ clause: 'M5', text: '本周五', line: 2, column: 13 }],
    },
  ],
});
