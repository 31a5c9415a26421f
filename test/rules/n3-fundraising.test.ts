import { ruleTester } from './ruleTester';

ruleTester.run('n3-fundraising', {
  valid: [
    { name: 'approved: 经区教育局批准', text: '经区教育局批准，学校本周开展“一元捐”爱心活动，自愿参与。' },
    { name: 'approved: a 〔2026〕号 reference', text: '根据城西教发〔2026〕33号文件，学校组织为灾区捐款，自愿参加。' },
    { name: 'the approval may be in another sentence', text: '经区教育局同意。本周五学校开展爱心义卖，所得善款全部捐给福利院。' },
    '本次活动不收取任何捐款。',
    '请勿在群内发起众筹。',
    { name: 'an approval listed in the config', text: '“暖冬行动”爱心捐助本周启动。', config: { allow: { approvals: ['暖冬行动'] } } },
  ],
  invalid: [
    {
      text: '我们班王同学得了白血病，家里困难，请大家献爱心捐款。',
      errors: [{ clause: 'N3', text: '爱心捐款', column: 22, endColumn: 26 }],
    },
    {
      text: '我表姐家孩子做手术急需用钱，这是水滴筹链接，麻烦大家转一下。',
      errors: [
        { clause: 'N3', text: '急需用钱', column: 10 },
        { clause: 'N3', text: '水滴筹', column: 17 },
      ],
    },
    {
      text: '有没有认识骨科医生的？紧急求助！',
      errors: [{ clause: 'N3', text: '紧急求助', column: 12 }],
    },
    {
      name: 'an approval mentioned without a reference or the bureau does not count',
      text: '学校已经同意了，大家踊跃捐款。',
      errors: [{ clause: 'N3', text: '捐款', column: 13 }],
    },
    {
      name: 'separators between the characters (evasion), after an emoji',
      text: '🙏轻❤松❤筹链接在这里',
      errors: [{ clause: 'N3', text: '轻❤松❤筹', column: 2, endColumn: 7 }],
    },
  ],
});
