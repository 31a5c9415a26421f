// Classes from probe rounds 27 and 28 (test/corpus/probes: 27a everyday traffic, once held out; 28a a
// second author's corpus over every clause). Sentences here are in our own words, each beside its hard
// negative.
import { lint } from '../../src';
import { ruleTester } from './ruleTester';

// The school or the teacher denying it did the act (学校没有统一订, 也没让谁去收): a denial, not the act.
// 没 alone is no negator: 还没交的 names who has not done it yet.
ruleTester.run('m1-compulsory-purchase', {
  valid: ['学校没有统一订校服，家里有合适的衣服就行。', '本班从未统一购买过任何教辅。'],
  invalid: [
    { text: '校服由学校统一订购，下周一前报尺码。', errors: [{ clause: 'M1' }] },
    { text: '学校没有食堂，午饭统一订购盒饭，每人15元。', errors: [{ clause: 'M1' }] },
  ],
});
ruleTester.run('n4-marketing', {
  valid: ['我们没有组织任何团购，也没让哪位家长代购。'],
  invalid: [{ text: '我表姐开了家文具店，可以团购，需要的找我。', errors: [{ clause: 'N4' }] }],
});

// Pupils voting among themselves (孩子们在班会上投票选队名) is a class activity, not canvassing;
// 孩子们的作品请大家投票 asks parents for votes.
ruleTester.run('n2-vote-canvassing', {
  valid: ['同学们今天举手投票，选出了本学期的图书管理员。', '小朋友们用小红花给最喜欢的绘本投票，结果贴在教室门口。'],
  invalid: [
    { text: '孩子们的手抄报入围了区里的评比，麻烦各位家长每天投一票。', errors: [{ clause: 'N2' }] },
    { text: '同学们参加了市里的书法大赛，请家长们帮忙拉票。', errors: [{ clause: 'N2' }] },
  ],
});

// The school's own after-school service and clubs: their places are the school's arrangement, and a
// teacher who asks families to message her about swapping is not selling.
ruleTester.run('n4-micro-merchant', {
  valid: ['周三的课后服务社团还有两个名额，想调换的家长私信我。'],
  invalid: [{ text: '我周末开了个作文小班，还剩3个名额，想报的私信我。', errors: [{ clause: 'N4', text: '班，还剩3个名额' }, { clause: 'N4', text: '私信我' }] }],
});

// 回个话 alone is mostly "let that person know" (接到孩子给她妈妈回个话); asked of everyone it is an acknowledgement.
ruleTester.run('m2-ack-request', {
  valid: ['谁有空帮忙接一下朵朵，接到了给她奶奶回个话。'],
  invalid: [{ text: '看到通知的家长都回个话，我好统计。', errors: [{ clause: 'M2' }] }],
});

// Outside tutoring by another name (在外头报个集训班); the school team's training camp is not tutoring.
ruleTester.run('m1-tutoring-offer', {
  valid: ['校队集训班周六照常训练，队员八点到体育馆。'],
  invalid: [{ text: '数学落下的同学，寒假最好去外面报个集训班补一补。', errors: [{ clause: 'M1', text: '集训班' }] }],
});

// A named pupil blamed or praised with a superlative or a commendation (叠得最差, 垫底, 受到嘉奖).
ruleTester.run('n2-named-praise-criticism', {
  valid: ['这周全班的被子都叠得不错，叠得最差的一组也有进步。'],
  invalid: [
    { text: '值日检查，刘子涵的桌肚又是全组最差。', errors: [{ clause: 'N2', text: '最差' }] },
    { text: '周明轩同学在运动会上表现优异，受到学校嘉奖。', errors: [{ clause: 'N2' }] },
  ],
});

// Everyone posting a line in turn (在群里依次往下报), another way of asking for a chain.
ruleTester.run('m2-ack-request', {
  valid: ['尺码请填在问卷里，我按问卷汇总。'],
  invalid: [{ text: '请各位家长把孩子的鞋码在群里依次往下报。', errors: [{ clause: 'M2' }] }],
});

// Round 28a: a second author's corpus over every clause.

