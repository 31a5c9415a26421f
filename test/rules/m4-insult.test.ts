import { ruleTester } from './ruleTester';

ruleTester.run('m4-insult', {
  valid: [
    '请不要在群里说孩子笨，多鼓励。',
    '笨鸟先飞，多练就会。',
    '孩子这部分还需要巩固，我们一起想办法。',
    '禁止在群内辱骂他人，请文明交流。',
  ],
  invalid: [
    {
      text: '你家孩子真笨，一道题讲了五遍。',
      errors: [{ clause: 'M4', text: '真笨', column: 5, endColumn: 7 }],
    },
    {
      name: 'after a flag emoji',
      text: '🇨🇳你们当家长的是干什么吃的？',
      errors: [{ clause: 'M4', text: '干什么吃的', column: 9, endColumn: 14 }],
    },
    {
      text: '这孩子就是不长记性。',
      errors: [{ clause: 'M4', text: '不长记性', column: 6 }],
    },
    {
      text: '有些家长真是没教养，群里乱发东西。',
      errors: [{ clause: 'M4', text: '没教养', column: 7 }],
    },
  ],
});
