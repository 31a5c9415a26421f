import { ruleTester } from './ruleTester';

ruleTester.run('m5-ellipsis', {
  valid: [
    '通知：请带齐课本、文具等。',
    '通知：请带齐课本、文具……',
    { name: 'chat is never judged as a notice', text: '请带好雨具、水杯。。。', kind: 'chat' },
  ],
  invalid: [
    {
      name: 'the same text with kind notice',
      text: '请带好雨具、水杯。。。',
      kind: 'notice',
      errors: [{ clause: 'M5', text: '。。。', column: 9, endColumn: 12, fix: '请带好雨具、水杯……' }],
    },
    {
      text: '通知：运动会需要的物品有水杯、毛巾。。。。。。',
      errors: [{ clause: 'M5', text: '。。。。。。', fix: '通知：运动会需要的物品有水杯、毛巾……' }],
    },
    {
      name: 'after an emoji',
      text: '通知：🎒书包、水杯。。。',
      errors: [{ clause: 'M5', text: '。。。', column: 10 }],
    },
  ],
});
