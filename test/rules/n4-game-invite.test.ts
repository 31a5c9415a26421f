import { ruleTester } from './ruleTester';

ruleTester.run('n4-game-invite', {
  valid: [
    '请家长监督孩子不要沉迷王者荣耀等网络游戏，不要组队开黑。',
    '本周棋类社团学习国际象棋开局。',
    '寒假期间不要带孩子进棋牌室打麻将。',
    '第一局比赛王者队获胜。',
  ],
  invalid: [
    {
      name: 'a card-game room pasted into the class group',
      text: '熊猫四川麻将<血战到底>，房号120345，8局，4番，自摸加番。',
      errors: [{ clause: 'N4', text: '四川麻将', column: 3, endColumn: 7 }],
    },
    {
      text: '斗地主三缺一，快来！',
      errors: [{ clause: 'N4', text: '斗地主', column: 1 }],
    },
    {
      name: 'one finding per sentence however many game words it holds',
      text: '今晚王者荣耀组队开黑，来一局？',
      errors: [{ clause: 'N4', text: '王者荣耀' }],
    },
  ],
});
