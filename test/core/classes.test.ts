// Word classes: where a class occurs in a message (src/core/classes.ts).
import { candidatesAt, classSpans, compileClasses, wordIndex } from '../../src/core/classes';
import { buildContext } from '../../src/core/context';
import { DEFAULT_CONFIG } from '../../src/core/options';

const classes = compileClasses({
  rank: { description: '名次', words: ['排名', '名次'] },
  event: { description: '活动', words: ['讲座', '会'] },
  ack: { description: '收到', words: ['收到'], patterns: ['回1(?!\\d)'] },
  reply: { description: '回应', words: ['回复'], include: ['ack'] },
  person: { description: '学生', names: true },
});

function occurrences(text: string, name: string): string[] {
  const ctx = buildContext(text, DEFAULT_CONFIG, {}, classes, {});
  return classSpans(ctx, name).map(([s, e]) => text.slice(s, e));
}

describe('word classes', () => {
  it('match words that cover whole tokens, never across a token boundary', () => {
    expect(occurrences('期末年级排名已出。', 'rank')).toEqual(['排名']);
    expect(occurrences('请家长安排名单上的同学到校。', 'rank')).toEqual([]);
  });

  it('find a word of two or more characters inside a longer token', () => {
    expect(occurrences('周五举办家庭教育专题讲座。', 'event')).toEqual(['讲座']);
  });

  it('need a one-character word to be a token of its own', () => {
    expect(occurrences('明天开会。', 'event')).toEqual([]);
    expect(occurrences('明天下午开个会。', 'event')).toEqual(['会']);
  });

  it('add patterns, included classes and named persons', () => {
    expect(occurrences('收到请回1', 'reply')).toEqual(['收到', '回1']);
    expect(occurrences('张子涵同学今天值日。', 'person')).toEqual(['张子涵']);
  });

  it('reject a class that includes an unknown one, or an empty word', () => {
    expect(() => compileClasses({ a: { description: 'x', include: ['missing'] } })).toThrow('missing');
    expect(() => compileClasses({ a: { description: 'x', words: [''] } })).toThrow('空词');
  });
});

describe('wordIndex: at a position, the words that can start there, longest first', () => {
  const words = ['排名', '排名表', '排', '名次', '名', '家长', '家长会', '家', '会', '家长们好', 'vx', 'v'];
  const index = wordIndex(words.map((w) => [w, w]));
  // What a plain list by first character, longest first, finds at each position.
  const expected = (text: string, at: number) => [...words].sort((a, b) => b.length - a.length).filter((w) => text.startsWith(w, at));

  test.each(['家长会排名表', '家长们好，名次', 'vx号', '家', '排'])('%s', (text) => {
    for (let at = 0; at < text.length; at++) {
      const found = (candidatesAt(index, text, at) ?? []).filter((w) => text.startsWith(w, at));
      expect(found).toEqual(expected(text, at));
    }
  });

  test('a character no word starts with has no candidates', () => {
    expect(candidatesAt(index, '好', 0)).toBeUndefined();
  });
});
