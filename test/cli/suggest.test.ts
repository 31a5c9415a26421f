import { editDistance, nearest } from '../../src/cli/suggest';

describe('nearest', () => {
  test.each([
    ['ruels', ['rules', 'explain', 'when', 'init'], 'rules'],
    ['explian', ['rules', 'explain', 'when', 'init'], 'explain'],
    ['n5-mobil', ['n5-mobile', 'n5-id-card', 'N5'], 'n5-mobile'],
    ['n2', ['n2-ranking', 'N2', 'N3'], 'N2'], // case is ignored, and an exact match wins
    ['--formt', ['--format', '--fix'], '--format'],
    ['notes', ['rules', 'explain', 'when', 'init'], undefined], // a file name, not a typo
    ['x', ['init'], undefined],
  ])('%s → %s', (word, candidates, expected) => {
    expect(nearest(word, candidates)).toBe(expected);
  });

  test('a swap of neighbours is one edit', () => {
    expect(editDistance('explian', 'explain')).toBe(1);
    expect(editDistance('rules', 'rules')).toBe(0);
  });
});
