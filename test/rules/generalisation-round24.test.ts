// Classes from probe round 24 (test/corpus/probes/probe24b: violations of M2/M3/M4/N2 written to avoid
// the obvious keywords). Sentences here are in our own words, each beside its hard negative.
import { ruleTester } from './ruleTester';

// M3: a claim that the school hides something (捂得严严实实, 到现在都不承认) marks a rumour; its own 不
// is the claim, not a negation. Bullying is a danger; a removed teacher is news that needs a source.
ruleTester.run('m3-rumour', {
  valid: [
    '学校没有隐瞒，事故经过已在公众号公布，请以通报为准。',
    '有家长问孩子是否被欺凌，我们已了解情况，两个孩子只是玩闹，没有受伤。',
  ],
  invalid: [
    { text: '听说食堂有孩子吃坏了进了ICU，校方到现在都不承认。', errors: [{ clause: 'M3', text: 'ICU' }] },
    { text: '听说初二有个孩子被按在厕所里打，学校捂得严严实实。', errors: [{ clause: 'M3' }] },
    { text: '据说隔壁班出现校园霸凌，大家千万看好自家孩子。', errors: [{ clause: 'M3' }] },
    { name: 'a death claimed, and a cover-up whose 不 is its own', text: '邻市的手足口病已经死了两个孩子，上面压着不让报。', errors: [{ clause: 'M3', text: '死了两个孩子' }] },
  ],
});

ruleTester.run('m3-unverified-news', {
  valid: ['根据区教育局通知，王老师调离本校，新班主任下周到岗。', '学校从不开除学生，请家长放心。'],
  invalid: [{ text: '听别的家长说，美术老师被停职了，下学期就没人教了。', errors: [{ clause: 'M3' }] }],
});

// Anxiety staked on a class placement or a record (分到普通班, 进档案), and the outcomes 差别人一截, 被刷下来.
ruleTester.run('m3-anxiety', {
  valid: ['分班名单已公布，请家长在校门口查看。', '孩子摔倒了别哭，老师已经处理好伤口。', '面试被刷下来的同学，可以参加下一轮补录。'],
  invalid: [
    { text: '这次期末要进档案，考不好就分到普通班，一辈子都差别人一截。', errors: [{ clause: 'M3' }] },
    { text: '幼升小要考识字量，到时候被刷下来可别哭。', errors: [{ clause: 'M3' }] },
  ],
});

// A chain that promises luck when enough people reply (接满一百条, 好运断在你这儿).
ruleTester.run('m2-ack-request', {
  valid: ['看过的家长如有疑问请私信我。', '收到的家长请按时参加家长会。'],
  invalid: [
    { text: '看到的家长在下面接一句“一路顺风”。', errors: [{ clause: 'M2', text: '接一句' }] },
    { text: '看过的请在群里举个手，我数一下人数。', errors: [{ clause: 'M2' }] },
    { text: '为保险起见，大家在群里再回一遍“已阅”。', errors: [{ clause: 'M2' }] },
    { text: '今天要发好几条通知，每条看完了都回我一下。', errors: [{ clause: 'M2' }] },
    { name: 'a poll answered in the group, one reply each', text: '大家直接在群里回“周六”或“周日”，我来数。', errors: [{ clause: 'M2', text: '在群里回' }] },
  ],
});

// Replies that only follow someone else (+1, 同问, 蹲一个答案) have no matter of their own; 同问 with a question has one.
ruleTester.run('m2-empty-greeting', {
  valid: ['同问，周五几点放学？'],
  invalid: [{ text: '+1 同问，坐等答案', errors: [{ clause: 'M2' }] }],
});

// One matter posted as several versions (截图、文字、长图三样都发一遍).
ruleTester.run('m2-repost', {
  valid: ['通知有文字版和图片版两种，已设为群公告。'],
  invalid: [{ text: '文字版、图片版、语音版三样都发一遍，大家挑着看。', errors: [{ clause: 'M2', text: '三样都发一遍' }] }],
});

