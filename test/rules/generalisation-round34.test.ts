// Round 34 (issue #9): what the first runs of probe34a showed, fixed for the class of messages, in our own
// words, each beside its hard negative.
import { ruleTester } from './ruleTester';

// A pattern may start at the second character of a pair jieba made up: 想众筹 is cut 想众|筹, and 众筹 is
// a pattern (众筹创意 is not fundraising), so it had never started a word there.
ruleTester.run('n3-fundraising', {
  valid: ['家委会想众筹创意，给班级运动会的口号出出主意。'],
  invalid: [{ text: '家委会想众筹给教室装个净水器，大家自愿参与，不限金额，收款码一会儿发。', errors: [{ clause: 'N3', text: '众筹' }] }],
});
