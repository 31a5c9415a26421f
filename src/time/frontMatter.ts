// Front matter of a message template: the send time (and kind) written above the message, e.g.
//
//   ---                          or, without fences, a first line alone:
//   发送时间: 2026-11-25 10:00
//   类型: notice                   发送时间：2026-11-25 10:00
//   ---
//
// Only the front matter is read here; the body starts at bodyStart, and the core skips
// [0, bodyStart) when linting so the block itself is never judged.

export interface FrontMatter {
  /** Raw send time as written; parse it with parseAt. */
  sendAt?: string;
  /** Raw message kind as written (notice / chat / reply); validated by the caller. */
  kind?: string;
  /** UTF-16 offset where the body begins; 0 when there is no front matter. */
  bodyStart: number;
}

const SEND_AT_KEYS = new Set(['发送时间', 'sendat', 'send_at']);
const KIND_KEYS = new Set(['类型', 'kind']);

// key: value, with a half- or full-width colon. Keys have no spaces or colons.
const KEY_VALUE = /^\s*([^\s:：]+)\s*[:：]\s*(.*?)\s*$/;
const FENCE = /^---\s*$/;
const BARE_SEND_AT = /^\s*发送时间\s*[:：]\s*(\S.*?)\s*$/;

interface Line {
  text: string; // without its line break
  next: number; // offset just past its line break (or the end of the text)
}

/** The lines of text from offset `from`, each with where the next one starts. */
function* linesFrom(text: string, from: number): Generator<Line> {
  let start = from;
  while (start < text.length) {
    const nl = text.indexOf('\n', start);
    const end = nl === -1 ? text.length : nl;
    const lineText = text.slice(start, end).replace(/\r$/, '');
    const next = nl === -1 ? text.length : nl + 1;
    yield { text: lineText, next };
    start = next;
  }
}

/** Drops one pair of matching quotes around a value ("…", '…', “…”). */
function unquote(value: string): string {
  const m = /^"(.*)"$|^'(.*)'$|^“(.*)”$/.exec(value);
  return m ? (m[1] ?? m[2] ?? m[3]) : value;
}

export function readFrontMatter(text: string): FrontMatter {
  const start = text.startsWith('\uFEFF') ? 1 : 0; // a BOM may precede the block
  const lines = linesFrom(text, start);
  const first = lines.next();
  if (first.done) return { bodyStart: 0 };

  if (!FENCE.test(first.value.text)) {
    const bare = BARE_SEND_AT.exec(first.value.text);
    return bare ? { sendAt: unquote(bare[1]), bodyStart: first.value.next } : { bodyStart: 0 };
  }

  const found: FrontMatter = { bodyStart: 0 };
  for (const line of lines) {
    if (FENCE.test(line.text)) return { ...found, bodyStart: line.next };
    if (line.text.trim() === '' || line.text.trimStart().startsWith('#')) continue;
    const kv = KEY_VALUE.exec(line.text);
    // A line that is not `key: value` means the --- was a separator in the message, not a fence.
    if (!kv) return { bodyStart: 0 };
    const key = kv[1].toLowerCase();
    const value = unquote(kv[2]);
    if (value === '') continue;
    if (SEND_AT_KEYS.has(key)) found.sendAt = value;
    else if (KIND_KEYS.has(key)) found.kind = value;
  }
  return { bodyStart: 0 }; // no closing fence: not front matter
}
