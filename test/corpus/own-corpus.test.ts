// Our own labelled corpora (test/corpus/*.jsonl, written from regulation.md, independent of the
// shared dev corpus; blind.jsonl by a writer who had not seen the rules), scored like
// ../shared/tools/eval-corpus.mjs: per-clause precision/recall and how many compliant messages are
// flagged. A rule change that costs accuracy fails here.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lint } from '../../src/index';
import { CLAUSES, ClauseId, MessageKind } from '../../src/core/types';

interface Case {
  id: string;
  text: string;
  at?: string;
  kind?: MessageKind;
  expect: ClauseId[];
  ignore?: ClauseId[];
}

/** Per-clause tallies of one corpus file, as eval-corpus.mjs counts them. */
function score(file: string) {
  const cases: Case[] = readFileSync(join(__dirname, file), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l));

  const tally = Object.fromEntries(CLAUSES.map((c) => [c, { tp: 0, fp: 0, fn: 0 }]));
  let clean = 0;
  let cleanFlagged = 0;
  const misses: string[] = [];
  for (const c of cases) {
    const got = new Set(lint(c.text, { kind: c.kind, at: c.at ? new Date(c.at) : undefined }).map((f) => f.clause));
    const want = new Set(c.expect);
    const ignore = new Set(c.ignore ?? []);
    let missed = false;
    for (const k of CLAUSES) {
      if (ignore.has(k)) continue;
      if (want.has(k) && got.has(k)) tally[k].tp++;
      else if (want.has(k)) (tally[k].fn++, (missed = true), misses.push(`${c.id} -${k}`));
      else if (got.has(k)) (tally[k].fp++, (missed = true), misses.push(`${c.id} +${k}`));
    }
    if (!want.size) {
      clean++;
      if (missed) cleanFlagged++;
    }
  }

  return { tally, clean, cleanFlagged, misses };
}

describe.each(readdirSync(__dirname).filter((f) => f.endsWith('.jsonl')))('labelled corpus %s', (file) => {
  const { tally, clean, cleanFlagged, misses } = score(file);
  it('has cases for every clause and compliant ones', () => {
    for (const k of CLAUSES) expect(tally[k].tp + tally[k].fn).toBeGreaterThanOrEqual(8);
    expect(clean).toBeGreaterThanOrEqual(50);
  });

  it.each(CLAUSES)('%s: precision and recall at least 0.9', (k) => {
    const { tp, fp, fn } = tally[k];
    // Compared as an object so that a failure shows which cases were missed.
    const result = { precision: tp / Math.max(1, tp + fp), recall: tp / Math.max(1, tp + fn) };
    const enough = result.precision >= 0.9 && result.recall >= 0.9;
    expect({ clause: k, enough, result, misses: enough ? [] : misses.filter((m) => m.endsWith(k)) }).toEqual({ clause: k, enough: true, result, misses: [] });
  });

  it('flags at most 5% of the compliant messages', () => {
    expect(cleanFlagged / clean).toBeLessThanOrEqual(0.05);
  });
});
