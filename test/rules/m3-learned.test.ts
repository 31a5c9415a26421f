// The learned M3 scorer (dictionaries/models/M3.json): it reports what the M3 rules have no words
// for, only when none of them found anything, and its cues go through the same context layer.
// The texts are written for this table, not taken from a corpus the model was trained on.
import { ruleTester } from './ruleTester';

ruleTester.run('m3-learned', {
  valid: [
    // hard negatives: the same topics said responsibly
    '网传下学期拆班重新分的消息不实，分班以学校正式通知为准。',
    '区教育局今天发布通知：受寒潮影响，明天全区中小学停课一天。',
    '有家长问下学期会不会换数学老师，目前学校没有这个安排，有变化会第一时间通知。',
    '听说明天降温，请给孩子多带一件外套。',
    '今天体育课跑步时有孩子摔倒擦破了皮，已处理，家长不必担心。',
    '学校下周一开始更换饮水机滤芯，换芯期间请孩子自带水杯。',
    { name: 'a cue denied (并不是…): the sentence rejects what the model heard', text: '并不是现在不抓紧就晚了，孩子各有节奏，请家长放平心态。' },
    { name: 'quoted and called untrustworthy', text: '有人说“现在不抓紧就晚了”，这种说法不可信，孩子各有节奏。' },
    { name: 'debunked in the same message', text: '听楼下的阿姨讲，下学期三年级要拆班重新分，成绩靠后的会被分到一个班，大家赶紧想办法。后来问了学校，这是谣言。' },
    { name: 'a rule of the clause already reported it: the model stays silent', text: '咱们班这次平均分全年级倒数，再这么下去孩子们以后都没出路。' },
    // above the threshold, but the evidence is one phrase (an everyday sense): the rules' business, not the model's
    { name: 'one phrase of evidence: 彻底废了 of a poster', text: '画好的手抄报被水泡了，彻底废了。' },
    { name: 'one phrase of evidence: 输在起跑 of a tug of war', text: '这次拔河比赛我们班输在起跑慢了。' },
    { name: 'switched off in the configuration', text: '现在的孩子一步跟不上，步步都跟不上，等到了初中再想追就难了。', config: { rules: { 'm3-learned': 'off' } } },
  ],
  invalid: [
    {
      name: 'hearsay of a class reshuffle, with urgency',
      text: '听楼下的阿姨讲，下学期三年级要拆班重新分，成绩靠后的会被分到一个班，大家赶紧想办法。',
      errors: [{ clause: 'M3', severity: 1, message: /统计模型判断，线索：“[^”]+”/ }],
    },
    {
      name: 'a threshold heard from other parents, and "too late"',
      text: '有家长打听到，这次期末考不进前二十的，明年就不让上实验班了，现在不抓紧就晚了。',
      errors: [{ clause: 'M3', message: '“现在不抓紧就晚了”' }],
    },
    {
      name: 'anxiety without any word of the anxiety classes',
      text: '现在的孩子一步跟不上，步步都跟不上，等到了初中再想追就难了。',
      errors: [{ clause: 'M3', line: 1, column: 1, suggestion: '官方渠道' }],
    },
    {
      name: 'the same words said in earnest',
      text: '现在不抓紧就晚了，孩子明年就上不了实验班了。',
      errors: [{ clause: 'M3', text: '现在不抓紧就晚了' }],
    },
    {
      name: 'a policy change passed on from a relative',
      text: '我姐在教育局，她说明年开始取消体育特长生加分，学体育的赶紧转学文化课。',
      errors: [{ clause: 'M3' }],
    },
    {
      name: 'English message',
      text: '我姐在教育局，她说明年开始取消体育特长生加分，学体育的赶紧转学文化课。',
      lang: 'en',
      errors: [{ clause: 'M3', message: /learned model; cues: “/ }],
    },
  ],
});
