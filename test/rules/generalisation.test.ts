// Hard cases of issue #9, by class of error: the same act in words no rule lists, word order and
// distance, placeholders and nicknames, a keyword's other sense, and segmentation. Each table has the
// hard negative beside the case that must still be found.
import { ruleTester } from './ruleTester';

// 1. Closed vocabulary: an act is a combination of classes, whatever the wording.
ruleTester.run('m3-chain-forward', {
  valid: ['疫情期间病毒扩散很快，请注意防护。', '请各位家长互相转告：周五下午放假。', '看到一篇文章挺有意思的，分享给大家。'],
  invalid: [
    { text: '大家转出去！群多的都转一下！', errors: [{ clause: 'M3', text: '转出去' }, { clause: 'M3', text: '转一下' }] },
    { text: '请转发到你所有的群，让身边的人都知道。', errors: [{ clause: 'M3', text: '转发' }] },
  ],
});

ruleTester.run('m4-insult', {
  valid: ['孩子这部分还需要巩固，我们一起想办法。', '我不配当老师的表扬，是孩子们自己努力。'],
  invalid: [
    { text: '你就不配当妈', errors: [{ clause: 'M4', text: '不配', message: '你就不配' }] },
    { text: '好孩子被你这样的妈带坏了！', errors: [{ clause: 'M4', text: '带坏', message: '你这样的妈带坏' }] },
  ],
});

ruleTester.run('n3-flattery', {
  valid: [{ kind: 'reply', text: '谢谢老师，请问明天需要带水彩笔吗？' }],
  invalid: [{ kind: 'reply', text: '非常感谢刘老师的用心良苦，真的谢谢您。', errors: [{ clause: 'N3', text: '用心良苦', message: '刘老师的用心良苦' }] }],
});

// 2. Word order and distance: 按100元/人收取 has the amount before the verb.
ruleTester.run('m1-fee', {
  valid: ['每位同学准备两支铅笔、一块橡皮。', '图书捐赠自愿参加，不设金额。'],
  invalid: [{ text: '校服费按280元/人收取，周五前交齐。', errors: [{ clause: 'M1', text: '校服费按280元/人收取，周五前交' }] }],
});

// 3. Placeholders judged by their name, nicknames and masked names as students.
ruleTester.run('n2-scores', {
  valid: ['本群不公布考试成绩和排名。'],
  invalid: [{ text: '{{学生姓名}}本次数学考试：{{数学成绩}}。', errors: [{ clause: 'N2', text: '{{数学成绩}}' }] }],
});

ruleTester.run('n2-ranking', {
  valid: ['请家长安排名单上的同学明天到校。'],
  invalid: [{ text: '本次月考你家孩子位次为【位次】。', errors: [{ clause: 'N2', text: '位次' }] }],
});

ruleTester.run('n5-mobile', {
  valid: ['请联系班主任。'],
  invalid: [{ text: '请联系{{家长手机号}}。', errors: [{ clause: 'N5', text: '{{家长手机号}}' }] }],
});

ruleTester.run('n2-named-praise-criticism', {
  valid: ['天天同学都要按时到校。', '祝贺我班在运动会上获得团体第一名！'],
  invalid: [{ text: '朵朵小朋友今天又打人了，屡教不改。', errors: [{ clause: 'N2', text: '屡教不改' }] }],
});

// 4. A keyword with two senses: the school's own team, a survey link, a teacher offering help.
ruleTester.run('m1-tutoring-offer', {
  valid: ['校队本周六上午在操场集训，请队员家长准时送孩子到校。'],
  invalid: [{ text: '寒假集训开始报名，名额有限。', errors: [{ clause: 'M1', text: '集训' }] }],
});

ruleTester.run('n4-link', {
  valid: ['请家长填写问卷：https://www.wjx.cn/vm/abc.aspx'],
  invalid: [{ text: '帮忙点个关注 https://v.douyin.com/abcdef/', errors: [{ clause: 'N4' }] }],
});

ruleTester.run('n4-micro-merchant', {
  valid: ['孩子最近情绪有变化的家长，有需要可以私信我。'],
  invalid: [{ text: '我朋友开的英语培训班还有名额，需要的家长私聊我。', errors: [{ clause: 'N4' }] }],
});

// 5. Repetition: timetables and parallel openings are not a sentence said twice.
ruleTester.run('m2-repeated-sentence', {
  valid: ['周一至周五课后服务安排：\n第一课时 15:55—16:35 作业辅导\n第二课时 16:45—17:25 兴趣活动\n第一课时 15:55—16:35 作业辅导', '有您的参与，孩子更自信；有您的参与，活动更精彩。'],
  invalid: [{ text: '提醒一下，提醒一下，周五交回执！', errors: [{ clause: 'M2', text: '提醒一下' }] }],
});

// 6. Notice form: salutations outside a fixed list, recurring weekdays, a bright tomorrow.
ruleTester.run('m5-salutation', {
  valid: [
    { kind: 'notice', text: '尊敬的学生家长：\n本周五（11月27日）放假一天。\n一中\n2026年11月24日' },
    { kind: 'notice', text: '全体家长：\n本周五（11月27日）放假一天。\n一中\n2026年11月24日' },
  ],
  invalid: [{ kind: 'notice', text: '本周五（11月27日）放假一天。\n一中\n2026年11月24日', errors: [{ clause: 'M5' }] }],
});

ruleTester.run('m5-relative-date', {
  valid: [
    { kind: 'notice', text: '各位家长：\n课后服务每周一至周五下午开展。\n一中\n2026年11月24日' },
    { kind: 'notice', text: '各位家长：\n让我们携手共创美好的明天！\n一中\n2026年11月24日' },
  ],
  invalid: [{ kind: 'notice', text: '各位家长：\n明天开家长会。\n一中\n2026年11月24日', errors: [{ clause: 'M5', text: '明天' }] }],
});

// 7. Negation after the words, warnings, examples of a prohibition, a contrast that lifts it.
ruleTester.run('n4-bargain-red-envelope', {
  valid: ['群内不得发任何与班级无关的信息，如广告、红包等。'],
  invalid: [],
});

ruleTester.run('m3-chain-forward', {
  valid: [],
  invalid: [{ text: '全市通缉！不求点赞只求扩散！', errors: [{ clause: 'M3', text: '扩散' }] }],
});

// 8. Names from evidence: jieba's nr tag on 毛巾 or 祝贺 does not make a student.
ruleTester.run('n5-personal-circumstances', {
  valid: ['教给孩子火灾自救知识，如用湿毛巾捂住口鼻逃离。'],
  invalid: [{ text: '王××同学因患白血病住院。', errors: [{ clause: 'N5', text: '因患', message: '王××同学因患' }] }],
});

// 9. Segmentation: a term inside a long compound.
ruleTester.run('m1-tutoring-offer', {
  valid: ['有的家长是没家教吧，说了多少次了还是不听。'],
  invalid: [],
});

// Decorated notices, denials, pleas to forward, and headings repeated as labels.
ruleTester.run('m4-emoji-overuse', {
  valid: ['各位家长：\n🌸本周五（11月27日）下午开家长会，地点在三楼会议室。\n请准时参加🙏\n三年级一班\n2026年11月24日'],
  invalid: [
    {
      kind: 'notice',
      text: '🌈各位家长：\n🎆新年到了，寒假（1月20日起）也如期而至。\n🙏感谢您的支持。\n👉放假时间：1月20日\n👉返校时间：2月17日\n🌸三年级一班\n2026年1月10日',
      errors: [{ clause: 'M4' }],
    },
  ],
});

ruleTester.run('n3-fundraising', {
  valid: ['家里有闲置的课外书，可以让孩子带来交换阅读，不是捐赠。'],
  invalid: [{ text: '一方有难，八方支援，请大家奉献爱心。', errors: [{ clause: 'N3', text: '一方有难' }, { clause: 'N3', text: '八方支援' }, { clause: 'N3', text: '奉献爱心' }] }],
});

ruleTester.run('n3-help-seeking', {
  valid: ['请家长帮助孩子整理书包。'],
  invalid: [{ text: '孩子走失了，请大家帮忙转发至朋友圈，希望孩子早日回家。', errors: [{ clause: 'N3', text: '转发' }] }],
});

ruleTester.run('m5-salutation', {
  valid: [{ kind: 'notice', text: '致全校家长及关心学校的各界朋友：\n近日网传消息不实。\n一中\n2026年11月24日' }],
  invalid: [],
});

ruleTester.run('m2-repeated-sentence', {
  valid: [{ kind: 'notice', text: '各位家长：\n♥放假时间\n放假时间：9月29日至10月6日。\n♥返校时间\n返校时间：10月7日。\n一中\n2026年9月20日' }],
  invalid: [],
});

// A fee named without a per-person unit, and thanks jieba writes as one word (感谢您).
ruleTester.run('m1-fee', {
  valid: ['活动费用由学校承担，家长无需缴费。'],
  invalid: [{ text: '需订购系列知识习题，费用598.5元，请抓紧转账。', errors: [{ clause: 'M1', text: '598.5元' }] }],
});

ruleTester.run('n3-flattery', {
  valid: [{ kind: 'reply', text: '感谢您的提醒，请问明天几点到校？' }],
  invalid: [{ kind: 'reply', text: '给您添麻烦了！感谢您的辛勤付出！', errors: [{ clause: 'N3', text: '辛勤付出' }] }],
});

// Exclamations of scorn need no 你: 可笑！可耻！
ruleTester.run('m4-insult', {
  valid: [{ name: 'a calm evaluation', text: '这种做法不太合适，我们再商量。' }],
  invalid: [{ name: 'a run of scornful exclamations', text: '这些家长，真可惜！可笑！可耻！', errors: [{ clause: 'M4', text: '可笑' }, { clause: 'M4', text: '可耻' }] }],
});

