import { ruleTester } from './ruleTester';

ruleTester.run('m2-empty-greeting', {
  valid: [
    '大家下午好，明天（11月26日）下午体检，请孩子空腹到校。',
    '家长们早上好，今天下雨路滑，送孩子时注意安全。',
    '请问王老师在吗？孩子的水杯落在教室了，明天能帮忙找一下吗？',
    '各位家长好！本周五（11月27日）14:30在学校报告厅召开家长会。',
  ],
  invalid: [
    {
      text: '大家好！',
      errors: [{ clause: 'M2', text: '大家好！', column: 1, endColumn: 5 }],
    },
    {
      text: '各位家长晚上好呀。',
      errors: [{ clause: 'M2', text: '各位家长晚上好呀。' }],
    },
    {
      text: '早安，祝大家周末愉快！',
      errors: [{ clause: 'M2', text: '早安，祝大家周末愉快！' }],
    },
    {
      name: 'emoji do not count as content',
      text: '家长们早上好🌞🌞',
      errors: [{ clause: 'M2', text: '家长们早上好🌞🌞', column: 1, endColumn: 9 }],
    },
    {
      name: 'leading and trailing blank lines are outside the finding',
      text: '\n  新的一周开始啦，大家加油！\n',
      errors: [{ clause: 'M2', text: '新的一周开始啦，大家加油！', line: 2, column: 3, endLine: 2 }],
    },
  ],
});
