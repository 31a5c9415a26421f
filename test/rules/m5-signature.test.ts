import { GOOD_NOTICE, FLAG_CEREMONY } from './notices';
import { ruleTester } from './ruleTester';

ruleTester.run('m5-signature', {
  valid: [
    { text: GOOD_NOTICE, kind: 'notice' },
    { text: FLAG_CEREMONY, kind: 'notice' },
    { name: 'chat is never judged as a notice', text: '各位家长：\n学校将召开家长会，请准时参加。', kind: 'chat' },
    { text: '请周五前交回执。' },
    { name: 'signature and date on one line', text: '各位家长：\n本周五（11月27日）下午14:30在学校报告厅召开家长会。\n三年级二班 2026年11月24日', kind: 'notice' },
  ],
  invalid: [
    {
      text: '各位家长：\n学校将召开家长会，请准时参加。',
      kind: 'notice',
      errors: [{ clause: 'M5', text: '学校将召开家长会，请准时参加。', line: 2, column: 1, suggestion: '（落款：班级或学校名称）' }],
    },
    {
      name: 'a date but no signature above it',
      text: '各位家长：\n12月1日（星期二）上午8:00在学校操场举行升旗仪式，请学生穿校服。\n2026年11月24日',
      kind: 'notice',
      errors: [{ clause: 'M5', text: '2026年11月24日', line: 3, column: 1, endLine: 3, endColumn: 12 }],
    },
    {
      name: 'a guessed notice (title)',
      text: '关于元旦放假的通知\n元旦放假三天，请注意安全。',
      errors: [{ clause: 'M5', text: '元旦放假三天，请注意安全。', line: 2 }],
    },
  ],
});
