import { ruleTester } from './ruleTester';

ruleTester.run('m1-tutoring-signup', {
  valid: [
    '学校不组织补课，也不要求家长给孩子报任何辅导班。',
    '学校课后服务开设阅读兴趣小组，自愿参加。',
    { name: 'a warning about others selling classes', text: '近期有人冒充学校推销报名作文班，请家长警惕。' },
    { name: 'the kindergarten class called 小班', text: '幼儿园小班的孩子明天上午9:00在操场做游戏。' },
    '期中考试后请同学们自己补齐笔记。',
  ],
  invalid: [
    { text: '建议每个孩子都报个作文班，光靠课堂是不够的。', errors: [{ clause: 'M1', text: '报个作文班', column: 8 }] },
    { text: '有需要给孩子补数学的家长可以找我。', errors: [{ clause: 'M1', text: '补数学', column: 7 }] },
    { text: '我周末开了个小班，一次两小时，名额不多。', errors: [{ clause: 'M1', text: '开了个小班', column: 4 }] },
    { name: 'a denial does not cover the offer in the next clause', text: '学校不组织，但我可以帮孩子补英语。', errors: [{ clause: 'M1', text: '补英语', column: 14 }] },
  ],
});
