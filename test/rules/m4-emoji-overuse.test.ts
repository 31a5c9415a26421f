import { ruleTester } from './ruleTester';

ruleTester.run('m4-emoji-overuse', {
  valid: [
    '收到，谢谢😊',
    '谢谢老师😊😊',
    { name: 'two ZWJ family emoji are two, not six', text: '祝全家国庆快乐👨‍👩‍👧👨‍👩‍👧' },
    { name: 'two flags are two, not four', text: '祖国生日快乐🇨🇳🇨🇳' },
    '运动会拿了冠军🎉👏🏆',
    '[微笑][微笑]大家好[握手]',
    { name: 'a higher run limit in the config', text: '谢谢老师🌹🌹🌹', config: { emoji: { maxRun: 3 } } },
  ],
  invalid: [
    {
      text: '今天的升旗仪式真精彩👏👏👏',
      errors: [{ clause: 'M4', text: '👏👏👏', column: 11, endColumn: 14, fix: '今天的升旗仪式真精彩👏' }],
    },
    {
      name: 'a ZWJ family emoji counts once (three in a row)',
      text: '祝全家国庆快乐👨‍👩‍👧👨‍👩‍👧👨‍👩‍👧',
      errors: [{ clause: 'M4', text: '👨‍👩‍👧👨‍👩‍👧👨‍👩‍👧', column: 8, endColumn: 11, fix: '祝全家国庆快乐👨‍👩‍👧', message: '3' }],
    },
    {
      name: 'a flag counts once (three in a row)',
      text: '祖国生日快乐🇨🇳🇨🇳🇨🇳',
      errors: [{ clause: 'M4', text: '🇨🇳🇨🇳🇨🇳', column: 7, endColumn: 10, fix: '祖国生日快乐🇨🇳' }],
    },
    {
      text: '家长们辛苦了[抱拳][抱拳][抱拳]',
      errors: [{ clause: 'M4', text: '[抱拳][抱拳][抱拳]', column: 7, fix: '家长们辛苦了[抱拳]' }],
    },
    {
      name: 'four different emoji in a short message',
      text: '运动会拿了冠军🎉👏🏆💪',
      errors: [{ clause: 'M4', text: '🎉👏🏆💪', column: 8, endColumn: 12, fix: null, message: '4' }],
    },
    {
      name: 'a run separated by spaces',
      text: '👍 👍 👍',
      errors: [{ clause: 'M4', text: '👍 👍 👍', column: 1, endColumn: 6 }],
    },
    {
      name: 'Unicode emoji and WeChat codes counted together',
      text: '好的[微笑]😊[玫瑰]👍',
      errors: [{ clause: 'M4', text: '[微笑]😊[玫瑰]👍', column: 3, endColumn: 13 }],
    },
  ],
});
