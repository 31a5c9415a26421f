// Preload (node -r ./scripts/maxrss.cjs …): prints the process's peak resident set size to stderr at
// exit, for machines without GNU /usr/bin/time. Used by scripts/bench.mjs.
'use strict';
process.on('exit', () => {
  process.stderr.write(`\nJIAXIAO_MAXRSS_KB=${process.resourceUsage().maxRSS}\n`);
});
