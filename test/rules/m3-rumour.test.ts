import { ruleTester } from './ruleTester';

ruleTester.run('m3-rumour', {
  valid: [
    '请家长理性看待网传信息，以学校通知为准。',
    '区教育局通知：明天有寒潮，请家长给孩子添衣保暖。',
    '听说明天下雪，请家长给孩子多穿点衣服。',
    '不要相信所谓的内部消息，一切以学校通知为准。',
  ],
  invalid: [
    {
      text: '刚刚曝光，某培训机构卷款跑路了！',
      errors: [{ clause: 'M3', text: '刚刚曝光', column: 1, endColumn: 5 }],
    },
    {
      text: '有人说校门口有陌生人给孩子发糖，要抢孩子。',
      errors: [{ clause: 'M3', text: '有人说校门口有陌生人给孩子发糖，要抢孩子' }],
    },
    {
      text: '震惊！隔壁学校食堂出事了',
      errors: [{ clause: 'M3', text: '震惊！', column: 1, endColumn: 4 }],
    },
    {
      text: '😱😱据说幼儿园附近有人拐卖小孩',
      errors: [{ clause: 'M3', text: '据说幼儿园附近有人拐卖', column: 3, endColumn: 14 }],
    },
    {
      name: 'hearsay of a mass poisoning',
      text: '听说隔壁学校有学生吃了食堂的饭集体中毒，大家千万别让孩子在学校吃饭了。',
      errors: [{ clause: 'M3' }],
    },
  ],
});