// Someone's words passed on and asked about (孩子说…，这是学校统一组织的吗？) are an enquiry; a proposal
// after hearsay (要不要联名找校长？) is not.
ruleTester.run('n3-fundraising', {
  valid: ['孩子回来说学校下周有爱心捐款，这是自愿的吗？', '重阳节学校组织学生到敬老院献爱心，为老人们表演节目。'],
  invalid: [
    { text: '听说学校下周有爱心捐款，大家每家捐五十吧。', errors: [{ clause: 'N3', text: '爱心捐款' }, { clause: 'N3', text: '捐' }] },
    // 出一份力、多少随意 and money sent to the one asking: a collection without the word 捐
    { text: '敬老院那边要添点米面油，愿意出一份力的家长转我就行。', errors: [{ clause: 'N3' }] },
  ],
});

// The next clause points back at it and refuses it (这个我们不在群里组织, 这种事我不会做).
ruleTester.run('n4-marketing', {
  valid: ['有家长提议在群里团购校服，这个我们不在群里组织。'],
  invalid: [{ text: '有家长在群里团购校服，这个价格很划算，大家跟上。', errors: [{ clause: 'N4' }] }],
});
ruleTester.run('m3-labelling', {
  valid: ['有家长建议把差生单独编一组，这种事我坚决不做。'],
  invalid: [{ text: '咱们班差生太多，这种事没办法。', errors: [{ clause: 'M3' }] }],
});

// A particle inside a word (啦啦操) is no colloquial particle.
ruleTester.run('m5-colloquial', {
  valid: [{ text: '各位家长：\n本周五（5月28日）上午9:00在操场举行啦啦操比赛。\n三年级二班\n2027年5月25日', kind: 'notice' }],
  invalid: [{ text: '各位家长：\n本周五（5月28日）上午9:00在操场举行比赛啦。\n三年级二班\n2027年5月25日', kind: 'notice', errors: [{ clause: 'M5', text: '啦' }] }],
});

// Tickets the school buys itself, with nothing for parents to pay, are no compulsory purchase; a kit
// everyone must wear with its price is (统一穿白T恤，一件35元).
ruleTester.run('m1-compulsory-purchase', {
  valid: ['研学门票由学校统一购买，孩子不用带钱。', '运动会统一穿校服，家里有的就行。'],
  invalid: [{ text: '运动会统一穿白色T恤，一件35元，周五前交给班长。', errors: [{ clause: 'M1' }] }],
});
ruleTester.run('m1-tutoring-signup', {
  valid: ['外头下雨了，放学请带伞来接孩子。'],
  invalid: [{ text: '跟不上的最好在外头找个老师一对一补补。', errors: [{ clause: 'M1' }] }],
});

// Water that bubbles is no show of hands; check-ins, photos and tokens everyone posts in the group are.
ruleTester.run('m2-ack-request', {
  valid: ['这两天井水冒泡发浑，学校已联系自来水公司检测。', '回执交给班长即可，不用拍照。'],
  invalid: [
    { text: '看到通知的都点一下群签到。', errors: [{ clause: 'M2' }] },
    { text: '请各位家长把签好的回执拍张照片发到群里。', errors: [{ clause: 'M2' }] },
    { text: '请每位家长在群里献上一朵小花，再留一句祝福。', errors: [{ clause: 'M2' }] },
  ],
});

// Asking people to pass it on in other words (赶紧传出去).
ruleTester.run('m3-chain-forward', {
  valid: ['这个消息是谁传出去的，学校正在核实。'],
  invalid: [{ text: '听说那种辣条会让人上瘾，有孩子的赶紧传出去！', errors: [{ clause: 'M3' }] }],
});

// Selling by the piece (一节八十) to whoever asks me; a giveaway behind a QR code.
ruleTester.run('n4-micro-merchant', {
  valid: ['书法社团一节课四十分钟，想了解的跟我说。'],
  invalid: [{ text: '我朋友开了间书法工作室，一节八十，想学的跟我说。', errors: [{ clause: 'N4' }] }],
});
ruleTester.run('n4-giveaway', {
  valid: ['长按识别二维码可查看学校公众号的通知。'],
  invalid: [{ text: '长按图里的二维码就能领一套绘本，只要付邮费。', errors: [{ clause: 'N4' }, { clause: 'N4' }] }],
});

// Scorn for parents who do not reply or read (金口难开, 是看不懂字还是…), an old carer called senile.
ruleTester.run('m4-insult', {
  valid: ['奶奶说自己年纪大了记性差，老师多提醒两句就好。', '通知里有生字的地方我加了拼音，方便爷爷奶奶看。'],
  invalid: [
    { text: '收个名单收了三天，有些人真是金口难开。', errors: [{ clause: 'M4' }] },
    { text: '通知写得清清楚楚，是看不懂字还是压根不看？', errors: [{ clause: 'M4' }] },
    { text: '你家那老太太真是老糊涂了。', errors: [{ clause: 'M4' }] },
  ],
});

