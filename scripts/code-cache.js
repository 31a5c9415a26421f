'use strict';
// Build step (scripts/build-cli.mjs runs it in a fresh process): lints the example drafts with the
// bundle, as the CLI does, then writes the V8 code cache of the bundle and of every function that
// run compiled to dist/cli/bundle.cache. bin/load-bundle.js hands it to V8 on each start.
const { writeFileSync } = require('node:fs');
const path = require('node:path');
// load-bundle.js sets the V8 flag every run has before it compiles the bundle (a cache made under other flags is refused).
const { loadBundle, CACHE } = require('../bin/load-bundle.js');

const { exports: cli, script } = loadBundle();
const drafts = path.join(__dirname, '..', 'examples', 'drafts');
cli.main(['--no-color', drafts]).then(() => {
  writeFileSync(CACHE, script.createCachedData());
});
