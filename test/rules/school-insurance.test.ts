import { ruleTester } from './ruleTester';

// A school pressing families to buy student commercial insurance (N4), and collecting the premium (M1).
const PRESSED = '由于学校学生投保人数不到60%，学校要求学生原则上应保尽保，家长可以线下缴费给班主任。';

ruleTester.run('n4-school-insurance', {
  valid: [
    { name: 'public medical insurance reminded', kind: 'notice', text: '城乡居民医保缴费截止日期为12月20日，要求未参保的家长通过小程序自行缴费，学校不代收。' },
    { name: 'a warning against insurance sellers', text: '学校从未委托任何机构推销保险，不要求统一投保。' },
    { name: 'a trip whose cost includes insurance', text: '往返交通及保险费用每人60元，家长自愿报名。' },
  ],
  invalid: [{ kind: 'notice', text: PRESSED, errors: [{ clause: 'N4', text: '应保尽保', column: 26, endColumn: 30 }] }],
});

ruleTester.run('m1-school-insurance', {
  valid: [{ name: 'pressed, but nothing collected', kind: 'notice', text: '学校要求学生原则上应保尽保，请家长通过保险公司官网自行办理学平险。' }],
  invalid: [{ kind: 'notice', text: PRESSED, errors: [{ clause: 'M1', text: '应保尽保', column: 26, endColumn: 30 }] }],
});
