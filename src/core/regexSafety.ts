// Dictionary regexes run on every message, so one that backtracks catastrophically would hang the
// linter: `(a+)+$` takes 20 s on 28 characters. V8's linear-time fallback
// (--enable-experimental-regexp-engine-on-excessive-backtracks) cannot take the `u` and `i` flags
// our patterns are compiled with (measured on Node 20), so the patterns of a user's dictionary are
// refused when it is loaded, naming them: a repeated group holding an unbounded repetition (nested
// quantifiers, the cause of exponential backtracking) and backreferences.

/** Why a regex source cannot run safely, or undefined. */
export function unsafeRegexReason(source: string): string | undefined {
  if (/\\[1-9]|\\k</.test(source.replace(/\\\\/g, ''))) return '含反向引用（\\1、\\k<名>），可能指数级回溯';
  // For each open group: whether something inside it repeats without bound (*, +, {n,}).
  const repeats: boolean[] = [];
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      continue;
    }
    if (c === '[') {
      inClass = true;
      continue;
    }
    if (c === '(') {
      repeats.push(false);
      continue;
    }
    const quantifier = quantifierAt(source, i);
    if (c === ')') {
      const inner = repeats.pop() ?? false;
      const outer = quantifierAt(source, i + 1);
      if (inner && outer?.many) return '重复的分组中又有无上限的重复（如 (a+)+），可能指数级回溯';
      if ((inner || outer?.unbounded) && repeats.length) repeats[repeats.length - 1] = true;
      continue;
    }
    if (quantifier?.unbounded && repeats.length) repeats[repeats.length - 1] = true;
  }
  return undefined;
}

/** The quantifier starting at i: whether it allows more than one repetition, and whether without bound. */
function quantifierAt(source: string, i: number): { many: boolean; unbounded: boolean } | undefined {
  const c = source[i];
  if (c === '*' || c === '+') return { many: true, unbounded: true };
  if (c === '?') return { many: false, unbounded: false };
  if (c === '{') {
    const m = /^\{(\d*)(,?)(\d*)\}/.exec(source.slice(i, i + 24));
    if (!m) return undefined;
    const max = m[2] ? (m[3] ? Number(m[3]) : Infinity) : Number(m[1]);
    return { many: max > 1, unbounded: max === Infinity };
  }
  return undefined;
}
