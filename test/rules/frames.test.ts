// The context frames decided once for every rule (src/core/lint.ts, classes in dictionaries/classes.yaml):
// negation after the words, warnings about someone else's act, quoted mentions, needs sent to a
// private channel and titles that reject a topic. Each frame has hard negatives and a case that
// shows the same words still count outside the frame.
import { ruleTester } from './ruleTester';

ruleTester.run('n4-bargain-red-envelope', {
  valid: [
    { name: 'negation after the words', text: '谢谢大家的心意，红包就免了。' },
    { name: 'negation after the words, 不用了', text: '节日红包不用了，孩子们开心就好。' },
  ],
  invalid: [{ name: 'the same words without the negation', text: '节日快到了，大家发个红包吧。', errors: [{ clause: 'N4', text: '红包' }] }],
});

ruleTester.run('m1-tutoring-offer', {
  valid: [
    { name: 'an anti-fraud warning', text: '谨防有人冒充学校老师推销辅导班，请家长提高警惕。' },
    { name: 'a title that rejects the topic', text: '拒绝有偿补课致家长的一封信\n各位家长：\n学校从不组织有偿补课，如有教师私下补课，请向学校反映。\n一中\n2026年11月24日' },
  ],
  invalid: [{ name: 'the offer itself', text: '推荐一家辅导班，寒假班现在报名。', errors: [{ clause: 'M1', text: '辅导班' }, { clause: 'M1', text: '寒假班' }] }],
});

ruleTester.run('m4-voice-message', {
  valid: [{ name: 'a need sent to a private channel', text: '群内只发文字，如需发送语音，请私下联系老师。' }],
  invalid: [{ name: 'asking everyone to listen', text: '大家听我发的语音。', errors: [{ clause: 'M4', text: '听我发的语音' }] }],
});

ruleTester.run('n3-flattery', {
  valid: [
    { name: 'a quoted mention in a sentence about wording', text: '请不要回复“老师辛苦了”之类的话，保持群内清爽。' },
    { name: 'a notice is written by the school, not a reply to it', kind: 'notice', text: '各位家长：\n感谢您和老师们的辛勤付出，本学期圆满结束。\n三年级一班\n2026年1月20日' },
  ],
  invalid: [{ name: 'thanks and toil in any order', kind: 'reply', text: '谢谢老师，辛苦了！', errors: [{ clause: 'N3', text: '辛苦了' }] }],
});

// The school or the teacher as the subject of a ban: what is banned is not being done.
ruleTester.run('m1-tutoring-offer', {
  valid: [
    { name: 'the school bans it', text: '学校严禁教师组织或推荐学生参加校外培训班。' },
    { name: 'the teacher refuses it', text: '本人不办补习班，也不推荐任何辅导机构，请家长放心。' },
  ],
  invalid: [{ name: 'a teacher offering it', text: '本人周末办了个补习班，有需要的家长找我。', errors: [{ clause: 'M1', text: '补习班' }] }],
});

// A report of what already happened is not a request (rules marked request: true).
ruleTester.run('m3-chain-forward', {
  valid: [{ name: 'a report of past forwarding', text: '很多家长已经通过朋友圈转发了捐款链接。' }],
  invalid: [{ name: 'the request itself', text: '请大家在朋友圈转发捐款链接。', errors: [{ clause: 'M3', text: '转发' }] }],
});
