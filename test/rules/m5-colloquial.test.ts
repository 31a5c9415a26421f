import { GOOD_NOTICE } from './notices';
import { ruleTester } from './ruleTester';

ruleTester.run('m5-colloquial', {
  valid: [
    { text: GOOD_NOTICE, kind: 'notice' },
    { text: '哈尔滨研学团下午出发。', kind: 'notice' },
    { name: 'chat is never judged as a notice', text: '明天开家长会哈，大家记得来啦～', kind: 'chat' },
    { text: '好的，谢谢老师哈', kind: 'reply' },
  ],
  invalid: [
    {
      name: 'the same text with kind notice',
      text: '明天开家长会哈，大家记得来啦～',
      kind: 'notice',
      errors: [
        { clause: 'M5', text: '哈', column: 7, endColumn: 8 },
        { clause: 'M5', text: '啦', column: 14 },
      ],
    },
    {
      text: '通知：亲们，童鞋们的校服到了，yyds！',
      errors: [
        { clause: 'M5', text: '亲们', column: 4 },
        { clause: 'M5', text: '童鞋们', column: 7 },
        { clause: 'M5', text: 'yyds', column: 16, endColumn: 20 },
      ],
    },
    {
      text: '各位家长：\n周五交秋游费用哦。\n三年级二班\n2026年11月24日',
      kind: 'notice',
      errors: [{ clause: 'M5', text: '哦', line: 2, column: 8 }],
    },
  ],
});
