// n3-like-request (dictionaries/N3.yaml): parents asked to like a teacher's or the school's post (classes like-act,
// social-post); likes in an appraisal are N2 canvassing, and 为你们的支持点赞 praises people, no post.
import { ruleTester } from './ruleTester';

ruleTester.run('n3-like-request', {
  valid: [
    '学校公众号发了运动会的报道，欢迎家长们关注。',
    '宝贝们，为你们的勇敢点赞；家长们，为你们的支持点赞！',
    '今天王梓萱回答问题特别积极，给她点个赞！',
    // An appraisal's likes are canvassing (N2), not this rule.
    '请大家给我们班在公众号参赛的合唱视频点赞，评比按点赞数算。',
    // Taught about, not asked for.
    '信息课讲了短视频里的“点赞”和“评论”，提醒孩子别随便给陌生人留言。',
  ],
  invalid: [
    { text: '我写了一篇这学期的总结发在公众号上，大家有空去点个赞。', errors: [{ clause: 'N3', text: '点个赞' }] },
    { text: '公众号发了运动会的推文，各位家长去给我们点点赞、涨涨人气。', errors: [{ clause: 'N3', text: '点点赞' }, { clause: 'N3', text: '涨涨人气' }] },
  ],
});
