import { ruleTester } from './ruleTester';

ruleTester.run('m5-numeric-date', {
  valid: [
    '通知：12月1日上午8点在操场举行升旗仪式。',
    { name: 'chat is never judged as a notice', text: '12.1上午8点在操场举行升旗仪式。', kind: 'chat' },
    { text: '本次测验平均分83.5分，及格率95%。', kind: 'notice' },
    { text: '请带2.5元零钱，下午14:30到校。', kind: 'notice' },
  ],
  invalid: [
    {
      name: 'the same text with kind notice',
      text: '12.1上午8点在操场举行升旗仪式。',
      kind: 'notice',
      errors: [{ clause: 'M5', text: '12.1', column: 1, endColumn: 5, fix: '12月1日上午8点在操场举行升旗仪式。' }],
    },
    {
      text: '通知：家长会时间11/30 14:00。',
      errors: [{ clause: 'M5', text: '11/30', column: 9, fix: '通知：家长会时间11月30日 14:00。' }],
    },
    {
      name: 'full-width digits',
      text: '通知：１２.３下午放假。',
      errors: [{ clause: 'M5', text: '１２.３', column: 4, fix: '通知：12月3日下午放假。' }],
    },
    {
      name: 'the day unit already written is part of the fix: one well-formed date, never 12月5日日',
      text: '通知：12.5日下午放假，12.6号上课。',
      errors: [
        { clause: 'M5', text: '12.5日', column: 4, fix: '通知：12月5日下午放假，12.6号上课。' },
        { clause: 'M5', text: '12.6号', fix: '通知：12.5日下午放假，12月6日上课。' },
      ],
    },
    {
      name: 'no day that does not exist is written by a fix',
      text: '通知：2.30下午放假。',
      errors: [{ clause: 'M5', text: '2.30', fix: null }],
    },
  ],
});
