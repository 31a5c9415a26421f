// Builds the two forms of the paste page with esbuild (run by `npm run build`, after tsc has
// written dist/dictionaries.json; `npm run build:web` runs the whole build):
//   dist/web/         the static page: the core runs in the browser with jieba-wasm and the
//                     bundled dictionaries; works from any static host or opened from disk.
//   dist/web-served/  the page `jiaxiao-lint serve` serves: it asks the server's POST /api/lint.
// Both are one classic script (no ES module: Chrome refuses module scripts from file://), one
// style sheet and index.html; nothing is loaded from another origin.
import { build } from 'esbuild';
import { mkdirSync, readFileSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const SRC = join(ROOT, 'src', 'web');
const DIST = join(ROOT, 'dist');
const require = createRequire(import.meta.url);

/** The static page may run its own script and WebAssembly, and nothing else; it talks to nobody. */
export const STATIC_CSP =
  "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self'; connect-src 'none'; base-uri 'none'; form-action 'none'";

const COMMON = {
  bundle: true,
  format: 'iife',
  platform: 'browser',
  target: ['chrome100', 'firefox100', 'safari15'],
  minify: true,
  legalComments: 'none',
  logLevel: 'warning',
  charset: 'utf8',
};

// The browser's jieba in place of the native one: segment.ts imports './segment-node'.
const browserSegmenter = {
  name: 'browser-segmenter',
  setup(b) {
    b.onResolve({ filter: /^\.\/segment-node$/ }, (args) => ({ path: join(args.resolveDir, 'segment-browser.ts') }));
    b.onResolve({ filter: /^virtual:jieba-wasm$/ }, () => ({
      path: join(dirname(require.resolve('jieba-wasm/web')), 'jieba_rs_wasm_bg.wasm'),
    }));
    b.onResolve({ filter: /^virtual:dictionaries$/ }, () => ({ path: join(DIST, 'dictionaries.json') }));
  },
};

function writePage(dir, csp) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const html = readFileSync(join(SRC, 'index.html'), 'utf8').replace(
    '<!--CSP-->',
    csp ? `<meta http-equiv="Content-Security-Policy" content="${csp}">` : '',
  );
  writeFileSync(join(dir, 'index.html'), html);
  copyFileSync(join(SRC, 'page.css'), join(dir, 'page.css'));
}

export async function buildWeb() {
  // The served page gets its CSP as an HTTP header from src/server/serve.ts.
  writePage(join(DIST, 'web-served'), undefined);
  await build({ ...COMMON, entryPoints: [join(SRC, 'served.ts')], outfile: join(DIST, 'web-served', 'page.js') });

  writePage(join(DIST, 'web'), STATIC_CSP);
  await build({
    ...COMMON,
    entryPoints: [join(SRC, 'static.ts')],
    outfile: join(DIST, 'web', 'page.js'),
    plugins: [browserSegmenter],
    loader: { '.wasm': 'binary' },
    // jieba-wasm's web build names its .wasm by import.meta.url only when given no bytes; we give them.
    logOverride: { 'empty-import-meta': 'silent' },
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await buildWeb();
}