// Holiday homework with its amount: hours, books, characters, essays; a word jieba glued to its neighbour (纸写) still counts.
ruleTester.run('n2-homework', {
  valid: [
    { name: 'outdoor exercise is no homework', text: '每天安排不少于1小时的户外运动。' },
    { name: 'reading the notice', text: '请您认真阅读以下三项内容。' },
  ],
  invalid: [

    { name: 'handwriting amount', text: '每天坚持练字半小时(15个毛笔字或半页硬笔字)。', errors: [{ clause: 'N2' }] },
    { name: 'an essay, the verb glued to the noun', text: '用作文纸写一篇过年的感受。', errors: [{ clause: 'N2' }] },
    { name: 'a range of books', text: '寒假里背诵1—2首古诗。', errors: [{ clause: 'N2' }] },
  ],
});

// Sales talk: a minimum quantity with a gift, stock just arrived.
ruleTester.run('n4-micro-merchant', {
  valid: [{ name: 'a school gift', text: '学校为每位新生赠送一套校徽。' }],
  invalid: [{ name: 'a minimum purchase with a gift', text: '活动期间三套起的赠送生活照5张。', errors: [{ clause: 'N4' }] }],
});

// Luring rumours told as something parents reported.
ruleTester.run('m3-rumour', {
  valid: [{ name: 'a school safety reminder', text: '请教育孩子不给陌生人带路，不坐陌生人的车。' }],
  invalid: [{ name: 'hearsay and a lure', text: '有家长反映，放学时有人开车向学生问路，让孩子上车带路。', errors: [{ clause: 'M3' }] }],
});

// 扫码 is how schools share course lists and take fees: not "contact me". A giveaway with a code is still bait.
ruleTester.run('n4-micro-merchant', {
  valid: [
    { name: 'a school course list', kind: 'notice', text: '一至五年段“行远课程”项目请扫码了解！' },
    { name: 'a fee paid by scanning', kind: 'chat', text: '资料费请支付宝扫码支付。' },
  ],
  invalid: [{ name: 'selling, contact me', text: '自家果园的水果，需要的私聊我。', errors: [{ clause: 'N4' }] }],
});
ruleTester.run('n4-giveaway', {
  valid: [{ name: 'a school gift', text: '园所为每位小朋友准备了新年礼包，放学时请家长带回。' }],
  invalid: [{ name: 'a giveaway behind a code', text: '直播课免费领，扫码即可领取礼包。', errors: [{ clause: 'N4' }, { clause: 'N4' }] }],
});

// Reading with an amount is homework in a letter about 作业, a habit in a reading appeal.
ruleTester.run('n2-reading-homework', {
  valid: [{ name: 'a reading appeal', text: '读书倡议：一二年级每天阅读20分钟，养成热爱阅读的好习惯。' }],
  invalid: [
    { name: 'a holiday homework letter', text: '寒假作业要认真完成。课外阅读每天安排1小时。', errors: [{ clause: 'N2', text: '课外阅读' }] },
    { name: 'a range of books', text: '寒假作业：鼓励孩子阅读1—2本喜欢的书。', errors: [{ clause: 'N2', text: '阅读' }] },
  ],
});

// A homework heading over a numbered list, and named awards (表彰、荣获).
ruleTester.run('n2-homework', {
  valid: [{ name: 'homework mentioned, no list', text: '寒假作业请按时完成。\n祝大家假期愉快！' }],
  invalid: [{ name: 'a heading over a list', text: '一、二年级寒假作业\n1、帮孩子熟记至少三副春联。', errors: [{ clause: 'N2' }, { clause: 'N2' }] }],
});
ruleTester.run('n2-named-praise-criticism', {
  valid: [{ name: 'the school is awarded', text: '我校荣获市文明校园称号。' }],
  invalid: [{ name: 'pupils named for an award', text: '本周表彰荣获“懂礼貌”的幼儿有：姚勇乐、刘诺萱小朋友。', errors: [{ clause: 'N2' }] }],
});

// A copy-this chain and a festival wish to the teacher alone.
ruleTester.run('m2-ack-request', {
  valid: [{ name: 'copying as a topic', text: '复印件请周五前交到办公室。' }],
  invalid: [{ name: 'copy and follow', text: '今天教师节，祝老师节日快乐，后面复制跟上！', errors: [{ clause: 'M2' }] }],
});
ruleTester.run('n3-flattery', {
  valid: [{ name: 'a wish to teachers and parents alike', kind: 'chat', text: '祝老师和家长们节日快乐！' }],
  invalid: [{ name: 'a wish to the teacher', kind: 'reply', text: '祝老师节日快乐！', errors: [{ clause: 'N3' }] }],
});

// Institutions addressed (各中小学、幼儿园：) are a salutation; a meeting cited as the basis is no event.
ruleTester.run('m5-salutation', {
  valid: [{ name: 'institutions addressed', kind: 'notice', text: '停课通知\n各中小学、幼儿园、校外培训机构：\n全县各学校从10月28日13时开始停课。\n县教育局\n2024年10月28日' }],
  invalid: [{ name: 'no addressee', kind: 'notice', text: '停课通知\n全县各学校从10月28日13时开始停课。\n县教育局\n2024年10月28日', errors: [{ clause: 'M5' }] }],
});
ruleTester.run('m5-event-time-place', {
  valid: [{ name: 'a meeting cited as the basis', kind: 'notice', text: '各位家长：\n根据3月14日全市交通整治工作会议精神，请提醒孩子佩戴头盔。\n五中政教处\n2023年3月17日' }],
  invalid: [{ name: 'a meeting announced', kind: 'notice', text: '各位家长：\n学校将召开家长会，请准时参加。\n三年级一班\n2026年11月24日', errors: [{ clause: 'M5' }] }],
});

// The values of a labelled table (20日：阴天有小雨) repeat by design; the same words said again in a line still count.
ruleTester.run('m2-repeated-sentence', {
  valid: [{ name: 'a weather table', text: '未来天气：\n20日白天到夜间：阴天有小雨，气温12-15度\n21日白天到夜间：阴天有小雨，气温12-14度\n22日白天到夜间：阴天有小雨，气温12-14度' }],
  invalid: [{ name: 'said three times after one label', text: '重要的事情说三遍：明天穿校服！明天穿校服！明天穿校服！', errors: [{ clause: 'M2' }] }],
});

// A generic event word (活动, 比赛) is an event to announce only when the notice announces it.
ruleTester.run('m5-event-time-place', {
  valid: [{ name: '活动 in passing', kind: 'notice', text: '各位家长：\n教师节期间，老师不接受家长的宴请、旅游等活动邀请。\n北兴小学\n2025年9月8日' }],
  invalid: [{ name: 'an activity announced', kind: 'notice', text: '各位家长：\n学校将于下周开展亲子活动，请积极参加。\n北兴小学\n2025年9月8日', errors: [{ clause: 'M5' }] }],
});

// A school's health letter: 严重者 is no name; chasing who has not ordered is pressure to buy; 也配 is 不配.
ruleTester.run('n5-personal-circumstances', {
  valid: [{ name: 'people in general', text: '有基础疾病患者一旦罹患流感，严重者可能导致死亡。' }],
  invalid: [{ name: 'a named pupil', text: '王小明同学患有白血病，正在住院治疗。', errors: [{ clause: 'N5' }] }],
});
ruleTester.run('m1-compulsory-purchase', {
  valid: [{ name: 'a voluntary order', text: '牛奶自愿订购，不订的家长无需回复。' }],
  invalid: [
    { name: 'chasing who has not ordered', text: '家长朋友们好！还有哪些人没订奶，请今天内完成哦。', errors: [{ clause: 'M1' }] },
    { name: 'made for every boarder', text: '经校行政研究决定，统一为住宿学生订做了床上用品一套。', errors: [{ clause: 'M1' }] },
  ],
});
ruleTester.run('n4-micro-merchant', {
  valid: [{ name: 'a price named in a fee notice', text: '校服费用以物价局核定为准。' }],
  invalid: [{ name: 'a market price and a discount', text: '市场价1699，国家补贴800，学生买只需花费899。', errors: [{ clause: 'N4' }, { clause: 'N4' }] }],
});
ruleTester.run('m2-empty-greeting', {
  valid: [{ name: 'a question behind the greeting', text: '老师早上好，请问明天需要带午饭吗？' }],
  invalid: [{ name: 'greeting, courtesy and thanks only', kind: 'chat', text: '老师早上好，新的一天又要麻烦老师照顾孩子啦！谢谢您！', errors: [{ clause: 'M2' }] }],
});

// A red-head notice (issuer ⏎ title ⏎ addressees) and a reply slip after the signature.
ruleTester.run('m5-salutation', {
  valid: [{ name: 'the issuer above the title', kind: 'notice', text: '临渭区教育局\n关于做好暴雪防范工作的紧急通知\n各中心校、初中、区直学校：\n全区中小学11月23日放假一天。\n临渭区教育局\n2016年11月22日' }],
  invalid: [{ name: 'issuer and title, no addressee', kind: 'notice', text: '临渭区教育局\n关于做好暴雪防范工作的紧急通知\n全区中小学11月23日放假一天。\n临渭区教育局\n2016年11月22日', errors: [{ clause: 'M5' }] }],
});
ruleTester.run('m5-date', {
  valid: [{ name: 'a reply slip with a blank date for the parent', kind: 'notice', text: '各位家长：\n资助政策说明如下，请阅读后填写回执。\n茅箭区教育局\n2025年2月17日\n回执\n我已阅读并知晓。\n学生姓名：      家长签字：\n2025年  月  日' }],
  invalid: [{ name: 'a blank date with no slip', kind: 'notice', text: '各位家长：\n资助政策说明如下。\n茅箭区教育局\n2025年  月  日', errors: [{ clause: 'M5' }] }],
});

// A word jieba does not know right before 同学 is a name; 救助 in a policy category is no appeal.
ruleTester.run('n2-named-praise-criticism', {
  valid: [{ name: 'a class title, no name', text: '初二（10）班同学代表优秀同学发言。' }],
  invalid: [{ name: 'an unknown surname', text: '来自初二（10）班的鹿恩语同学代表优秀同学发言。', errors: [{ clause: 'N2' }] }],
});
ruleTester.run('n3-fundraising', {
  valid: [{ name: 'aid categories of a policy', text: '资助对象：农村低保家庭学生；农村特困救助供养人员。' }],
  invalid: [{ name: 'an appeal', text: '爱心救助，请大家为小明献出爱心。', errors: [{ clause: 'N3' }, { clause: 'N3' }] }],
});

