import { ruleTester } from './ruleTester';

ruleTester.run('n2-named-praise-criticism', {
  valid: [
    '孩子们这周表现都很棒，继续加油。',
    '部分同学作业未完成，请家长督促。',
    '如有需要，我会单独联系王同学的家长。',
    '本周班级获得流动红旗，感谢每一位同学的努力。',
  ],
  invalid: [
    {
      text: '表扬王思远同学，本周值日认真负责。',
      errors: [{ clause: 'N2', text: '表扬', column: 1, endColumn: 3 }],
    },
    {
      text: '恭喜陈雨萱同学在区作文比赛中获得一等奖！',
      errors: [{ clause: 'N2', text: '恭喜', column: 1 }],
    },
    {
      name: 'a template whose placeholder holds the student name',
      text: '{{学生姓名}}上课说话，屡教不改。',
      errors: [
        { clause: 'N2', text: '上课说话', column: 9, endColumn: 13 }, // once per sentence: 屡教不改 adds nothing
      ],
    },
    {
      name: 'a surname with 同学, after an emoji',
      text: '😠李同学今天又迟到了',
      errors: [{ clause: 'N2', text: '迟到', column: 8, endColumn: 10 }],
    },
  ],
});
