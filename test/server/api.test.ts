// End-to-end on the built binary: POST /api/lint answers what `--format json` prints for the same
// draft (on the shared dev corpus), refuses other origins, oversized and malformed bodies, and the
// server stops cleanly on Ctrl+C.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { assertBuilt, DIST_MAIN, PHONE, ROOT, run } from '../cli/helpers';
import { serve, Served } from './helpers';

/** In CI the shared corpus sits next to the repository. */
const DEV_CORPUS = join(ROOT, '..', 'shared', 'corpus', 'dev.jsonl');
const WORKING_TIME = '2026-11-25 10:00';

let server: Served;

beforeAll(async () => {
  assertBuilt();
  server = await serve();
});

afterAll(async () => {
  if (server) await server.stop();
});

function post(body: string, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(new URL('api/lint', server.url), { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body });
}

/** What `jiaxiao-lint <args>` prints on stdout: main() of the built CLI, in this process (a child per case would take a minute). */
async function cliStdout(args: string[]): Promise<string> {
  const { main } = require(DIST_MAIN) as { main: (argv: string[]) => Promise<number> };
  const write = process.stdout.write;
  let out = '';
  process.stdout.write = ((chunk: string | Uint8Array) => ((out += chunk.toString()), true)) as typeof process.stdout.write;
  try {
    await main(args);
  } finally {
    process.stdout.write = write;
  }
  return out;
}

describe('POST /api/lint answers the --format json contract', () => {
  const hasCorpus = existsSync(DEV_CORPUS);
  if (!hasCorpus) {
    test.skip(`dev corpus not found at ${DEV_CORPUS}: the contract comparison needs ../shared next to the repository`, () => undefined);
    return;
  }
  const cases = readFileSync(DEV_CORPUS, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as { id: string; text: string; at?: string; kind?: string });

  test(`same results as the CLI on all ${cases.length} dev corpus drafts`, async () => {
    let withFindings = 0;
    for (const c of cases) {
      const args = ['--text', c.text, '--format', 'json', ...(c.at ? ['--at', c.at] : []), ...(c.kind ? ['--kind', c.kind] : [])];
      const cli = JSON.parse(await cliStdout(args));
      const response = await post(JSON.stringify({ text: c.text, at: c.at, kind: c.kind }));
      expect(response.status).toBe(200);
      const api = await response.json();
      // The API adds the next allowed send moment when N1 reports; everything else is the CLI's.
      const n1 = api[0].messages.some((m: { clause: string }) => m.clause === 'N1');
      expect({ id: c.id, hasNext: 'nextAllowed' in api[0] }).toEqual({ id: c.id, hasNext: n1 && api[0].nextAllowed !== undefined });
      delete api[0].nextAllowed;
      expect({ id: c.id, result: api }).toEqual({ id: c.id, result: cli });
      if (cli[0].messages.length) withFindings++;
    }
    expect(withFindings).toBeGreaterThan(cases.length / 2);
  });

  test('the built binary itself prints what the API answers (one draft, byte for byte)', async () => {
    const text = `今天的作业是练习册第12页,有事打${PHONE}`;
    const cli = run(['--text', text, '--format', 'json', '--at', WORKING_TIME]);
    const api = await (await post(JSON.stringify({ text, at: WORKING_TIME }))).text();
    expect(api + '\n').toBe(cli.stdout);
    expect(api).not.toContain(PHONE);
  });
});

test('the next allowed send moment comes with an N1 finding', async () => {
  const body = await (await post(JSON.stringify({ text: '明天家长会，请准时参加。', at: '2026-11-25 21:40' }))).json();
  expect(body[0].messages.map((m: { clause: string }) => m.clause)).toContain('N1');
  expect(body[0].nextAllowed).toEqual({ at: '2026-11-26T00:00:00.000Z', text: expect.stringContaining('08:00') });
});

test('English messages with lang: en', async () => {
  const body = await (await post(JSON.stringify({ text: `有事打${PHONE}`, lang: 'en' }))).json();
  expect(body[0].messages[0].message).toMatch(/mobile|phone/i);
});

