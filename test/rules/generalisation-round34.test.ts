// Round 34 (issue #9): what the first runs of probe34a showed, fixed for the class of messages, in our own
// words, each beside its hard negative.
import { ruleTester } from './ruleTester';

// A pattern may start at the second character of a pair jieba made up: 想众筹 is cut 想众|筹, and 众筹 is
// a pattern (众筹创意 is not fundraising), so it had never started a word there.
ruleTester.run('n3-fundraising', {
  valid: ['家委会想众筹创意，给班级运动会的口号出出主意。'],
  invalid: [{ text: '家委会想众筹给教室装个净水器，大家自愿参与，不限金额，收款码一会儿发。', errors: [{ clause: 'N3', text: '众筹' }] }],
});

// Text typed by voice input puts a space where the comma goes, and normalisation drops spaces between Chinese
// characters (an evader's 加 微 信). A space between two runs of three or more characters still ends the clause,
// so 不会 in the first one no longer reaches the voice message in the last; two-character runs keep the space's
// clause whole (请 不要 发语音).
ruleTester.run('m4-voice-message', {
  valid: ['群里请 不要 发语音'],
  invalid: [{ text: '我不会打字 按住说了一段 老师您听一下 [语音]', errors: [{ clause: 'M4', text: '[语音]' }] }],
});

// 请别 glued together by jieba (请别|组织) forbids like 别 alone; 特别 and 区别 are words of their own.
ruleTester.run('n3-fundraising', {
  valid: ['也请别组织凑钱给老师买礼物，孩子画张贺卡就好。', '春游时万一和大家走散了，站在原地别动，向穿制服的工作人员求助。'],
  invalid: [{ text: '请大家组织凑钱给老师买礼物。', errors: [{ clause: 'N3', text: '凑钱' }] }],
});

// Something taken down, said in the next clause (…开业的广告，我先撤下了).
ruleTester.run('n4-marketing', {
  valid: ['有家长在群里发了奶茶店开业的广告，我先撤下了。', '数学作业：一件衣服打八五折后是多少钱？'],
  invalid: [
    { text: '我家奶茶店开业了，欢迎大家来。', errors: [{ clause: 'N4', text: '开业' }] },
    // Every discount rate said the Chinese way, not only the round ones.
    { text: '报咱们班的名字一律九五折。', errors: [{ clause: 'N4', text: '九五折' }] },
  ],
});

// Infectious diseases, and medicine for the mind, are health information about a named pupil.
ruleTester.run('n5-personal-circumstances', {
  valid: ['班上有同学出水痘，请家长注意观察。'],
  invalid: [{ text: '王子墨同学得了水痘，这周在家休息。', errors: [{ clause: 'N5', text: '水痘' }] }],
});

// Scorn that needs no 你: a mess likened to a pigsty, a pupil to a block of wood, a teacher too young to have hair.
ruleTester.run('m4-insult', {
  valid: ['参观养猪场时孩子们看到了猪圈。', '木工课上孩子们用木头做了小板凳。'],
  invalid: [
    { text: '教了几遍都不会，木头疙瘩似的。', errors: [{ clause: 'M4', text: '木头疙瘩' }] },
    { text: '桌肚里乱得跟猪窝一样。', errors: [{ clause: 'M4' }] },
    { text: '新来的老师毛都没长齐，懂什么。', errors: [{ clause: 'M4', text: '毛都没长齐' }] },
  ],
});

// One notice cut into several messages on purpose (拆成两条说, 下面两条再讲).
ruleTester.run('m2-repost', {
  valid: ['这件事拆成两步来做。'],
  invalid: [{ text: '运动会的事我拆成两条说，这条先说时间。', errors: [{ clause: 'M2', text: '拆成两条说' }] }],
});

