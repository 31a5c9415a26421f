import { ruleTester } from './ruleTester';

ruleTester.run('m1-tutoring-offer', {
  valid: [
    '寒假期间学校不组织补课，也请家长不要给孩子报培训班。',
    '本班不推荐任何校外辅导机构，请家长理性选择。',
    '本校严禁教师有偿补课，请家长监督。',
    '课后服务的提高班由学校统一组织，自愿报名。',
    '成绩将通过一对一方式单独告知家长。',
    { text: '本周六上午学校统一组织课后服务，地点在三楼教室。', kind: 'notice' },
  ],
  invalid: [
    {
      text: '隔壁新开了一家数学补习班，效果很好，有需要的家长可以去看看。',
      errors: [{ clause: 'M1', text: '补习班', line: 1, column: 10, endColumn: 13 }],
    },
    {
      text: '我家孩子在学而思上了一个学期，感觉提高很大，推荐给大家。',
      kind: 'chat',
      errors: [{ clause: 'M1', text: '学而思', column: 6 }],
    },
    {
      name: 'spaces between the characters (evasion)',
      text: '寒 假 班现在报名，名额有限。',
      errors: [{ clause: 'M1', text: '寒 假 班', column: 1, endColumn: 6 }],
    },
    {
      name: 'after a flag emoji the column counts the flag once',
      text: '🇨🇳国庆七天冲刺班火热招生中',
      errors: [{ clause: 'M1', text: '冲刺班', column: 6, endColumn: 9 }],
    },
    {
      text: '暑假有奥数集训，想报名的家长可以找我。\n另外周末还有一对一辅导。',
      errors: [
        { clause: 'M1', text: '奥数集训', line: 1, column: 4 },
        { clause: 'M1', text: '一对一辅导', line: 2, column: 7, endLine: 2, endColumn: 12 },
      ],
    },
  ],
});
