// Reports quote the source (stylish excerpts, JSON `source`): the secrets found in it are masked
// first, keeping every offset, so that the linter never repeats a phone, ID or card number.
import type { Ruleset } from './rules';
import type { Finding } from './types';

/** Masks the digits of each secret finding except the first three and last four; same length. */
export function redactSecrets(source: string, findings: Finding[], ruleset: Ruleset): string {
  const secret = new Set(ruleset.rules.filter((r) => r.secret).map((r) => r.id));
  let out = source;
  for (const f of findings) {
    if (!secret.has(f.ruleId)) continue;
    const [start, end] = f.range;
    const part = out.slice(start, end);
    const digits = part.replace(/[^0-9A-Za-z]/g, '').length;
    let seen = 0;
    const masked = part.replace(/[0-9A-Za-z]/g, (c) => (++seen <= 3 || seen > digits - 4 ? c : '*'));
    out = out.slice(0, start) + masked + out.slice(end);
  }
  return out;
}
