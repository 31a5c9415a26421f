import { ruleTester } from './ruleTester';

ruleTester.run('n3-like', {
  valid: [
    { name: 'chat: n3-like is only for replies', text: '👍', kind: 'chat' },
    { name: 'chat: the same text as the reply below', text: '收到[强]', kind: 'chat' },
    { text: '好的，已阅。', kind: 'reply' },
    { name: 'canvassing is n2, not a like', text: '评选投票请点赞', kind: 'reply' },
    { text: '孩子们今天表现很棒👍', kind: 'notice' },
  ],
  invalid: [
    {
      text: '👍',
      kind: 'reply',
      errors: [{ clause: 'N3', text: '👍', column: 1, endColumn: 2 }],
    },
    {
      name: 'the same text as the chat above',
      text: '收到[强]',
      kind: 'reply',
      errors: [{ clause: 'N3', text: '[强]', column: 3, endColumn: 6 }],
    },
    {
      text: '点赞老师的用心。',
      kind: 'reply',
      errors: [{ clause: 'N3', text: '点赞', column: 1 }],
    },
    {
      name: 'a short line to the teacher is guessed a reply',
      text: '好的👍谢谢老师',
      errors: [{ clause: 'N3', text: '👍', column: 3, endColumn: 4 }],
    },
  ],
});
