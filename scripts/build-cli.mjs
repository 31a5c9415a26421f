// Bundles the compiled CLI (dist/cli/main.js and the modules it requires, our own only) into one
// file, dist/cli/bundle.js, which bin/jiaxiao-lint loads: resolving and reading ~45 module files
// was ~20 ms of every start-up. Packages stay outside (the native jieba, js-yaml loaded on demand).
// The bundle sits in dist/cli/ so that each module's __dirname-relative paths (dictionaries,
// dist/dictionaries.json, worker.js, web-served) point where they did. Run by `npm run build`.
import { buildSync } from 'esbuild';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const DIST = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist');
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
