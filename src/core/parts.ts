// Very long texts are linted a part at a time, so that memory stays bounded and no step of the
// pipeline sees more than PART_MAX units: findings come back with offsets and positions in the whole text.
import type { LintOptions } from './options';
import { countGraphemes, graphemeBoundaryBefore, lineStarts } from './text';
import type { Finding } from './types';

/** Above this many UTF-16 units a text is linted in parts: no message is that long. */
export const PART_MAX = 1 << 16;

/**
 * A text too long to be one message (a chat export, a 50 MB file) is linted a part at a time, cut at
 * blank lines, else at line breaks, else between graphemes; the send time is judged once.
 */
export function lintInParts(text: string, options: LintOptions, lintPart: (part: string, options: LintOptions) => Finding[]): Finding[] {
  const findings: Finding[] = [];
  let linesBefore = 0;
  let columnsBefore = 0; // graphemes before the part on its first line, when a long line was cut
  for (let from = 0; from < text.length; ) {
    const to = partEnd(text, from);
    const part = text.slice(from, to);
    const shift = (r: [number, number]): [number, number] => [r[0] + from, r[1] + from];
    const partOptions = { ...options, bodyStart: Math.max(0, (options.bodyStart ?? 0) - from), at: from === 0 ? options.at : undefined };
    for (const f of lintPart(part, partOptions)) {
      findings.push({
        ...f,
        range: shift(f.range),
        line: f.line + linesBefore,
        column: f.line === 1 ? f.column + columnsBefore : f.column,
        endLine: f.endLine + linesBefore,
        endColumn: f.endLine === 1 ? f.endColumn + columnsBefore : f.endColumn,
        ...(f.fix ? { fix: { ...f.fix, range: shift(f.fix.range) } } : {}),
      });
    }
    const lastBreak = part.lastIndexOf('\n');
    linesBefore += lineStarts(part).length - 1;
    columnsBefore = lastBreak >= 0 ? countGraphemes(part.slice(lastBreak + 1)) : columnsBefore + countGraphemes(part);
    from = to;
  }
  return findings;
}

function partEnd(text: string, from: number): number {
  if (text.length - from <= PART_MAX) return text.length;
  const window = text.slice(from + PART_MAX / 2, from + PART_MAX);
  for (const cut of ['\n\n', '\n']) {
    const at = window.lastIndexOf(cut);
    if (at >= 0) return from + PART_MAX / 2 + at + cut.length;
  }
  return graphemeBoundaryBefore(text, from + PART_MAX);
}