// Gaps found by writing our own messages of each class (not from a probe set).
// 大伙儿 asks the whole group as 大家 does.
ruleTester.run('m2-small-talk', {
  valid: ['大伙儿周末带孩子去科技馆的，记得提前在公众号预约。'],
  invalid: [{ text: '今天天气真好，大伙儿周末都带娃去哪儿玩了？', errors: [{ clause: 'M2', text: '大伙儿' }] }],
});
// A cake or a banner for the teacher, pooled by the families.
ruleTester.run('n3-teacher-gift', {
  valid: ['教师节那天学校食堂给老师们准备了蛋糕，家长不用准备任何礼物。'],
  invalid: [{ text: '教师节到了，家委会倡议大家一起给老师订个蛋糕，自愿参加。', errors: [{ clause: 'N3' }] }],
});
// A per-pupil amount with no 元 after 每位同学 / 每个孩子.
ruleTester.run('m1-fee', {
  valid: ['秋游的车费由学校承担，每位同学只需带好水杯。'],
  invalid: [{ text: '秋游的车费每位同学四十五，明天早上带来交给班长。', errors: [{ clause: 'M1', text: '四十五' }] }],
});
// Every superlative that ranks named pupils (跳得最远的是), and misbehaviour named in class (上课玩电话手表, 顶撞).
ruleTester.run('n2-named-praise-criticism', {
  valid: ['请家长提醒孩子上课不要玩手表。', '这次立定跳远，全班都达到了及格线。'],
  invalid: [
    { text: '立定跳远跳得最远的是刘子墨，一米八五。', errors: [{ clause: 'N2', text: '最远的是' }] },
    { text: '张一鸣上课偷偷玩电话手表，还顶撞老师。', errors: [{ clause: 'N2' }] },
  ],
});
// A chain letter counts the groups it must reach, or threatens those who do not pass it on.
ruleTester.run('m3-chain-forward', {
  valid: ['请把孩子的照片发到班级群。', '这学期的通知会发到三个年级群里。'],
  invalid: [
    { text: '许愿最灵，把这段话发到五个群，孩子考试一定顺利。', errors: [{ clause: 'M3', text: '发到' }] },
    { text: '转发这条祝福，没转的后果自负。', errors: [{ clause: 'M3' }] },
  ],
});

// From probe34b's misses (scored once, then a dev set), each in our own words.
// The price of one item everyone must have (一台, 一件 … 十八块), paid to a pupil: a per-pupil fee.
ruleTester.run('m1-fee', {
  valid: ['学校统一配发口风琴，一台一百二十元由学校承担，家长不用交钱。'],
  invalid: [
    { text: '下学期音乐课全班统一用口风琴，我已经订好了，一台一百二十元，周五前把钱交给班长。', errors: [{ clause: 'M1', text: '一百二十元' }] },
    { text: '运动会统一穿班服，我在网上订了一批，一件二十五块，明天把钱交给生活委员。', errors: [{ clause: 'M1', text: '二十五块' }] },
  ],
});
// Checking against the answers at the back of the book is grading.
ruleTester.run('m1-parents-grade-homework', {
  valid: ['书后的参考答案请家长收好，不要让孩子照着抄。'],
  invalid: [{ text: '孩子每做完一课，麻烦家长翻到书后的参考答案逐题核对，错的打个记号。', errors: [{ clause: 'M1' }] }],
});
// Factory prices, discounts over a threshold, pooling an order, an invitation code, and "tell me if you want one".
ruleTester.run('n4-marketing', {
  valid: ['这次秋游的门票学校统一买，家长不用凑钱。'],
  invalid: [
    { text: '我们厂出的暖手宝，出厂价六十，需要的私信。', errors: [{ clause: 'N4', text: '出厂价' }] },
    { text: '这款跑鞋五双起有满减，谁跟我凑一单？', errors: [{ clause: 'N4', text: '满减' }, { clause: 'N4', text: '凑一单' }] },
  ],
});
ruleTester.run('n4-micro-merchant', {
  valid: ['老师的联系方式在群公告里，需要的私信老师。'],
  invalid: [
    { text: '我表哥写毛笔字，过年可以给大家写春联，一副二十，要的告诉我。', errors: [{ clause: 'N4', text: '要的告诉我' }] },
    { text: '下载这个游戏填我的邀请码，送限定皮肤。', errors: [{ clause: 'N4', text: '填我的' }] },
  ],
});
// A parent's death is a family circumstance.
ruleTester.run('n5-personal-circumstances', {
  valid: ['周子涵的爸爸上个月出差走了，这周由奶奶接送。'],
  invalid: [{ text: '周子涵的爸爸上个月出车祸走了，大家多关心她。', errors: [{ clause: 'N5' }] }],
});
// A new-year wish naming the class (四（1）班) is still only a wish; 拜个早年 is a greeting.
ruleTester.run('m2-empty-greeting', {
  valid: ['元旦快乐！四（1）班的联欢会改到12月31日（星期四）下午两点。'],
  invalid: [
    { text: '元旦快乐！新的一年祝咱们四（1）班的大朋友小朋友们都顺顺利利！', errors: [{ clause: 'M2' }] },
    { text: '给各位家长拜个早年！', errors: [{ clause: 'M2' }] },
  ],
});
// Three characters said three times repeat; twice is a reply (好的。好的。).
ruleTester.run('m2-repeated-sentence', {
  valid: ['好的。好的。'],
  invalid: [{ text: '往上翻！往上翻！往上翻！', errors: [{ clause: 'M2', text: '往上翻' }] }],
});