// Named pupils listed with bare marks, and given an award title (劳动小能手).
ruleTester.run('n2-named-score-list', {
  valid: ['各组人数：一组12、二组11、三组13。'],
  invalid: [{ text: '周测成绩：赵一鸣97、钱多多95、孙小雨92。', errors: [{ clause: 'N2' }] }],
});
ruleTester.run('n2-named-praise-criticism', {
  valid: ['本周评出了十位劳动小能手，奖状周一发。'],
  invalid: [{ text: '本周的劳动小能手是王一诺和李雨桐。', errors: [{ clause: 'N2' }] }],
});

// A named pupil's adoption, a parent's death, a family's losses.
ruleTester.run('n5-personal-circumstances', {
  valid: ['领养流浪猫的活动由社区组织，和学校无关。'],
  invalid: [
    { text: '赵晨阳是领养的，大家别在孩子面前提。', errors: [{ clause: 'N5' }] },
    { text: '王博文家里做生意亏了不少钱，伙食费先由家委会垫上。', errors: [{ clause: 'N5' }] },
    { text: '姜雨菲她妈前年就不在了，大家多照顾她。', errors: [{ clause: 'N5' }] },
  ],
});

// Scorn for a named pupil is also naming a pupil to criticise (N2), not only incivility (M4).
ruleTester.run('n2-named-insult', {
  valid: ['这道题全班都做错了，我真是开了眼了。', '周子涵的作文写得很用心，我真是开了眼界。'],
  invalid: [{ text: '周子涵的作文写成了流水账，我真是开了眼了。', errors: [{ clause: 'N2' }] }],
});

// One matter split on purpose into several messages (我拆开发, 其余的下面接着发).
ruleTester.run('m2-repost', {
  valid: ['新校区正在开发建设，明年九月启用。'],
  invalid: [{ text: '事情多，我拆开发，这条先说集合时间。', errors: [{ clause: 'M2' }] }],
});

// Round 29a: the same task, the end of the school year on the middle Yangtze.

// Parents who have done one thing told to do the next (接到孩子的家长在群里说一声) are asked, even after a
// report of what happened; a quoted reply ending in 已阅 is an acknowledgement.
ruleTester.run('m2-ack-request', {
  valid: ['大巴已经到了，家长们可以到东门接孩子。'],
  invalid: [
    { text: '大巴已经到校门口了，接到孩子的家长在群里说一声“已接到”。', errors: [{ clause: 'M2' }] },
    { text: '告家长书已经放在群文件里了，看完的家长在下面接一句“已阅”。', errors: [{ clause: 'M2' }] },
  ],
});
ruleTester.run('m2-empty-greeting', {
  valid: ['周末快乐！周一记得带体育服。'],
  invalid: [{ text: '早安[太阳] 新的一周，祝各位家长工作顺利，孩子们假期快乐，天天开心！', errors: [{ clause: 'M2' }] }],
});

// 好像 passes on hearsay too: 别的班好像在团购，我们需要吗？ asks.
ruleTester.run('n4-marketing', {
  valid: ['别的班好像在群里团购校服，我们班需要吗？'],
  invalid: [{ text: '我这边在团购校服，比店里便宜，需要的私我。', errors: [{ clause: 'N4' }] }],
});

// 凑点钱 and money sent to me (转到我这) collect; aid applied for by the school does not.
ruleTester.run('n3-fundraising', {
  valid: ['洪水过后，学校已按程序为受灾学生申请补助。'],
  invalid: [{ text: '孩子家里遭了水灾，家委会想凑点钱帮他渡过难关，愿意的转到我这。', errors: [{ clause: 'N3' }, { clause: 'N3' }] }],
});

// Likes and comments asked for to please a teacher, and 打着灯笼都难找, flatter.
ruleTester.run('n3-flattery', {
  valid: ['学校公众号发了运动会的照片，家长可以去看看。'],
  invalid: [
    { text: '王老师发了运动会的视频，大家都去点个赞，给王老师涨涨人气。', errors: [{ clause: 'N3' }] },
    { text: '这样的好老师打着灯笼都难找！', errors: [{ clause: 'N3' }] },
  ],
});

