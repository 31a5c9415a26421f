import { ruleTester } from './ruleTester';

// A date with its year written with dots, slashes or dashes (2022.11.14) is not the GB/T 9704 form either.
ruleTester.run('m5-numeric-full-date', {
  valid: [
    '通知：2023年1月6日前交回回执。',
    { name: 'chat is never judged as a notice', text: '2023.01.06前交回回执。', kind: 'chat' },
    { name: 'a version number has no year', text: '通知：软件已更新到 2.11.14 版。', kind: 'notice' },
    { name: 'mixed separators are not one date', text: '通知：编号2022.11-14。', kind: 'notice' },
  ],
  invalid: [
    {
      name: 'a range of dotted, zero-padded dates (real8b: a refund notice)',
      text: '各位家长：\n未开展时间：2022.11.14—2023.01.06。\n杭桥中心小学\n2023年1月11日',
      kind: 'notice',
      errors: [
        { clause: 'M5', text: '2022.11.14', line: 2, column: 7, fix: '各位家长：\n未开展时间：2022年11月14日—2023.01.06。\n杭桥中心小学\n2023年1月11日' },
        { clause: 'M5', text: '2023.01.06', line: 2, column: 18, fix: '各位家长：\n未开展时间：2022.11.14—2023年1月6日。\n杭桥中心小学\n2023年1月11日' },
      ],
    },
    { text: '通知：2023/01/06 前交回回执。', errors: [{ clause: 'M5', text: '2023/01/06', column: 4, fix: '通知：2023年1月6日 前交回回执。' }] },
    { name: 'the day unit already written is replaced too', text: '通知：2023-1-6日放假。', errors: [{ clause: 'M5', text: '2023-1-6日', fix: '通知：2023年1月6日放假。' }] },
    { name: 'no day that does not exist is written by a fix', text: '通知：2023.2.29放假。', errors: [{ clause: 'M5', text: '2023.2.29', fix: null }] },
    { name: 'a leap day is', text: '通知：2024.2.29放假。', errors: [{ clause: 'M5', text: '2024.2.29', fix: '通知：2024年2月29日放假。' }] },
  ],
});
