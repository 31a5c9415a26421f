import { ruleTester } from './ruleTester';

ruleTester.run('n3-help-seeking', {
  valid: [
    '学校已为住院的同学申请了医疗救助，请大家放心。',
    '医保报销的医药费请家长自行办理。',
    { name: 'approved by the district bureau', text: '经区教育局批准，学校为患病同学募集医疗费，请大家帮忙。' },
    '请不要在群里求大家帮忙凑手术费。',
    '能不能帮忙看看孩子的作文？',
  ],
  invalid: [
    {
      text: '我家孩子住院了，需要一笔手术费，各位家长能不能帮帮忙？',
      // 能不能 asks; it does not negate the plea (before X不X was read as negation, only 手术费 was found).
      errors: [
        { clause: 'N3', text: '手术费', column: 13, endColumn: 16 },
        { clause: 'N3', text: '能不能帮帮', column: 21, endColumn: 26 },
      ],
    },
    {
      text: '孩子爸爸出了车祸，医药费还差五万，恳请大家帮帮我们。',
      errors: [
        { clause: 'N3', text: '医药费', column: 10 },
        { clause: 'N3', text: '恳请大家帮帮', column: 18, endColumn: 24 },
      ],
    },
    {
      name: 'after an emoji',
      text: '🙏求求大家救救孩子，帮帮我们',
      errors: [{ clause: 'N3', text: '求求大家救救孩子，帮帮', column: 2, endColumn: 13 }],
    },
  ],
});