// Scorn with no 你 (脑子是让水泡坏了吧？), a 是不是 question that denies nothing, a class likened to wooden posts.
ruleTester.run('m4-insult', {
  valid: ['孩子脑袋上起了个包，校医已经冰敷处理。'],
  invalid: [
    { text: '放假第二天还有人跑去河边玩水，脑子是让水泡坏了吧？', errors: [{ clause: 'M4' }] },
    { text: '你家孩子是不是脑壳有包？', errors: [{ clause: 'M4' }] },
    { text: '这届学生喊都喊不动，一个个跟木头桩子一样。', errors: [{ clause: 'M4' }] },
  ],
});

// Voice counted in messages (三条语音); headphones for a listening test are not.
ruleTester.run('m4-voice-message', {
  valid: ['英语听力考试前会试音，孩子戴好耳机听一下音量。'],
  invalid: [{ text: '安排都在下面三条语音里，大家从头听完。', errors: [{ clause: 'M4' }] }],
});

// A class's average and its place (总均分年级第七，退了三个名次); who failed, and who did least, by name.
ruleTester.run('n2-ranking', {
  valid: ['学校不公布各班均分和名次。'],
  invalid: [{ text: '期末咱班总均分年级第七，比上学期退了三个名次。', errors: [{ clause: 'N2' }] }],
});
ruleTester.run('n2-named-praise-criticism', {
  valid: ['孩子回家总玩手机，家长管一管。', '没过的同学补考安排在8月，具体时间另行通知。'],
  invalid: [
    { text: '没过的两个同学是张强、李浩，补考在8月。', errors: [{ clause: 'N2' }] },
    { text: '打卡最少的是王俊熙，只打了两天。', errors: [{ clause: 'N2' }] },
  ],
});

// Debts, a remarriage, antidepressants (何/r 俊杰/nr is a name: jieba knows the given name as one).
ruleTester.run('n5-personal-circumstances', {
  valid: ['心理课讲了怎样帮助抑郁的朋友。'],
  invalid: [
    { text: '邓雨桐的爸爸在外面欠了一屁股债。', errors: [{ clause: 'N5' }] },
    { text: '何俊杰的妈妈去年改嫁了。', errors: [{ clause: 'N5' }] },
    { text: '周嘉怡最近在吃抗抑郁的药。', errors: [{ clause: 'N5' }] },
  ],
});

// Round 30a: the same task, winter term and Spring Festival, Beijing–Tianjin–Hebei and the Yangtze delta.

// Words quoted after 说孩子们 are reported; a teacher taking them back uses nothing.
ruleTester.run('m4-insult', {
  valid: ['我前几天说孩子们“不长记性”，这话说重了，向大家道个歉。', '有人问下周几点放学，我统一回复一下：下午三点。'],
  invalid: [
    // 还有人问 complains; it is no reported question that would frame the sentence as a warning
    { text: '通知说了三遍还有人问，真是猪脑子。', errors: [{ clause: 'M4' }] },
    { text: '你懂个啥，少在群里说两句。', errors: [{ clause: 'M4' }] },
    { text: '孩子复习一问三不知，脑子是冻住了吧？', errors: [{ clause: 'M4' }] },
  ],
});

// 说是 passes on what a caller said; asking the school whether it is so is an enquiry.
ruleTester.run('m1-tutoring-offer', {
  valid: ['刚接到电话，说是学校推荐的寒假冲刺班，学校有这回事吗？'],
  invalid: [{ text: '学校推荐的寒假冲刺班开始报名了，名额有限。', errors: [{ clause: 'M1' }] }],
});

// Voice turned into text is what the rule asks for.
ruleTester.run('m4-voice-message', {
  valid: ['不方便打字的老人可以按住说话，再点“转文字”，把文字发出来。'],
  invalid: [{ text: '不方便打字的就按住说话，发语音也行。', errors: [{ clause: 'M4' }] }],
});

// What someone posted, reported as taken down (我已经撤回了).
ruleTester.run('n4-marketing', {
  valid: ['早上有家长在群里发了团购链接，我已经撤回了。'],
  invalid: [{ text: '早上我在群里发了团购链接，大家抓紧下单。', errors: [{ clause: 'N4' }] }],
});

