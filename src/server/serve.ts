// `jiaxiao-lint serve`: the paste page and POST /api/lint on a local HTTP server. Everything it
// serves is read once at start-up (the page from dist/web-served/, the dictionaries, the config);
// a request never reads or writes the file system. Safe to leave running: 127.0.0.1 unless --host
// says otherwise, bodies over 1 MB refused (413), requests from another origin's page refused
// (403, and a Host that is not an address of ours is refused, against DNS rebinding), a bad
// request is a 400 with a JSON error.
import { readFileSync } from 'node:fs';
import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import { isIP } from 'node:net';
import { networkInterfaces } from 'node:os';
import { join } from 'node:path';
import { DraftRequestError, lintDraft, toDraftRequest } from '../core/draft';
import type { ResolvedConfig } from '../core/options';
import type { Ruleset } from '../core/rules';
import type { Lang } from '../core/types';
import { json } from '../formatters/json';

export const DEFAULT_PORT = 5177;
export const MAX_BODY_BYTES = 1024 * 1024;
const DRAIN_BYTES = 8 * MAX_BODY_BYTES;
const DRAIN_MS = 5000;

/** Where `npm run build` puts the served page. */
const PAGE_DIR = join(__dirname, '..', 'web-served');
const PAGE_FILES: Record<string, { file: string; type: string }> = {
  '/': { file: 'index.html', type: 'text/html; charset=utf-8' },
  '/page.js': { file: 'page.js', type: 'text/javascript; charset=utf-8' },
  '/page.css': { file: 'page.css', type: 'text/css; charset=utf-8' },
};

/** The page may load only its own files and talk only to its own server. */
export const SERVED_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

export interface ServeOptions {
  ruleset: Ruleset;
  config: ResolvedConfig;
  /** The --host given, if any: a name by which the page may be reached besides IP addresses and localhost. */
  host?: string;
}

interface Asset {
  type: string;
  body: Buffer;
}

/** Reads the page's files; throws an Error naming the missing file (the build was not run). */
export function loadPage(dir = PAGE_DIR): Map<string, Asset> {
  const assets = new Map<string, Asset>();
  for (const [path, { file, type }] of Object.entries(PAGE_FILES)) assets.set(path, { type, body: readFileSync(join(dir, file)) });
  return assets;
}

/**
 * Checks one draft with a send time, so that everything the core loads on first use (jieba's
 * dictionary, the holiday data, the time modules) is loaded now and not on a request's behalf.
 */
export function warmUp(opts: Omit<ServeOptions, 'host'>): void {
  lintDraft({ text: '各位家长：明天上午9点开家长会。', at: '2026-11-25 10:00' }, opts.ruleset, opts.config, new Date());
}

export function createLintServer(opts: ServeOptions, assets: Map<string, Asset>): Server {
  return createServer((req, res) => {
    handle(req, res, opts, assets).catch(() => {
      // Not reached for bad input (handled below); a bug must not take the server down.
      if (!res.headersSent) sendJson(res, 500, { error: 'internal error' });
      else res.destroy();
    });
  });
}

/** Host names we answer to: IP literals (any address of this machine), localhost, and the --host name. */
function hostAllowed(hostHeader: string | undefined, opts: ServeOptions): boolean {
  if (!hostHeader) return false;
  const name = hostHeader.replace(/:\d+$/, '').replace(/^\[(.*)\]$/, '$1').toLowerCase();
  return isIP(name) !== 0 || name === 'localhost' || (opts.host !== undefined && name === opts.host.toLowerCase());
}

function langOf(req: IncomingMessage): Lang {
  return /^en\b/i.test(req.headers['accept-language'] ?? '') ? 'en' : 'zh';
}

async function handle(req: IncomingMessage, res: ServerResponse, opts: ServeOptions, assets: Map<string, Asset>): Promise<void> {
  const en = langOf(req) === 'en';
  const path = (req.url ?? '/').split('?')[0];
  if (!hostAllowed(req.headers.host, opts)) {
    return sendJson(res, 403, { error: en ? 'Unknown host name' : '未知的主机名' });
  }
  // A page of another origin (or a rebinding name) may not use us. Requests without Origin come
  // from scripts and command-line tools, not from another site's page.
  const origin = req.headers.origin;
  if (origin !== undefined && origin !== `http://${req.headers.host}`) {
    return sendJson(res, 403, { error: en ? 'Requests from other origins are refused' : '拒绝来自其他来源的请求' });
  }

  if (path === '/api/lint') {
    if (req.method !== 'POST') {
      res.setHeader('Allow', 'POST');
      return sendJson(res, 405, { error: en ? 'Use POST' : '请使用 POST' });
    }
    const body = await readBody(req);
    if (body === 'too large') {
      // Answered; the rest of the body is read and dropped so that the client, still sending, gets the
      // answer instead of a reset, but only up to DRAIN_BYTES and DRAIN_MS: then the connection is cut.
      res.once('finish', () => {
        let drained = 0;
        req.on('data', (chunk: Buffer) => {
          drained += chunk.length;
          if (drained > DRAIN_BYTES) req.destroy();
        });
        req.resume();
        setTimeout(() => req.destroy(), DRAIN_MS).unref();
      });
      return sendJson(res, 413, { error: en ? `The body is larger than ${MAX_BODY_BYTES} bytes` : `请求体超过 ${MAX_BODY_BYTES} 字节` });
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(body));
    } catch {
      return sendJson(res, 400, { error: en ? 'The body is not valid UTF-8 JSON' : '请求体不是有效的 UTF-8 JSON' });
    }
    try {
      const request = toDraftRequest(parsed);
      const results = lintDraft(request, opts.ruleset, opts.config, new Date());
      return send(res, 200, 'application/json; charset=utf-8', json(results));
    } catch (e) {
      if (e instanceof DraftRequestError) return sendJson(res, 400, { error: e.message });
      throw e;
    }
  }

  // Browsers ask for an icon on their own; there is none (and no 404 in the console).
  if (path === '/favicon.ico') return send(res, 204, 'image/x-icon', '');
  const asset = assets.get(path);
  if (!asset) return sendJson(res, 404, { error: en ? 'Not found' : '未找到' });
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.setHeader('Allow', 'GET, HEAD');
    return sendJson(res, 405, { error: en ? 'Use GET' : '请使用 GET' });
  }
  res.setHeader('Content-Security-Policy', SERVED_CSP);
  send(res, 200, asset.type, req.method === 'HEAD' ? '' : asset.body);
}

