// Classes from probe round 26 (test/corpus/probes/probe26a: M2, probe26b: M4, violations worded to avoid
// the obvious keywords). Sentences here are in our own words, each beside its hard negative.
import { ruleTester } from './ruleTester';

// Asking everyone to post a line or a reaction in the group (在群里给孩子们说一句…, 刷一波, 表情回应).
ruleTester.run('m2-ack-request', {
  valid: ['有问题的家长可以在群里说一下，我统一解答。'],
  invalid: [
    { text: '运动会前一晚，请各位家长在群里给孩子们发一句加油的话。', errors: [{ clause: 'M2' }] },
    { text: '看到的家长都来刷一波“收到”。', errors: [{ clause: 'M2' }] },
  ],
});

// A reminder counted or reworded (第三次提醒, 换个说法再讲一遍) and one notice sent as numbered pieces (（2/5）).
ruleTester.run('m2-repost', {
  valid: ['第二次家长会定在下周五下午。', '试卷第2/3页的答案已订正。'],
  invalid: [
    { text: '【第四次提醒】周五上午体检，孩子空腹到校。', errors: [{ clause: 'M2', text: '第四次提醒' }] },
    { text: '（3/5）集合地点：学校东门。', errors: [{ clause: 'M2' }] },
    { text: '怕有人没看到，我换个说法再讲一遍：周五不上课。', errors: [{ clause: 'M2' }] },
  ],
});

// A reply with no matter of its own: 同上, mark, 有人在吗.
ruleTester.run('m2-empty-greeting', {
  valid: ['同上，另外想问一下校服尺码怎么选？', '有人在吗？我想问一下明天几点放学。'],
  invalid: [{ text: '同上', errors: [{ clause: 'M2' }] }, { text: 'mark一下，坐等老师回复', errors: [{ clause: 'M2' }] }],
});

// M4: irony (受教了受教了, 加了密的), a parent's trade or schooling held against them, threats, a child
// likened to a beggar or a hen's nest, 都对，全是老师的错.
ruleTester.run('m4-insult', {
  valid: ['谢谢老师的解释，我受教了。', '这份文件是加密的，密码已私信各位。', '您一个人带两个孩子不容易，有需要随时说。', '鸡窝里捡的蛋孩子们都带回家了。'],
  invalid: [
    { text: '好好好，受教了受教了，您说的都对。', errors: [{ clause: 'M4' }] },
    { text: '通知看来是加了密的，全班只有三家看懂。', errors: [{ clause: 'M4' }] },
    { text: '你一个卖菜的，就别来教老师怎么上课了。', errors: [{ clause: 'M4' }] },
    { text: '自己书都没念几年，就别在群里挑老师的错了。', errors: [{ clause: 'M4' }] },
    { text: '那个头发乱得跟鸡窝似的孩子是谁家的？', errors: [{ clause: 'M4' }] },
    { text: '您说话最好掂量掂量，我在教育局也有人。', errors: [{ clause: 'M4' }] },
    { text: '行行行，都对，全是老师的错。', errors: [{ clause: 'M4' }] },
  ],
});

// Voice asked for or sent in other words (回我个语音, 按住下面的麦克风说).
ruleTester.run('m4-voice-message', {
  valid: ['孩子的电话手表有语音播报功能，家长可以在设置里关掉。'],
  invalid: [
    { text: '老师，您方便的话回我个语音吧。', errors: [{ clause: 'M4' }] },
    { text: '打字太慢，您按住下面那个麦克风说就行。', errors: [{ clause: 'M4' }] },
  ],
});