// Praise of the teacher in idioms (祖坟冒青烟, 为教育而生) and in reverence for the notices (都是精品, 认真拜读).
ruleTester.run('n3-flattery', {
  valid: ['您推荐的书我们都在认真阅读。'],
  invalid: [
    { text: '李老师，您就是为教育而生的人，孩子遇上您，是我们家祖坟冒青烟了！', errors: [{ clause: 'N3', text: '为教育而生' }, { clause: 'N3', text: '祖坟冒青烟' }] },
    { text: '老师发的每条通知都是精品，我们全家认真拜读！', errors: [{ clause: 'N3' }, { clause: 'N3' }] },
  ],
});
// Scorn of someone's learning: 就这点水平？, 误人子弟, 是没上过学吧, 瞎嚷嚷.
ruleTester.run('m4-insult', {
  valid: ['这次测验的难度就这个水平，下次会再提高一点。'],
  invalid: [
    { text: '你们当老师的就这点水平？判卷都能判错，误人子弟！', errors: [{ clause: 'M4', text: '就这点水平？' }, { clause: 'M4', text: '误人子弟' }] },
    { text: '楼上这位是没上过学吧，通知都看不懂，还在这儿瞎嚷嚷。', errors: [{ clause: 'M4' }, { clause: 'M4' }] },
  ],
});
// A sponsor asked of the families' companies is fundraising; a sponsor thanked is a report.
ruleTester.run('n3-fundraising', {
  valid: ['本次运动会的饮用水由区体育局赞助，感谢支持。'],
  invalid: [{ text: '演出服还差两千块钱，哪位家长的公司能出个力赞助一下？', errors: [{ clause: 'N3', text: '出个力赞助' }] }],
});

// From probe34c's false alarms (scored once at 891c248, then a dev set).
// An issuing office's abbreviation in a document number (陈发改发〔2026〕8号) holds no person's name.
ruleTester.run('n5-personal-circumstances', {
  valid: ['根据区发改局核定的收费标准（陈发改发〔2026〕8号），家庭经济困难学生按规定享受生活补助。'],
  invalid: [{ text: '陈发同学家庭经济困难，按规定享受生活补助。', errors: [{ clause: 'N5' }] }],
});
// A discount learned in a maths lesson (数学这周学“折扣”) is no offer.
ruleTester.run('n4-marketing', {
  valid: ['六年级数学这周学“折扣”，孩子回家可能会问“打八五折”怎么算，陪他算一算就行。'],
  invalid: [{ text: '我家文具店开学季一律八五折。', errors: [{ clause: 'N4', text: '八五折' }] }],
});
