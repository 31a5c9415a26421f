// m2-small-talk (dictionaries/M2.yaml): a question put to every family about daily life (classes group-question
// and daily-life in classes.yaml) in a chat that names no school matter at all.
import { ruleTester } from './ruleTester';

ruleTester.run('m2-small-talk', {
  valid: [
    // A school matter anywhere in the message makes it a real question.
    '你们那边下雪了吗？明天学校会不会推迟到校？',
    '有没有家长知道哪里能买到白球鞋？运动会要用。',
    // A question to everyone without daily-life chatter: a lost thing, a help question.
    '谁家孩子的保温杯拿错了？蓝色的，上面贴着小熊。',
    '有没有家长知道附近哪家医院儿科晚上开门？孩子发烧了，急。',
    // Asking whether a rumour is true is checking it (warning-frame), not chatting.
    '有没有家长知道这个辣条吃了会不会中毒？网上说的是真的吗？',
    // Asking who wants to join a group-buy is selling (N4), not small talk.
    '这款雪地靴拼单便宜一半，谁家要一起拼？',
    // Daily life told, not asked of the group.
    '今天降温了，我家早上给孩子加了件毛衣。',
    { text: '各位家长：\n\n近日气温骤降，大家的棉衣都准备好了吗？请注意给孩子添衣保暖。\n\n城西区第一小学\n2026年12月3日', kind: 'notice' },
  ],
  invalid: [
    { text: '大家吃饭了吗？', kind: 'chat', errors: [{ clause: 'M2', text: '大家', column: 1 }] },
    { text: '今年过年你们都回老家吗？我们开车回去得十几个小时。', errors: [{ clause: 'M2', text: '你们', column: 5 }] },
    { text: '昨晚的球赛大家看了没？最后那个进球太精彩了。', errors: [{ clause: 'M2', text: '大家' }] },
    { text: '你们平时都去哪儿逛街？我家娃一到商场就不想走。', errors: [{ clause: 'M2', text: '你们' }] },
    { text: '有没有人周末去滑雪？我们还有两个空座。', errors: [{ clause: 'M2', text: '有没有人' }] },
  ],
});
