import { ruleTester } from './ruleTester';

ruleTester.run('n2-ranking', {
  valid: [
    { name: '安排名单 is 安排|名单, not 排名', text: '请家长安排名单上的孩子周三到校参加合唱排练。' },
    '本群不公布考试成绩和排名。',
    '本学期不排名次，只做等级评价。',
    '严禁在群内发布排名。',
    '这是本周的值日排班表。',
    '孩子的年级排名请私信老师了解。',
    { name: 'rankings as a topic', text: '无论得了A还是D，都是一个排名的结果。' },
    { name: 'a class placed, no pupil', text: '我们班在跳绳比赛中获得了年级第二名，孩子们很努力！' },
  ],
  invalid: [
    {
      text: '期末考试年级排名已出。',
      errors: [{ clause: 'N2', text: '年级排名', column: 5, endColumn: 9 }],
    },
    {
      name: 'a template: {{排名}} in a group notice is a ranking',
      text: '本次考试班级排名：{{排名}}',
      errors: [{ clause: 'N2', text: '班级排名', column: 5 }],
    },
    {
      name: 'one finding per sentence, however many rank words it holds',
      text: '{{学生姓名}}本次排名第{{名次}}',
      errors: [{ clause: 'N2', text: '排名第', column: 11 }],
    },
    {
      name: 'after an emoji',
      text: '📊班级排行榜已更新',
      errors: [{ clause: 'N2', text: '排行榜', column: 4, endColumn: 7 }],
    },
    {
      name: 'separators inside the word (evasion)',
      text: '全班排*名出来了',
      errors: [{ clause: 'N2', text: '全班排*名', column: 1, endColumn: 6 }],
    },
  ],
});
