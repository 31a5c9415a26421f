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

const ruleset = compileRuleset(dictionaries.files, dictionaries.placeholders);
const ready = prepareSegmenter(jiebaWasm);

startPage(async (request) => {
  await ready;
  return lintDraft(request, ruleset, DEFAULT_CONFIG, new Date());
});
