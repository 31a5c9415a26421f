// `.complianceignore` files, found the way git finds `.gitignore`: in the folder of each linted path
// and in every folder above it up to the repository root (the nearest folder holding `.git`), each
// file's patterns relative to its own folder, deeper files able to re-include (`!`) what an upper one
// ignores. Outside a repository the search stops at cwd (or, for a path outside cwd, at its own folder).
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { ignore } from './lazyIgnore';
import type { Ignore } from 'ignore';

export const IGNORE_FILE = '.complianceignore';

export interface IgnoringRule {
  pattern: string;
  /** Where the rule comes from, as shown to the user (`docs/.complianceignore`). */
  mark: string;
}

export class IgnoreFiles {
  /** Folder → the rules of its ignore file (null: it has none). */
  private readonly rules = new Map<string, Ignore | null>();
  /** Folder → where its upward search stops. */
  private readonly stops = new Map<string, string>();

  /**
   * @param show how a path is shown (relative to cwd)
   * @param unreadable hears of an ignore file that exists but cannot be read (once each)
   */
  constructor(
    private readonly cwd: string,
    private readonly show: (abs: string) => string,
    private readonly unreadable: (file: string, error: unknown) => void,
  ) {}

  /** The rule that ignores a path (the deepest ignore file decides), or undefined. */
  ruleFor(abs: string, isDir: boolean): IgnoringRule | undefined {
    const dir = path.dirname(abs);
    const folders: string[] = [];
    const stop = this.stopFor(dir);
    for (let d = dir; ; d = path.dirname(d)) {
      folders.unshift(d);
      if (d === stop || path.dirname(d) === d) break;
    }
    let found: IgnoringRule | undefined;
    for (const folder of folders) {
      const rules = this.rulesOf(folder);
      if (!rules) continue;
      const rel = path.relative(folder, abs).split(path.sep).join('/');
      const result = rules.test(isDir ? `${rel}/` : rel);
      if (result.ignored && result.rule) found = { pattern: result.rule.pattern, mark: this.show(path.join(folder, IGNORE_FILE)) };
      else if (result.unignored) found = undefined;
    }
    return found;
  }

  /** The repository root above a folder, else cwd when the folder is inside it, else the folder itself. */
  private stopFor(dir: string): string {
    let stop = this.stops.get(dir);
    if (stop !== undefined) return stop;
    for (let d = dir; ; d = path.dirname(d)) {
      if (existsSync(path.join(d, '.git'))) {
        stop = d;
        break;
      }
      if (path.dirname(d) === d) break;
    }
    if (stop === undefined) {
      const rel = path.relative(this.cwd, dir);
      stop = rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel)) ? this.cwd : dir;
    }
    this.stops.set(dir, stop);
    return stop;
  }

  private rulesOf(folder: string): Ignore | null {
    let rules = this.rules.get(folder);
    if (rules !== undefined) return rules;
    rules = null;
    const file = path.join(folder, IGNORE_FILE);
    try {
      const text = readFileSync(file, 'utf8');
      rules = ignore().add(text.split(/\r\n|[\r\n]/));
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT' && (err as NodeJS.ErrnoException).code !== 'ENOTDIR') this.unreadable(file, err);
    }
    this.rules.set(folder, rules);
    return rules;
  }
}