// Thanks for a donation already made, a report of a drive, an appeal; a named pupil's family in an appeal.
ruleTester.run('n3-fundraising', {
  valid: [
    { name: 'thanks for a gift already given', text: '感谢烨霖妈妈为教室捐赠的绿植，让我们的教室充满生机。' },
    { name: 'a report of a drive', text: '全校师生纷纷响应，慷慨解囊。' },
  ],
  invalid: [{ name: 'an invitation to buy for charity', text: '义卖所得全部捐给山区儿童，欢迎家长们踊跃购买。', errors: [{ clause: 'N3' }] }],
});
ruleTester.run('n5-appeal-circumstances', {
  valid: [{ name: 'an appeal that names nobody', text: '爱心倡议书\n我校一名同学的家庭遭遇变故，爸爸住院治疗，请大家献出爱心。' }],
  invalid: [{ name: 'the pupil named, the family circumstances told', text: '爱心倡议书\n孙文慧、孙杰姐弟俩是我校的同学。\n爸爸患有严重的精神病，家里负债累累，请大家献出爱心。', errors: [{ clause: 'N5' }] }],
});

// 搬砖 of a work day is work; today's small gap made a huge gap tomorrow is anxiety.
ruleTester.run('m3-anxiety', {
  valid: [{ name: 'parents laying bricks on a work day', text: '看！家长志愿者们有的在铺砖，有的在搬砖。' }],
  invalid: [{ name: 'a small gap today, a huge one tomorrow', text: '今天也许就和别人差距一点，明日就是相差甚远，请自己权衡清楚！', errors: [{ clause: 'M3' }] }],
});

// Contempt that carries its own negation (自己都不会) is not negated by it.
ruleTester.run('m4-insult', {
  valid: [{ name: 'a child who cannot do it yet', text: '孩子还不会没关系，我们慢慢教。' }],
  invalid: [{ name: 'parents mocked', text: '这几位家长你们是二年级的口算自己都不会呢？', errors: [{ clause: 'M4' }] }],
});

// A poem's title over its first line is no repetition.
ruleTester.run('m2-repeated-sentence', {
  valid: [{ name: 'a poem and its title', text: '晨诵课上我们诵读了一首诗。\n老师的眼睛\n老师的眼睛，\n像夜晚的月亮。' }],
  invalid: [{ name: 'a clause said again at once', text: '提醒一下大家，提醒一下大家，明天带水杯。', errors: [{ clause: 'M2' }] }],
});

// Named praise in plain words (表现不错, 更棒, 给力); a hypothetical score is no score.
ruleTester.run('n2-named-praise-criticism', {
  valid: [{ name: 'praise of an event', text: '这次活动办得不错，感谢各位家长。' }],
  invalid: [{ name: 'a pupil praised plainly', text: '王慧欣同学表现不错，值得大家学习。', errors: [{ clause: 'N2' }] }],
});
ruleTester.run('n2-scores', {
  valid: [{ name: 'a hypothetical score', text: '假如题简单，大家都考95以上，如果考了90分，你觉得是高分吗？' }],
  invalid: [{ name: 'a score reported', text: '这次考试王小明考了90分，李华考了85分。', errors: [{ clause: 'N2', text: '考了90分' }, { clause: 'N2', text: '考了85分' }] }],
});

// Class placings in a sports report are no ranking of pupils; a rank word with a position is.
ruleTester.run('n2-ranking', {
  valid: [{ name: 'class placings', kind: 'chat', text: '本次拔河比赛按年级评出一、二名\n三年级：第一名 三（3）班\n第二名 三（2）班' }],
  invalid: [{ name: 'a rank word and a position', text: '成绩排名第一名的是张三。', errors: [{ clause: 'N2', text: '成绩排名' }] }],
});

// From the real7 sets: staff named with their title, words quoted after a verb of saying, a place name,
// a duty (负责…), thanks said (说一声谢谢), reports of a drive, check-in demands, masked and colloquial insults.
ruleTester.run('n5-personal-circumstances', {
  valid: [{ name: 'a head of staff named', kind: 'chat', text: '陈炳倩园长向全体小朋友宣传传染病预防知识。' }],
  invalid: [{ name: 'a pupil named', text: '陈炳倩小朋友得了传染病，正在住院。', errors: [{ clause: 'N5' }] }],
});
ruleTester.run('n4-bargain-red-envelope', {
  valid: [{ name: 'words quoted after 说', text: '有些家长喜欢教孩子说“恭喜发财，红包拿来”，容易给孩子留下错误的印象。' }],
  invalid: [{ name: 'the words used', text: '恭喜发财，红包拿来！', errors: [{ clause: 'N4' }] }],
});
ruleTester.run('n4-marketing', {
  valid: [{ name: 'a town name', text: '10月12日下午，小店镇中心小学召开月考表彰大会。' }],
  invalid: [{ name: 'a shop', text: '我家小店新到一批童装。', errors: [{ clause: 'N4', text: '我家小店' }] }],
});
ruleTester.run('n3-flattery', {
  valid: [{ name: 'a duty', kind: 'chat', text: '有的老师负责在门口查验健康码，有的老师引导家长登记。' }],
  invalid: [
    { name: 'praise of the teacher', kind: 'reply', text: '深切地体会到老师的负责，认真。', errors: [{ clause: 'N3' }] },
    { name: 'toil in one word (辛勤努力)', kind: 'chat', text: '感谢王老师，是你们的辛勤努力换来了孩子们的快乐时光！', errors: [{ clause: 'N3' }] },
  ],
});
ruleTester.run('m2-ack-request', {
  valid: [
    { name: 'thanks said to volunteers', text: '我们要向所有参与护学岗的志愿者们由衷地说一声“谢谢”。' },
    { name: 'a report of a response', text: '家委会倡议家长们上岗执勤，得到了家长们的积极回应。' },
    { name: 'pupils who kept up a check-in', text: '有几位同学一直在坚持打卡读名著，这是一个很了不起的习惯。' },
  ],
  invalid: [{ name: 'a daily check-in demanded', text: '每天阅读一小时，在班级群里线上打卡。', errors: [{ clause: 'M2' }] }],
});
ruleTester.run('m3-chain-forward', {
  valid: [{ name: 'a report of a drive', text: '大家纷纷伸出援助之手，并转发朋友圈进行爱心接力，每人都希望发挥最大的力量。' }],
  invalid: [{ name: 'forwarding asked for', text: '请大家转发朋友圈，让更多的人知道。', errors: [{ clause: 'M3', text: '转发朋友圈' }] }],
});
ruleTester.run('m4-insult', {
  valid: [{ name: 'money left over', text: '建议存入1000元，多余部分将留在您的卡内。' }],
  invalid: [
    { name: 'a masked insult', text: '这学生基本上是个傻×！', errors: [{ clause: 'M4' }] },
    { name: 'giving up on the class', text: '这班纪律我不管了，你们爱咋咋地。', errors: [{ clause: 'M4' }] },
  ],
});
ruleTester.run('n2-homework', {
  valid: [{ name: 'ways of remembrance proposed', text: '倡导以献一束鲜花、读一篇祭文等方式寄托哀思。' }],
  invalid: [{ name: 'homework announced, elided', text: '家长您好，国庆语文作业有……请督促孩子认真完成。', errors: [{ clause: 'N2' }] }],
});

// Names masked as 某某 in a list are names.
ruleTester.run('n2-named-praise-criticism', {
  valid: [{ name: 'no list of names', text: '这次爱心活动中同学们表现积极。' }],
  invalid: [{ name: 'masked names listed', text: '这次爱心捐款表现积极的同学是某某、某某……', errors: [{ clause: 'N2' }] }],
});

// Fear clichés in their variants, as patterns rather than sentences.
ruleTester.run('m3-anxiety', {
  valid: [{ name: 'a place to stand at work', text: '老师们要立足岗位，做好本职工作。' }],
  invalid: [
    { name: 'one step behind', text: '一步落后，步步落后。', errors: [{ clause: 'M3' }] },
    { name: 'carrying bricks', text: '再不努力，以后只能搬砖。', errors: [{ clause: 'M3' }] },
    { name: 'the whole life decided', text: '小学阶段的习惯决定孩子的一生。', errors: [{ clause: 'M3' }] },
  ],
});

