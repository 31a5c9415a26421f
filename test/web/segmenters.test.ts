// The static page segments with jieba-wasm, Node with @node-rs/jieba (src/core/segment-*.ts). Both
// must give the same findings, to the offset, on every corpus of the repository; the browser one
// runs here through jieba-wasm's Node build, the same code and dictionary as its web build.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LintOptions } from '../../src/core/options';
import type { Finding } from '../../src/core/types';

const CORPUS_DIR = join(__dirname, '..', 'corpus');
const CORPORA = readdirSync(CORPUS_DIR).filter((f) => f.endsWith('.jsonl'));

interface Case {
  id: string;
  text: string;
  at?: string;
  kind?: LintOptions['kind'];
}

type Lint = (text: string, options?: LintOptions) => Finding[];

/** Which implementations segment.ts has really created a jieba from. */
const created = new Set<string>();

/** The programmatic lint() with a fresh module registry, the given segmenter behind segment.ts. */
function lintWith(implementation: 'segment-node' | 'segment-browser'): Lint {
  let lint: Lint | undefined;
  jest.isolateModules(() => {
    jest.doMock('../../src/core/segment-node', () => {
      const actual = jest.requireActual(`../../src/core/${implementation}`);
      return { ...actual, createJieba: () => (created.add(implementation), actual.createJieba()) };
    });
    lint = require('../../src/index').lint;
  });
  return lint!;
}

const native = lintWith('segment-node');
const wasm = lintWith('segment-browser');

test('the corpora are there', () => {
  expect(CORPORA.length).toBeGreaterThanOrEqual(6);
});

describe.each(CORPORA)('%s', (file) => {
  const cases: Case[] = readFileSync(join(CORPUS_DIR, file), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l));

  test(`jieba-wasm gives the same findings as @node-rs/jieba on all ${cases.length} texts`, () => {
    let findings = 0;
    for (const c of cases) {
      const options: LintOptions = { kind: c.kind, at: c.at ? new Date(c.at) : undefined };
      const expected = native(c.text, options);
      findings += expected.length;
      expect({ id: c.id, findings: wasm(c.text, options) }).toEqual({ id: c.id, findings: expected });
    }
    expect(findings).toBeGreaterThan(0);
  });
});

test('both implementations were used', () => {
  // Guards the tests above against comparing a segmenter with itself (declared last: runs after them).
  expect([...created].sort()).toEqual(['segment-browser', 'segment-node']);
});
