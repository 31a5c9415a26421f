// --fix may apply only fixes that keep the meaning of a draft (issue 11): punctuation width, the
// ellipsis, a run of one emoji, the form of a date (with or without its year: Chinese dates are always year, month, day). Every rule's own bad examples are linted and each
// finding that carries a fix must come from one of these rules. A new fixable rule belongs here only
// once its fix is known to keep the meaning; masking a number is never a fix.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import type { DictionaryFile } from '../../src/core/rules';
import type { MessageKind } from '../../src/index';
import { lint } from '../../src/index';

const MEANING_PRESERVING = ['m4-emoji-overuse', 'm5-date', 'm5-ellipsis', 'm5-half-width-punctuation', 'm5-numeric-date', 'm5-numeric-full-date'];

const DIR = join(__dirname, '..', '..', 'dictionaries');
const examples = readdirSync(DIR)
  .filter((f) => /^[MN][1-5]\.ya?ml$/.test(f))
  .flatMap((f) => (yaml.load(readFileSync(join(DIR, f), 'utf8')) as DictionaryFile).rules)
  .flatMap((rule) => (rule.examples?.bad ?? []).map((text) => ({ text, kind: rule.kinds?.length === 1 ? (rule.kinds[0] as MessageKind) : undefined })));

test('only meaning-preserving rules carry fixes', () => {
  expect(examples.length).toBeGreaterThan(50);
  const fixable = new Set(examples.flatMap(({ text, kind }) => lint(text, { kind }).filter((f) => f.fix).map((f) => f.ruleId)));
  expect([...fixable].filter((id) => !MEANING_PRESERVING.includes(id))).toEqual([]);
  // The list is not stale: each of these rules does fix something in the examples.
  expect([...fixable].sort()).toEqual(MEANING_PRESERVING);
});

test('numbers are never changed by a fix', () => {
  const text = '通知：有事请联系13912345678，身份证110105201503040025，卡号6217001234567894563。';
  expect(lint(text, { kind: 'notice' }).filter((f) => f.fix && /\d/.test(text.slice(...f.range)) && f.fix.text !== text.slice(...f.range))).toEqual([]);
});