// Blind round 8 (real8a, real8b) and the real8c dev set: the classes their first runs showed.
// A sender relaying an authority's notice is not asking parents to spread it; a plea to forward a child-snatching story is a rumour.
ruleTester.run('m3-chain-forward', {
  valid: [{ name: 'a relayed bureau notice', kind: 'chat', text: '各位家长您好！现转发江岸区教育局紧急通知：鉴于暴雨红色预警，小学和幼儿园停课。' }],
  invalid: [{ name: 'forward to everyone', text: '紧急通知！请大家赶紧转发给身边的家长！', errors: [{ clause: 'M3' }] }],
});
ruleTester.run('m3-rumour', {
  valid: [{ name: 'safety advice without a plea to forward', text: '请家长教育孩子不跟陌生人走，谨防被拐骗。' }],
  invalid: [{ name: 'a plea to forward a snatching story', kind: 'chat', text: '帮忙转发，今天上午我的5岁儿子在学校附近被人拐走了。', errors: [{ clause: 'M3', text: '拐走' }] }],
});
// 回应 is answering a concern or an expectation, not a reply in the group.
ruleTester.run('m2-ack-request', {
  valid: [{ kind: 'chat', text: '新学期，让我们大家一起用行动去回应孩子的期待。' }],
  invalid: [{ kind: 'chat', text: '请大家回复收到。', errors: [{ clause: 'M2' }] }],
});
// 他们的明天 is the future, not tomorrow.
ruleTester.run('m5-relative-date', {
  valid: [{ kind: 'notice', text: '为了孩子们的明天健康成长，请家长加强监护。' }],
  invalid: [{ kind: 'notice', text: '通知：明天下午开家长会。', errors: [{ clause: 'M5', text: '明天' }] }],
});
// A make-up school day after a holiday is a timetable, not tutoring.
ruleTester.run('m1-tutoring-signup', {
  valid: [{ kind: 'notice', text: '二、调课时间：4月27日（星期日）补课' }],
  invalid: [{ text: '有需要给孩子补数学的家长可以找我。', errors: [{ clause: 'M1', text: '补数学' }] }],
});
// 迈上新的起点 is a new stage, not new stock.
ruleTester.run('n4-marketing', {
  valid: ['希望同学们为迈上新的起点而努力奋斗。'],
  invalid: [{ text: '本店上新了，欢迎选购。', errors: [{ clause: 'N4', text: '上新' }, { clause: 'N4', text: '欢迎选购' }] }],
});
// A report that others thanked the teachers, or that tells of their toil, is not the sender flattering them.
ruleTester.run('n3-flattery', {
  valid: [
    { name: 'the children thank them', kind: 'chat', text: '小朋友用自己的方式感恩老师们的辛苦付出。' },
    { name: 'the parents thanked them', kind: 'chat', text: '众多家长对本学期老师们的艰辛付出非常感激，纷纷表示一定配合学校。' },
    { name: 'how the work was done', kind: 'chat', text: '老师们辛苦地做了许多气球来装饰活动场地。' },
    { name: 'toil told in a report', kind: 'chat', text: '这次考试饱含了所有老师的辛勤汗水。' },
    { name: 'a line ending in an emoji ends its sentence', kind: 'chat', text: '我们专业的老师正在评审👀\n我获奖啦，我们是最棒的👍' },
  ],
  invalid: [
    { kind: 'reply', text: '老师辛苦了！', errors: [{ clause: 'N3' }] },
    { kind: 'reply', text: '感谢老师们的辛勤付出！', errors: [{ clause: 'N3' }] },
  ],
});
// 戴上了, 戴着: a word with an aspect particle is a verb, not a pupil's name.
ruleTester.run('n5-personal-circumstances', {
  valid: [{ kind: 'chat', text: '呼吸道疾病高发季，大家都纷纷戴上了口罩，即使戴着口罩也能认出你。' }],
  invalid: [{ text: '张雨轩同学父母离异，最近情绪不太好。', errors: [{ clause: 'N5' }] }],
});
// Asking whether an appeal is true does not spread it; 筹集 is collecting money like 筹款.
ruleTester.run('n3-fundraising', {
  valid: [{ kind: 'chat', text: '这则水滴筹消息是真的吗？' }],
  invalid: [{ kind: 'chat', text: '大家一定要尽量给孩子多筹集一些钱，先让孩子把手术做了。', errors: [{ clause: 'N3' }] }],
});

// Blind round 9 (real9a): fee tables, a book once read, 更加关注, 承接 a mission, and rank words as praise.
ruleTester.run('m2-repeated-sentence', {
  valid: [{ name: 'table rows pasted as text', kind: 'notice', text: '序号 收费项目 收费标准 备注\n1 社会实践活动费（小学） 100/生学期 自愿；指门票、交通、保险等费用；多退少不补。\n2 社会实践活动费（初中） 120/生学期 自愿；指门票、交通、保险等费用；多退少不补。' }],
  invalid: [{ kind: 'notice', text: '请按时交费，多退少不补。\n请按时交费，多退少不补。', errors: [{ clause: 'M2' }] }],
});
ruleTester.run('n2-homework', {
  valid: [{ name: 'a book once read, given away', text: '请捐出你的学习笔记，或奉献你读过的一本好书。' }],
  invalid: [{ text: '今晚读课文三遍。', errors: [{ clause: 'N2' }] }],
});
ruleTester.run('n4-bargain-red-envelope', {
  valid: ['通过活动，同学们能够更加关注社会生活的方方面面。'],
  invalid: [{ text: '帮忙加关注，谢谢家长们。', errors: [{ clause: 'N4', text: '加关注' }] }],
});
ruleTester.run('n4-marketing', {
  valid: ['在对传承的深思里，承接薪火相传的文化使命。'],
  invalid: [{ text: '新开的美甲店开业大酬宾。', errors: [{ clause: 'N4', text: '开业' }, { clause: 'N4', text: '大酬宾' }] }],
});
ruleTester.run('n2-named-praise-criticism', {
  valid: [{ name: 'a rank without a name', kind: 'chat', text: '我班在年级总分第一，感谢同学们的努力。' }],
  invalid: [
    { name: 'first in the total score', kind: 'chat', text: '高一2班的马琳同学以总分第一的优异成绩荣登榜首。', errors: [{ clause: 'N2' }] },
    { name: 'named pupils given a title', kind: 'chat', text: '最终有陈煊德、周乐依、任雨晨、陈思琪等78名学生成为勇立潮头的“弄潮儿”。', errors: [{ clause: 'N2' }] },
  ],
});

// Blind round 9 (real9b): a physical check-in, praise words that qualify another noun, a town before its kindergarten.
ruleTester.run('m2-ack-request', {
  valid: [{ name: 'arrival sign-in at an event', kind: 'chat', text: '毕业典礼在每位孩子的签到中拉开帷幕。' }],
  invalid: [{ kind: 'chat', text: '请各位家长在群里接龙签到。', errors: [{ clause: 'M2' }] }],
});
ruleTester.run('n3-flattery', {
  valid: [
    { name: 'the most beautiful memory, not teacher', kind: 'chat', text: '和老师们一起再玩最后一次游戏吧，让这场游戏成为我们童年里最美的回忆。' },
    { name: 'the best years', kind: 'chat', text: '按照老师制定的课程科学备考，在最美的年华为最美的梦想而奋斗吧！' },
  ],
  invalid: [
    { kind: 'reply', text: '王老师您是最美的老师！', errors: [{ clause: 'N3' }] },
    { kind: 'reply', text: '老师您真伟大！', errors: [{ clause: 'N3' }] },
  ],
});
ruleTester.run('n5-personal-circumstances', {
  valid: [{ kind: 'notice', text: '春季是多种传染病的高发季节，姜庄镇范家庄幼儿园提醒家长注意预防。' }],
  invalid: [{ text: '刘佳琪同学有抑郁症，请大家不要刺激她。', errors: [{ clause: 'N5' }] }],
});

// A salutation with its greeting fused to it (亲爱的家长您好：) is still the salutation.
ruleTester.run('m5-salutation', {
  valid: [{ kind: 'notice', text: '乘车需知\n亲爱的家长您好：\n为了营造安全有序的乘车环境，请配合督导同学们遵守乘车秩序。\n康桥学校\n2024年9月1日' }],
  invalid: [{ kind: 'notice', text: '乘车需知\n为了营造安全有序的乘车环境，请配合督导同学们遵守乘车秩序。\n康桥学校\n2024年9月1日', errors: [{ clause: 'M5' }] }],
});

// Blind round 10 (real10a): the make-up days of a holiday named by date after 补课时间.
ruleTester.run('m1-tutoring-signup', {
  valid: [{ kind: 'notice', text: '10月1日至8日放假，共8天。补课时间 9月27日（星期日）、10月10日（星期六）。' }],
  invalid: [{ text: '寒假期间有需要补课的家长可以找我，一对一。', errors: [{ clause: 'M1', text: '补课' }] }],
});
ruleTester.run('m5-date', {
  valid: [{ name: 'one family greeted is a private message, not a notice', text: '王小明家长您好：\n王小明同学本周按时到校，学习上有问题请私信班主任。\n班主任' }],
  invalid: [{ kind: 'notice', text: '亲爱的家长您好：\n本周五下午放假。\n三年级二班', errors: [{ clause: 'M5' }] }],
});

// Blind round 11 (real11b): a make-up day heading with its dates on the next lines; 送上新年的祝福.
ruleTester.run('m1-tutoring-signup', {
  valid: [{ kind: 'notice', text: '★放假时间：\n4月29日—5月3日（共5天）\n★补课时间：\n4月23日（星期日）补5月2日；\n5月6日（星期六）补5月3日。' }],
  invalid: [{ kind: 'chat', text: '★补课时间：\n每周六上午，有需要给孩子补课的家长私聊我。', errors: [{ clause: 'M1', line: 1 }, { clause: 'M1', line: 2 }] }],
});
ruleTester.run('n4-marketing', {
  valid: ['在此向大家送上新年最真挚的祝福！'],
  invalid: [{ text: '小店今日上新，欢迎选购。', errors: [{ clause: 'N4', text: '上新' }, { clause: 'N4', text: '欢迎选购' }] }],
});

// Blind round 12 (real12a, real12b): electing a parent committee by vote; a salutation listing
// everyone (全体教职工，家长、学生：); contempt said as 讨人厌; the vulgar "idle meddler" taunt.
ruleTester.run('n2-vote-canvassing', {
  valid: [
    { name: 'judges vote in an election', kind: 'notice', text: '已当选班级家委的均需参与此次评选活动，如遇无人报名时当由评选评委投票推选。' },
    { name: 'a committee elected by vote', text: '家委会评选采用家长投票选举的方式产生。' },
  ],
  invalid: [{ text: '区里优秀班集体评选开始了，请家长们每天帮我们班投票！', errors: [{ clause: 'N2' }] }],
});
ruleTester.run('m5-salutation', {
  valid: [{ kind: 'notice', text: '全体教职工，家长、学生：\n受强冷空气影响，预计12月28日至30日将出现寒潮天气，请注意保暖。\n山西农业大学附属学校\n2020年12月28日' }],
  invalid: [{ kind: 'notice', text: '受强冷空气影响，预计12月28日至30日将出现寒潮天气，请全体教职工、家长、学生注意保暖。\n山西农业大学附属学校\n2020年12月28日', errors: [{ clause: 'M5' }] }],
});
ruleTester.run('m4-insult', {
  valid: [
    { name: 'a dislike of a thing, not of a person', text: '下雨天路滑，接送时请注意安全。' },
    { name: 'a taunt prohibited', kind: 'notice', text: '群内交流请文明用语，不说“闲得蛋疼”之类的粗话。' },
  ],
  invalid: [
    { text: '整个班就你夫妻俩天天在群里说个不停，讨人厌', errors: [{ clause: 'M4' }] },
    { text: '吃饱了撑的，管那么多干什么', errors: [{ clause: 'M4' }] },
  ],
});

