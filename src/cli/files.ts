// Which files a run lints: command-line arguments (files, folders, globs) expanded, ignore rules applied,
// binary files set aside. This module does file-system I/O; the linter core does none.

import { closeSync, fstatSync, openSync, readdir, readFileSync, readSync, stat } from 'fs';
import type { Dirent, Stats } from 'fs';
import * as path from 'path';
import { ignore } from './lazyIgnore';
import type Picomatch from 'picomatch';
import { Decoded, decodeText, utf16WithoutBom } from './encoding';
import { IgnoreFiles } from './ignoreFiles';

// The callback forms, not fs.promises: loading node:fs/promises costs ~8 ms of every start-up.
const readdirAsync = (dir: string) => new Promise<Dirent[]>((resolve, reject) => readdir(dir, { withFileTypes: true }, (err, entries) => (err ? reject(err) : resolve(entries))));
const statAsync = (abs: string) => new Promise<Stats>((resolve, reject) => stat(abs, (err, stats) => (err ? reject(err) : resolve(stats))));

/** Loaded only when a glob is given: most runs name files and folders. */
const picomatch = () => require('picomatch') as typeof Picomatch;

/**
 * Extensions a folder walk picks up (compared in lower case). Files without an extension (LICENSE,
 * Makefile, scripts) are not walked: too often not messages. Any file named explicitly is linted.
 */
export const WALKED_EXTENSIONS: ReadonlySet<string> = new Set([
  '.txt', '.text', '.md', '.markdown', '.html', '.htm', '.hbs', '.handlebars', '.mustache', '.tpl',
]);
/** Never walked into, whatever the ignore rules say (a file in them named explicitly is still linted). */
export const ALWAYS_SKIPPED_DIRS: ReadonlySet<string> = new Set(['node_modules', '.git']);
/** A NUL byte this early means binary, as git decides. */
const BINARY_SNIFF_BYTES = 8192;

export type FileProblemReason = 'not-found' | 'unreadable' | 'no-match';

/** A problem makes the run fail (exit 2) once every other file has been linted. */
export interface FileProblem {
  path: string;
  reason: FileProblemReason;
  message: string;
}

/** A note, not a failure: an ignored or binary file, a folder with nothing to lint. */
export interface SkippedPath {
  path: string;
  why: string;
}

export interface CollectedFiles {
  /** Relative to cwd with forward slashes when inside it, else absolute; sorted by code unit, no duplicates. */
  files: string[];
  problems: FileProblem[];
  skipped: SkippedPath[];
}

export interface CollectOptions {
  cwd: string;
  /** From `--ignore-pattern`, gitignore syntax, relative to cwd; applied after `.complianceignore`. */
  ignorePatterns: string[];
}

