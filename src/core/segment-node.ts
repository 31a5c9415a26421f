// jieba in Node: @node-rs/jieba (native jieba-rs). Only segment.ts imports this module.
import { readFileSync } from 'node:fs';
import { Jieba } from '@node-rs/jieba';
import type { JiebaImplementation } from './segment';

export function createJieba(): JiebaImplementation {
  // We read the package's dict.txt ourselves: '@node-rs/jieba/dict' would also read the 6 MB idf.txt
  // we never use.
  const jieba = Jieba.withDict(readFileSync(require.resolve('@node-rs/jieba/dict.txt')));
  return {
    tag: (text) => jieba.tag(text, true),
    // There is no addWord: extra words go in as dictionary lines `word freq tag`; a word without a
    // frequency is ignored, and an existing word keeps its tag.
    addWords: (words, freq) => jieba.loadDict(Buffer.from(words.map((w) => `${w} ${freq} n`).join('\n') + '\n')),
  };
}

export async function prepareJieba(_wasm?: Uint8Array): Promise<void> {
  // Native: nothing to load ahead.
}
