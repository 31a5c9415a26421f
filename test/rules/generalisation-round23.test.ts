// Classes from probe round 23 (test/corpus/probes/probe23a, probe23b: violations written to avoid the
// obvious keywords). Sentences here are in our own words, each beside its hard negative.
import { ruleTester } from './ruleTester';

// A pupil pointed at without a full name counts where a name counts: initials with 同学, a student
// number, 马家老二, a nickname in quotes, a child described by seat.
ruleTester.run('n2-named-praise-criticism', {
  valid: [
    '谢谢家长们这学期的配合，迟到的孩子越来越少了。',
    '我们班的口号是“加油”，孩子们喊得很响。',
    '第一排的窗户坏了，明天请师傅来修。',
    '今天英语课上大家都表现很好。',
  ],
  invalid: [
    { text: '学号15号这周两次没戴红领巾，请家长提醒。', errors: [{ clause: 'N2', text: '没戴' }] },
    { text: '“乐乐”今天又把同桌的铅笔盒扔了，屡教不改。', errors: [{ clause: 'N2', text: '屡教不改' }] },
    { text: '最后一排那个穿红衣服的男孩字写得特别好，大家都夸他。', errors: [{ clause: 'N2', text: '写得特别好' }] },
    { text: '书法比赛结果：冠军是“小石头”，亚军是周家老二。', errors: [{ clause: 'N2', text: '冠军' }] },
    { text: '周末的测验刘家老大作弊，被老师收了卷子。', errors: [{ clause: 'N2', text: '作弊' }] },
    { text: '汇演上冶雨桐同学的独唱很精彩，大家向她学习。', errors: [{ clause: 'N2', text: '向她学习' }] },
  ],
});

ruleTester.run('n2-scores', {
  valid: ['本次测验成绩已单独发给各位家长，群里不公布。'],
  invalid: [
    { text: '数学小测：H同学97，T同学95，其余都在80分以上。', errors: [{ clause: 'N2', text: '同学97' }, { clause: 'N2', text: '同学95' }] },
    { text: '期末测评A等的15个，B等的18个，剩下的是C等。', errors: [{ clause: 'N2', text: 'A等的15个' }, { clause: 'N2', text: 'B等的18个' }] },
  ],
});

// Votes counted in 票 and marks canvassed in a peer appraisal.
ruleTester.run('n2-vote-canvassing', {
  valid: ['班长由全班同学投票选出，得票最多的当选。', '火车票请家长提前购买，注意安全。'],
  invalid: [
    { text: '孩子的绘画在小程序里排第五，还差三百来票，大家帮忙支持一下。', errors: [{ clause: 'N2' }] },
    { text: '文明家庭评比有互评，大家给我们家打个满分吧。', errors: [{ clause: 'N2' }] },
  ],
});

// Homework in a textbook's own units, a page with a range of exercises, exercises put in the group album.
ruleTester.run('n2-homework', {
  valid: ['复习课讲了三遍的内容，孩子们掌握得不错。', '出门给孩子带一张写着家长电话的卡片。'],
  invalid: [
    { text: '今晚让孩子把Unit 5的课文读熟，明天抽查。', errors: [{ clause: 'N2' }] },
    { text: '数学书第36页2到5题，写在作业本上。', errors: [{ clause: 'N2', text: '数学书第36页' }, { clause: 'N2', text: '2到5题' }, { clause: 'N2', text: '写在作业本上' }] },
    { text: '今天的题卡我放群相册了，照着抄在本子上做。', errors: [{ clause: 'N2' }] },
  ],
});

// Unverified news of closures, staff and policy from hearsay or a claimed cover-up.
ruleTester.run('m3-unverified-news', {
  valid: [
    '按照区教育局通知，明天全区中小学停课。',
    '有家长问明天是否停课，请以学校通知为准。',
    '听说要换班主任，我问了教务处，答复是不换。',
    '学校还没公布是否停课，请大家耐心等待。',
  ],
  invalid: [
    { text: '群里都在传明天停课，学校还压着不说。', errors: [{ clause: 'M3', text: '停课' }] },
    { text: '我一个亲戚在区里上班，说今年划片要变。', errors: [{ clause: 'M3', text: '划片' }] },
  ],
});

