// What --fix-dry-run shows: a unified diff (as `diff -u`, git and AutoCorrect print it) of a text and
// its fixed version. Pure. Fixes seldom add or remove lines, so the lines between the common head and
// tail are compared one to one when both texts have as many; otherwise by longest common subsequence
// (or, past a size where that would be slow, shown as one replaced block).

const CONTEXT = 3;
const LINE_BREAK = /\r\n|[\r\n\u2028\u2029]/;
/** Above this many line pairs the subsequence table is not built. */
const MAX_TABLE = 4_000_000;

/** Old lines [first, first + oldCount) become `newLines`. */
interface Block {
  first: number;
  oldCount: number;
  newLines: string[];
}

/** `--- a/file`, `+++ b/file` and the hunks; '' when the texts have the same lines. */
export function unifiedDiff(filePath: string, before: string, after: string): string {
  const a = before.split(LINE_BREAK);
  const b = after.split(LINE_BREAK);
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const blocks = changedBlocks(a.slice(head, a.length - tail), b.slice(head, b.length - tail)).map((blk) => ({ ...blk, first: blk.first + head }));
  if (!blocks.length) return '';

  const out = [`--- a/${filePath}`, `+++ b/${filePath}`];
  let delta = 0; // new line number minus old, before the current hunk
  for (let i = 0; i < blocks.length; ) {
    // Blocks closer than twice the context share one hunk.
    let j = i;
    while (j + 1 < blocks.length && blocks[j + 1].first - (blocks[j].first + blocks[j].oldCount) <= 2 * CONTEXT) j++;
    const start = Math.max(0, blocks[i].first - CONTEXT);
    const end = Math.min(a.length, blocks[j].first + blocks[j].oldCount + CONTEXT); // exclusive
    const body: string[] = [];
    let oldCount = 0;
    let newCount = 0;
    let at = start;
    for (let k = i; k <= j; k++) {
      for (; at < blocks[k].first; at++, oldCount++, newCount++) body.push(` ${a[at]}`);
      body.push(...a.slice(at, at + blocks[k].oldCount).map((l) => `-${l}`), ...blocks[k].newLines.map((l) => `+${l}`));
      oldCount += blocks[k].oldCount;
      newCount += blocks[k].newLines.length;
      at += blocks[k].oldCount;
    }
    for (; at < end; at++, oldCount++, newCount++) body.push(` ${a[at]}`);
    const oldStart = oldCount ? start + 1 : start;
    const newStart = (newCount ? start + 1 : start) + delta;
    out.push(`@@ -${oldStart},${oldCount} +${newStart},${newCount} @@`, ...body);
    delta += newCount - oldCount;
    i = j + 1;
  }
  // Control characters (ESC could drive the terminal) are shown as U+FFFD, as stylish does.
  return out.join('\n').replace(/[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]/g, '\uFFFD') + '\n';
}

/** The changed runs of old lines (indexes into `a`) between two line lists with no common head or tail. */
function changedBlocks(a: string[], b: string[]): Block[] {
  if (!a.length && !b.length) return [];
  if (a.length === b.length) {
    const blocks: Block[] = [];
    for (let i = 0; i < a.length; i++) {
      if (a[i] === b[i]) continue;
      const last = blocks[blocks.length - 1];
      if (last && last.first + last.oldCount === i) {
        last.oldCount++;
        last.newLines.push(b[i]);
      } else {
        blocks.push({ first: i, oldCount: 1, newLines: [b[i]] });
      }
    }
    return blocks;
  }
  if (a.length * b.length > MAX_TABLE) return [{ first: 0, oldCount: a.length, newLines: b }];
  // lcs[i][j]: length of the longest common subsequence of a[i…] and b[j…].
  const lcs = Array.from({ length: a.length + 1 }, () => new Uint32Array(b.length + 1));
  for (let i = a.length - 1; i >= 0; i--) for (let j = b.length - 1; j >= 0; j--) lcs[i][j] = a[i] === b[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
  const blocks: Block[] = [];
  const change = (i: number, removed: number, added: string[]) => {
    const last = blocks[blocks.length - 1];
    if (last && last.first + last.oldCount === i) {
      last.oldCount += removed;
      last.newLines.push(...added);
    } else {
      blocks.push({ first: i, oldCount: removed, newLines: added });
    }
  };
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      i++;
      j++;
    } else if (j < b.length && (i === a.length || lcs[i][j + 1] >= lcs[i + 1][j])) {
      change(i, 0, [b[j++]]);
    } else {
      change(i++, 1, []);
    }
  }
  return blocks;
}
