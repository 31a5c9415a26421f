import { ruleTester } from './ruleTester';

// Collecting money for a gift to the teachers (N3); a call not to give gifts, or a gift without money, is not.
ruleTester.run('n3-teacher-gift', {
  valid: [
    '教师节不向老师赠送任何礼品、礼金、购物卡，每人不得收取任何费用。',
    { name: 'a gift the children make, no money', kind: 'chat', text: '孩子们给老师准备了自己画的贺卡。' },
    { name: 'a committee deciding against it', kind: 'chat', text: '家委会商量了一下，教师节不组织给老师送礼，也不收任何钱。' },
    { name: 'money for something else', kind: 'chat', text: '春游每人交50元车费，给老师的感谢信由孩子自己写。' },
  ],
  invalid: [
    { kind: 'chat', text: '给老师买教师节礼物，每家至少出50元。', errors: [{ clause: 'N3', text: '给老师买教师节礼物', column: 1, endColumn: 10 }] },
    {
      name: 'the gift and the amount in different sentences (real9b)',
      kind: 'chat',
      text: '经家委会商讨，今年传达心意的方式是在官方旗舰店购买礼盒，直接快递到三位老师手上。金额为每位家长40.72元，请大家及时支持。',
      errors: [{ clause: 'N3', text: '礼盒，直接快递到三位老师' }],
    },
  ],
});
