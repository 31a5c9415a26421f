import { ruleTester } from './ruleTester';

ruleTester.run('n2-vote-canvassing', {
  valid: [
    '学校不组织任何投票活动。',
    '请勿拉票。',
    '本班不参与任何拉票活动。',
    '请家长周五前把报名表交回。',
  ],
  invalid: [
    {
      text: '请大家帮忙给我家孩子投个票，链接在下面。',
      errors: [{ clause: 'N2', text: '投个票', column: 11, endColumn: 14 }],
    },
    {
      text: '学校“最美书香家庭”评选，请家长们每天帮我们点赞。',
      errors: [{ clause: 'N2', text: '评选，请家长们每天帮我们点赞' }],
    },
    {
      name: 'separators between the characters (evasion)',
      text: '拜托大家帮忙拉 票🙏',
      errors: [{ clause: 'N2', text: '拉 票', column: 7, endColumn: 10 }],
    },
  ],
});
