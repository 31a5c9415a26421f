import { ruleTester } from './ruleTester';

ruleTester.run('n3-flattery', {
  valid: [
    '好的，谢谢王老师',
    '请问老师，明天几点到校？',
    '谢谢老师提醒，明天会让孩子带上水杯。',
    '家长们辛苦了，今天的运动会很顺利。',
  ],
  invalid: [
    {
      text: '王老师辛苦啦！',
      errors: [{ clause: 'N3', text: '老师辛苦啦', column: 2, endColumn: 7 }],
    },
    {
      text: '老师说得太对了，我们一定配合。',
      errors: [{ clause: 'N3', text: '老师说得太对', column: 1 }],
    },
    {
      name: 'the same text in a chat message',
      text: '老师您太负责了',
      kind: 'chat',
      errors: [{ clause: 'N3', text: '老师您太负责' }],
    },
    {
      name: 'after an emoji',
      text: '🌹谢谢老师的辛勤付出',
      errors: [{ clause: 'N3', text: '谢谢老师的辛勤付出', column: 2, endColumn: 11 }],
    },
  ],
});
