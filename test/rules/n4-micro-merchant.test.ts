import { ruleTester } from './ruleTester';

ruleTester.run('n4-micro-merchant', {
  valid: [
    '如有疑问请私信班主任。',
    '请家长加班主任微信，方便单独沟通。',
    '本群禁止发广告，不要加我微信买东西。',
    '孩子的学籍信息请通过学校官网核对。',
  ],
  invalid: [
    {
      name: '加V',
      text: '加V了解详情',
      errors: [{ clause: 'N4', text: '加V', column: 1, endColumn: 3 }],
    },
    {
      name: '威信',
      text: '加威信详聊。',
      errors: [{ clause: 'N4', text: '加威信', column: 1, endColumn: 4 }],
    },
    {
      name: '微 信 (a space inside)',
      text: '进口奶粉代购，加微 信详聊。',
      errors: [{ clause: 'N4', text: '加微 信', column: 8, endColumn: 12 }],
    },
    {
      name: '微❤信 (an emoji inside)',
      text: '想买的加我微❤信。',
      errors: [{ clause: 'N4', text: '加我微❤信', column: 4, endColumn: 9 }],
    },
    {
      text: '我是安利的代理，欢迎咨询。',
      errors: [{ clause: 'N4', text: '我是安利的代理', column: 1 }],
    },
    {
      name: 'a price after an emoji',
      text: '🍎苹果十斤只要39元',
      errors: [{ clause: 'N4', text: '只要39元', column: 6, endColumn: 11 }],
    },
  ],
});
