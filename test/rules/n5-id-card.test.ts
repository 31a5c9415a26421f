import { ruleTester } from './ruleTester';

// Valid check digits (GB 11643, ISO 7064 MOD 11-2): 630102201409120013, 630105201503060028,
// 630104201311300043, 63010220150304001X: computed, not real people.
ruleTester.run('n5-id-card', {
  valid: [
    { name: 'a wrong check digit is not an ID', text: '身份证号630102201409120014有误吗？' },
    { name: 'an impossible birth date (30 February)', text: '出生日期不对：630102201402300013' },
    '请家长私信核对孩子的身份证号。',
    '订单编号20261125123456789请保存。',
  ],
  invalid: [
    {
      text: '孩子身份证号：630102201409120013，请核对。',
      errors: [
        {
          clause: 'N5',
          severity: 2,
          text: '630102201409120013',
          column: 8,
          endColumn: 26,
          message: '630***********0013',
          fix: null, // masking belongs in the report, never in the user's file
          hidden: ['630102201409120013'],
        },
      ],
    },
    {
      text: '请核对：630105201503060028、630104201311300043',
      errors: [
        { clause: 'N5', text: '630105201503060028', column: 5, hidden: ['630105201503060028'] },
        { clause: 'N5', text: '630104201311300043', column: 24, endColumn: 42, hidden: ['630104201311300043'] },
      ],
    },
    {
      name: 'full-width digits, after an emoji',
      text: '📋身份证：６３０１０２２０１４０９１２００１３',
      errors: [{ clause: 'N5', text: '６３０１０２２０１４０９１２００１３', column: 6, endColumn: 24, message: '630***********0013', hidden: ['630102201409120013'] }],
    },
    {
      name: 'a check digit X',
      text: '学生证件号63010220150304001X',
      errors: [{ clause: 'N5', text: '63010220150304001X', column: 6, message: '630***********001X', hidden: ['63010220150304001X'] }],
    },
  ],
});
