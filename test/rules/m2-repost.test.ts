import { ruleTester } from './ruleTester';

ruleTester.run('m2-repost', {
  valid: [
    '通知已设为群公告，请家长查看。',
    '请大家不要把上面那条顶上来，看群公告就行。',
    '每天提醒孩子喝水。',
  ],
  invalid: [
    {
      text: '我再把上面那条挪上来，免得又被聊天冲下去👆',
      errors: [{ clause: 'M2', text: '再把上面那条挪上来', column: 2 }],
    },
    {
      name: 'scheduled repetition of one reminder',
      text: '医保还没交的抓紧，从今天起我早中晚各提醒一遍。',
      errors: [{ clause: 'M2', text: '早中晚各提醒一遍' }],
    },
    {
      text: '我再顶一下，没看到的家长请往上翻。',
      errors: [{ clause: 'M2', text: '我再顶一下', column: 1 }],
    },
  ],
});
