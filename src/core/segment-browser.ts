// jieba in a browser: jieba-wasm (jieba-rs compiled to WebAssembly, with the same default
// dictionary). Only segment.ts imports this module, in the web build (scripts/build-web.mjs swaps
// it in for segment-node.ts). In Node (the tests) 'jieba-wasm' resolves to its ready nodejs build;
// in the browser to its web build, which must be given the .wasm bytes once before the first cut.
import * as jiebaWasm from 'jieba-wasm';
import type { JiebaImplementation } from './segment';

type WebBuild = typeof jiebaWasm & { default?: (input: { module_or_path: Uint8Array }) => Promise<unknown> };

export function createJieba(): JiebaImplementation {
  return {
    tag: (text) => jiebaWasm.tag(text, true),
    addWords: (words, freq) => {
      for (const w of words) jiebaWasm.add_word(w, freq, 'n');
    },
  };
}

export async function prepareJieba(wasm?: Uint8Array): Promise<void> {
  const init = (jiebaWasm as WebBuild).default;
  if (typeof init === 'function' && wasm) await init({ module_or_path: wasm });
}
