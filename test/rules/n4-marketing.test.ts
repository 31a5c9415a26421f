import { ruleTester } from './ruleTester';

ruleTester.run('n4-marketing', {
  valid: [
    { name: '广告 in 请勿发广告', text: '请勿在群内发布广告、链接等与学习无关的信息。' },
    '请勿在群里发团购信息。',
    '本群禁止发布任何促销信息，违者移出群聊。',
    '学校食堂本周推出优惠套餐，由学校统一安排。',
    '请家长周五前把报名表交回。',
    { name: 'an allow-listed word', text: '本周“开业典礼”彩排在操场进行。', config: { allow: { words: ['开业典礼'] } } },
  ],
  invalid: [
    {
      text: '朋友开的烘焙店周末大促销，全场八折，欢迎家长们光顾。',
      errors: [
        { clause: 'N4', text: '促销', column: 11, endColumn: 13 },
        { clause: 'N4', text: '八折', column: 16 },
      ],
    },
    {
      text: '我家自产的枸杞，产地直发包邮，需要的私聊下单。',
      errors: [
        { clause: 'N4', text: '包邮', column: 13 },
        { clause: 'N4', text: '私聊下单', column: 19, endColumn: 23 },
      ],
    },
    {
      name: 'after an emoji',
      text: '🔥好物推荐，限时秒杀！',
      errors: [{ clause: 'N4', text: '秒杀', column: 9, endColumn: 11 }],
    },
    {
      name: 'separators between the characters (evasion)',
      text: '童装清·仓，需要的看看',
      errors: [{ clause: 'N4', text: '清·仓', column: 3, endColumn: 6 }],
    },
  ],
});