// Joining the parent committee's working group is no selling.
ruleTester.run('n4-micro-merchant', {
  valid: ['想进家委会工作群的家长加我微信，我拉您进去。'],
  invalid: [{ text: '想买正品奶粉的家长加我微信，我拉您进团购群。', errors: [{ clause: 'N4' }] }],
});

// A named programme (寒假安全第一课) is no homework.
ruleTester.run('n2-homework', {
  valid: ['请督促孩子登录平台，完成“寒假安全第一课”学习。'],
  invalid: [{ text: '请督促孩子完成练习册第三课。', errors: [{ clause: 'N2', text: '完成' }, { clause: 'N2', text: '练习册' }] }],
});

// Connections asked of parents (门路, 托人, 走后门) with an ask; a rumour that 托关系 gets you in does not ask.
ruleTester.run('n3-connections', {
  valid: ['学校招生按政策办理，不存在托人、走后门的说法。', '听说托关系交三万就能进那所学校，这种说法不可信。'],
  invalid: [
    { text: '哪位家长有买卧铺票的门路？帮帮忙。', errors: [{ clause: 'N3' }] },
    { text: '想托人问问能不能走个后门。', errors: [{ clause: 'N3' }, { clause: 'N3' }] },
  ],
});

// Chains and posts everyone makes in other words; bedding aired at home is no post.
ruleTester.run('m2-ack-request', {
  valid: ['放假前请把孩子的被子带回家洗洗晒晒。'],
  invalid: [
    { text: '小年到了，咱们来个拜年接龙吧！', errors: [{ clause: 'M2' }] },
    { text: '大家把年夜饭拍一张发上来晒晒！', errors: [{ clause: 'M2' }] },
    { text: '进了会议的家长在群里发一句“某某家长已进入”。', errors: [{ clause: 'M2' }] },
  ],
});
// A roll-call whose format is in the next clause (在群里报一下…，格式：学号+时间).
ruleTester.run('m2-ack-request', {
  valid: ['请在问卷里填写孩子的睡觉时间，格式：学号+时间。'],
  invalid: [{ text: '期末这两周，请家长每晚在群里报一下孩子的睡觉时间，格式：学号+时间。', errors: [{ clause: 'M2' }] }],
});
ruleTester.run('m2-repost', {
  valid: ['【放假安排】放假时间：1月22日（星期五）11:30。'],
  invalid: [{ text: '【放假安排·一】放假时间见下，其余三条我马上接着发。', errors: [{ clause: 'M2' }, { clause: 'M2' }] }],
});

// Marks listed by subject; named pupils blamed for what staff caught them at.
ruleTester.run('n2-scores', {
  valid: ['语文、数学、英语三科的复习资料已发到群文件。'],
  invalid: [{ text: '我家孩子期末语文98、数学100、英语96。', errors: [{ clause: 'N2' }] }],
});
ruleTester.run('n2-named-praise-criticism', {
  valid: ['上课看小说会被记名，请家长提醒孩子。'],
  invalid: [
    { text: '高子轩上课看小说，被值周生记了名。', errors: [{ clause: 'N2' }] },
    { text: '乐乐小朋友午睡时总是大声说话。', errors: [{ clause: 'N2' }] },
  ],
});
ruleTester.run('n5-personal-circumstances', {
  valid: ['网贷催收电话打到学校的，学校一律不予理会。'],
  invalid: [
    { text: '周子涵家里欠了不少网贷。', errors: [{ clause: 'N5' }] },
    { text: '王浩的爸爸前年进了监狱。', errors: [{ clause: 'N5' }] },
  ],
});

// A purchase made compulsory further from its verb; a class a teacher opens; parents rating recitations.
ruleTester.run('m1-compulsory-purchase', {
  valid: ['实习前每人必须在平台上完成安全课，课程免费。'],
  invalid: [{ text: '实习前每人必须在“技能宝”APP上买一门安全课。', errors: [{ clause: 'M1' }] }],
});
ruleTester.run('m1-tutoring-signup', {
  valid: ['学校开了一个初二物理兴趣小组，课后服务时间活动。'],
  invalid: [{ text: '我和朋友开了一个初二物理的小班，想报的私聊我。', errors: [{ clause: 'M1' }] }],
});
ruleTester.run('m1-parents-grade-homework', {
  valid: ['寒假每天的英语跟读由孩子自己完成，家长不用评。'],
  invalid: [{ text: '寒假每天的英语跟读，家长先听一遍给孩子打星，评完我再看。', errors: [{ clause: 'M1' }] }],
});