describe('refusals', () => {
  test('a body over 1 MB: 413', async () => {
    const response = await post('a'.repeat(1024 * 1024 + 1));
    expect(response.status).toBe(413);
    expect((await response.json()).error).toMatch(/1048576/);
  });

  test('a body over 1 MB without a Content-Length (chunked): 413 as well', async () => {
    const chunk = new TextEncoder().encode('a'.repeat(64 * 1024));
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent++ < 20) controller.enqueue(chunk);
        else controller.close();
      },
    });
    const response = await fetch(new URL('api/lint', server.url), { method: 'POST', body, duplex: 'half' } as RequestInit);
    expect(response.status).toBe(413);
  });

  test('exactly 1 MB is still read (and judged on its content)', async () => {
    const text = '请'.repeat(100);
    const body = JSON.stringify({ text });
    const padded = body + ' '.repeat(1024 * 1024 - Buffer.byteLength(body));
    expect((await post(padded)).status).toBe(200);
  });

  test.each([
    ['not JSON', '{"text": '],
    ['not an object', '["text"]'],
    ['no text', '{"at": "21:00"}'],
    ['text not a string', '{"text": 42}'],
    ['unknown kind', '{"text": "你好", "kind": "memo"}'],
    ['urgent not a boolean', '{"text": "你好", "urgent": "yes"}'],
    ['unreadable send time', '{"text": "你好", "at": "next Tuesday-ish"}'],
    ['bad lang', '{"text": "你好", "lang": "fr"}'],
  ])('a bad request (%s): 400 with a JSON error', async (_, body) => {
    const response = await post(body);
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toMatch(/application\/json/);
    expect(typeof (await response.json()).error).toBe('string');
  });

  test('a page of another origin: 403, and its own page is served', async () => {
    const foreign = await post(JSON.stringify({ text: '你好' }), { Origin: 'http://evil.example' });
    expect(foreign.status).toBe(403);
    const ownOrigin = new URL(server.url).origin;
    expect((await post(JSON.stringify({ text: '你好' }), { Origin: ownOrigin })).status).toBe(200);
  });

  test('a DNS-rebinding host name: 403', async () => {
    // fetch() will not let us set Host; node:http will.
    const { request } = await import('node:http');
    const status = await new Promise<number>((resolve, reject) => {
      const port = new URL(server.url).port;
      const req = request({ host: '127.0.0.1', port, path: '/', headers: { Host: `rebind.example:${port}` } }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on('error', reject);
      req.end();
    });
    expect(status).toBe(403);
  });

  test('GET /api/lint: 405; unknown path: 404', async () => {
    expect((await fetch(new URL('api/lint', server.url))).status).toBe(405);
    expect((await fetch(new URL('no-such-file', server.url))).status).toBe(404);
  });

  test('the server is still up after all that', async () => {
    expect((await post(JSON.stringify({ text: '你好' }))).status).toBe(200);
  });
});

describe('the page and the process', () => {
  test('the page comes with a Content-Security-Policy allowing only its own origin', async () => {
    const response = await fetch(server.url);
    expect(response.status).toBe(200);
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toMatch(/default-src 'none'/);
    expect(csp).toMatch(/connect-src 'self'/);
    expect(csp).not.toMatch(/https?:/);
    expect(await response.text()).toContain('<textarea id="draft"');
  });

  test('binds to 127.0.0.1 and stops cleanly on Ctrl+C', async () => {
    const other = await serve();
    expect(other.url).toMatch(/^http:\/\/127\.0\.0\.1:/);
    expect(other.stderr()).toBe('');
    expect(await other.stop()).toBe(0);
    expect(other.stdout()).toContain('已停止');
  });

  test('--host prints a warning; a bad or taken --port is exit 2 with one line', async () => {
    const shared = await serve(['--host', '0.0.0.0']);
    expect(shared.stderr()).toContain('警告');
    await shared.stop();
    const bad = run(['serve', '--port', 'abc']);
    expect(bad.status).toBe(2);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
    const taken = run(['serve', '--port', new URL(server.url).port]);
    expect(taken.status).toBe(2);
    expect(taken.stderr).toMatch(/已被占用/);
    expect(taken.stderr.trim().split('\n')).toHaveLength(1);
  });
});
