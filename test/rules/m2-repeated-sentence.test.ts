import { ruleTester } from './ruleTester';

ruleTester.run('m2-repeated-sentence', {
  valid: [
    '明天穿校服，后天穿运动服。',
    '请带好水杯和雨伞。',
    '好的好的，谢谢。',
    '周一交回执，周二交作业本，周三交体检表。',
  ],
  invalid: [
    {
      text: '周三前交回执，周三前交回执！',
      errors: [{ clause: 'M2', text: '周三前交回执', column: 8, endColumn: 14 }],
    },
    {
      name: 'each repeated sentence once',
      text: '请带好雨伞，明天有雨。请带好雨伞，明天有雨。',
      errors: [
        { clause: 'M2', text: '请带好雨伞，明天有雨', column: 12 },
      ],
    },
    {
      name: 'across lines, reported once however often it repeats',
      text: '明天穿校服\n明天穿校服\n明天穿校服',
      errors: [{ clause: 'M2', text: '明天穿校服', line: 2, column: 1, endLine: 2, endColumn: 6 }],
    },
    {
      name: 'emoji and punctuation do not make a sentence different',
      text: '记得带跳绳！记得带跳绳😊',
      errors: [{ clause: 'M2', text: '记得带跳绳😊', column: 7 }],
    },
    {
      name: 'spaces, symbols and emoji of two code units inside the sentence are left out of the comparison',
      text: '记得 带✨跳绳👍！记得带跳绳。',
      errors: [{ clause: 'M2', text: '记得带跳绳', column: 10 }],
    },
    {
      name: 'a Han character of two code units is kept: 𠮷 makes the sentence its own',
      text: '请到𠮷祥路集合。请到吉祥路集合。请到𠮷祥路集合。',
      errors: [{ clause: 'M2', text: '请到𠮷祥路集合', column: 17 }],
    },
  ],
});
