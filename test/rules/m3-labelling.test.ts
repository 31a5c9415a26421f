import { ruleTester } from './ruleTester';

ruleTester.run('m3-labelling', {
  valid: [
    '请不要叫孩子问题学生，每个孩子都有闪光点。',
    '请不要给孩子贴“差生”标签。',
    '孩子们各有所长，我们一起帮助每个人进步。',
    '本周班级卫生评比，我们班获得了流动红旗。',
  ],
  invalid: [
    {
      text: '我们班就是被那几个后进生拖后腿。',
      errors: [
        { clause: 'M3', text: '后进生', column: 10, endColumn: 13 },
        { clause: 'M3', text: '拖后腿', column: 13, endColumn: 16 },
      ],
    },
    {
      text: '这几个差生的家长请多上点心。',
      errors: [{ clause: 'M3', text: '差生', column: 4 }],
    },
    {
      text: '{{学生姓名}}是班里的害群之马。',
      errors: [{ clause: 'M3', text: '害群之马', column: 13 }],
    },
    {
      text: '数学成绩吊车尾的那几位要抓紧了。',
      errors: [{ clause: 'M3', text: '吊车尾', column: 5 }],
    },
  ],
});