export async function collectFiles(args: string[], opts: CollectOptions): Promise<CollectedFiles> {
  const cwd = path.resolve(opts.cwd);
  const files = new Map<string, string>(); // absolute path → path shown
  const problems: FileProblem[] = [];
  const skipped = new Map<string, string>(); // path shown → why
  const show = (abs: string) => shownPath(cwd, abs);
  const ignoreFiles = new IgnoreFiles(cwd, show, (file, err) => {
    problems.push({ path: show(file), reason: 'unreadable', message: `无法读取 ${show(file)}：${errorText(err)}` });
  });
  // Built only when there are patterns: the ignore package's first instance costs ~4 ms.
  const ignorePatterns = opts.ignorePatterns.length ? ignore().add(opts.ignorePatterns) : undefined;
  /** The ignore rule that excludes a path, if one does: `.complianceignore` files, then --ignore-pattern (inside cwd only). */
  const ignoringRule = (abs: string, isDir: boolean): string | undefined => {
    let rule = ignoreFiles.ruleFor(abs, isDir);
    const rel = relativeInside(cwd, abs);
    if (rel === '') return undefined;
    if (rel !== undefined && ignorePatterns) {
      const result = ignorePatterns.test(isDir ? `${rel}/` : rel);
      if (result.ignored && result.rule) rule = { pattern: result.rule.pattern, mark: '--ignore-pattern' };
      else if (result.unignored) rule = undefined;
    }
    return rule ? `“${rule.pattern}”（${rule.mark}）` : undefined;
  };
  /** Adds a text file; sets a binary file aside; reports one that cannot be read. */
  const addUnlessBinary = async (abs: string) => {
    const sniffed = await looksBinary(abs);
    if (typeof sniffed === 'object') {
      problems.push({ path: show(abs), reason: 'unreadable', message: `无法读取 ${show(abs)}：${sniffed.error}` });
    } else if (sniffed) {
      skipped.set(show(abs), `二进制文件（前 8 KB 含 NUL 字节），已跳过`);
    } else {
      files.set(abs, show(abs));
    }
  };
  /**
   * Walks a folder or a glob's base. `accept` decides on each file found that no ignore rule excludes;
   * `ignoredFile` hears of the others (files inside an ignored folder are not visited at all).
   */
  const walk = async (
    root: string,
    maxDepth: number,
    accept: (abs: string, relFromRoot: string) => Promise<void>,
    ignoredFile: (relFromRoot: string) => void = () => {},
  ) => {
    const visit = async (dir: string, depth: number): Promise<void> => {
      let entries: Dirent[];
      try {
        entries = await readdirAsync(dir);
      } catch (err) {
        problems.push({ path: show(dir), reason: 'unreadable', message: `无法读取目录 ${show(dir)}：${errorText(err)}` });
        return;
      }
      entries.sort((a, b) => compareCodeUnits(a.name, b.name));
      for (const entry of entries) {
        const abs = path.join(dir, entry.name);
        // Symlinked files count; symlinked folders are not followed (no cycles, no walking out of the tree).
        const isFile = entry.isFile() || (entry.isSymbolicLink() && (await isFileBehindLink(abs)));
        if (entry.isDirectory()) {
          if (ALWAYS_SKIPPED_DIRS.has(entry.name) || depth + 1 > maxDepth || ignoringRule(abs, true)) continue;
          await visit(abs, depth + 1);
        } else if (isFile) {
          const rel = toPosix(path.relative(root, abs));
          if (ignoringRule(abs, false)) ignoredFile(rel);
          else await accept(abs, rel);
        }
      }
    };
    await visit(root, 0);
  };

  for (const arg of args) {
    const abs = path.resolve(cwd, arg);
    const stat = await statOf(abs);
    // A path that exists wins over reading it as a glob: `通知[1].md` is a file name first.
    if (stat === undefined || stat instanceof Error) {
      const pattern = path.sep === '\\' ? arg.replace(/\\/g, '/') : arg;
      const scan = picomatch().scan(pattern);
      if (stat === undefined && scan.isGlob) {
        await expandGlob(arg, scan.base, scan.glob);
      } else if (stat === undefined) {
        problems.push({ path: arg, reason: 'not-found', message: `找不到文件或目录：${arg}` });
      } else {
        problems.push({ path: arg, reason: 'unreadable', message: `无法读取 ${arg}：${errorText(stat)}` });
      }
    } else if (stat.isDirectory()) {
      const rule = ignoringRule(abs, true);
      if (rule) {
        skipped.set(show(abs), `目录被忽略：匹配忽略规则 ${rule}`);
        continue;
      }
      let found = 0;
      await walk(abs, Infinity, async (file) => {
        if (!WALKED_EXTENSIONS.has(path.extname(file).toLowerCase())) return;
        found++;
        await addUnlessBinary(file);
      });
      if (found === 0) skipped.set(show(abs), `目录中没有要检查的文本文件（${[...WALKED_EXTENSIONS].join(' ')}）`);
    } else if (stat.isFile()) {
      // Named explicitly: linted whatever its extension, but ignore rules still apply (as ESLint).
      const rule = ignoringRule(abs, false);
      if (rule) skipped.set(show(abs), `文件被忽略：匹配忽略规则 ${rule}`);
      else await addUnlessBinary(abs);
    } else {
      problems.push({ path: arg, reason: 'unreadable', message: `不是普通文件：${arg}` });
    }
  }

  async function expandGlob(arg: string, base: string, glob: string) {
    const isMatch = picomatch()(glob, { dot: false });
    // Without `**` or braces a glob cannot reach deeper than its own slashes: no need to walk further.
    const maxDepth = /\*\*|\{/.test(glob) ? Infinity : glob.split('/').length - 1;
    const baseAbs = path.resolve(cwd, base || '.');
    const baseStat = await statOf(baseAbs);
    let matched = 0;
    let ignored = 0;
    if (baseStat && !(baseStat instanceof Error) && baseStat.isDirectory()) {
      await walk(
        baseAbs,
        maxDepth,
        async (file, rel) => {
          if (!isMatch(rel)) return;
          matched++;
          await addUnlessBinary(file); // the pattern chose these files: any extension
        },
        (rel) => {
          if (isMatch(rel)) ignored++;
        },
      );
    }
    // Matching nothing is likely a typo: a problem. Matching only ignored files is a choice: a note.
    if (matched === 0 && ignored === 0) problems.push({ path: arg, reason: 'no-match', message: `没有文件匹配：${arg}` });
    else if (matched === 0) skipped.set(arg, `匹配的 ${ignored} 个文件都被忽略规则排除`);
  }

  return {
    files: [...new Set(files.values())].sort(compareCodeUnits),
    problems,
    skipped: [...skipped].map(([p, why]) => ({ path: p, why })).sort((a, b) => compareCodeUnits(a.path, b.path)),
  };
}

/** Files read whole while looking for binary content, kept so that each is read once (batch speed). */
const alreadyRead = new Map<string, Buffer>();
/** Smaller files are read whole at the first look; larger ones only their first bytes. */
const READ_WHOLE_BELOW = 1 << 20;
/**
 * At most this many files are kept from the first look (each small Buffer costs 1–2 KB): a folder of
 * 100,000 messages would otherwise hold every one in memory before the first is linted.
 */
const KEEP_AT_MOST = 5000;

/** true/false, or the read error. UTF-16 (with a BOM, or NULs at one parity only) is full of NULs yet text. Synchronous: one small read per file is faster than promises. */
async function looksBinary(abs: string): Promise<boolean | { error: string }> {
  let fd: number | undefined;
  try {
    fd = openSync(abs, 'r');
    const size = fstatSync(fd).size;
    const buf = Buffer.alloc(size < READ_WHOLE_BELOW ? size : BINARY_SNIFF_BYTES);
    const bytesRead = readSync(fd, buf, 0, buf.length, 0);
    const head = buf.subarray(0, Math.min(bytesRead, BINARY_SNIFF_BYTES));
    const binary = !hasUtf16Bom(head) && head.includes(0) && !utf16WithoutBom(head, head.length < size);
    if (!binary && size < READ_WHOLE_BELOW && bytesRead === size && alreadyRead.size < KEEP_AT_MOST) alreadyRead.set(abs, buf);
    return binary;
  } catch (err) {
    return { error: errorText(err) };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Stats (following symlinks); undefined when the path does not exist; the error when it cannot be stat'ed. */
async function statOf(abs: string): Promise<Stats | Error | undefined> {
  try {
    return await statAsync(abs);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    return code === 'ENOENT' || code === 'ENOTDIR' ? undefined : (err as Error);
  }
}

async function isFileBehindLink(abs: string): Promise<boolean> {
  const stat = await statOf(abs);
  return stat !== undefined && !(stat instanceof Error) && stat.isFile();
}

/** Path relative to cwd with forward slashes, or undefined when outside cwd. */
function relativeInside(cwd: string, abs: string): string | undefined {
  const rel = path.relative(cwd, abs);
  if (rel === '..' || rel.startsWith(`..${path.sep}`) || path.isAbsolute(rel)) return undefined;
  return toPosix(rel);
}

function shownPath(cwd: string, abs: string): string {
  const rel = relativeInside(cwd, abs);
  if (rel === undefined) return abs;
  return rel === '' ? '.' : rel;
}

function toPosix(p: string): string {
  return path.sep === '\\' ? p.replace(/\\/g, '/') : p;
}

/** Plain UTF-16 code-unit order: the same on every machine and locale. */
function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function errorText(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  return e.code ?? e.message ?? String(err);
}

function hasUtf16Bom(buf: Uint8Array): boolean {
  return buf.length >= 2 && ((buf[0] === 0xff && buf[1] === 0xfe) || (buf[0] === 0xfe && buf[1] === 0xff));
}

/** Reads and decodes a file the way the CLI lints it. */
export async function readTextFile(file: string): Promise<Decoded | { error: string }> {
  const abs = path.resolve(file);
  const cached = alreadyRead.get(abs);
  alreadyRead.delete(abs);
  try {
    return decodeText(cached ?? readFileSync(abs));
  } catch (err) {
    return { error: `无法读取：${errorText(err)}` };
  }
}
