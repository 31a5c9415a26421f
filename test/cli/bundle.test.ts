// The binary runs dist/cli/bundle.js (scripts/build-cli.mjs) with the V8 code cache the build made of
// it. The cache only saves start-up time, so what can go wrong is silent: a cache V8 refuses (the
// flags of the build and of a run differ) or a bundle that behaves unlike the modules it holds.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { assertBuilt, BUNDLE, DIST_MAIN, ROOT, run } from './helpers';

beforeAll(assertBuilt);

const LOADER = join(ROOT, 'bin', 'load-bundle.js');

/** Loads the bundle in a fresh node as bin/jiaxiao-lint does; says whether V8 took the cache. */
function cacheRefused(nodeArgs: string[] = []): string {
  const script = `const { loadBundle } = require(${JSON.stringify(LOADER)}); process.stdout.write(String(loadBundle().script.cachedDataRejected));`;
  return spawnSync(process.execPath, [...nodeArgs, '-e', script], { encoding: 'utf8' }).stdout;
}

test('the build writes a code cache that V8 takes for the bundle', () => {
  expect(existsSync(join(ROOT, 'dist', 'cli', 'bundle.cache'))).toBe(true);
  expect(cacheRefused()).toBe('false');
});

test('a cache that does not fit is refused and the CLI still runs', () => {
  // Other V8 flags than the build's: V8 refuses the cache and compiles the bundle itself.
  expect(cacheRefused(['--no-opt'])).toBe('true');
  const r = spawnSync(process.execPath, ['--no-opt', join(ROOT, 'bin', 'jiaxiao-lint'), '--format', 'json', '--text', '各位家长：本周五下午3点在学校礼堂召开家长会。'], { encoding: 'utf8' });
  expect(r.status).toBe(0);
  expect(JSON.parse(r.stdout)).toEqual(JSON.parse(run(['--format', 'json', '--text', '各位家长：本周五下午3点在学校礼堂召开家长会。']).stdout));
});

test('the bundle holds our modules, not the packages (jieba, ignore, js-yaml are required at run time)', () => {
  const bundle = readFileSync(BUNDLE, 'utf8');
  expect(bundle).toContain('// dist/core/lint.js'); // esbuild's note where each module starts
  for (const pkg of ['@node-rs/jieba', 'ignore', 'js-yaml']) expect(bundle).toContain(`require("${pkg}")`);
  expect(bundle).not.toContain('module.exports = factory'); // the ignore package's own code
});

test('the bundle and dist/cli/main.js give the same findings on the example drafts', () => {
  const viaBundle = run(['--format', 'json', 'examples/drafts']);
  const script = `require(${JSON.stringify(DIST_MAIN)}).main(['--format', 'json', 'examples/drafts']).then((c) => { process.exitCode = c; });`;
  const viaModules = spawnSync(process.execPath, ['-e', script], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  expect(viaBundle.status).toBe(viaModules.status);
  expect(JSON.parse(viaBundle.stdout)).toEqual(JSON.parse(viaModules.stdout));
});
