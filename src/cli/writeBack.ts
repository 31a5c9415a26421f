// Writing a fixed file back without risking the user's text: a temporary file in the same folder,
// then a rename over the original, so that a crash or a full disk leaves either the old file or the
// new one, never half of each. The file's mode (and owner, where allowed) is kept; a read-only file
// is not touched; a file that no longer holds what was linted (edited meanwhile) is left alone.
import { chmodSync, closeSync, fchownSync, fsyncSync, openSync, readFileSync, realpathSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';

export type WriteRefusal = 'read-only' | 'changed' | 'failed';

/**
 * Replaces `file` with `bytes` if it still holds `expected`. Returns undefined when written, else why
 * not ('failed' with the system's error code: a read-only folder, a full disk). A symbolic link is
 * followed: its target is replaced.
 */
export function writeBack(file: string, bytes: Uint8Array, expected: Uint8Array): { refused: WriteRefusal; detail?: string } | undefined {
  let temp: string | undefined;
  try {
    const target = realpathSync(file);
    const stat = statSync(target);
    // Mode bits, not access(): root may write anything, yet a file made read-only means "do not change".
    if ((stat.mode & 0o222) === 0) return { refused: 'read-only' };
    if (!readFileSync(target).equals(expected)) return { refused: 'changed' };
    temp = join(dirname(target), `.${basename(target)}.${process.pid}-${randomBytes(4).toString('hex')}.jiaxiao-lint.tmp`);
    const fd = openSync(temp, 'wx', 0o600);
    try {
      for (let written = 0; written < bytes.length; ) written += writeSync(fd, bytes, written);
      try {
        fchownSync(fd, stat.uid, stat.gid); // keeps the owner when we may (root, or the same user)
      } catch {
        // not allowed: the file becomes ours, as any editor's save would make it
      }
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    chmodSync(temp, stat.mode & 0o7777);
    // Checked again just before the rename: the window for an editor's save is now a few microseconds.
    if (!readFileSync(target).equals(expected)) return { refused: 'changed' };
    renameSync(temp, target);
    temp = undefined;
    return undefined;
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    return { refused: 'failed', detail: err.code ?? err.message };
  } finally {
    if (temp !== undefined) {
      try {
        unlinkSync(temp);
      } catch {
        // never created
      }
    }
  }
}