// Scares the danger class did not know: contamination over limits, toxic school fittings, waste oil,
// and a cover-up as the sign of a rumour.
ruleTester.run('m3-rumour', {
  valid: ['孩子特别震惊，回家一直讲消防演练。', '今天体检，孩子体重超标，要多运动。'],
  invalid: [
    { text: '听说学校饮水机的水大肠杆菌超标，大家别让孩子喝。', errors: [{ clause: 'M3' }] },
    { text: '食堂用的是地沟油，学校一直瞒着。', errors: [{ clause: 'M3' }] },
  ],
});

// A charm (转发就灵) as the reason to forward.
ruleTester.run('m3-chain-forward', {
  valid: ['这个办法很灵，孩子背单词快多了。'],
  invalid: [{ text: '把这段话复制到朋友圈，真灵，孩子逢考必过。', errors: [{ clause: 'M3' }] }],
});

// Anxiety: 人家孩子 compared with yours, and outcomes in new words.
ruleTester.run('m3-comparison', {
  valid: ['人家孩子的作品很有创意，可以借鉴一下思路。'],
  invalid: [{ text: '人家孩子寒假刷了十套卷子，你家还在玩手机。', errors: [{ clause: 'M3' }] }],
});
ruleTester.run('m3-anxiety', {
  valid: ['现在不出发就赶不上车了，大家抓紧。'],
  invalid: [{ text: '照这么下去，重点高中的门都摸不着。', errors: [{ clause: 'M3' }] }],
});

// Contempt and sarcasm without an insult word.
ruleTester.run('m4-insult', {
  valid: ['这个学期孩子们的心都收回来了。', '您说得对，我们回家就改。', '我家保姆比我会做饭。'],
  invalid: [
    { text: '就这水平还教毕业班？', errors: [{ clause: 'M4' }] },
    { text: '您永远是对的，行了吧。', errors: [{ clause: 'M4' }] },
    { text: '有些家长心是真大，孩子天天迟到也不管。', errors: [{ clause: 'M4' }] },
    { text: '天天发这些，烦不烦。', errors: [{ clause: 'M4' }] },
  ],
});

// Everyone posting the same reply in the group, in words other than 收到.
ruleTester.run('m2-ack-request', {
  valid: ['我们要向所有志愿者说一声“谢谢”。', '请每位家长和孩子说一说安全知识。'],
  invalid: [
    { text: '看清楚的家长在下面回个“清楚”。', errors: [{ clause: 'M2' }] },
    { text: '每户都在群里说一声，报个平安。', errors: [{ clause: 'M2' }] },
    { text: '每发一条通知，大家跟一句“明白”。', errors: [{ clause: 'M2' }] },
  ],
});

// Others' toil and a paper prop: no flattery, no red envelope.
ruleTester.run('n3-flattery', {
  valid: [{ kind: 'chat', text: '老师，孩子这学期复习挺辛苦的，寒假要返校吗？' }],
  invalid: [{ kind: 'reply', text: '老师您辛苦了！', errors: [{ clause: 'N3' }] }],
});
ruleTester.run('n4-bargain-red-envelope', {
  valid: ['节目里的红包是用红卡纸做的道具，不用从家里带。'],
  invalid: [{ text: '大家帮我抢个红包，谢谢！', errors: [{ clause: 'N4' }] }],
});
ruleTester.run('n3-fundraising', {
  valid: ['孩子们给敬老院的老人表演了节目，多少都是心意。'],
  invalid: [{ text: '门卫大爷家遭了雪灾，大家能不能凑一点，转给我统一送去。', errors: [{ clause: 'N3' }] }],
});
ruleTester.run('m1-parents-grade-homework', {
  valid: ['复习卷每天带回家，请督促孩子完成。'],
  invalid: [{ text: '复习卷带回家后，家长对着后面的答案给孩子批一遍。', errors: [{ clause: 'M1' }] }],
});
ruleTester.run('m1-tutoring-signup', {
  valid: ['学校的课后服务有一对一答疑，自愿参加。'],
  invalid: [{ text: '基础弱的孩子寒假最好在外面找个老师一对一。', errors: [{ clause: 'M1' }] }],
});
