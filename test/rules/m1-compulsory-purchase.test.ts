import { ruleTester } from './ruleTester';

ruleTester.run('m1-compulsory-purchase', {
  valid: [
    '下学期的教辅学校不统一征订，家长自愿购买。',
    '学校不统一订购校服。',
    '课外读物由家长根据孩子情况选择，不作要求。',
    '经区教育局批准（城西教发〔2026〕12号），统一征订校服。',
    '请家长提醒孩子买好新学期的作业本。',
  ],
  invalid: [
    {
      text: '请家长统一购买《同步练习》，周一带来。',
      errors: [{ clause: 'M1', text: '统一购买', column: 4, endColumn: 8 }],
    },
    {
      text: '所有同学必须购买指定的课外读物。',
      errors: [{ clause: 'M1', text: '必须购买', column: 5 }],
    },
    {
      text: '不买的同学上课会跟不上。',
      errors: [{ clause: 'M1', text: '不买的同学上课会跟不上', column: 1 }],
    },
    {
      text: '📚寒假练习册请到指定书店购买。',
      errors: [{ clause: 'M1', text: '指定书店购买', column: 9 }],
    },
  ],
});
