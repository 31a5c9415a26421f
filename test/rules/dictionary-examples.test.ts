// Every dictionary rule's own examples (like textlint prh's specs): each `examples.bad` text must
// produce a finding of that rule and each `examples.good` text must not. A rule limited to notices
// or replies is checked with that kind; rules without `kinds` use the guessed kind.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import type { MessageKind } from '../../src/index';
import type { DictionaryFile } from '../../src/core/rules';
import { findingsOf } from './ruleTester';

const DIR = join(__dirname, '..', '..', 'dictionaries');
const files = readdirSync(DIR)
  .filter((f) => /^[MN][1-5]\.ya?ml$/.test(f))
  .sort();

test('the dictionaries are found', () => {
  expect(files.length).toBe(10);
});

for (const file of files) {
  const dict = yaml.load(readFileSync(join(DIR, file), 'utf8')) as DictionaryFile;
  describe(file, () => {
    for (const rule of dict.rules) {
      const kind: MessageKind | undefined = rule.kinds?.length === 1 ? rule.kinds[0] : undefined;
      const bad = rule.examples?.bad ?? [];
      const good = rule.examples?.good ?? [];
      if (!bad.length && !good.length) continue;
      describe(rule.id, () => {
        for (const text of bad) {
          it(`bad: ${JSON.stringify(text)}`, () => {
            const found = findingsOf(rule.id, { text, kind });
            expect(found.length).toBeGreaterThan(0);
            for (const f of found) expect(f.clause).toBe(dict.clause);
          });
        }
        for (const text of good) {
          it(`good: ${JSON.stringify(text)}`, () => {
            expect(findingsOf(rule.id, { text, kind }).map((f) => text.slice(...f.range))).toEqual([]);
          });
        }
      });
    }
  });
}
