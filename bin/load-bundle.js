'use strict';
// Loads dist/cli/bundle.js as require() would, but with the V8 code cache `npm run build` made of it
// (dist/cli/bundle.cache, scripts/code-cache.js): compiling the bundle and the functions a run calls
// is ~25 ms of every start-up. V8 refuses a cache that does not fit (another Node version, flags or
// bundle) and then simply compiles, as without one.
// Before any regex is compiled: one that backtracks too much falls back to V8's linear-time engine.
// (Node 20's engine takes no u or i flag, so this guards our plain regexes; a user dictionary's
// dangerous patterns are refused when it is loaded, see src/core/regexSafety.ts.) Set here, so that
// the build's cache is made under the same flags as every run: V8 refuses one made under others.
require('node:v8').setFlagsFromString('--enable-experimental-regexp-engine-on-excessive-backtracks');
const fs = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');
const Module = require('node:module');

const BUNDLE = path.join(__dirname, '..', 'dist', 'cli', 'bundle.js');
const CACHE = `${BUNDLE.slice(0, -'.js'.length)}.cache`;

/** The bundle's exports, and the compiled script (the build asks it for its cache after a run). */
function loadBundle() {
  let cachedData;
  try {
    cachedData = fs.readFileSync(CACHE);
  } catch {
    // no cache: compile
  }
  const script = new vm.Script(Module.wrap(fs.readFileSync(BUNDLE, 'utf8')), { filename: BUNDLE, cachedData });
  const module = { exports: {} };
  script.runInThisContext().call(module.exports, module.exports, Module.createRequire(BUNDLE), module, BUNDLE, path.dirname(BUNDLE));
  return { exports: module.exports, script };
}

module.exports = { loadBundle, CACHE };
