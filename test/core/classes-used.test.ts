// Every word class in dictionaries/classes.yaml is read by a rule (all/alone/none), by another class
// (include) or by a frame in src/core: a class nothing reads is dead data a teacher would extend in vain.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';

const DICTIONARIES = join(__dirname, '..', '..', 'dictionaries');
const CODE = [join(__dirname, '..', '..', 'src', 'core'), join(__dirname, '..', '..', 'src', 'detectors')];

test('every word class is used', () => {
  const classes = load(readFileSync(join(DICTIONARIES, 'classes.yaml'), 'utf8')) as Record<string, { include?: string[] }>;
  const used = new Set<string>();
  for (const file of readdirSync(DICTIONARIES).filter((f) => /^[MN]\d\.yaml$/.test(f))) {
    const data = load(readFileSync(join(DICTIONARIES, file), 'utf8')) as { rules?: Array<Record<string, unknown>> };
    for (const rule of data.rules ?? []) for (const key of ['all', 'alone', 'none']) for (const name of ((rule[key] as unknown[]) ?? []).flat()) used.add(String(name));
  }
  for (const spec of Object.values(classes)) for (const name of spec.include ?? []) used.add(name);
  const code = CODE.flatMap((dir) => readdirSync(dir).map((f) => readFileSync(join(dir, f), 'utf8'))).join('\n');
  const unused = Object.keys(classes).filter((name) => !used.has(name) && !code.includes(`'${name}'`));
  expect(unused).toEqual([]);
});
