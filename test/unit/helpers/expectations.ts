import type { Finding } from '../../../src/core/lint/types';

const EXPECT = /<!--\s*expect:\s*([^>]*?)\s*-->/;

/** Reads `<!-- expect: rule rule -->` markers: line number → sorted rule ids. */
export function expectations(text: string): Map<number, string[]> {
  const out = new Map<number, string[]>();
  text.split('\n').forEach((line, i) => {
    const m = EXPECT.exec(line);
    if (m) out.set(i, m[1].split(/\s+/).filter(Boolean).sort());
  });
  return out;
}

/** Findings' rule ids by line number, sorted. */
export function byLine(text: string, findings: readonly Finding[]): Map<number, string[]> {
  const out = new Map<number, string[]>();
  for (const f of findings) {
    const line = text.slice(0, f.offset).split('\n').length - 1;
    out.set(line, [...(out.get(line) ?? []), f.rule].sort());
  }
  return out;
}

/** Lines whose findings differ from their markers, described (empty: all as expected). */
export function unexpected(text: string, findings: readonly Finding[]): string[] {
  const expected = expectations(text);
  const actual = byLine(text, findings);
  const lines = text.split('\n');
  const problems: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const want = expected.get(i) ?? [];
    const got = actual.get(i) ?? [];
    if (want.join(' ') !== got.join(' '))
      problems.push(`line ${i + 1}: expected [${want.join(', ')}], got [${got.join(', ')}]: ${lines[i].slice(0, 80)}`);
  }
  return problems;
}
