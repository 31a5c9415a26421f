// The one module that knows which segmenter we use (@node-rs/jieba). Swapping segmenters is a
// change to this file alone. Tokens carry offsets into the text they were cut from.
import { readFileSync } from 'node:fs';
import { Jieba } from '@node-rs/jieba';

export interface Token {
  word: string;
  /** jieba part of speech: nr person name, ns place, x unknown (HMM-found words are x), … */
  tag: string;
  start: number;
  end: number;
}

let jieba: Jieba | undefined;
const added = new Set<string>();

function instance(): Jieba {
  // Loading the default dictionary takes ~0.1 s: once per process, and only when first needed. We read
  // the package's dict.txt ourselves: '@node-rs/jieba/dict' would also read the 6 MB idf.txt we never use.
  jieba ??= Jieba.withDict(readFileSync(require.resolve('@node-rs/jieba/dict.txt')));
  return jieba;
}

/**
 * Makes jieba keep these words whole. jieba has no addWord: extra words go in as dictionary lines
 * `word freq tag`; a word without a frequency is ignored, and an existing word keeps its tag.
 */
export function addWords(words: Iterable<string>, freq = 3000): void {
  const lines: string[] = [];
  for (const w of words) {
    if (!w || added.has(w) || /\s/.test(w)) continue;
    added.add(w);
    lines.push(`${w} ${freq} n`);
  }
  if (lines.length) instance().loadDict(Buffer.from(lines.join('\n') + '\n'));
}

export function segment(text: string): Token[] {
  // jieba's own objects get the offsets (no copy: a batch cuts thousands of messages). The words add
  // up to the text exactly, so offsets are a running sum.
  const tokens = instance().tag(text, true) as Token[];
  let offset = 0;
  for (const token of tokens) {
    token.start = offset;
    offset += token.word.length;
    token.end = offset;
  }
  return tokens;
}
