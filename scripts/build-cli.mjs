// Bundles the compiled CLI (dist/cli/main.js and the modules it requires, our own only) into one
// file, dist/cli/bundle.js, which bin/jiaxiao-lint loads: resolving and reading ~45 module files
// was ~20 ms of every start-up. Packages stay outside (the native jieba, js-yaml loaded on demand).
// The bundle sits in dist/cli/ so that each module's __dirname-relative paths (dictionaries,
// dist/dictionaries.json, worker.js, web-served) point where they did. Then scripts/code-cache.js
// writes its V8 code cache, dist/cli/bundle.cache. Run by `npm run build`.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { buildSync } from 'esbuild';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const DIST = join(ROOT, 'dist');
rmSync(join(DIST, 'cli', 'bundle.cache'), { force: true }); // a cache of the old bundle would only be refused
buildSync({
  entryPoints: [join(DIST, 'cli', 'main.js')],
  outfile: join(DIST, 'cli', 'bundle.js'),
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
});

// In a fresh process, with the CLI's output (the example drafts' findings) discarded.
const cache = spawnSync(process.execPath, [join(ROOT, 'scripts', 'code-cache.js')], { stdio: ['ignore', 'ignore', 'inherit'] });
if (cache.status !== 0 && cache.status !== 1) throw new Error(`scripts/code-cache.js exited with ${cache.status}`);
