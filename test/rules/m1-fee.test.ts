import { ruleTester } from './ruleTester';

ruleTester.run('m1-fee', {
  valid: [
    '本次研学活动经区教育局批准（城西教发〔2026〕21号），每生交费260元。',
    '班级图书角自愿捐书，不设金额要求。',
    '本次秋游无需交费，学校统一安排。',
    '请勿向家长收取任何费用。',
    { text: '红领巾爱心书屋活动：每位同学交20元购书款。', config: { allow: { approvals: ['红领巾爱心书屋'] } }, name: 'an approved programme listed in the config' },
    '每位同学准备两支铅笔、一块橡皮。',
    { name: 'a per-person count with its unit is no money', text: '作文每人300字，周五交给班长。' },
    { name: 'a per-person amount offered for free', text: '本次活动每人30，自愿参加，不收费。' },
  ],
  invalid: [
    {
      text: '春游每人交80元，周五前交给班长妈妈。',
      errors: [{ clause: 'M1', text: '每人交80元', column: 3, endColumn: 9 }],
    },
    {
      text: '为灾区献爱心，每位家长至少捐100元。',
      errors: [{ clause: 'M1', text: '每位家长至少捐100元', column: 8 }],
    },
    {
      name: 'full-width digits',
      text: '每生缴纳１２０元，下周一前交齐。',
      errors: [{ clause: 'M1', text: '每生缴纳１２０元', column: 1, endColumn: 9 }],
    },
    {
      text: '新学期收取50元班费，请家长转给生活委员。',
      errors: [{ clause: 'M1', text: '收取50元班费' }],
    },
    {
      name: 'an amount per head without 元, and 转给',
      text: '班费每人300，周五前微信转给家委会。',
      errors: [{ clause: 'M1', text: '300', column: 5 }],
    },
  ],
});
