import { ruleTester } from './ruleTester';

ruleTester.run('m3-comparison', {
  valid: [
    '请家长不要拿别人家孩子和自己的孩子比较。',
    '每个孩子都有自己的节奏，请关注孩子自身的进步。',
    '别人家孩子的事情请不要在群里讨论。',
  ],
  invalid: [
    { text: '别人家孩子暑假都学了三门课，你们还在让孩子玩？', errors: [{ clause: 'M3', column: 1 }] },
    { text: '看看别人家的孩子，再看看自己家的。', errors: [{ clause: 'M3', text: '看看别人家的孩子', column: 1 }] },
    { text: '别人家的孩子早就背完了，您家孩子呢？', errors: [{ clause: 'M3', column: 1 }] },
  ],
});
