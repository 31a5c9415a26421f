// Words that fired on their own in their everyday sense. A helper wrote 169 ordinary messages around the
// terms that decide alone (135 were flagged before this table; 12 are after, most of them arguable:
// 笨 of a clumsy child, 真可笑 of a funny play). Each table keeps the act itself beside them.
import { ruleTester } from './ruleTester';

ruleTester.run('m3-anxiety', {
  valid: [
    '回执填好孩子姓名、签上字交给班主任就完了，不用另外打印。',
    '篮球联赛我们班在小组赛被淘汰了，孩子们赛后互相鼓励，很有体育精神。',
    '实验楼东侧走廊尽头没有出路，疏散演练时请各班从西侧楼梯下楼。',
    '防溺水安全提醒：意外一旦发生后悔莫及，请家长看护好孩子，不私自下水游泳。',
    '连续熬夜会拖垮身体，请家长督促孩子按时就寝。',
  ],
  invalid: [
    { text: '一模都考成这样了，中考基本没希望了，大家自己想想吧。', errors: [{ clause: 'M3' }] },
    { text: '有些同学再这么混下去中考就完了。', errors: [{ clause: 'M3' }] },
  ],
});

ruleTester.run('m3-chain-forward', {
  valid: [
    '科学小实验：把一滴红墨水滴入清水，观察颜色慢慢扩散。',
    '科学课上孩子们做了纸风车，对着风口一吹就转起来了。',
    '周末天气晴好，可以带孩子去科技馆转一转，注意安全。',
    '学校获评省级文明校园的消息传开后，孩子们都很自豪。',
    '学校将举办垃圾分类宣传周，让更多人知道垃圾分类的方法。',
  ],
  invalid: [
    { text: '扩散周知：某品牌牛奶检出毒素，千万别给孩子喝！', errors: [{ clause: 'M3' }] },
    { text: '全国公交正式成为失联儿童安全守护车！转起，大爱绽放，请接力！', errors: [{ clause: 'M3', text: '转起' }, { clause: 'M3', text: '请接力' }] },
  ],
});

ruleTester.run('m3-labelling', {
  valid: ['本周食谱：周三午餐为红烧鸡后腿、番茄炒蛋和紫菜汤。', '放学时校门口经常乱成一锅粥，请接送的家长在黄线外排队等候。', '一楼仓库发现老鼠屎，后勤已安排消杀，请家长放心。'],
  invalid: [{ text: '一粒老鼠屎坏了一锅粥，说的就是某些同学。', errors: [{ clause: 'M3' }, { clause: 'M3' }] }],
});

ruleTester.run('m4-insult', {
  valid: [
    '亲子活动结束后，家委会为孩子们上点心和水果。',
    '天气转凉，孩子穿衣方面请家长多上点心。',
    '请把废电池等有害废物投放到校门口的专用回收箱。',
    '期末大扫除时，请孩子把抽屉里没用的东西清理干净。',
    '体能测试显示部分孩子身体素质低于标准，周末请多带孩子户外运动。',
    '老子说“千里之行，始于足下”，这是本周的班级格言。',
    '请问这次研学有没有素质拓展项目？孩子想提前准备运动鞋。',
  ],
  invalid: [{ text: '烦死了，能不能别在群里问这种白痴问题。', errors: [{ clause: 'M4' }] }],
});

ruleTester.run('n3-fundraising', {
  valid: [
    '家委会正在募集运动会当天的家长志愿者，有意愿的家长请私信班主任。',
    '元旦联欢会正在筹集节目，孩子们可以自愿报名表演。',
    '新生入学第一天找不到教室时，可以向值班的志愿者求助。',
    '重阳节学校组织学生到敬老院献爱心，为老人们表演节目。',
    '运动会上的“爱心接力”项目由家长和孩子共同完成。',
  ],
  invalid: [
    { text: '一方有难，八方支援，请大家奉献爱心。', errors: [{ clause: 'N3' }, { clause: 'N3' }, { clause: 'N3' }] },
    { text: '求助！谁有儿童医院的熟人？孩子住院排不上床位。', errors: [{ clause: 'N3' }] },
  ],
});

ruleTester.run('n4-marketing', {
  valid: [
    '数学课上孩子们知道了打八折就是按原价的百分之八十计算。',
    '科技馆对中小学生实行门票优惠，周末参观请带好学生证。',
    '下周的午餐请在学校订餐系统里下单，截止时间为周五中午。',
    '请家长拍下回执照片私信班主任，原件周五交回。',
    '学校图书馆本月上新了一批科普图书，欢迎孩子们借阅。',
    '研学安全告知书请扫码领取电子版，阅读后私信班主任确认。',
  ],
  invalid: [
    { text: '推荐一家很好的数学一对一辅导机构，寒假班现在报名打八折。', errors: [{ clause: 'N4', text: '打八折' }] },
    { text: '扫码领取免费育儿资料包，前100名还送绘本！', errors: [{ clause: 'N4', text: '扫码领取' }] },
  ],
});

ruleTester.run('n4-bargain-red-envelope', {
  valid: [
    '乘坐公交车请提前准备好零钱投币，或使用学生卡。',
    '过年的压岁红包可以和孩子一起存进银行，培养理财意识。',
    '请家长点个关注学校官方公众号，重要通知会在公众号同步发布。',
    '流感高发季节，请家长对孩子的体温变化多加关注。',
    '李老师，麻烦帮我点一下今天参加课后服务的人数。',
    '感谢各位家长志愿者为校园开放日帮忙助力，活动照片已上传学校官网。',
  ],
  invalid: [{ text: '帮忙点个关注，谢谢家长们。', errors: [{ clause: 'N4' }] }],
});

// 杂音 of a loudspeaker is no heart murmur, and 李医生 (one word to jieba) is a doctor, not a pupil.
ruleTester.run('n5-personal-circumstances', {
  valid: ['王子涵同学发现教室广播有杂音，已报修。', '李医生在健康讲座中讲解了如何诊断近视。'],
  invalid: [{ text: '王子涵同学心脏有杂音，体育课请照顾一下。', errors: [{ clause: 'N5', text: '心脏有杂音' }] }],
});

// A school record or a bus that 转出去 is no chain forward; 众筹创意 gathers ideas, not money.
ruleTester.run('m3-chain-forward', {
  valid: ['孩子的学籍转出去需要哪些手续，请到学校教务处咨询。', '校车从学校东门转出去后沿滨河路行驶，途经三个站点。'],
  invalid: [{ text: '大家转出去！', errors: [{ clause: 'M3', text: '转出去' }] }],
});
ruleTester.run('n3-fundraising', {
  valid: ['班级口号想向大家众筹创意，欢迎孩子们把想法告诉班主任。'],
  invalid: [{ text: '众筹给班级买一台空气净化器，大家有意愿的可以参与。', errors: [{ clause: 'N3', text: '众筹' }] }],
});
