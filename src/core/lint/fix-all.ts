import { getRule } from './rules';
import type { Finding, Suggestion } from './types';

/**
 * Whether a fix-all could change anything: some finding's rule has a safe first fix. Reads rule
 * metadata only, never a finding's suggestions (those are built lazily, per block, when first read).
 */
export function hasSafeFix(findings: readonly Finding[]): boolean {
  return findings.some((f) => !!getRule(f.rule)?.safeFix);
}

/**
 * The fixes a fix-all applies: the first suggestion of each finding when it is safe, skipping one
 * that overlaps a fix already taken. Only findings of rules with a safe fix have their suggestions
 * read.
 */
export function safeFixes(findings: readonly Finding[]): Suggestion[] {
  const safe: Suggestion[] = [];
  for (const f of findings) {
    if (!getRule(f.rule)?.safeFix) continue;
    const s = f.suggestions[0];
    if (s?.safe && !safe.some((o) => o.offset < s.offset + s.length && s.offset < o.offset + o.length)) safe.push(s);
  }
  return safe;
}
