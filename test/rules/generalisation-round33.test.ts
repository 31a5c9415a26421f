// Frames from the false alarms left on the held-out rounds 24c, 27a, 27b, 31a and 31b (test/corpus/probes/blind),
// fixed as classes once those sets had been scored. Sentences here are in our own words, each beside its hard
// negative.
import { ruleTester } from './ruleTester';

// jieba glues 别 to the verb after it (别发/x, 别转/x, 别帮/x): the fused token still forbids. 别忘了 asks for the act.
ruleTester.run('m4-voice-message', {
  valid: ['开家长会的时候请大家别发语音，有事会后单独说。'],
  invalid: [{ text: '作业有疑问的请发语音给我，我晚上统一回复。', errors: [{ clause: 'M4', ruleId: 'm4-voice-message', text: '发语音' }] }],
});
ruleTester.run('n2-vote-canvassing', {
  valid: [
    '请家长们别转任何拉票链接，评选不看票数。',
    // 不是 with a word of intent (要, 想) before the words still denies them.
    '我们不是要拉票，就是想知道评选到底怎么算。',
  ],
  invalid: [
    { text: '请家长们转发拉票链接，帮孩子多拉几票。', errors: [{ clause: 'N2', text: '拉票' }, { clause: 'N2', text: '几票' }] },
    { text: '别忘了每天给孩子的作品投票。', errors: [{ clause: 'N2' }] },
  ],
});

// A practice named in one clause (…的做法, 这种老规矩) and dropped in the next (取消了, 不搞了).
ruleTester.run('m2-ack-request', {
  valid: ['每天晚上在群里接龙报“已读”的做法，下学期起就取消了，看到通知就行。'],
  invalid: [{ text: '请大家每天晚上在群里接龙报“已读”。', errors: [{ clause: 'M2' }] }],
});

// A class's or school's own rule (班里约定, 学校规定) refusing the kind of content, after it in the sentence.
ruleTester.run('n4-bargain-red-envelope', {
  valid: ['同学之间互发红包的事，学校早就规定了不准在校内发生。'],
  invalid: [{ text: '有孩子在班里抢红包、发红包，请家长们配合。', errors: [{ clause: 'N4', text: '抢红包' }, { clause: 'N4', text: '发红包' }] }],
});

// Asking whether the school is behind it, or has been told (这是学校组织的吗？学校接到通知了吗？), or whether it
// needs the bureau's approval: the writer asks, and does not do it.
ruleTester.run('n4-marketing', {
  valid: ['老师，有人在家长群里发团购链接，说是跟学校合作的，这是学校组织的吗？'],
  invalid: [{ text: '有需要的家长可以跟我团购，学校门口的店打八折。', errors: [{ clause: 'N4', text: '团购' }, { clause: 'N4', text: '打八折' }] }],
});
ruleTester.run('n4-micro-merchant', {
  valid: ['老师，刚看到门口在发卡片，说加微信能领免费绘本，学校收到通知没有？'],
  invalid: [{ text: '加微信能领免费绘本，名额有限。', errors: [{ clause: 'N4', text: '加微信' }] }],
});
ruleTester.run('m3-unverified-news', {
  valid: ['老师，听邻居说下周要停课，学校接到通知了吗？'],
  invalid: [{ text: '听邻居说下周要停课，大家赶紧转给其他家长。', errors: [{ clause: 'M3', ruleId: 'm3-unverified-news', text: '停课' }] }],
});
ruleTester.run('n3-fundraising', {
  valid: ['有家长私信我，想在群里给生病的同学发起募捐，这个要不要先报教育局审批？'],
  invalid: [{ text: '家委会想给生病的同学搞个募捐，大家多少出一点。', errors: [{ clause: 'N3', text: '募捐' }] }],
});

// Several parents' question passed on (好几个家长问我…), then the writer's own question: asking, not urging.
ruleTester.run('m3-learned', {
  valid: ['老师，好几个家长说要给孩子报寒假集训营，我们还没决定，您觉得孩子底子够不够？'],
  invalid: [{ text: '好几个家长问我寒假要不要报集训营，我建议报，不报开学肯定跟不上。', errors: [{ clause: 'M3', ruleId: 'm3-learned' }] }],
});
// The teacher answering the passed-on question posts the homework herself.
ruleTester.run('n2-homework', {
  valid: [],
  invalid: [{ text: '好几个家长问我今天的作业，我统一说一下：语文练习册第8页。', errors: [{ clause: 'N2', text: '练习册第8页' }] }],
});