// M4: a rhetorical 真当…是…？, 高见 said to a parent, 都是抬举 are scorn; 语音条 and 按住说话 are voice messages.
ruleTester.run('m4-insult', {
  valid: ['这位家长提的建议很好，我们会采纳。', '真当心路滑，大家接孩子时慢点走。', '孩子被选为升旗手，老师都觉得是一种抬举不了的荣誉。'],
  invalid: [
    { text: '作业一次不交两次不交，真当老师是摆设吗？', errors: [{ clause: 'M4', text: '真当老师是摆设吗？' }] },
    { text: '感谢这位家长的高见，您来当班主任好了。', errors: [{ clause: 'M4', text: '家长的高见' }] },
    { text: '这种行为，说一句不懂事都是抬举了。', errors: [{ clause: 'M4', text: '都是抬举了' }] },
    { text: '老师您可真是日理万机，消息发了一周都不回。', errors: [{ clause: 'M4' }] },
  ],
});

ruleTester.run('m4-voice-message', {
  valid: ['语音课上孩子们学了拼读。'],
  invalid: [
    { text: '字太多我就不打了，大家点开语音条听吧。', errors: [{ clause: 'M4' }] },
    { text: '奶奶不会打字，您就按住说话给老师留言吧。', errors: [{ clause: 'M4', text: '按住说话' }] },
  ],
});

// N2: 姓周的那个男生 points at one pupil; 一起投 canvasses votes; a workbook, worksheet or composition by amount is homework.
ruleTester.run('n2-ranking', {
  valid: ['姓名栏请写孩子的全名。', '这次月考班里有几位同学掉出了年级前五十，成绩单独告知。'],
  invalid: [{ text: '这次月考姓李的那个男生掉出了年级前五十。', errors: [{ clause: 'N2' }] }],
});

// A reduplicated nickname right after praise or blame is a named pupil; kinship words are not (恭喜姐姐).
ruleTester.run('n2-named-praise-criticism', {
  valid: ['恭喜哥哥姐姐们顺利毕业！', '今天表扬了全班同学，大家都很棒。'],
  invalid: [{ text: '表扬我们班的“小画家”乐乐，今天把教室的黑板报画得特别漂亮。', errors: [{ clause: 'N2' }] }],
});

ruleTester.run('n2-vote-canvassing', {
  valid: ['体育课练习投篮，请孩子穿运动鞋。', '欢迎家长一起投稿校报。'],
  invalid: [{ text: '班级合唱进了网络评选，麻烦大家拉上家里人一起投。', errors: [{ clause: 'N2' }] }],
});

ruleTester.run('n2-homework', {
  valid: ['孩子的作文在区里获了奖，祝贺！', '试卷已在课上讲评，错题孩子已订正。'],
  invalid: [
    { text: '周末任务：化学学案两张，数学试卷一张。', errors: [{ clause: 'N2', text: '学案' }, { clause: 'N2', text: '试卷' }] },
    { text: '今晚英语练习卷两张。', errors: [{ clause: 'N2', text: '练习卷' }] },
    { text: '课上没讲完的，回家把剩下三题补上。', errors: [{ clause: 'N2', text: '补上' }] },
  ],
});

// Round 25 (probe25a: safety and health, probe25b: exams and progression; both full of worry words in duty).
// A parent's worry about their own child, said to the teacher, and reassurance are not anxiety-mongering.
ruleTester.run('m3-anxiety', {
  valid: [
    '孩子明年小升初，我有点担心他跟不上初中的节奏，老师有什么建议吗？',
    '体育中考没考好也很正常，不影响中考总录取，请家长不用焦虑。',
  ],
  invalid: [{ text: '小升初就是拼刺刀，现在不抓紧，到时候就跟不上了。', errors: [{ clause: 'M3' }] }],
});

// Asking whether it is true (这是真的吗？学校有没有接到通知？) is no rumour; a named authority (应急管理局, 气象台) is a source.
ruleTester.run('m3-rumour', {
  valid: [
    '听说学校旁边的工地塌了，有人受伤，这是真的吗？',
    '据市应急管理局通报，昨天邻县有两名学生溺水死亡，请家长看护好孩子。',
  ],
  invalid: [{ text: '听说学校旁边的工地塌了，砸伤了好几个学生，学校压着不让说。', errors: [{ clause: 'M3' }] }],
});

ruleTester.run('m3-unverified-news', {
  valid: ['请问老师，群里有家长说下周要停课，学校有没有接到通知？'],
  invalid: [{ text: '群里有家长说下周要停课，大家早做准备。', errors: [{ clause: 'M3' }] }],
});
