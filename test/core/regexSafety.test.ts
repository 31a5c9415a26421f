// Which regexes of a user's dictionary are refused: nested unbounded repetition and backreferences.
import { unsafeRegexReason } from '../../src/core/regexSafety';

test.each(['(a+)+$', '(a*)*', '((a+)b)+', '(\\w+\\s?)+$', '(.*a){20}', '(?:x+y?)*z', '(a)\\1', '(?<w>a)\\k<w>'])('refuses %s', (source) => {
  expect(unsafeRegexReason(source)).toMatch(/回溯/);
});

test.each(['排名|名次', '\\d+\\s*分', '(ab)+', '(?:a|b)+', '(?:\\d{3}){2,}', '(?<!\\d)1[3-9]\\d{9}(?!\\d)', '[(+*)]+', '\\(a+\\)+', '(?:第[一二三]名){1,3}'])('accepts %s', (source) => {
  expect(unsafeRegexReason(source)).toBeUndefined();
});
