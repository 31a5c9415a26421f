import { ruleTester } from './ruleTester';

ruleTester.run('n5-bank-card', {
  valid: [
    { name: 'fails the Luhn check', text: '退费打到这个卡：6217 0021 3000 1234 564，户名张某。' },
    { name: 'no bank context and not a UnionPay prefix', text: '会员号436780123456789017' },
    { name: 'a resident ID is not a card', text: '转账备注写孩子身份证号630102201409120013' },
    '退费将原路退回，请勿在群内发送卡号。',
  ],
  invalid: [
    {
      text: '退费打到这个卡：6217 0021 3000 1234 563，户名张某。',
      errors: [
        {
          clause: 'N5',
          text: '6217 0021 3000 1234 563',
          column: 9,
          endColumn: 32,
          message: '621************4563',
          fix: null, // masking belongs in the report, never in the user's file
          hidden: ['6217002130001234563'],
        },
      ],
    },
    {
      name: 'a UnionPay prefix needs no context',
      text: '卡号6228480012345678903',
      errors: [{ clause: 'N5', text: '6228480012345678903', column: 3, message: '622************8903', hidden: ['6228480012345678903'] }],
    },
    {
      name: 'another network with a bank context, after an emoji',
      text: '💳转账到436780123456789017',
      errors: [{ clause: 'N5', text: '436780123456789017', column: 5, endColumn: 23, message: '436***********9017', hidden: ['436780123456789017'] }],
    },
  ],
});
