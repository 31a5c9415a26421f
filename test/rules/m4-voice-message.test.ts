import { ruleTester } from './ruleTester';

ruleTester.run('m4-voice-message', {
  valid: [
    '请勿发语音，有事请打字。',
    { name: '不发 is one token for the segmenter', text: '本群不发语音，有事请打字说明。' },
    '学校的语音播报系统本周检修。',
    '语音识别功能可以把文字转成语音。',
    '有事请打字说明，方便其他家长查看。',
  ],
  invalid: [
    {
      text: '[语音]',
      errors: [{ clause: 'M4', text: '[语音]', column: 1, endColumn: 5 }],
    },
    {
      text: '[语音] 45"',
      errors: [{ clause: 'M4', text: '[语音] 45"' }],
    },
    {
      text: '刚刚的语音条大家点开听一下。',
      errors: [{ clause: 'M4', text: '语音条', column: 4 }],
    },
    {
      text: '各位家长，我刚才发的语音大家都听一下。',
      errors: [{ clause: 'M4', text: '发的语音', column: 9, endColumn: 13 }],
    },
  ],
});
