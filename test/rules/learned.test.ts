// The learned scorers of M1, M2 and N2 (dictionaries/models/*.json), which speak like m3-learned: only
// where no other rule of their clause found anything, on evidence from two places, and with their
// strongest cue judged by the context layer. The texts are written for this table, not taken from a
// corpus the models were trained on. (m3-learned has its own table, m3-learned.test.ts.)
import { ruleTester } from './ruleTester';

ruleTester.run('m1-learned', {
  valid: [
    { name: 'the cost is the school’s', text: '下周的研学每个孩子三百八，学校已经从公用经费里出了，家长不用交。' },
    { name: 'approval cited', text: '经区教育局批准（城西教发〔2026〕21号），下周研学每个孩子三百八，自愿参加。' },
    { name: 'a rule of the clause already reported it (m1-fee): the model stays silent', text: '秋游每人交五十元，周五前交给班长。' },
    '这学期的教辅资料学校统一发放，不收任何费用。',
    '孩子的校服小了，能不能换一套大一号的？需要交多少钱？',
    { name: 'switched off in the configuration', text: '下周研学的车费和门票一共三百八，钱交给生活委员，周五前交齐。', config: { rules: { 'm1-learned': 'off' } } },
  ],
  invalid: [
    {
      name: 'a sum in words, no 元, handed to a pupil',
      text: '下周研学的车费和门票一共三百八，钱交给生活委员，周五前交齐。',
      errors: [{ clause: 'M1', severity: 1, message: /统计模型判断，线索：“[^”]+”/ }],
    },
  ],
});

ruleTester.run('m2-learned', {
  valid: [
    '哈哈，好的，谢谢老师提醒。',
    { name: 'a real question to the teacher', text: '我也是，我家的也天天喊作业多，老师能不能少布置一点？' },
    { name: 'a rule of the clause already reported it (m2-ack-request)', text: '运动会报名表已经发了，看过的家长都回个“1”，没回的我挨个打电话。' },
    '明天上午九点在学校操场举行秋季运动会开幕式，请孩子穿校服、带水杯。',
    { name: 'a notice with a time and a closing wish: the wish is no empty message', text: '周五下午三点放学，请家长按时接孩子，祝大家周末愉快。' },
  ],
  invalid: [
    {
      name: 'chatter about one’s own child',
      text: '哈哈哈我家那个也一样，一回家就抱着平板不撒手，说了也不听。',
      errors: [{ clause: 'M2', line: 1, column: 1 }],
    },
    {
      name: 'a bare "me too"',
      text: '我也是我也是，我家的也天天喊作业多。',
      lang: 'en',
      errors: [{ clause: 'M2', message: /learned model; cues: “/ }],
    },
  ],
});

ruleTester.run('n2-learned', {
  valid: [
    '今天午饭吃的是饺子和紫菜汤，孩子们吃得很香。',
    '今天体育课测了跳绳，成绩会单独发给各位家长。',
    '这周孩子们午睡都很安静，老师们都很欣慰。',
  ],
  invalid: [
    {
      name: 'two children praised by name for how they ate',
      text: '今天午饭吃得最干净的是乐乐和朵朵，奖励两颗小星星。',
      errors: [{ clause: 'N2', suggestion: '单独告知' }],
    },
  ],
});
