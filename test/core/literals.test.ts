// The required-literal pre-check may skip a pattern only when it cannot match: checked on every
// pattern of the bundled dictionaries against every text of our corpora, and on hand-made cases.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadRuleset } from '../../src/config/dictionaries';
import { requiredLiterals } from '../../src/core/literals';
import { DEFAULT_CONFIG } from '../../src/core/options';

test.each([
  ['成绩排名', ['成绩排名']],
  ['(?:成绩|分数)排名', ['排名']],
  ['(?:每人|每位)[^。]{0,6}\\d+元', ['每人', '每位']],
  ['(?:老师|您)?辛苦', ['辛苦']],
  ['家长们?好', ['家长']],
  ['a(?=成绩)分数', ['分数']],
  ['(?:微信|vx)号', ['号']],
  ['(?:作业)?[？?]{3,}', null],
  ['(\\p{Script=Han}{3,12}?)\\1{2,}', null],
  ['收到|1', ['收到', '1']],
  ['收到|\\d', null],
  ['(?:收到|好的)+啊?', ['收到', '好的']],
])('%s → %j', (source, expected) => {
  expect(requiredLiterals(source)).toEqual(expected);
});

test('never skips a pattern that matches: every bundled pattern on every corpus text', () => {
  const ruleset = loadRuleset(DEFAULT_CONFIG);
  const dir = join(__dirname, '..', 'corpus');
  const texts = readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .flatMap((f) => readFileSync(join(dir, f), 'utf8').split('\n').filter((l) => l.trim()).map((l) => (JSON.parse(l) as { text: string }).text));
  let skipped = 0;
  const missed: string[] = [];
  for (const rule of ruleset.rules.filter((r) => r.patterns?.length)) { // pattern rules, and combination rules' fixed patterns
    rule.compiledPatterns.forEach((re, i) => {
      const literals = requiredLiterals(rule.patterns![i]);
      if (!literals) return;
      for (const text of texts) {
        const has = literals.some((l) => text.includes(l));
        if (!has) skipped++;
        re.lastIndex = 0;
        if (!has && re.test(text)) missed.push(`${rule.id} /${rule.patterns![i]}/ on ${text.slice(0, 30)}`);
      }
    });
  }
  expect(missed).toEqual([]);
  expect(skipped).toBeGreaterThan(texts.length * 50); // and it does skip: most patterns, most texts
});