// Blind round 13 (real13a, real13b): a holiday's make-up day dated with its year; a verb that is also a
// surname with its complement (戴好口罩) is no name; 垃圾 that is litter; a title of two lines.
ruleTester.run('m1-tutoring-signup', {
  valid: [{ name: 'make-up days dated with the year', kind: 'notice', text: '一、放假时间：\n2023年4月29日至5月3日放假。\n二、补课时间：\n2023年4月23日（星期日补课）\n2023年5月6日（星期六补课）' }],
  invalid: [{ text: '五一放假期间有需要补课的家长可以私聊我，2023年5月1日开课。', errors: [{ clause: 'M1', text: '补课' }] }],
});
ruleTester.run('n5-personal-circumstances', {
  valid: [
    { name: '戴好 is wearing, not a name', text: '请孩子戴好口罩，如有发烧请在家休息。' },
    { name: '戴上 likewise', text: '出门戴上帽子，生病的孩子请及时就医。' },
  ],
  invalid: [{ name: 'a name whose given name is 好, with 同学 after it', text: '王好同学发烧住院了。', errors: [{ clause: 'N5', text: '发烧' }] }],
});
ruleTester.run('m4-insult', {
  valid: [
    { name: 'sorting rubbish', text: '请您和孩子一起做好垃圾分类。' },
    { name: 'children who litter', kind: 'notice', text: '教室的卫生环境变差了。带零食的孩子多了，乱丢垃圾的孩子多了。' },
    { name: 'junk food', text: '你们家孩子吃太多垃圾食品了，请注意饮食。' },
  ],
  invalid: [
    { text: '你就是个垃圾家长！', errors: [{ clause: 'M4' }] },
    { text: '你们这些家长真垃圾。', errors: [{ clause: 'M4' }] },
  ],
});
ruleTester.run('m5-salutation', {
  valid: [{ name: 'a title of two lines', kind: 'notice', text: '健康同守护\n共防登革热\n尊敬的学生家长：\n夏秋是登革热多发的季节，请配合学校做好防蚊灭蚊工作。\n南光中英文学校\n2024年7月1日' }],
  invalid: [{ kind: 'notice', text: '健康同守护\n共防登革热\n夏秋是登革热多发的季节，请配合学校做好防蚊灭蚊工作。\n南光中英文学校\n2024年7月1日', errors: [{ clause: 'M5' }] }],
});

// Names: jieba's dictionary tags thousands of common nouns nr (胡萝卜, 夏令营, 白衬衫), and HMM joins a
// surname to a village suffix (鲍庄, 刘楼). A noun or place ending is no given name; a word that is not
// a name (谢谢, 周末) stays none with a character after it.
ruleTester.run('n2-named-praise-criticism', {
  valid: [
    { name: 'a vegetable', text: '今天孩子们吃了胡萝卜，表现都很棒！' },
    { name: 'a summer camp', text: '我们班被评为文明班级，夏令营表现最好。' },
    { name: 'a white shirt', text: '六一儿童节请孩子穿白衬衫，表现优秀的同学将获得奖状。' },
    { name: 'a village', text: '鲍庄的孩子们表现很棒！' },
  ],
  invalid: [
    { name: 'a name jieba knows as nr', text: '张小红同学表现很棒！', errors: [{ clause: 'N2' }] },
    { name: 'a name HMM joins', text: '刘子航表现很棒！', errors: [{ clause: 'N2' }] },
  ],
});

// X不X asks (能不能上点心 is a reproach, 能不能帮忙投票 a request): it negates nothing, while 要不要报班
// asks whether the act is needed at all. Contempt reached by a rhetorical question (丢不丢人), by a
// degree word inside 素质低, and aimed at 某些孩子.
ruleTester.run('m4-insult', {
  valid: [
    { name: 'physical fitness', text: '孩子身体素质太差了，体育课能不能少跑点？' },
    { name: 'nerves before an exam', text: '我家孩子心理素质很差，考试容易紧张。' },
    { name: 'a question whether to stop chatting', text: '大家看看能不能不要在群里聊天，谢谢。' },
  ],
  invalid: [
    { text: '有些家长能不能上点心？', errors: [{ clause: 'M4', text: '能不能上点心' }] },
    { text: '这么简单的题都错，丢不丢人？', errors: [{ clause: 'M4', text: '丢不丢人' }] },
    { text: '家长素质也太低了吧，群里发这种东西。', errors: [{ clause: 'M4', text: '素质也太低' }] },
    { text: '某些孩子脑子是不是不好使，讲了十遍还不会。', errors: [{ clause: 'M4' }] },
  ],
});
ruleTester.run('n2-vote-canvassing', {
  valid: ['能不能不在群里拉票？这样对孩子不公平。', '大家能不能不要在群里拉票？'],
  invalid: [{ text: '大家能不能帮忙给我们班投一票？', errors: [{ clause: 'N2' }] }],
});
ruleTester.run('m1-tutoring-offer', {
  valid: ['有家长问要不要报补习班，我的建议是不必。'],
  invalid: [{ text: '有需要报补习班的家长可以私聊我。', errors: [{ clause: 'M1' }] }],
});
// Asking for a small favour (看看水杯, 找找外套) is no appeal for help; 帮帮忙 after a hardship is.
ruleTester.run('n3-help-seeking', {
  valid: ['老师，能不能帮忙看看孩子的水杯是不是落在教室了？', '拜托大家帮忙找找孩子的蓝色外套。'],
  invalid: [{ text: '孩子病了好久，家里实在困难，各位家长能不能帮帮我们？', errors: [{ clause: 'N3' }] }],
});

// Blind round 14 (real14a, real14b): praise idioms for the teacher (不辞辛苦, 无微不至) are flattery, a
// teacher selling goods for someone else (帮销) is selling, and the part of a transliterated name after
// its dot (安娜·贾薇丝) is no Chinese surname and given name.
ruleTester.run('n3-flattery', {
  valid: [{ kind: 'chat', text: '各位老师：请于周五前提交教案。' }],
  invalid: [
    { kind: 'reply', text: '老师们不辞辛苦，谢谢你们！', errors: [{ clause: 'N3', text: '不辞辛苦', message: '老师们不辞辛苦' }] },
    { kind: 'reply', text: '王老师对孩子无微不至，太感谢了！', errors: [{ clause: 'N3' }] },
  ],
});
ruleTester.run('n4-marketing', {
  valid: ['学校小卖部不代销任何商品。'],
  invalid: [
    { text: '家长朋友们，别人欠钱给的大米，需要的话帮销一点，谢谢。', errors: [{ clause: 'N4', text: '帮销' }] },
    { text: '我朋友家的橙子熟了，帮朋友卖一点，需要的家长说一声。', errors: [{ clause: 'N4', text: '帮朋友卖' }] },
  ],
});
ruleTester.run('n5-personal-circumstances', {
  valid: [{ name: 'a transliterated name in a story', text: '美国费城的安娜·贾薇丝的母亲不幸病逝。' }],
  invalid: [{ text: '王浩然同学生病住院了。', errors: [{ clause: 'N5' }] }],
});

// Probe sentences after round 14: anxiety with the condition and its 不 apart (如果小学不打好基础), chasing
// those who have not replied, a slogan greeting, and a vote request a clause away from the appraisal.
ruleTester.run('m3-anxiety', {
  valid: ['如果孩子不舒服，来不及到校的请提前请假。', '如果家长不方便接送，请提前告知班主任，以免孩子跟不上队伍。', '如果孩子上课跟不上，可以私信我，我们一起想办法。'],
  invalid: [
    { text: '现在的孩子如果小学不打好基础，初中就彻底跟不上了，到时候哭都来不及。', errors: [{ clause: 'M3', text: '跟不上' }, { clause: 'M3', text: '哭都来不及' }] },
    { text: '别的班孩子都在上奥数了，我们再不抓紧就被甩下了。', errors: [{ clause: 'M3' }] },
  ],
});
ruleTester.run('m2-ack-request', {
  valid: ['请还没有回复的家长不用回复了，已经统计好了。'],
  invalid: [{ text: '没有回复的家长请尽快回复，还差8位家长。', errors: [{ clause: 'M2' }] }],
});
ruleTester.run('m2-empty-greeting', {
  valid: ['新的一天开始了，今天请孩子带好雨具。'],
  invalid: [{ kind: 'chat', text: '家长们，早安！美好的一天从微笑开始。', errors: [{ clause: 'M2' }] }],
});
ruleTester.run('n2-vote-canvassing', {
  valid: ['学校评选优秀班级的结果已经公布，感谢各位家长的支持与点赞。', '本次比赛由区教育局组织，评委现场打分，家长无需投票。'],
  invalid: [{ text: '明天要评选优秀班级，请大家每人在小程序里给我们班点赞。', errors: [{ clause: 'N2' }] }],
});

// A second batch of probe insults, written after the first was fixed: spoiled (惯坏), past saving (无可救药),
// shut your mouth (管好自己的嘴), illiterate as a question (是不识字), a rhetorical 不觉得丢脸吗, and the
// one pointed at (哪个家长, 一个个的).
ruleTester.run('m4-insult', {
  valid: [
    '家里老人不识字的，请孩子把通知读给老人听。',
    '不要把孩子惯坏了，该立规矩要立规矩。',
    '孩子们的表演太精彩了，一个个的都很认真。',
    '请家长管好孩子的零花钱。',
    '孩子在家不觉得累吗？适当休息。',
  ],
  invalid: [
    { text: '你孩子就是被你惯坏的。', errors: [{ clause: 'M4', text: '惯坏' }] },
    { text: '这孩子简直无可救药了，我放弃了。', errors: [{ clause: 'M4', text: '无可救药' }] },
    { text: '请某些家长管好自己的嘴，不要在背后乱说。', errors: [{ clause: 'M4' }] },
    { text: '你们是不识字还是看不懂？通知写得清清楚楚。', errors: [{ clause: 'M4' }] },
    { text: '孩子考成这样，家长也不觉得丢脸吗？', errors: [{ clause: 'M4' }] },
    { text: '哪个家长这么没素质，把广告发到班级群？', errors: [{ clause: 'M4', text: '没素质' }] },
    { text: '一个个的都不长心，作业本又没带。', errors: [{ clause: 'M4', text: '不长心' }] },
  ],
});

