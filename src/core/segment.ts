// The one module the core asks for words. Both implementations run jieba-rs with its default
// dictionary: segment-node.ts (@node-rs/jieba, native) in Node, segment-browser.ts (jieba-wasm)
// in the static web page, whose build swaps the one for the other (scripts/build-web.mjs).
// test/web/segmenters.test.ts proves they give the same findings on every corpus of the repo.
// Tokens carry offsets into the text they were cut from.
import { createJieba, prepareJieba } from './segment-node';

export interface Token {
  word: string;
  /** jieba part of speech: nr person name, ns place, x unknown (HMM-found words are x), … */
  tag: string;
  start: number;
  end: number;
}

/** What segment.ts needs of a jieba implementation. */
export interface JiebaImplementation {
  /** Words in order with their parts of speech (HMM on); their lengths add up to the text. */
  tag(text: string): Array<{ word: string; tag: string }>;
  /** Adds dictionary words with this frequency and tag n (an existing word keeps its tag). */
  addWords(words: string[], freq: number): void;
}

let jieba: JiebaImplementation | undefined;
const added = new Set<string>();

function instance(): JiebaImplementation {
  // Loading the dictionary takes ~0.1 s: once per process, and only when first needed.
  jieba ??= createJieba();
  return jieba;
}

/** Loads what the implementation needs before the first cut (the browser's WebAssembly); nothing in Node. */
export function prepareSegmenter(wasm?: Uint8Array): Promise<void> {
  return prepareJieba(wasm);
}

/** Makes jieba keep these words whole. */
export function addWords(words: Iterable<string>, freq = 3000): void {
  const fresh: string[] = [];
  for (const w of words) {
    if (!w || added.has(w) || /\s/.test(w)) continue;
    added.add(w);
    fresh.push(w);
  }
  if (fresh.length) instance().addWords(fresh, freq);
}

export function segment(text: string): Token[] {
  // jieba's own objects get the offsets (no copy: a batch cuts thousands of messages). The words add
  // up to the text exactly, so offsets are a running sum.
  const tokens = instance().tag(text) as Token[];
  let offset = 0;
  for (const token of tokens) {
    token.start = offset;
    offset += token.word.length;
    token.end = offset;
  }
  return tokens;
}