// Likes for the school's account, a teacher's toil admired (起早贪黑).
ruleTester.run('n3-flattery', {
  valid: ['孩子们起早贪黑地复习，家长们也辛苦了。'],
  invalid: [
    { text: '校长发了新年致辞，大家都去点个赞，给学校撑撑场面。', errors: [{ clause: 'N3' }] },
    { text: '王老师起早贪黑，我们都看在眼里。', errors: [{ clause: 'N3' }] },
  ],
});

// A gift with a trial offer, a consultancy's free first session pushed as a contact card.
ruleTester.run('n4-giveaway', {
  valid: ['学校心理中心首次咨询免费，预约请联系班主任。'],
  invalid: [
    { text: '我们俱乐部体验课99元三节，报名再送一套护具，想来的找我。', errors: [{ clause: 'N4' }] },
    { text: '我认识一家留学机构，首次咨询免费，我把名片推给你们。', errors: [{ clause: 'N4' }] },
  ],
});

ruleTester.run('n2-vote-canvassing', {
  valid: ['孩子们在班会上投票选出了新学期的班长。'],
  invalid: [{ text: '麻烦大家每天帮她投一投，每人能投五票。', errors: [{ clause: 'N2' }] }],
});
ruleTester.run('m3-labelling', {
  valid: ['下学期座位按身高和视力轮换。'],
  invalid: [{ text: '下学期座位分成尖子区和后进区。', errors: [{ clause: 'M3' }] }],
});
ruleTester.run('n3-fundraising', {
  valid: ['学校的爱心义卖已经结束，所得款项已全部捐出。'],
  invalid: [{ text: '老家亲戚的孩子住院，已经在轻松筹上发了，有空去我朋友圈看看。', errors: [{ clause: 'N3' }] }],
});

// Held-out rounds 28b and 29b, tuned to after their first run: the near-misses they flagged.

// A question reported (有家长私信问…) and answered; a group rule refusing the kind of content, in the
// sentence or after it; asking whether something is required, or wondering whether one may.
ruleTester.run('m1-parents-grade-homework', {
  valid: ['有家长私信问，隔壁班让家长给听写本打分签字，我们班是否也要。我们班不用。'],
  invalid: [{ text: '听写本请家长打分签字，明天交回。', errors: [{ clause: 'M1' }] }],
});
ruleTester.run('n3-fundraising', {
  valid: [
    '有家长私信问能不能在群里发筹款链接：班级群不转发任何筹款链接，有困难请直接找学校。',
    '这个筹款链接里的孩子不是我们学校的。班级群不转这类信息，想帮忙请找正规慈善机构。',
    '老师，结对捐书是每个孩子都要带吗？不知道旧书还能不能捐。',
  ],
  invalid: [{ text: '邻居家孩子重病，这是筹款链接，大家帮帮忙。', errors: [{ clause: 'N3' }] }],
});
ruleTester.run('m1-compulsory-purchase', {
  valid: ['老师，数学老师让买的练习册是必须买的吗？'],
  invalid: [{ text: '数学练习册必须买，周五前交钱。', errors: [{ clause: 'M1' }] }],
});
// A quotation that names a screenshot is mentioned, not said.
ruleTester.run('m1-fee', {
  valid: ['有家长在别的群看到“每生交200元资料费”的截图，本校没有这项收费。'],
  invalid: [{ text: '每生交200元资料费，周五前交齐。', errors: [{ clause: 'M1' }] }],
});

// The school's PA (语音广播) and a test recording that stays out of the group are no voice messages;
// a recording posted to the group is.
ruleTester.run('m4-voice-message', {
  valid: ['学校广播检修，升旗仪式改在教室收听语音广播。', '英语口语测试在平台上录一段语音提交就行，不用发到群里。'],
  invalid: [{ text: '我把会上讲的都录下来发群里了，大家从头听。', errors: [{ clause: 'M4' }] }],
});

// New Year money from relatives is no red-envelope request.
ruleTester.run('n4-bargain-red-envelope', {
  valid: ['过年亲戚给孩子的红包，建议和孩子一起存起来。'],
  invalid: [{ text: '群里抢红包啦，手慢无！', errors: [{ clause: 'N4' }] }],
});

// 安排名单 holds no 排名 (regulation.md's own hard case), in a pattern as in a lexicon.
ruleTester.run('n2-scores', {
  valid: ['体检的时间安排名单我放在群文件里了。'],
  invalid: [{ text: '期中成绩名单我放在群文件里了。', errors: [{ clause: 'N2' }] }],
});