// Blind round 15 (real15a, real15b): anti-tutoring letters. A combination is denied by a negation before
// a later word of it (选择培训机构，不盲目跟风报班), and resisting or guarding against something negates it
// (自觉抵制“预付费享优惠”等促销诱惑).
ruleTester.run('m1-tutoring-offer', {
  valid: [{ kind: 'notice', text: '家长朋友们要理性选择校外培训机构，不盲目跟风报班，合理安排孩子的学习与休息时间。' }],
  invalid: [{ text: '家长朋友们可以选择这家培训机构，现在报班有优惠。', errors: [{ clause: 'M1' }] }],
});
ruleTester.run('n4-marketing', {
  valid: ['请自觉抵制“预付费享优惠”“买一年送一年”等促销诱惑。', '请警惕以学校名义推销教辅的电话。'],
  invalid: [{ text: '这家店正在促销，大家别错过。', errors: [{ clause: 'N4', text: '促销' }] }],
});

// 来不及了 and 毁了 alone are everyday words (午休就来不及了, 花坛被毁了): only with a condition of not
// studying are they the fearful outcome.
ruleTester.run('m3-anxiety', {
  valid: ['如果孩子不抓紧时间吃饭，午休就来不及了。', '暴雨把学校的花坛毁了，请孩子绕行。'],
  invalid: [
    { text: '再不努力孩子就毁了。', errors: [{ clause: 'M3' }] },
    { text: '现在不抓紧，到时候后悔都来不及。', errors: [{ clause: 'M3' }] },
  ],
});

// A pet name opening a clause, with what the pupil did or got after it, names a pupil (小宇这次又是倒数第一);
// 小雨 that falls and 小心 do not.
ruleTester.run('n2-ranking', {
  valid: ['我们班又是年级倒数第一，大家要加油。', '小雨又下起来了，请带好雨具，这次运动会第一名的奖品改天发。'],
  invalid: [{ text: '小宇这次又是倒数第一，家长要多上心啊。', errors: [{ clause: 'N2', message: '小宇这次又是倒数' }] }],
});

// Blind round 16 (real16a, real16b): awards named in any wording (高尚维获最佳创意奖), and a list number
// before a date (4.10月9日开学后) is no numeric date.
ruleTester.run('n2-named-praise-criticism', {
  valid: ['我校在区运动会上获得团体一等奖。', '获奖名单将由学校单独通知。'],
  invalid: [{ text: '其中3.4班的兰云茜获最佳版面设计奖。', errors: [{ clause: 'N2' }] }],
});
ruleTester.run('m5-numeric-date', {
  valid: [{ kind: 'notice', text: '4.10月9日开学后，幼儿有咳嗽症状的请在家休息。' }],
  invalid: [{ kind: 'notice', text: '请于10.9前交回执。', errors: [{ clause: 'M5', text: '10.9' }] }],
});

// Blind round 17 (real17a–c): a name before an institution names the place (曹溪中心校, 第郎幼儿园);
// a rarer surname counts with a given name and 同学 (商晨曦同学); what an inquiry found is reported
// (经调查核实…确实存在收费情况); 抢购 alone is buyers rushing, 快来抢购 is selling; blaming parents'
// character (家长的价值观问题) is contempt; card-game invitations; a salutation listing others after 家长.
ruleTester.run('n2-named-praise-criticism', {
  valid: ['曹溪中心校已对幼儿园进行严肃的批评教育。', '要求第郎幼儿园整改，并通报批评。', '表扬王家村小学的志愿服务队。'],
  invalid: [{ text: '七年级三班商晨曦同学作为优秀学生代表发言。', errors: [{ clause: 'N2', text: '优秀' }] }],
});
ruleTester.run('n5-personal-circumstances', {
  valid: ['经医院诊断，该学生是过敏体质，牛羊肉、海鲜等均是过敏源，已康复出院。'],
  invalid: [],
});
ruleTester.run('m1-fee', {
  valid: ['经调查核实，该班家委会确实存在每人收取100元资料费的情况，费用已全部退还。'],
  invalid: [{ text: '经核实，还有5位家长没交资料费，请尽快每人交100元。', errors: [{ clause: 'M1', text: '没交资料费' }, { clause: 'M1', text: '每人交100元' }] }],
});
ruleTester.run('n4-marketing', {
  valid: ['目前两大水果商已经闻讯来钦州进行抢购。', '春节前市民抢购年货，请家长注意孩子安全。'],
  invalid: [{ text: '新款书包到店，快来抢购！', errors: [{ clause: 'N4', text: '快来抢购' }] }],
});
ruleTester.run('m4-insult', {
  valid: ['家长的价值观会影响孩子，请多陪伴。', '提高家长的素质，关注孩子的心理问题。'],
  invalid: [{ text: '到底是孩子的问题，还是家长的价值观问题呢？', errors: [{ clause: 'M4', text: '家长的价值观问题' }] }],
});
ruleTester.run('m5-salutation', {
  valid: [{ kind: 'notice', text: '防溺水温馨提示\n尊敬的各位家长、父老乡亲：\n暑假期间请看护好孩子，不到水边玩耍。\n西刘小学\n2023年7月11日' }],
  invalid: [{ kind: 'notice', text: '关于暑期防溺水的通知\n家长、父老乡亲都要注意：暑假期间请看护好孩子，不到水边玩耍。\n西刘小学\n2023年7月11日', errors: [{ clause: 'M5' }] }],
});

// Probe round 17: natural rewordings of violations and their near-misses, written blind to the rules
// (test/corpus/probes). What they showed, as classes:
ruleTester.run('m3-chain-forward', {
  valid: ['有家长在别的群转发投票链接，学校提醒：也请不要把这类链接发进来。', '通知已转给班主任，请家长留意。'],
  invalid: [
    { text: '这条请大家转到自己所在的每一个群，别嫌麻烦。', errors: [{ clause: 'M3', text: '转到' }] },
    { text: '看完了转给认识的家长，让大家都知道。', errors: [{ clause: 'M3' }] },
  ],
});
ruleTester.run('m3-rumour', {
  valid: ['据城西区疾控中心通知，近期流感高发，请家长留意孩子体温。'],
  invalid: [
    { text: '我表姐在医院上班，说这批疫苗打了影响发育，大家千万别打。', errors: [{ clause: 'M3' }] },
    { text: '另一个群里看到的，有人在校门口用迷药拐孩子，太吓人了。', errors: [{ clause: 'M3' }] },
  ],
});
ruleTester.run('m3-anxiety', {
  valid: ['初二是打基础的关键一年，请家长多陪伴孩子。'],
  invalid: [{ text: '这学期再不抓紧，中考基本就没戏了。', errors: [{ clause: 'M3' }] }],
});
ruleTester.run('m4-insult', {
  valid: [
    '孩子出现头晕、恶心等症状时，请立即离开现场。',
    '孩子回家说有同学骂他“蠢”，请大家在家也教育孩子不说伤人的话。',
    '这篇作文写得好不好，我们下节课一起讨论。',
  ],
  invalid: [
    { text: '你们是不是有毛病？老师说一句怼十句。', errors: [{ clause: 'M4' }] },
    { text: '讲了八百遍还不会，脑子里装的全是浆糊吧。', errors: [{ clause: 'M4' }] },
    { text: '你家孩子整天跟个猴子一样，家里咋教的？', errors: [{ clause: 'M4', text: '跟个猴子一样' }, { clause: 'M4', text: '家里咋教的' }] },
    { text: '有些家长可真是大忙人，佩服佩服。', errors: [{ clause: 'M4', text: '可真是大忙人' }, { clause: 'M4', text: '佩服佩服' }] },
    { text: '孩子书包都收拾不好，你们当家长的也好不到哪儿去。', errors: [{ clause: 'M4' }] },
  ],
});
ruleTester.run('m4-voice-message', {
  valid: ['英语听力材料已上传，请点开听力练习第三部分。', '我给孩子们录了一段朗读视频，放在班级相册。'],
  invalid: [{ text: '打字说不清，我给您录了一段，您点开听听。', errors: [{ clause: 'M4', text: '给您录了一段' }] }],
});
ruleTester.run('m2-ack-request', {
  valid: ['自家种的洋芋，要的吱一声，三块钱一斤。'],
  invalid: [
    { text: '安全须知看完的家长在下面报一下：学号+姓名+已阅。', errors: [{ clause: 'M2' }] },
    { text: '刚才那条通知看到了的都吭一声。', errors: [{ clause: 'M2' }] },
  ],
});
ruleTester.run('m2-empty-greeting', {
  valid: ['国庆将至，10月1日至7日放假，8日正常上课。'],
  invalid: [
    { text: '家人们早安！新的一周开始啦，愿大家开开心心～', errors: [{ clause: 'M2' }] },
    { text: '中秋将至，祝家长朋友们阖家团圆、月圆人圆！', errors: [{ clause: 'M2' }] },
  ],
});
ruleTester.run('n2-homework', {
  valid: ['寒假安全告家长书请签好字后拍照发到群里。', '安全教育专题活动请在平台上完成。'],
  invalid: [
    { text: '数学周末卷：专题三第1到12题，周一交。', errors: [{ clause: 'N2', text: '第1到12题' }] },
    { text: '明天默写第三单元的词语：春天、柳树、燕子。', errors: [{ clause: 'N2' }] },
  ],
});
ruleTester.run('n2-scores', {
  valid: ['本班平均年龄8岁，最高120厘米。'],
  invalid: [{ text: '单元小测批完了，最高96，平均80.5。', errors: [{ clause: 'N2', text: '最高96' }, { clause: 'N2', text: '平均80.5' }] }],
});
ruleTester.run('n2-ranking', {
  valid: ['年级前三天的课改为活动课。'],
  invalid: [
    { text: '月考年级前五十咱班进了三个：刘一鸣、陈思彤、韩雪。', errors: [{ clause: 'N2' }] },
    { text: '期中成绩发一下：班级第{{班名次}}位。', errors: [{ clause: 'N2' }] },
  ],
});
ruleTester.run('n2-named-praise-criticism', {
  valid: ['小朋友们都要向雷锋叔叔学习。'],
  invalid: [
    { text: '周子涵小朋友这周自己穿衣吃饭，大家都要向子涵学习哦。', errors: [{ clause: 'N2' }] },
    { text: '这周值日没做的：孙鹏、马晓雯，下周补上。', errors: [{ clause: 'N2' }] },
  ],
});
ruleTester.run('n2-vote-canvassing', {
  valid: ['本班不参与任何网络投票。'],
  invalid: [{ text: '孩子参加了区里的绘画评选，编号12号，麻烦大家每天给她投一下。', errors: [{ clause: 'N2' }] }],
});
ruleTester.run('n3-flattery', {
  valid: ['孩子咳得厉害，夜里睡得很辛苦，想请半天假，老师看可以吗？', '郭老师入围了市里“最美班主任”评选。'],
  invalid: [{ text: '黄老师对娃们掏心掏肺，我们当家长的都自愧不如。', errors: [{ clause: 'N3', text: '掏心掏肺' }, { clause: 'N3', text: '自愧不如' }] }],
});
ruleTester.run('n3-teacher-gift', {
  valid: ['教师节请勿给老师送礼。'],
  invalid: [
    { text: '想给几位老师送点粽子表表心意，有想一起的家长私我。', errors: [{ clause: 'N3' }] },
    { text: '咱们一起给班主任合买个按摩仪，转给我就行。', errors: [{ clause: 'N3' }] },
  ],
});
ruleTester.run('n3-fundraising', {
  valid: ['家委会提醒：有人冒用学校名义在群里发捐钱的二维码，请勿扫码转账。'],
  invalid: [
    { text: '邻居家孩子查出白血病，正在到处筹医药费，能搭把手的私下找我。', errors: [{ clause: 'N3', text: '筹医药费' }, { clause: 'N3', text: '搭把手' }] },
    { text: '手术押金还差两万，谁手头宽裕能先借我一点。', errors: [{ clause: 'N3' }] },
    { text: '班上一个孩子家里着了火，家委会想凑点心意，多少都行。', errors: [{ clause: 'N3', text: '凑点心意' }, { clause: 'N3', text: '多少都行' }] },
  ],
});
ruleTester.run('n4-micro-merchant', {
  valid: ['想给老师送点水果表表心意，有想一起的家长私我。'],
  invalid: [
    { text: '自家地里的洋芋，要的吱一声，五块钱三斤。', errors: [{ clause: 'N4' }] },
    { text: '下载这个app注册就能拿30块，新用户专享，截图发我。', errors: [{ clause: 'N4' }] },
    { text: '本人在做儿童护眼贴，可以先领试用装，留言我来加你。', errors: [{ clause: 'N4' }] },
  ],
});
ruleTester.run('m1-fee', {
  valid: ['元旦联欢由学校统一安排，家长不用出钱。'],
  invalid: [
    { text: '元旦联欢每个家庭最少出50，多了不限。', errors: [{ clause: 'M1' }] },
    { text: '区角材料费一家80，开学那天交。', errors: [{ clause: 'M1' }] },
  ],
});
ruleTester.run('m1-parents-grade-homework', {
  valid: ['口算本由老师批改，家长只需督促孩子完成。'],
  invalid: [{ text: '口算作业家长每天对一下答案，错的圈出来让孩子改。', errors: [{ clause: 'M1' }] }],
});
ruleTester.run('m1-tutoring-signup', {
  valid: ['数学跟不上的孩子，学校课后服务安排了答疑。'],
  invalid: [{ text: '孩子数学跟不上的，建议周末在外面找个老师补一补。', errors: [{ clause: 'M1' }] }],
});
ruleTester.run('m1-compulsory-purchase', {
  valid: ['还没交回执的家长请周五前交。'],
  invalid: [{ text: '还没买新款校服的，这周内到总务处交168元领一套。', errors: [{ clause: 'M1' }] }],
});

