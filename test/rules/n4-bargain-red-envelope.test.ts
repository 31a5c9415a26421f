import { ruleTester } from './ruleTester';

ruleTester.run('n4-bargain-red-envelope', {
  valid: [
    '本群禁止发红包。',
    '学校规定不得在群内发红包。',
    '请不要在群里发砍价链接。',
    '优秀班集体评选结果下周公布。',
  ],
  invalid: [
    {
      text: '帮我家孩子砍一刀，谢谢各位家长了。',
      errors: [{ clause: 'N4', text: '砍一刀', column: 6, endColumn: 9 }],
    },
    {
      text: '今天是我生日，给大家发个红包！',
      errors: [{ clause: 'N4', text: '红包', column: 13 }],
    },
    {
      name: 'after an emoji',
      text: '🧧群红包来啦，大家抢起来',
      errors: [{ clause: 'N4', text: '群红包', column: 2, endColumn: 5 }],
    },
    {
      text: '帮忙给我的视频点个关注吧。',
      errors: [{ clause: 'N4', text: '点个关注', column: 8 }],
    },
  ],
});
