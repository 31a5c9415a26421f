import { ruleTester } from './ruleTester';

ruleTester.run('m3-chain-forward', {
  valid: [
    '请家长不要转发来源不明的视频。',
    '网传学校明天停课，请以学校官方通知为准，切勿转发。',
    '请不要扩散未经证实的消息。',
    '学校的致家长一封信已发到公众号，请家长阅读。',
    '区教育局通知：明天有寒潮，请家长给孩子添衣保暖。',
  ],
  invalid: [
    {
      text: '不转发不是中国人。',
      errors: [{ clause: 'M3', text: '不转发不是', column: 1, endColumn: 6 }],
    },
    {
      text: '速转！这个视频一定要让更多人看到。',
      // 让更多人看到 alone is no forward request (学校宣传周，让更多人知道垃圾分类的方法); 速转 is.
      errors: [{ clause: 'M3', text: '速转', column: 1 }],
    },
    {
      name: 'one finding where two patterns overlap',
      text: '家长群里都在传，明天要下暴雪，转发给你的亲戚朋友！',
      errors: [{ clause: 'M3', text: '转发给你的亲戚', column: 16 }],
    },
    {
      name: 'separators between the characters (evasion)',
      text: '紧 急 扩 散：校门口发现可疑车辆。',
      errors: [{ clause: 'M3', text: '紧 急 扩 散', column: 1, endColumn: 8 }],
    },
    {
      text: '🙏🙏看到的家长赶紧转发，救救孩子',
      errors: [{ clause: 'M3', text: '赶紧转发', column: 8, endColumn: 12 }],
    },
  ],
});
