// graphemeSegments splits a text with joiners into the runs between places where a grapheme surely
// starts and asks Intl.Segmenter only about runs of more than one code point. Its answer must be
// Intl.Segmenter's on the whole text (which is quadratic in Node 20, so it is the reference only).
import { graphemeSegments } from '../../src/core/text';
import { lint } from '../../src/index';

const segmenter = new Intl.Segmenter('zh', { granularity: 'grapheme' });
const reference = (s: string) => [...segmenter.segment(s)].map((g) => ({ segment: g.segment, index: g.index }));

describe('graphemeSegments', () => {
  test.each([
    ['ZWJ family among Chinese', '家长👨‍👩‍👧好'],
    ['skin tone, then a new emoji', '👍🏽👍'],
    ['flags side by side, an odd regional indicator after', '🇨🇳🇨🇳🇨'],
    ['keycap and variation selector', '1️⃣❤️！'],
    ['combining accent after Latin and after a digit', 'e\u0301 1\u0301'],
    ['CR LF is one grapheme, lone CR and LF are not', 'a\r\nb\rc\nd❤️'],
    ['Hangul jamo join each other', '\u1100\u1161\u11a8한❤️'],
    ['Devanagari conjunct with virama', 'क्ष❤️'],
    ['Thai vowel sign joins its consonant', 'กำ❤️'],
    ['prepended Arabic mark joins what follows', '\u0600a\u0601家❤️'],
    ['ideographic tone mark joins the ideograph', '家\u302a❤️'],
    ['half-width voiced sound mark joins its kana', 'ｶﾞ❤️'],
    ['zero-width non-joiner extends', '家\u200c家❤️'],
    ['lone surrogates stand alone', '\ud800家\udc00❤️'],
    ['a joiner before a Chinese character does not join it', '❤️\u200d家'],
    ['quotation marks and dashes', '“收到”——好的…❤️'],
  ])('%s', (_name, text) => {
    expect(graphemeSegments(text)).toEqual(reference(text));
  });

  test('a long mixed text, segmented in short runs, equals the whole-text reference', () => {
    const pieces = ['家', '，', '👨‍👩‍👧', '👍🏽', '🇨🇳', 'e\u0301', '\r\n', ' ', '1️⃣', '한', '“', '…', 'क्ष'];
    let text = '';
    for (let i = 0; text.length < 3000; i++) text += pieces[(i * 7) % pieces.length].repeat(1 + (i % 3));
    expect(graphemeSegments(text)).toEqual(reference(text));
  });

  test('a finding after joined emoji and quotation marks on one line: its column counts graphemes', () => {
    const before = '“家长”❤️👨‍👩‍👧，'.repeat(20);
    const [finding] = lint(before + '成绩排名第一名的是张三。').filter((f) => f.ruleId === 'n2-ranking');
    expect(finding.line).toBe(1);
    expect(finding.column).toBe(reference(before).length + lint('成绩排名第一名的是张三。').find((f) => f.ruleId === 'n2-ranking')!.column);
  });
});
