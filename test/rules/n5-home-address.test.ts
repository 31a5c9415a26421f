import { ruleTester } from './ruleTester';

ruleTester.run('n5-home-address', {
  valid: [
    '本周家长开放日在学校5号楼3楼会议室。',
    '家长会在学校3号楼2楼会议室召开。',
    '请家长不要在群里透露家庭住址。',
    '放学后请在校门口等候孩子。',
  ],
  invalid: [
    {
      text: '小明家在阳光小区12栋1单元，方便的家长可以去看看他。',
      errors: [{ clause: 'N5', text: '阳光小区12栋1单元', column: 5, endColumn: 15 }],
    },
    {
      text: '我家住在学府花园3号楼，离学校很近。',
      errors: [{ clause: 'N5', text: '家住在学府花园3号楼', column: 2 }],
    },
    {
      name: 'full-width digits, after an emoji',
      text: '🏠收件地址：６栋２单元５０２室',
      errors: [{ clause: 'N5', text: '６栋２单元５０２室', column: 7, endColumn: 16 }],
    },
  ],
});
