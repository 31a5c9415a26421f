import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { compileRuleset, RuleError } from '../../src/core/rules';
import { compileScorer, scorerFeatures, scorerKey, scoreText, ScorerModel } from '../../src/core/scorer';

const model = (weights: Record<string, number>, extra: Partial<ScorerModel> = {}): ScorerModel => ({ clause: 'M3', ngrams: [2, 3], floor: 1, bias: -1, threshold: 0, weights, ...extra });

describe('scorerKey', () => {
  test('drops white space, reads a digit run as 0 and a Latin run as a, and keeps each character’s offset', () => {
    const { key, at } = scorerKey('听说 12月20日 Unit 3');
    expect(key).toBe('听说0月0日a0');
    expect(at).toEqual([0, 1, 3, 5, 6, 8, 10, 15]);
  });
});

describe('scorerFeatures', () => {
  test('each distinct n-gram once, with the span of its first occurrence in the text, and the count of all', () => {
    const { grams, count } = scorerFeatures('赶紧，赶紧转', [2]);
    expect([...grams.keys()]).toEqual(['赶紧', '紧，', '，赶', '紧转']);
    expect(grams.get('赶紧')).toEqual([0, 2]);
    expect(grams.get('紧转')).toEqual([4, 6]);
    expect(count).toBe(5);
  });

  test('a span across dropped white space ends after its last character', () => {
    expect(scorerFeatures('听 说', [2]).grams.get('听说')).toEqual([0, 3]);
  });
});

describe('scoreText', () => {
  test('bias plus the weights of the distinct n-grams present, scaled by 1/sqrt(max(n-grams in all, floor))', () => {
    const scorer = compileScorer(model({ 听说: 2, 赶紧: 1, 好的: -3 }, { ngrams: [2], floor: 4 }));
    // 听说赶紧听说: 听说 twice (counted once), 说赶, 赶紧, 紧听 → 5 n-grams in all, scale 1/sqrt(5)
    const { score, cues } = scoreText(scorer, '听说赶紧听说');
    expect(score).toBeCloseTo(-1 + (2 + 1) / Math.sqrt(5));
    expect(cues.map((c) => c.span).sort((a, b) => a[0] - b[0])).toEqual([[0, 2], [2, 4]]);
  });

  test('scores the scorerKey of a text as it scores the text (a message is keyed once for all scorers)', () => {
    const scorer = compileScorer(model({ 听说: 2, 赶紧: 1 }, { ngrams: [2], floor: 4 }));
    const text = '听说 12月 赶紧';
    expect(scoreText(scorer, scorerKey(text))).toEqual(scoreText(scorer, text));
  });

  test('a short message is scaled as if it had `floor` n-grams', () => {
    const scorer = compileScorer(model({ 听说: 2 }, { ngrams: [2], floor: 4 }));
    expect(scoreText(scorer, '听说').score).toBeCloseTo(-1 + 2 / 2);
  });

  test('2- and 3-grams are looked up apart; negative weights lower the score and are never cues', () => {
    const scorer = compileScorer(model({ 好的: -3, 听说: 2, 听说了: 1 }));
    const { score, cues } = scoreText(scorer, '好的听说了');
    expect(score).toBeCloseTo(-1 + (-3 + 2 + 1) / Math.sqrt(4 + 3));
    expect(cues.map((c) => c.span).sort((a, b) => a[1] - b[1])).toEqual([[2, 4], [2, 5]]);
  });
});

describe('scorer rules in a dictionary', () => {
  const rule = (extra: object) => ({ id: 'm3-x', detector: 'scorer', description: 'd', message: 'm {cues}', suggestion: 's', ...extra });
  const compile = (spec: object, models = { M3: model({ 听说: 1 }) }) => compileRuleset([{ path: 'x.yaml', data: { clause: 'M3', title: 't', rules: [rule(spec)] } }], {}, {}, {}, models);

  test('a scorer rule names a model that exists, trained for its own clause', () => {
    expect(compile({ model: 'M3' }).rules[0].compiledScorer?.grams).toBe(1);
    expect(() => compile({})).toThrow(RuleError);
    expect(() => compile({ model: 'M9' })).toThrow(/scorer 规则需要 model.*现有：M3/);
    expect(() => compile({ model: 'M4' }, { M4: model({}, { clause: 'M4' }) } as never)).toThrow(/为 M4 训练的，不能用于 M3/);
    expect(() => compile({ model: 'M3' }, { M3: { ...model({ 听说: 'x' as never }) } })).toThrow(/模型 M3 无效：weights/);
    expect(() => compile({ model: 'M3' }, { M3: { ...model({}), threshold: undefined as never } })).toThrow(/threshold 应为数字/);
  });
});

describe('the committed model', () => {
  test('every model is what scripts/train-scorer.mjs makes of the corpora (retrain after adding labelled messages)', () => {
    const run = spawnSync(process.execPath, [join(__dirname, '..', '..', 'scripts', 'train-scorer.mjs'), 'all', '--check'], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const models = readdirSync(join(__dirname, '..', '..', 'dictionaries', 'models')).map((f) => f.replace(/\.json$/, '')).sort();
    const checked = [...run.stdout.matchAll(/(\w\d)\.json is up to date\. \1: \d+ messages from \d+ corpora, \d+ \1; cross-validated, the rule adds \d+ of them to what the rules find and flags (\d+)\/(\d+) compliant messages/g)];
    // Every committed model is named by a scorer rule, and so checked.
    expect(checked.map((m) => m[1]).sort()).toEqual(models);
    // At most one compliant message in a thousand flagged in cross-validation (SETTINGS.falseAlarmsPerMille).
    for (const [, , flagged, compliant] of checked) expect(Number(flagged)).toBeLessThanOrEqual(Math.floor(Number(compliant) / 1000));
  });

  test('the trainer refuses an unknown clause with exit code 2', () => {
    const run = spawnSync(process.execPath, [join(__dirname, '..', '..', 'scripts', 'train-scorer.mjs'), 'X1'], { encoding: 'utf8' });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/usage/);
  });
});
