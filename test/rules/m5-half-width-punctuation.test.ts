import { GOOD_NOTICE } from './notices';
import { ruleTester } from './ruleTester';

ruleTester.run('m5-half-width-punctuation', {
  valid: [
    { text: GOOD_NOTICE, kind: 'notice' },
    '通知：下午14:30开家长会，地点在教室。',
    { text: '通知：课件见 www.xnsz.edu.cn/a.html ，请查阅。' },
    { name: 'chat is never judged as a notice', text: '请准备好以下物品:雨具,水杯.', kind: 'chat' },
  ],
  invalid: [
    {
      name: 'the same text with kind notice',
      text: '请准备好以下物品:雨具,水杯.',
      kind: 'notice',
      errors: [
        { clause: 'M5', text: ':', column: 9, endColumn: 10, fix: '请准备好以下物品：雨具,水杯.' },
        { clause: 'M5', text: ',', column: 12, fix: '请准备好以下物品:雨具，水杯.' },
        { clause: 'M5', text: '.', column: 15, fix: '请准备好以下物品:雨具,水杯。' },
      ],
    },
    {
      text: '通知：下午两点开家长会,地点在教室。',
      errors: [{ clause: 'M5', text: ',', column: 12, fix: '通知：下午两点开家长会，地点在教室。' }],
    },
    {
      name: 'a question mark after a Chinese character',
      text: '各位家长：\n明天有雨,请带伞?\n三年级二班\n2026年11月24日',
      kind: 'notice',
      errors: [
        { clause: 'M5', text: ',', line: 2, column: 5 },
        { clause: 'M5', text: '?', line: 2, column: 9 },
      ],
    },
  ],
});
