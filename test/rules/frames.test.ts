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

// An imperative before a contempt word tells someone to stop being it (别丢人现眼): still contempt.
// A prohibition of the words themselves (别说孩子笨) and a plain denial (孩子不笨) are not.
ruleTester.run('m4-insult', {
  valid: [
    { name: 'prohibiting the words', text: '别说孩子笨，多鼓励。' },
    { name: 'prohibiting treating a child so', text: '不要把孩子当笨蛋。' },
    { name: 'a denial', text: '孩子不笨，只是还没开窍。' },
    { name: 'a rhetorical question about oneself', text: '孩子成绩差我们心里有数，但老师天天在群里点我的名，我不要脸吗？' },
  ],
  invalid: [
    { name: 'stop being what the word says', text: '带回家去，别在这里丢人现眼！', errors: [{ clause: 'M4', text: '丢人现眼' }] },
    { name: 'stop being what the word says, 不要', text: '你们不要这么自私！', errors: [{ clause: 'M4' }] },
    { name: 'the same word said of the listener', text: '你不要脸吗？', errors: [{ clause: 'M4', text: '不要脸' }] },
  ],
});

// A practice judged as the topic of its clause (接龙回复收到容易把消息顶掉) is talked about, not asked for.
ruleTester.run('m2-ack-request', {
  valid: [{ name: 'the practice judged', text: '老师发了通知大家看到就可以了，接龙式回复收到容易把消息顶掉。' }],
  invalid: [{ name: 'the practice asked for', text: '老师发了通知，请大家接龙回复收到。', errors: [{ clause: 'M2' }] }],
});

// Money that goes to the school is a fee (M1), not a sale (N4), even with 私信我.
ruleTester.run('n4-micro-merchant', {
  valid: [{ name: 'paid to the school account', text: '请将资料费共计80元交予学校财务账户，付款截图私信我。' }],
  invalid: [{ name: 'a sale', text: '自家做的腊肉80元一斤，需要的私信我。', errors: [{ clause: 'N4' }] }],
});

// In a chat, a line break with no punctuation is a comma: the sentence goes on.
ruleTester.run('n4-micro-merchant', {
  valid: [{ name: 'a blank line ends the sentence', kind: 'chat', text: '新到的水果很便宜\n\n作业有问题的私信我' }],
  invalid: [{ name: 'a single line break continues it', kind: 'chat', text: '新到的水果很便宜\n需要的私信我', errors: [{ clause: 'N4' }] }],
});
ruleTester.run('m1-fee', {
  valid: [{ name: 'a notice keeps its lines apart', kind: 'notice', text: '各位家长：\n一、校服样式已确定\n二、自愿征订\n三年级一班\n2026年11月24日' }],
  invalid: [{ name: 'lines that continue a sentence', kind: 'chat', text: '各位家长好\n请将书本费、资料费共计xxx元\n交予学校财务账户\n并将付款截图私信我', errors: [{ clause: 'M1' }] }],
});

// A bare list ending in 等 goes on from the negated clause before it; so does a list after 拒收.
ruleTester.run('n4-bargain-red-envelope', {
  valid: [
    { name: 'a list going on after a negated clause', text: '不向老师赠送任何礼品、礼金，礼卡、微信红包、鲜花等。' },
    { name: 'a refusal (拒收) with its examples', text: '节日拒收任何礼物（包括礼卡、微信红包、鲜花等），请家长理解。' },
  ],
  invalid: [{ name: 'a list with no negation before it', text: '节日到了，礼卡、微信红包、鲜花等都可以。', errors: [{ clause: 'N4', text: '红包' }] }],
});

// Words inside the title of a book or document (《笨狼的故事》) name the work.
ruleTester.run('m4-insult', {
  valid: [{ name: 'a book title', text: '班级共读的书目《笨狼的故事》会在每周的晚自习进行。' }],
  invalid: [
    { name: 'the same word said of a child', text: '你家孩子怎么这么笨。', errors: [{ clause: 'M4' }] },
    // 像 opens a comparison (像你这种人), not a list of examples that shares a negation.
    { name: 'a clause opening with 像 after a negated one', text: '不尊重你啥也不是，像你这种人也配当班主任吗？', errors: [{ clause: 'M4', text: '也配当' }] },
  ],
});
