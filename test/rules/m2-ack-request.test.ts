import { ruleTester } from './ruleTester';

ruleTester.run('m2-ack-request', {
  valid: [
    '本通知无需回复，有疑问请私信班主任。',
    '请李同学的家长看到后私聊我。',
    '不用回复，看到即可。',
    { name: 'the negation after 请, inside the matched span', text: '请不要回复“收到”，以免刷屏。' },
    '请问王老师，明天运动会几点集合？',
    '回执请周五前交给班主任，不用在群里回复。',
  ],
  invalid: [
    {
      text: '周五下午放学时间调整为15:30，收到请回复。',
      errors: [{ clause: 'M2', text: '收到请回复', column: 18, endColumn: 23 }],
    },
    {
      text: '请各位家长接龙报名参加亲子运动会。',
      errors: [{ clause: 'M2', text: '请各位家长接龙', column: 1 }],
    },
    {
      text: '所有家长在群里回复一下孩子是否订校餐。',
      errors: [{ clause: 'M2', text: '所有家长在群里回复' }],
    },
    {
      name: 'after a family emoji',
      text: '👨‍👩‍👧亲子活动报名表已发，收到的家长扣1',
      errors: [{ clause: 'M2', text: '收到的家长扣1', column: 12, endColumn: 19 }],
    },
    {
      text: '各位家长：\n明天体检需空腹，看到消息的家长请回复。',
      errors: [{ clause: 'M2', text: '看到消息的家长请回复', line: 2, column: 9 }],
    },
  ],
});
