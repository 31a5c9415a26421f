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

// School years are not names (高二选科, 初一年级); a surname and given name with 同学 after them are,
// whatever part of speech jieba gave them (祁/ns 正阳/ns 同学).
describe('names: school years and given names jieba tags as places', () => {
  const clauses = (text: string) => [...new Set(lint(text).map((f) => f.clause))];
  it('reads 高二 and 初一 as school years', () => {
    expect(clauses('高二选科走班是按期中的排名来分吗？')).toEqual([]);
    expect(clauses('初一年级下周的排名表会贴在公告栏。')).toEqual([]);
  });
  it('reads a surname and a place-tagged given name before 同学 as a pupil', () => {
    expect(clauses('初二（3）班祁正阳同学这周又迟到了三次。')).toEqual(['N2']);
  });
});