// Probe round 18 (written after round 17's changes, scored once before these): a list of acts after
// 、 is no list of names (随地吐痰、张口就骂人); a quotation naming a kind of message is mentioned
// (那种“转发十个群就能考满分”的消息); a report that someone sent voice messages asks nothing.
ruleTester.run('n2-named-praise-criticism', {
  valid: ['有的孩子随地吐痰、张口就骂人，请家长在家多提醒。'],
  invalid: [{ text: '表扬王一诺、李欣然两位同学。', errors: [{ clause: 'N2' }] }],
});
ruleTester.run('m3-chain-forward', {
  valid: ['那种“转发十个群孩子就能考满分”的消息，大家一笑了之就行。'],
  invalid: [
    { text: '收到这条的家长转到三个群，孩子期末门门满分。', errors: [{ clause: 'M3' }] },
    { text: '孩子的平安符，要是不转嘛，自己掂量吧。', errors: [{ clause: 'M3' }] },
  ],
});
ruleTester.run('m3-rumour', {
  valid: [],
  invalid: [{ text: '绝对可靠的消息！隔壁学校已经有孩子住进ICU了，学校瞒着不说。', errors: [{ clause: 'M3', text: '住进ICU' }, { clause: 'M3', text: '瞒着不说' }] }],
});
ruleTester.run('m3-anxiety', {
  valid: ['高考前请保证孩子睡眠充足。'],
  invalid: [{ text: '高考就是千军万马过独木桥，不抓紧就是拿前途开玩笑。', errors: [{ clause: 'M3', text: '千军万马过独木桥' }, { clause: 'M3', text: '拿前途开玩笑' }] }],
});
ruleTester.run('m4-voice-message', {
  valid: ['上午有两位家长在群里发了几段语音，我已经电话沟通过了。'],
  invalid: [{ text: '我发语音给大家说一下。', errors: [{ clause: 'M4' }] }],
});
ruleTester.run('m4-insult', {
  valid: ['照镜子时看看自己的坐姿是否端正。', '请家长教育孩子懂礼貌。'],
  invalid: [
    { text: '你一个代课的，懂什么教育？', errors: [{ clause: 'M4', text: '懂什么' }] },
    { text: '你说话之前先照照镜子吧。', errors: [{ clause: 'M4' }] },
    { text: '有些家庭就是这个素质，一看就是跟大人学的。', errors: [{ clause: 'M4' }] },
  ],
});
ruleTester.run('m2-ack-request', {
  valid: ['回执单上请写“已知晓”并签字，周五交给班主任。'],
  invalid: [
    { text: '请每位家长把下面这句复制发一遍：“某某家长已知晓。”', errors: [{ clause: 'M2' }] },
    { text: '钉钉里点完确认，再回群里说一句“已确认”。', errors: [{ clause: 'M2' }] },
  ],
});
ruleTester.run('m2-empty-greeting', {
  valid: ['群里今天有点安静，提醒一下：明天8点前到校。'],
  invalid: [{ text: '群里今天咋这么安静，人都去哪儿啦？出来唠两句呗～', errors: [{ clause: 'M2' }] }],
});
ruleTester.run('n5-personal-circumstances', {
  valid: ['爸妈分开住的孩子，放学请由约定的家长接送。'],
  invalid: [
    { text: '韩梓萱爸妈年初分开了，现在孩子跟着奶奶过。', errors: [{ clause: 'N5' }] },
    { text: '冶晓燕的爸爸酒驾出了事，现在还在里面。', errors: [{ clause: 'N5' }] },
  ],
});
// Probe round 18, second set (N2, N3, N4, M1): reported questions and debunked links are no acts; a
// parent's question whether a drive is voluntary asks nothing; selling by price per month or pound,
// 跟我说, 拉你进群; votes counted in hearts; flattery (天花板, 撑场子); gift pools by 平摊; a subject
// level between 补 and the subject (补高中化学); parents correcting or analysing mistakes.
ruleTester.run('n4-marketing', {
  valid: ['有家长问群里能不能拼团买课外书，这个不在群里组织，需要的各自买就行。'],
  invalid: [{ text: '书包拼团价59元，今晚截止。', errors: [{ clause: 'N4' }] }],
});
ruleTester.run('n4-bargain-red-envelope', {
  valid: ['上周有人在群里发拼多多砍价链接，我已经移出群了。'],
  invalid: [{ text: '拼多多帮我砍一刀，谢谢大家！', errors: [{ clause: 'N4', text: '拼多多' }, { clause: 'N4', text: '砍一刀' }] }],
});
ruleTester.run('n4-micro-merchant', {
  valid: ['有家长问我在哪家店配的眼镜，这种私事咱们私聊说。', '学籍核对表已一对一发给每位家长，有错的私信发我正确号码。'],
  invalid: [
    { text: '老家自己养的蜂蜜，一斤六十，要的跟我说。', errors: [{ clause: 'N4' }] },
    { text: '宝妈们有想做兼职的吗？每天刷刷手机就有收入，我拉你进群。', errors: [{ clause: 'N4' }] },
    { text: '我在学校后面开了个午托，一个月八百，有需要的家长可以过来看看。', errors: [{ clause: 'N4' }] },
  ],
});
ruleTester.run('n4-giveaway', {
  valid: [],
  invalid: [{ text: '长按识别下面的图就能白拿三个月会员。', errors: [{ clause: 'N4' }] }],
});
ruleTester.run('n3-fundraising', {
  valid: [
    '老师，孩子说学校这周有“慈善一日捐”，这个是自愿的吧？',
    '最近有家长在各个群里转“某某孩子急需救命钱”的筹款链接，学校说明：班级群一律不转发筹款信息。',
  ],
  invalid: [{ text: '做饭的阿姨家里出了车祸，好多家长都想表示一下，愿意的转我。', errors: [{ clause: 'N3', text: '表示一下' }, { clause: 'N3', text: '愿意的转我' }] }],
});
ruleTester.run('n2-vote-canvassing', {
  valid: ['书法比赛是评委现场打分，没有网上投票，有人发来要“助力”的链接都是假的，别点。'],
  invalid: [{ text: '视频进复赛了，复赛看点赞数，大伙儿顺手点个小红心。', errors: [{ clause: 'N2', text: '点赞数' }, { clause: 'N2', text: '点个小红心' }] }],
});
ruleTester.run('n3-flattery', {
  valid: [],
  invalid: [{ text: '马老师真是教育界的天花板，娃跟着您一年顶别人三年。', errors: [{ clause: 'N3' }] }],
});
ruleTester.run('n3-teacher-gift', {
  valid: ['教师节学校不组织任何送礼活动。'],
  invalid: [{ text: '大家一起给两位老师订个花篮，钱最后按家数平摊。', errors: [{ clause: 'N3' }] }],
});
ruleTester.run('m1-tutoring-signup', {
  valid: ['老师，孩子数学有点吃力，我不太想让他出去补课，您看在家可以怎么帮他？'],
  invalid: [{ text: '谁家娃需要补高中化学，我这有个大学生能上门。', errors: [{ clause: 'M1' }] }],
});
ruleTester.run('m1-parents-grade-homework', {
  valid: [],
  invalid: [
    { text: '周记家长先帮着把错别字和病句改出来，改好了交上来。', errors: [{ clause: 'M1' }] },
    { text: '数学卷子带回去了，家长帮孩子把错题分析一下，写清楚错因。', errors: [{ clause: 'M1' }] },
  ],
});
ruleTester.run('m1-compulsory-purchase', {
  valid: [],
  invalid: [{ text: '英语点读APP会员全班都得开通，这周内开通好。', errors: [{ clause: 'M1' }] }],
});
ruleTester.run('m1-fee', {
  valid: [],
  invalid: [{ text: '研学的车费和门票，每人三百二，周四前转到家委会账户上。', errors: [{ clause: 'M1' }] }],
});

