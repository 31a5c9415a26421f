// The ignore package, required on first use: most runs have no ignore file and no --ignore-pattern,
// and loading it and building its first instance costs ~5 ms of start-up.
import type { Ignore, Options } from 'ignore';
import type IgnoreFactory from 'ignore';

export function ignore(options?: Options): Ignore {
  return (require('ignore') as typeof IgnoreFactory)(options);
}
