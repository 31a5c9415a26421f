import { ruleTester } from './ruleTester';

// Fixed instants in Asia/Shanghai (the default time zone). 2026-11-25 is a Wednesday.
const sh = (local: string) => new Date(`${local}+08:00`);

ruleTester.run('n1-rest-time', {
  valid: [
    { text: '明天上午九点开家长会，请准时参加。', at: sh('2026-11-25T10:00:00') },
    { name: 'the window starts at 08:00', text: '今天降温，请给孩子多穿衣服。', at: sh('2026-11-25T08:00:00') },
    { name: 'the last minute of the window', text: '今天降温，请给孩子多穿衣服。', at: sh('2026-11-25T17:59:00') },
    { name: 'the same instant given in UTC', text: '今天降温，请给孩子多穿衣服。', at: new Date('2026-11-25T02:00:00Z') },
    { name: 'a make-up working day (调休, Sunday 2026-09-20)', text: '国庆节放假安排已发到学校公众号。', at: sh('2026-09-20T10:00:00') },
    { name: 'no send time, no check', text: '明天上午九点开家长会，请准时参加。' },
    { name: 'a longer window in the config', text: '明天上午九点开家长会。', at: sh('2026-11-25T20:00:00'), config: { time: { workingHours: '08:00-21:00' } } },
  ],
  invalid: [
    {
      name: 'a workday evening',
      text: '明天上午九点开家长会，请准时参加。',
      at: sh('2026-11-25T21:40:00'),
      errors: [
        {
          clause: 'N1',
          severity: 2,
          text: '明天上午九点开家长会，请准时参加。',
          line: 1,
          column: 1,
          message: '晚上 21:40',
          suggestion: '建议于 11月26日（星期四）08:00 后发送',
        },
      ],
    },
    {
      name: '18:00 is already rest time (the end is exclusive)',
      text: '今天降温，请给孩子多穿衣服。',
      at: sh('2026-11-25T18:00:00'),
      errors: [{ clause: 'N1', text: '今天降温，请给孩子多穿衣服。', suggestion: '11月26日（星期四）08:00' }],
    },
    {
      name: 'early morning, next moment the same day',
      text: '今天降温，请给孩子多穿衣服。',
      at: sh('2026-11-25T07:59:00'),
      errors: [{ clause: 'N1', message: '早上 07:59', suggestion: '11月25日（星期三）08:00' }],
    },
    {
      name: 'a Saturday',
      text: '下周一升旗仪式请穿校服。',
      at: sh('2026-11-28T10:00:00'),
      errors: [{ clause: 'N1', message: '周六', suggestion: '11月30日（星期一）08:00' }],
    },
    {
      name: 'a statutory holiday (National Day)',
      text: '节后第一天请按时到校。',
      at: sh('2026-10-03T10:00:00'),
      errors: [{ clause: 'N1', message: '国庆节假期', suggestion: '10月8日（星期四）08:00' }],
    },
    {
      name: 'an urgent safety notice is still reported, as a warning',
      text: '因暴雪，明天全校停课，请家长做好安排。',
      at: sh('2026-11-25T21:40:00'),
      urgent: true,
      errors: [{ clause: 'N1', severity: 1, message: '紧急' }],
    },
    {
      name: 'the first non-blank line is reported, its column counting emoji once',
      text: '\n\n  👨‍👩‍👧各位家长：\n周末愉快',
      at: sh('2026-11-29T09:00:00'),
      errors: [{ clause: 'N1', text: '👨‍👩‍👧各位家长：', line: 3, column: 3, endLine: 3, endColumn: 9 }],
    },
    {
      name: 'a school vacation in the config',
      text: '寒假作业请按时完成。',
      at: sh('2027-01-25T10:00:00'),
      config: { time: { vacations: [{ name: '寒假', from: '2027-01-16', to: '2027-02-20' }] } },
      errors: [{ clause: 'N1', message: '寒假' }],
    },
    {
      name: 'a year the holiday calendar does not cover is said plainly',
      text: '下周一升旗仪式请穿校服。',
      at: sh('2028-03-04T10:00:00'),
      errors: [{ clause: 'N1', message: /2028.*仅按周末判断/, suggestion: '3月6日（星期一）08:00' }],
    },
  ],
});
