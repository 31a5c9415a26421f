import { ruleTester } from './ruleTester';

ruleTester.run('n2-scores', {
  valid: [
    '本群不公布考试成绩和排名，成绩将单独告知各位家长。',
    '孩子的考试分数请私信老师查询。',
    '请第一名到校的同学负责开窗通风。',
    '请家长安排名单上的孩子周三到校参加合唱排练。',
    '本次考试成绩不排名。',
    '这次运动会我们班获得第一名，感谢家长们的支持。',
  ],
  invalid: [
    {
      text: '本次单元测验王子轩考了98分。',
      errors: [{ clause: 'N2', text: '考了98分', column: 10, endColumn: 15 }],
    },
    {
      text: '期中考试我班前三名：刘一航、陈雨萱、赵子墨。',
      errors: [{ clause: 'N2', text: '前三名', column: 7 }],
    },
    {
      text: '这次月考我们班数学平均分86.5分，比上次进步了。',
      errors: [{ clause: 'N2', text: '平均分', column: 10, endColumn: 13 }],
    },
    {
      name: 'a template: {{成绩}} will hold a score',
      text: '{{学生姓名}}同学本次考试成绩为{{成绩}}分。',
      errors: [{ clause: 'N2', text: '成绩为{{成绩}}', column: 15 }],
    },
    {
      name: 'a template: ${score} will hold a score',
      text: '${name}同学本次成绩${score}分',
      errors: [{ clause: 'N2', text: '成绩${score}', column: 12 }],
    },
    {
      name: 'a template: 【成绩】 will hold a score',
      text: '【学生姓名】同学期中考试得分：【成绩】',
      errors: [{ clause: 'N2', text: '得分：【成绩】', column: 13, endColumn: 20 }],
    },
    {
      name: 'full-width digits after an emoji',
      text: '🎉期末考试李欣怡考了９８分！',
      errors: [{ clause: 'N2', text: '考了９８分', column: 9, endColumn: 14 }],
    },
  ],
});
