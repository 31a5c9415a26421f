import { ruleTester } from './ruleTester';

ruleTester.run('m4-shouting', {
  valid: [
    '请注意安全！',
    '真的吗？？',
    '明天记得带水杯！谢谢配合！',
    '各位家长：\n请于11月27日前交回回执。\n三年级二班\n2026年11月24日',
  ],
  invalid: [
    {
      text: '明天记得带作业！！！',
      errors: [{ clause: 'M4', text: '！！！', column: 8, endColumn: 11 }],
    },
    {
      text: '怎么又忘带红领巾了？？？',
      errors: [{ clause: 'M4', text: '？？？', column: 10 }],
    },
    {
      name: 'half-width marks, after emoji',
      text: '🇨🇳👨‍👩‍👧明天必须按时到校!!!',
      errors: [{ clause: 'M4', text: '!!!', column: 11, endColumn: 14 }],
    },
    {
      text: '你家孩子作业呢？！？！',
      errors: [{ clause: 'M4', text: '？！？！', column: 8 }],
    },
  ],
});
