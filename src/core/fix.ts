// Applies the safe automatic fixes of findings to a text: non-overlapping, later ones first so the
// earlier offsets stay valid. A fix that overlaps one already taken waits for the next run.
import type { Finding } from './types';

export function applyFixes(text: string, findings: Finding[]): { output: string; applied: Finding[] } {
  const fixable = findings.filter((f) => f.fix).sort((a, b) => a.fix!.range[0] - b.fix!.range[0]);
  const applied: Finding[] = [];
  let lastEnd = -1;
  for (const f of fixable) {
    if (f.fix!.range[0] < lastEnd) continue;
    applied.push(f);
    lastEnd = f.fix!.range[1];
  }
  let output = text;
  for (const f of [...applied].reverse()) output = output.slice(0, f.fix!.range[0]) + f.fix!.text + output.slice(f.fix!.range[1]);
  return { output, applied };
}
