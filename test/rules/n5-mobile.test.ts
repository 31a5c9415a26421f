import { ruleTester } from './ruleTester';

ruleTester.run('n5-mobile', {
  valid: [
    { name: 'a school landline', text: '学校办公室电话：0971-8234567，传真0971-8234568。' },
    '订单编号20261125123456789请保存。',
    { name: 'the sender’s own number in allow.phones', text: '有事请联系我：139 8765 4321', config: { allow: { phones: ['13987654321'] } } },
    '心理咨询热线12355，周一至周五开通。',
    { name: 'short runs of Chinese numerals are words', text: '一二年级的同学三五成群地去操场。' },
    { name: 'not a mobile prefix', text: '准考证号12012345678请核对。' },
  ],
  invalid: [
    {
      name: 'spelt in Chinese numerals, or mixed with digits',
      text: '有事打我电话：一三八零九七一二三四五，或138零九七一6789',
      errors: [
        { clause: 'N5', text: '一三八零九七一二三四五', message: '138****2345', hidden: ['13809712345'] },
        { clause: 'N5', text: '138零九七一6789', message: '138****6789', hidden: ['13809716789'] },
      ],
    },
    {
      text: '刘欣然爸爸的电话是13987654321，大家有事可以找他。',
      errors: [
        {
          clause: 'N5',
          severity: 1,
          text: '13987654321',
          column: 10,
          endColumn: 21,
          message: '139****4321',
          fix: null, // masking belongs in the report, never in the user's file
          hidden: ['13987654321'],
        },
      ],
    },
    {
      name: 'split by spaces',
      text: '联系人：马老师 159 8765 4321',
      errors: [{ clause: 'N5', text: '159 8765 4321', column: 9, message: '159****4321', hidden: ['15987654321'] }],
    },
    {
      name: 'split by dashes',
      text: '班长妈妈电话：186-0971-2345',
      errors: [{ clause: 'N5', text: '186-0971-2345', column: 8, endColumn: 21, message: '186****2345', hidden: ['18609712345'] }],
    },
    {
      name: 'full-width digits',
      text: '家长微信号就是手机号：１３６０９７１８８８８',
      errors: [{ clause: 'N5', text: '１３６０９７１８８８８', column: 12, endColumn: 23, message: '136****8888', hidden: ['13609718888'] }],
    },
    {
      name: 'split by emoji',
      text: '孙阿姨的号码 13😀9876😀54321 有需要的打',
      errors: [{ clause: 'N5', text: '13😀9876😀54321', column: 8, endColumn: 21, message: '139****4321', hidden: ['13987654321'] }],
    },
    {
      name: '+86 and spaces',
      text: '电话：+86 138 0971 6543',
      errors: [{ clause: 'N5', text: '+86 138 0971 6543', column: 4, message: '138****6543', hidden: ['13809716543'] }],
    },
  ],
});
