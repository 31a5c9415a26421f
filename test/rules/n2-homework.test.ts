import { ruleTester } from './ruleTester';

ruleTester.run('n2-homework', {
  valid: [
    '今天的作业已在课堂上布置完毕，群里不再发布。',
    '请家长督促孩子认真完成寒假作业。',
    '作业在课堂布置，请勿在群内发布作业。',
    '请勿把孩子的作业拍照发到群里。',
    '明天体育课请穿运动鞋。',
  ],
  invalid: [
    {
      text: '语文作业如下：抄写第三课生字五遍，背诵《春晓》。',
      errors: [
        { clause: 'N2', text: '语文作业如下：', column: 1, endColumn: 8 },
        { clause: 'N2', text: '抄写第三课生字五遍', column: 8 },
        { clause: 'N2', text: '背诵《春晓》', column: 18, endColumn: 24 },
      ],
    },
    {
      text: '英语单词每个读三遍。',
      errors: [{ clause: 'N2', text: '读三遍', column: 7 }],
    },
    {
      text: '请把孩子读课文的视频上传到群里打卡。',
      errors: [{ clause: 'N2', text: '群里打卡', column: 14, endColumn: 18 }],
    },
    {
      name: 'full-width digits and an emoji before',
      text: '📖周末完成练习册第１２页。',
      errors: [{ clause: 'N2', text: '周末完成练习册第１２页', column: 2, endColumn: 13 }],
    },
    {
      text: '各位家长：\n今晚作业：数学练习册第23页。',
      errors: [
        { clause: 'N2', text: '今晚作业：', line: 2, column: 1 },
        { clause: 'N2', text: '练习册第23页', line: 2, column: 8 },
      ],
    },
  ],
});
