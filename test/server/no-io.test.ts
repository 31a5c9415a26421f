// The server never reads or writes the file system on behalf of a request: the page, the
// dictionaries and everything the core loads lazily are read before it listens (warmUp).
import type { AddressInfo } from 'node:net';
import { DEFAULT_CONFIG } from '../../src/core/options';
import { loadRuleset } from '../../src/config/dictionaries';
import { createLintServer, loadPage, warmUp } from '../../src/server/serve';
import { join } from 'node:path';
import { assertBuilt, ROOT } from '../cli/helpers';

test('no file system call while answering requests', async () => {
  assertBuilt(); // the page files come from the build
  const opts = { ruleset: loadRuleset(DEFAULT_CONFIG), config: DEFAULT_CONFIG };
  warmUp(opts);
  const server = createLintServer(opts, loadPage(join(ROOT, 'dist', 'web-served')));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  const names = ['readFileSync', 'readFile', 'openSync', 'open', 'writeFileSync', 'writeFile', 'statSync', 'stat', 'existsSync', 'readdirSync', 'createReadStream', 'createWriteStream'] as const;
  // The module object itself (an ES namespace import would be a frozen copy that spies cannot replace).
  const fs = require('node:fs') as typeof import('node:fs');
  const spies: jest.SpyInstance[] = [];
  try {
    for (const name of names) spies.push(jest.spyOn(fs, name));
    const post = (body: unknown) => fetch(base + 'api/lint', { method: 'POST', body: JSON.stringify(body) });
    expect((await fetch(base)).status).toBe(200);
    expect((await fetch(base + 'page.js')).status).toBe(200);
    expect((await post({ text: '今晚作业：练习册第5页，有事打13912345678', at: '2026-11-25 21:40', kind: 'chat' })).status).toBe(200);
    expect((await post({ text: '发送时间: 明天 8:00\n\n各位家长：国庆节快乐', lang: 'en' })).status).toBe(200);
    expect((await post({ text: 1 })).status).toBe(400);
    expect((await fetch(base + '../../etc/passwd')).status).toBe(404);
    // Jest's own stack-trace code looks for node:internal modules and this test file; the rest is ours.
    const ours = (call: unknown[]) => !/^node:/.test(String(call[0])) && String(call[0]) !== __filename;
    const calls = Object.fromEntries(names.map((name, i) => [name, spies[i].mock.calls.filter(ours).map((c) => String(c[0]))]));
    expect(calls).toEqual(Object.fromEntries(names.map((name) => [name, []])));
  } finally {
    for (const s of spies) s.mockRestore();
    await new Promise((resolve) => server.close(resolve));
  }
});
