import { GOOD_NOTICE, FLAG_CEREMONY } from './notices';
import { ruleTester } from './ruleTester';

const BODY = '各位家长：\n12月1日（星期二）上午8:00在学校操场举行升旗仪式，请学生穿校服。\n城西区第一小学\n';

ruleTester.run('m5-date', {
  valid: [
    { text: GOOD_NOTICE, kind: 'notice' },
    { text: FLAG_CEREMONY, kind: 'notice' },
    { name: 'single-digit month and day, not padded', text: BODY + '2026年1月4日', kind: 'notice' },
    { name: 'chat is never judged as a notice', text: BODY + '2026.11.24', kind: 'chat' },
  ],
  invalid: [
    {
      name: 'no date line',
      text: '各位家长：\n学校将召开家长会，请准时参加。\n三年级一班',
      kind: 'notice',
      errors: [{ clause: 'M5', text: '三年级一班', line: 3, column: 1, endColumn: 6, fix: null }],
    },
    {
      name: 'zero-padded day',
      text: BODY + '2026年11月04日',
      kind: 'notice',
      errors: [{ clause: 'M5', text: '2026年11月04日', line: 4, column: 1, endColumn: 12, fix: BODY + '2026年11月4日' }],
    },
    {
      name: 'dotted date',
      text: BODY + '2026.11.24',
      kind: 'notice',
      errors: [{ clause: 'M5', text: '2026.11.24', line: 4, fix: BODY + '2026年11月24日' }],
    },
    {
      name: 'dashed date',
      text: BODY + '2026-11-24',
      kind: 'notice',
      errors: [{ clause: 'M5', text: '2026-11-24', line: 4, fix: BODY + '2026年11月24日' }],
    },
  ],
});