// Probe round 19 (mostly everyday messages, written after round 18's changes, scored once before
// these): 笨 and 蠢 need someone addressed or a scolding degree (动作有点笨 is clumsiness); 捐过 tells of a
// past gift; class-fund accounts report; 统一买还是自己准备？ asks; a chase for who has not bought needs
// a deadline; 吱一声 alone is "let me know"; 说了三遍 is no homework amount; a surname with a given name
// and kin after 的 (马欣怡的妈妈) is a pupil.
ruleTester.run('m4-insult', {
  valid: ['孩子刚学用筷子，动作还有点笨，老师会耐心引导。', '孩子回家老说自己手笨，鞋带总系不好，我们在家多练。'],
  invalid: [
    { text: '这么简单的题都做错，真是笨得可以。', errors: [{ clause: 'M4' }] },
    { text: '你家孩子怎么这么笨，教了十遍还不会。', errors: [{ clause: 'M4' }] },
  ],
});
ruleTester.run('n3-fundraising', {
  valid: ['孩子回家可能会问您小时候有没有捐过书，家长可以跟他聊聊。'],
  invalid: [{ text: '请大家为受灾的同学捐一点，多少都行。', errors: [{ clause: 'N3' }, { clause: 'N3' }] }],
});
ruleTester.run('m1-fee', {
  valid: ['家委会报一下本学期班费收支：上学期结余312.5元，本学期支出86元。'],
  invalid: [{ text: '寒假作文集的印刷费每人二十块，放假前交给班长。', errors: [{ clause: 'M1' }] }],
});
ruleTester.run('m1-compulsory-purchase', {
  valid: ['泳帽和泳镜是统一买还是自己准备？', '还没买竖笛的孩子可以先借学校的用，不用专门去买。'],
  invalid: [{ text: '还没订校服的家长，这周五前到总务处订购。', errors: [{ clause: 'M1' }] }],
});
ruleTester.run('m2-ack-request', {
  valid: ['谁家孩子的红色跳绳落在操场了？家长看到吱一声，放学来拿就行。'],
  invalid: [{ text: '看到通知的家长都吱一声。', errors: [{ clause: 'M2' }] }],
});
ruleTester.run('n2-homework', {
  valid: ['跟孩子说了三遍校服要写名字，请家长再提醒一下。'],
  invalid: [{ text: '今晚抄写生字三遍。', errors: [{ clause: 'N2' }] }],
});
ruleTester.run('n5-personal-circumstances', {
  valid: [],
  invalid: [{ text: '马欣怡的妈妈最近抑郁症住院了，大家体谅一下。', errors: [{ clause: 'N5' }] }],
});
ruleTester.run('n2-named-praise-criticism', {
  valid: [],
  invalid: [{ text: '今天午休韩子豪和马骏在宿舍打闹，已经让他们写了检讨。', errors: [{ clause: 'N2' }] }],
});
ruleTester.run('n3-flattery', {
  valid: [],
  invalid: [{ text: '冯老师您就是孩子人生路上的一盏明灯。', errors: [{ clause: 'N3' }] }],
});

// Probe round 20 (everyday messages again, after round 19's changes): 天花板 of a classroom is a ceiling;
// 牙疼得厉害 is a complaint; 您帮着说一声 is no sales contact; a school that 从来不 sends red envelopes
// denies it; 排名不分先后 ranks nobody; someone who works at the bureau passes on hearsay.
ruleTester.run('n3-flattery', {
  valid: ['老师，教室天花板上的灯坏了，后排孩子看不清。', '老师，孩子昨晚牙疼得厉害，今天上午先去医院。'],
  invalid: [{ text: '马老师真是教育界的天花板，孩子跟着您进步太快了。', errors: [{ clause: 'N3' }] }],
});
ruleTester.run('n4-micro-merchant', {
  valid: ['孩子弄破了同学的书，我们买了一本新的，您帮着说一声。'],
  invalid: [],
});
ruleTester.run('n4-bargain-red-envelope', {
  valid: ['有人冒充学校发“领取开学红包”的链接，学校从来不在群里发红包，大家别点。'],
  invalid: [],
});
ruleTester.run('n2-ranking', {
  valid: ['感谢护学岗的家长（排名不分先后）：李军爸爸、王芳妈妈。'],
  invalid: [],
});
ruleTester.run('n2-scores', {
  valid: [],
  invalid: [{ text: '体育模拟测试的成绩表我放群文件里了，大家下载看看。', errors: [{ clause: 'N2' }] }],
});
ruleTester.run('m3-rumour', {
  valid: ['据教育局通知，受寒潮影响，明天全市停课一天。'],
  invalid: [{ text: '一个在教育局上班的朋友说，下周要封路，全市停课一个月。', errors: [{ clause: 'M3' }, { clause: 'M3' }] }],
});
ruleTester.run('m4-insult', {
  valid: [],
  invalid: [
    { text: '某些家长连张回执都交不齐，也不嫌丢人。', errors: [{ clause: 'M4' }] },
    { text: '你们家孩子这点事都做不好，真是一点家教都没有。', errors: [{ clause: 'M4' }] },
  ],
});
ruleTester.run('m1-parents-grade-homework', {
  valid: [],
  invalid: [{ text: '练字本家长每天晚上给孩子打个等级，再签个名。', errors: [{ clause: 'M1' }] }],
});
ruleTester.run('m1-tutoring-offer', {
  valid: ['学校暑假不组织任何预科班。'],
  invalid: [{ text: '升初一的孩子暑假最好去外面上个数学预科班。', errors: [{ clause: 'M1' }] }],
});

// Probe round 21 (vocational, boarding and special schools, after round 20's changes): the school's home
// teaching (送教上门服务) and simulated shop training are no ads; 上新庄 is a village; a contest team's
// selection is no tutoring; a plan voted by the student congress is no canvassing; admissions posted on
// the school's website are the school's news.
ruleTester.run('n4-marketing', {
  valid: [
    '送教上门服务调整为每周四下午，不收取任何费用。',
    '电商实训课练习接单、打包、发货，全部在学校的模拟平台上操作。',
    '因上新庄村道路施工，二号校车线路临时调整。',
  ],
  invalid: [{ text: '新款童装上新啦，全场八折！', errors: [{ clause: 'N4', text: '上新' }, { clause: 'N4', text: '八折' }] }],
});
ruleTester.run('m1-tutoring-offer', {
  valid: ['技能大赛的集训名额按校内选拔确定，结果已单独告知。'],
  invalid: [],
});
ruleTester.run('n2-vote-canvassing', {
  valid: ['冬季运动会的比赛项目是学生代表大会投票定的。'],
  invalid: [],
});
ruleTester.run('n4-micro-merchant', {
  valid: ['今年分给我们学校的名额是40个，报名办法已挂在学校官网上，有疑问私信我。'],
  invalid: [],
});
ruleTester.run('n2-named-praise-criticism', {
  valid: [],
  invalid: [{ text: '今天午饭冶子轩把一整盘菜倒进了泔水桶，家长回去好好教育教育。', errors: [{ clause: 'N2' }] }],
});
ruleTester.run('n2-scores', {
  valid: [],
  invalid: [{ text: '模拟考出来了：最高的是马俊峰，423分。', errors: [{ clause: 'N2' }] }],
});
ruleTester.run('n5-personal-circumstances', {
  valid: [],
  invalid: [{ text: '宿舍的杨子轩晚上有尿床的毛病，现在在吃药。', errors: [{ clause: 'N5', text: '尿床' }] }],
});
ruleTester.run('m3-anxiety', {
  valid: [],
  invalid: [{ text: '上中职的孩子就是考不上高中的，基本上就是一辈子打工的命。', errors: [{ clause: 'M3', text: '考不上' }, { clause: 'M3', text: '一辈子打工的命' }] }],
});
ruleTester.run('m4-insult', {
  valid: [],
  invalid: [{ text: '练了一个月还学不会，笨得跟头牛一样。', errors: [{ clause: 'M4' }] }],
});

// Probe round 22, scored once on the final state (test/corpus/probes/blind): 晕车恶心 is nausea; a song
// chosen by the class's vote is no canvassing; a ranking an authority publishes, not passed on in the group.
ruleTester.run('m4-insult', {
  valid: ['容易晕车恶心的孩子，出门前半小时吃晕车药。'],
  invalid: [{ text: '你这种人真让人恶心。', errors: [{ clause: 'M4' }] }],
});
ruleTester.run('n2-vote-canvassing', {
  valid: ['班歌是全班同学投票选的《追梦赤子心》，合唱比赛就唱这首。'],
  invalid: [],
});
ruleTester.run('n2-ranking', {
  valid: ['运动会的排名由市体育局统一公布，学校不在群里转。'],
  invalid: [{ text: '期末排名明天统一公布在群里。', errors: [{ clause: 'N2' }] }],
});
