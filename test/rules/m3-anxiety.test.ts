import { ruleTester } from './ruleTester';

ruleTester.run('m3-anxiety', {
  valid: [
    '请家长帮助孩子合理安排复习时间。',
    '不要焦虑，孩子的成长需要时间。',
    '考前请保证孩子睡眠充足，放松心态。',
    '每个孩子都有自己的节奏，我们一起慢慢来。',
  ],
  invalid: [
    {
      text: '这次再考不好，孩子一辈子就完了。',
      errors: [{ clause: 'M3', text: '一辈子就完了', column: 10, endColumn: 16 }],
    },
    {
      text: '小学基础打不好，以后考不上好初中。',
      errors: [{ clause: 'M3', text: '考不上好初中' }],
    },
    {
      text: '现在放松的孩子，将来都会被淘汰。',
      errors: [{ clause: 'M3', text: '被淘汰' }],
    },
    {
      text: '各位家长：\n寒假是弯道超车的时候，孩子千万别输在起跑线上。',
      errors: [{ clause: 'M3', text: '输在起跑线上', line: 2, column: 17 }],
    },
  ],
});
