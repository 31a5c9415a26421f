// The required-literal pre-check may skip a pattern only when it cannot match: checked on every
// pattern of the bundled dictionaries against every text of our corpora, and on hand-made cases.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadRuleset } from '../../src/config/dictionaries';
import { load } from 'js-yaml';
import { charBits, containsAny, requiredLiterals } from '../../src/core/literals';
import { compileRuleset, literalsOfPatterns } from '../../src/core/rules';
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

describe('worked out at build time', () => {
  const dictionaries = () => {
    const dir = join(__dirname, '..', '..', 'dictionaries');
    const yaml = (f: string) => load(readFileSync(join(dir, f), 'utf8'));
    const files = readdirSync(dir).filter((f) => /^[MN][1-5]\.yaml$/.test(f)).map((f) => ({ path: f, data: yaml(f) }));
    const models = Object.fromEntries(readdirSync(join(dir, 'models')).map((f) => [f.replace(/\.json$/, ''), JSON.parse(readFileSync(join(dir, 'models', f), 'utf8'))]));
    return { files, classes: yaml('classes.yaml'), models };
  };

  test('literalsOfPatterns holds every bundled pattern of rules and classes, as requiredLiterals reads it', () => {
    const { files, classes, models } = dictionaries();
    const known = literalsOfPatterns(files, classes);
    const ruleset = compileRuleset(files, {}, classes, {}, models);
    const sources = [...ruleset.rules.flatMap((r) => r.patterns ?? []), ...Object.values(classes as Record<string, { patterns?: string[] }>).flatMap((c) => c.patterns ?? [])];
    expect(Object.keys(known).sort()).toEqual([...new Set(sources)].sort());
    for (const source of sources) expect(known[source]).toEqual(requiredLiterals(source));
  });

  test('compileRuleset takes known literals instead of reading them again, and reads the rest', () => {
    const { files, classes, models } = dictionaries();
    const rule = compileRuleset(files, {}, classes, {}, models).rules.find((r) => r.patterns?.length && requiredLiterals(r.patterns[0]))!;
    const [first, ...rest] = rule.patterns!;
    const given = compileRuleset(files, {}, classes, { [first]: ['已知'] }, models).rules.find((r) => r.id === rule.id)!;
    expect(given.patternLiterals?.[0]).toEqual(['已知']);
    rest.forEach((source, i) => expect(given.patternLiterals?.[i + 1]).toEqual(requiredLiterals(source)));
  });
});

describe('charBits and containsAny: the bitmap only ever rules out a literal that is absent', () => {
  const texts = ['请各位家长于本周五前缴纳资料费50元', 'VX: abc_123 加我', '👍👍👍 老师辛苦了', '', 'ab'];
  const literals = ['资料费', '缴纳', '50元', 'VX', 'vx', '加我微信', '👍', '辛苦', '老师辛苦了', '收到', 'b', '费用', '周五前'];
  test.each(texts)('%s', (text) => {
    const bits = charBits(text);
    for (const literal of literals) expect(containsAny(text, bits, [literal])).toBe(text.includes(literal));
    expect(containsAny(text, bits, literals)).toBe(literals.some((l) => text.includes(l)));
  });

  test('characters 4,096 apart share a bit: the bitmap then lets the scan decide', () => {
    const text = String.fromCharCode(0x4e00);
    const twin = String.fromCharCode(0x4e00 + 4096);
    expect(containsAny(text, charBits(text), [twin])).toBe(false);
  });
});
