import { GOOD_NOTICE, FLAG_CEREMONY } from './notices';
import { ruleTester } from './ruleTester';

ruleTester.run('m5-event-time-place', {
  valid: [
    { text: GOOD_NOTICE, kind: 'notice' },
    { text: FLAG_CEREMONY, kind: 'notice' },
    { name: 'chat is never judged as a notice', text: '亲子运动会的时间地点另行通知。', kind: 'chat' },
    { text: '通知：11月27日下午14:30在学校报告厅召开家长会。' },
  ],
  invalid: [
    {
      name: 'time and place still undecided',
      text: '各位家长：\n亲子运动会的时间地点另行通知。\n三年级一班\n2026年11月24日',
      kind: 'notice',
      errors: [{ clause: 'M5', text: '运动会', line: 2, column: 3, endColumn: 6, message: '时间和地点' }],
    },
    {
      name: 'no place',
      text: '通知：11月27日下午14:30召开家长会，请准时参加。',
      errors: [{ clause: 'M5', text: '家长会', column: 19, message: '地点' }],
    },
    {
      name: 'the same chat text with kind notice',
      text: '亲子运动会的时间地点另行通知。',
      kind: 'notice',
      errors: [{ clause: 'M5', text: '运动会', column: 3 }],
    },
  ],
});