// 千万别 forbids.
ruleTester.run('n2-homework', {
  valid: ['银行卡信息请填在纸质表里交回，千万别拍照发到群里。'],
  invalid: [{ text: '今晚语文作业：抄写第五课生字三遍，写完拍照发到群里。', errors: [{ clause: 'N2', text: '今晚语文作业：抄写第五课生字三遍' }, { clause: 'N2', text: '拍照发到群里' }] }],
});

// The speaker's own clumsiness (我这当妈的手笨) insults nobody; the family blamed for a child (家里是没人教吗？) is.
ruleTester.run('m4-insult', {
  valid: ['我这当妈的手笨，书皮包得歪歪扭扭，有会包的家长教教我吗？'],
  invalid: [
    { text: '你家那个小胖子把人撞倒了也不道歉，家里是没人教吗？', errors: [{ clause: 'M4' }] },
    { text: '我真是服了你们这帮家长。', errors: [{ clause: 'M4' }] },
    // 我在群里说了 is no hearsay, and a rhetorical 自己不会往上翻吗？ asks nothing (held-out 31b)
    { text: '这事我在群里说了两遍，还有人来问，真是笨得可以，自己不会往上翻吗？', errors: [{ clause: 'M4' }] },
  ],
});

// A label quoted in a sentence about the word (咱们班不用这个词) is mentioned.
ruleTester.run('m3-labelling', {
  valid: ['有位爷爷说自己孙子是“差生”，我当场说了：咱们班不用这个词。'],
  invalid: [{ text: '咱们班的差生太多了。', errors: [{ clause: 'M3' }] }],
});

// A relative date in a notice's title (关于明天…的通知): the body gives the date, or is flagged itself.
ruleTester.run('m5-relative-date', {
  valid: [{ text: '关于明天返校的通知\n各位家长：\n明天（7月6日，星期二）上午9:00在学校档案室领取档案。\n金鹗中学\n2027年7月5日', kind: 'notice' }],
  invalid: [{ text: '关于明天返校的通知\n各位家长：\n明天上午9:00在学校档案室领取档案。\n金鹗中学\n2027年7月5日', kind: 'notice', errors: [{ clause: 'M5', text: '明天', line: 3 }] }],
});

// Round 32a: the same task, a graduation spring in the Pearl River delta, Hainan, Yunnan, Tibet and Inner Mongolia.

// Someone else's selling reported (有人私加我微信推销…); a school that disowns it later in the sentence.
ruleTester.run('n4-micro-merchant', {
  valid: ['有人私加我微信推销“包录取”的志愿填报服务，请问学校真的有合作机构吗？'],
  invalid: [{ text: '我们厂暑假招临时工，日结一百五，想来的私我。', errors: [{ clause: 'N4' }] }],
});
ruleTester.run('n3-fundraising', {
  valid: ['有人在群外转发“援助贫困学生”的募捐链接，用的是我们学校的照片，学校从没发起过，请大家不要转账。'],
  invalid: [{ text: '学校发起了援助贫困学生的募捐，请大家踊跃捐款。', errors: [{ clause: 'N3' }, { clause: 'N3' }] }],
});

// “OK” as an acknowledgement; one matter split across messages (接上条, 我下一条再说, 我分几条说).
ruleTester.run('m2-ack-request', {
  valid: ['在群里说个事：明天不上课。'],
  invalid: [{ text: '报名表填好的在群里跟我说个“OK”。', errors: [{ clause: 'M2' }] }],
});
ruleTester.run('m2-repost', {
  valid: ['请按通知中的安排准时到校。'],
  invalid: [
    { text: '接上条，住宿安排我下一条再说。', errors: [{ clause: 'M2' }, { clause: 'M2' }] },
    { text: '比赛的事我分几条说，这条先说出发时间。', errors: [{ clause: 'M2' }] },
  ],
});

// Praise of a summary (总结得太全面了), 大恩人; a favour through an acquaintance (找个熟人).
ruleTester.run('n3-flattery', {
  valid: ['这份复习总结写得很全面，请同学们对照查漏补缺。'],
  invalid: [
    { text: '老师总结得太全面了！', errors: [{ clause: 'N3' }] },
    { text: '您就是我们全家的大恩人！', errors: [{ clause: 'N3' }] },
  ],
});
ruleTester.run('n3-connections', {
  valid: ['考驾照请通过正规驾校报名，不要相信找熟人插队的说法。'],
  invalid: [{ text: '有没有在驾校工作的家长？想找个熟人帮忙插个队。', errors: [{ clause: 'N3' }] }],
});

