/// <reference lib="dom" />
// Entry of the static page (`npm run build:web` → dist/web/): the core runs here, in the browser,
// with the bundled dictionaries and jieba-wasm. scripts/build-web.mjs provides the two virtual
// modules (the compiled dictionaries and the .wasm bytes) and swaps in segment-browser.ts.
import dictionaries from 'virtual:dictionaries';
import jiebaWasm from 'virtual:jieba-wasm';
import { lintDraft } from '../core/draft';
import { DEFAULT_CONFIG } from '../core/options';
import { compileRuleset } from '../core/rules';
import { prepareSegmenter } from '../core/segment';
import { startPage } from './page';

const ruleset = compileRuleset(dictionaries.files, dictionaries.placeholders, dictionaries.classes, dictionaries.literals, dictionaries.models);
// Instantiating the WebAssembly and adding the dictionary terms to jieba takes most of a second:
// done once at load, with a first check, so that the teacher's first draft is answered at once.
const ready = prepareSegmenter(jiebaWasm).then(() => {
  lintDraft({ text: '各位家长：明天上午9点开家长会。', at: '2026-11-25 10:00' }, ruleset, DEFAULT_CONFIG, new Date());
});

startPage(async (request) => {
  await ready;
  return lintDraft(request, ruleset, DEFAULT_CONFIG, new Date());
});
