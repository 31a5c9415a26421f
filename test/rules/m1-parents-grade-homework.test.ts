import { ruleTester } from './ruleTester';

ruleTester.run('m1-parents-grade-homework', {
  valid: [
    '作业由老师在课堂上批改，无需家长检查。',
    '寒假安全告家长书请家长签字后交回。',
    '家长会签到表请家长签字。',
    '请家长督促孩子按时完成课堂布置的作业。',
    '不需要家长批改作业，老师会在课堂上讲评。',
    { name: 'the negation after 家长, inside the matched span', text: '家长无需批改作业，也不用在作业本上签字。' },
  ],
  invalid: [
    {
      text: '数学试卷请家长检查一遍，有错的让孩子改正。',
      errors: [{ clause: 'M1', text: '家长检查', column: 6, endColumn: 10 }],
    },
    {
      text: '今晚的口算练习请家长批改。',
      errors: [{ clause: 'M1', text: '家长批改', column: 9 }],
    },
    {
      name: 'a template whose placeholder holds the student name',
      text: '{{学生姓名}}的默写请家长检查，错的订正。',
      errors: [{ clause: 'M1', text: '家长检查', column: 13 }],
    },
    {
      text: '各位家长：\n英语练习册请家长判改后拍照发给我。',
      errors: [{ clause: 'M1', text: '家长判改', line: 2, column: 7 }],
    },
  ],
});
