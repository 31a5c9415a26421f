// Reading the user's configuration and dictionaries without hanging: only regular files (never
// /dev/zero, a FIFO or a terminal), never more than a size cap, and parsed YAML whose aliases do
// not expand into more than a bounded number of values (a "billion laughs" file).
import { closeSync, fstatSync, openSync, readSync, statSync } from 'node:fs';

/** Far above any real configuration or dictionary file (ours are a few KB each). */
export const MAX_FILE_BYTES = 4 << 20;
/** Values a parsed file may hold once its aliases are expanded. */
export const MAX_VALUES = 200_000;

/**
 * Why a path cannot be read safely, in the user's language (Chinese), or undefined when it can:
 * it must be a regular file of at most MAX_FILE_BYTES.
 */
export function unsafeFileReason(path: string): string | undefined {
  let stat;
  try {
    stat = statSync(path);
  } catch {
    return undefined; // missing or unreadable: the reader that follows says so, with the system's code
  }
  if (!stat.isFile()) return '不是普通文件（设备、管道或文件夹不能作为配置或词典）';
  if (stat.size > MAX_FILE_BYTES) return `文件过大（${stat.size} 字节，上限 ${MAX_FILE_BYTES} 字节）`;
  return undefined;
}

/** The text of a regular file of at most MAX_FILE_BYTES; throws an Error with a Chinese reason otherwise. */
export function readRegularFile(path: string): string {
  const reason = unsafeFileReason(path);
  if (reason) throw new Error(reason);
  // Opened without blocking on a FIFO swapped in after the check, and read at most to the cap.
  const fd = openSync(path, 'r');
  try {
    if (!fstatSync(fd).isFile()) throw new Error('不是普通文件（设备、管道或文件夹不能作为配置或词典）');
    const buffer = Buffer.alloc(Math.min(fstatSync(fd).size, MAX_FILE_BYTES) + 1);
    let length = 0;
    for (let n; length < buffer.length && (n = readSync(fd, buffer, length, buffer.length - length, null)) > 0; ) length += n;
    if (length > MAX_FILE_BYTES) throw new Error(`文件过大（上限 ${MAX_FILE_BYTES} 字节）`);
    return buffer.subarray(0, length).toString('utf8');
  } finally {
    closeSync(fd);
  }
}

/**
 * Whether a parsed value stays within MAX_VALUES once shared (aliased) parts are counted each time
 * they occur. Counting stops at the limit, so a file of nested aliases costs no more than that.
 */
export function withinValueLimit(value: unknown): boolean {
  let count = 0;
  const stack: unknown[] = [value];
  while (stack.length) {
    const v = stack.pop();
    if (++count > MAX_VALUES) return false;
    if (v && typeof v === 'object') for (const child of Object.values(v as object)) stack.push(child);
  }
  return true;
}
