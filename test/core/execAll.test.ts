// execAll (src/core/text.ts) stands in for String.prototype.matchAll in the hot paths of the core:
// it must give the same matches, empty ones and surrogate pairs included, and leave the regex reusable.
import { execAll } from '../../src/core/text';

const same = (re: RegExp, text: string) => {
  const expected = [...text.matchAll(new RegExp(re.source, re.flags))].map((m) => [m.index, ...m]);
  expect(execAll(re, text).map((m) => [m.index, ...m])).toEqual(expected);
  expect(re.lastIndex).toBe(0);
};

test.each<[RegExp, string]>([
  [/收到|回复/g, '收到请回复，收到'],
  [/(\d+)元/g, '资料费50元，书费120元'],
  [/x*/g, 'axxb'], // empty matches between characters
  [/x*/gu, '👍x👍'], // an empty match before an emoji moves past the whole surrogate pair
  [/\p{Extended_Pictographic}/gu, '好的👍👍谢谢🙏'],
  [/([^\r\n]*)(\r\n|[\r\n]|$)/g, '第一行\r\n第二行\n'], // the line splitter of structure.ts, ending in an empty match
  [/(\p{Script=Han}{3,12}?)\1{2,}/gu, '老师辛苦了老师辛苦了老师辛苦了'],
  [/无/g, ''],
])('%s on %s', same);

test('a regex left mid-way elsewhere starts from 0, and can be used again at once', () => {
  const re = /a/g;
  re.lastIndex = 2;
  expect(execAll(re, 'aaa')).toHaveLength(3);
  expect(execAll(re, 'aa')).toHaveLength(2);
});

test('a regex without the g flag is refused (exec would return the first match for ever)', () => {
  expect(() => execAll(/a/, 'aaa')).toThrow('global');
});