// Fees in words (两百块), tutoring found at home (在当地找个老师), copying practice checked by parents (临帖).
ruleTester.run('m1-fee', {
  valid: ['训练费由学校承担，家长不用交钱。'],
  invalid: [{ text: '每个孩子交两百块训练费，周三前交给体育委员。', errors: [{ clause: 'M1' }] }],
});
ruleTester.run('m1-tutoring-signup', {
  valid: ['暑假回老家后，可以在当地图书馆借几本课外书读读。'],
  invalid: [{ text: '暑假回老家后，最好在当地找个老师给孩子接着补。', errors: [{ clause: 'M1' }] }],
});
ruleTester.run('m1-parents-grade-homework', {
  valid: ['每天的临帖由老师批改，家长不用检查。'],
  invalid: [{ text: '每天回家的临帖请家长检查一遍，写歪的用红笔圈出来。', errors: [{ clause: 'M1' }] }],
});

// Art homework by the piece (素描一张); illnesses and self-harm of a named pupil.
ruleTester.run('n2-homework', {
  valid: ['美术馆下周有素描展，感兴趣的家长可以带孩子去看。'],
  invalid: [{ text: '美术班今天的任务：石膏像素描一张，周四早上交。', errors: [{ clause: 'N2' }] }],
});
ruleTester.run('n5-personal-circumstances', {
  valid: ['肾病综合征的预防知识已发到群文件，供家长了解。'],
  invalid: [
    { text: '黄子涵的肾病综合征复发了，在吃激素。', errors: [{ clause: 'N5' }] },
    { text: '林嘉怡最近有自伤的情况，在看心理医生。', errors: [{ clause: 'N5' }] },
  ],
});

// An insider at an authority (派出所的人透露) is hearsay, not the authority.
ruleTester.run('m3-rumour', {
  valid: ['据派出所通报，学校附近没有人贩子，请勿传播谣言。'],
  invalid: [{ text: '听说学校附近有人贩子抢孩子，是派出所的人透露的，大家小心。', errors: [{ clause: 'M3' }] }],
});
ruleTester.run('m3-labelling', {
  valid: ['二模之后按选考科目分组复习。'],
  invalid: [{ text: '二模之后分了冲线组和放弃组，放弃组的家长心里有个数。', errors: [{ clause: 'M3' }, { clause: 'M3' }] }],
});

// A recording asked for in other words (录一段音); 识不识字; 就这身材还….
ruleTester.run('m4-voice-message', {
  valid: ['音乐课请孩子用录音笔录一段自己的演唱，交给音乐老师。'],
  invalid: [{ text: '老师以后发通知能不能录一段音，我边开车边听。', errors: [{ clause: 'M4' }] }],
});
ruleTester.run('m4-insult', {
  valid: ['奶奶不识字，通知我会打电话念给她听。'],
  invalid: [
    { text: '宿管阿姨您识不识字？通知写的是周五离校。', errors: [{ clause: 'M4' }] },
    { text: '就这身材还想考舞蹈学院？', errors: [{ clause: 'M4' }] },
  ],
});

// School years are not names (高二选科, 初一年级); a surname and given name with 同学 after them are,
// whatever part of speech jieba gave them (祁/ns 正阳/ns 同学).
describe('names: school years and given names jieba tags as places', () => {
  const clauses = (text: string) => [...new Set(lint(text).map((f) => f.clause))];
  it('reads 高二 and 初一 as school years', () => {
    expect(clauses('高二选科走班是按期中的排名来分吗？')).toEqual([]);
    expect(clauses('初一年级下周的排名表会贴在公告栏。')).toEqual([]);
  });
  it('reads willow catkins (杨/nr 柳絮/nr) as no name', () => {
    expect(clauses('杨柳絮飘得厉害，过敏的孩子出门戴口罩，我们小区已经有孩子住院了。')).toEqual([]);
  });
  it('reads a surname and a place-tagged given name before 同学 as a pupil', () => {
    expect(clauses('初二（3）班祁正阳同学这周又迟到了三次。')).toEqual(['N2']);
  });
});
