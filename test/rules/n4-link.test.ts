import { ruleTester } from './ruleTester';

ruleTester.run('n4-link', {
  valid: [
    { name: '.edu.cn', text: '课程表见学校官网 https://www.xnsz.edu.cn/kcb.html' },
    { name: '.gov.cn', text: '疫苗接种政策见 http://www.nhc.gov.cn/xxgk/a.html 。' },
    { name: 'a bare .gov.cn domain', text: '详见 www.moe.gov.cn' },
    { name: 'the school’s own domain in allow.hosts', text: '学校官网 www.xnsz.cn/notice', config: { allow: { hosts: ['xnsz.cn'] } } },
    { name: 'an e-mail address is not a link', text: '请发邮件到 teacher@xnsz.com' },
    '平均分82.5分，及格率95%。',
  ],
  invalid: [
    {
      text: '详情请见 https://mp.weixin.qq.com/s/abcdEFG123',
      errors: [{ clause: 'N4', text: 'https://mp.weixin.qq.com/s/abcdEFG123', column: 6, message: 'mp.weixin.qq.com' }],
    },
    {
      name: 'a short link without a scheme',
      text: '抽奖链接 t.cn/A6x8bQ 快来',
      errors: [{ clause: 'N4', text: 't.cn/A6x8bQ', column: 6, endColumn: 17 }],
    },
    {
      name: 'after emoji, stopping at Chinese punctuation',
      text: '🎁👉https://pinduoduo.com/abc，帮我点一下',
      errors: [{ clause: 'N4', text: 'https://pinduoduo.com/abc', column: 3, endColumn: 28 }],
    },
    {
      text: '两个链接：http://a.example.com/x 和 shop.taobao.com',
      errors: [
        { clause: 'N4', text: 'http://a.example.com/x', column: 6 },
        { clause: 'N4', text: 'shop.taobao.com', column: 31, endColumn: 46 },
      ],
    },
    {
      name: 'a look-alike of an official host',
      text: '领取补贴 http://edu.cn.example.com/get',
      errors: [{ clause: 'N4', text: 'http://edu.cn.example.com/get' }],
    },
  ],
});