/** The body, or 'too large' as soon as it passes MAX_BODY_BYTES (announced or counted). */
function readBody(req: IncomingMessage): Promise<Buffer | 'too large'> {
  return new Promise((resolve, reject) => {
    if (Number(req.headers['content-length'] ?? 0) > MAX_BODY_BYTES) return resolve('too large');
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        req.off('data', onData);
        resolve('too large');
        return;
      }
      chunks.push(chunk);
    };
    req.on('data', onData);
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function sendJson(res: ServerResponse, status: number, value: unknown): void {
  send(res, status, 'application/json; charset=utf-8', JSON.stringify(value));
}

function send(res: ServerResponse, status: number, type: string, body: string | Buffer): void {
  res.writeHead(status, {
    'Content-Type': type,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-store',
  });
  res.end(body);
}

export interface ServeFlags {
  port?: string;
  host?: string;
}

/**
 * Runs the server until Ctrl+C (SIGINT) or SIGTERM; resolves with the exit code. A bad flag, a
 * missing page build or a port in use is one line on stderr and exit 2.
 */
export async function serveCommand(opts: Omit<ServeOptions, 'host'>, flags: ServeFlags, lang: Lang): Promise<number> {
  const en = lang === 'en';
  const fail = (zh: string, enText: string): number => {
    process.stderr.write(`jiaxiao-lint: ${en ? enText : zh}\n`);
    return 2;
  };
  const port = flags.port === undefined ? DEFAULT_PORT : /^\d+$/.test(flags.port) && Number(flags.port) <= 65535 ? Number(flags.port) : NaN;
  if (Number.isNaN(port)) return fail(`--port 应为 0–65535 的整数：${flags.port}`, `--port must be an integer 0–65535: ${flags.port}`);
  const host = flags.host ?? '127.0.0.1';
  let assets: Map<string, Asset>;
  try {
    assets = loadPage();
  } catch (e) {
    return fail(`找不到页面文件（${(e as NodeJS.ErrnoException).path ?? PAGE_DIR}），请先运行 npm run build`, `The page files are missing (${(e as NodeJS.ErrnoException).path ?? PAGE_DIR}): run npm run build first`);
  }
  warmUp(opts);
  const server = createLintServer({ ...opts, host: flags.host }, assets);
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, host, () => resolve());
    });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? (e as Error).message;
    if (code === 'EADDRINUSE') return fail(`端口 ${port} 已被占用，请用 --port 换一个（或 --port 0 任选）`, `Port ${port} is in use: pick another with --port (or --port 0 for any free one)`);
    return fail(`无法在 ${host}:${port} 上启动服务（${code}）`, `Cannot listen on ${host}:${port} (${code})`);
  }
  // Ctrl+C closes the server (and open connections) and lets the process end with exit 0. Listened
  // for before the address is printed: whoever reads it may stop us at once.
  const stopped = new Promise<void>((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      server.close(() => resolve());
      server.closeAllConnections();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  const shown = host.includes(':') ? `[${host}]` : host;
  const url = `http://${host === '0.0.0.0' || host === '::' ? '127.0.0.1' : shown}:${actualPort}/`;
  if (flags.host !== undefined && host !== '127.0.0.1' && host !== 'localhost' && host !== '::1') {
    process.stderr.write(
      en
        ? `Warning: listening on ${host}: other devices on this network can open the page and send drafts to it. Use it only on a network you trust.\n`
        : `警告：正在 ${host} 上监听，同一网络中的其他设备也能打开此页面并提交草稿。请只在可信的网络中使用。\n`,
    );
  }
  process.stdout.write(en ? `jiaxiao-lint page: ${url}  (Ctrl+C to stop)\n` : `jiaxiao-lint 页面：${url}  （按 Ctrl+C 停止）\n`);
  if (host === '0.0.0.0' || host === '::') {
    // The addresses other devices on the network can use.
    for (const a of Object.values(networkInterfaces()).flat()) {
      if (a && !a.internal && a.family === 'IPv4') process.stdout.write(`  http://${a.address}:${actualPort}/\n`);
    }
  }

  await stopped;
  process.stdout.write(en ? 'Stopped.\n' : '已停止。\n');
  return 0;
}
