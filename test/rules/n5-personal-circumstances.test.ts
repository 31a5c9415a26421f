import { ruleTester } from './ruleTester';

ruleTester.run('n5-personal-circumstances', {
  valid: [
    '近期流感高发，请家长注意孩子身体，有发烧症状请及时就医。',
    '我班同学父亲重病，学校已按程序上报。',
    '学校将为家庭经济困难学生提供资助，请有需要的家长私信班主任。',
    '请同学们互相关心、友好相处。',
  ],
  invalid: [
    {
      text: '王子涵同学父母离婚了，最近请大家多照顾她。',
      errors: [{ clause: 'N5', text: '离婚', column: 8, endColumn: 10 }],
    },
    {
      name: 'one finding for the sentence, at its first circumstance',
      text: '李浩然同学生病住院了，大家一起给他写祝福卡片吧。',
      errors: [{ clause: 'N5', text: '生病', column: 6 }],
    },
    {
      name: 'a template whose placeholder holds the student name',
      text: '{{学生姓名}}家是低保户，请大家多关照。',
      errors: [{ clause: 'N5', text: '低保户', column: 11, endColumn: 14 }],
    },
    {
      name: 'a surname with 同学, after an emoji',
      text: '🙏张同学有抑郁症，请大家不要刺激他。',
      errors: [{ clause: 'N5', text: '抑郁症', column: 6, endColumn: 9 }],
    },
  ],
});
