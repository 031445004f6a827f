import * as assert from 'node:assert/strict';
import { hasSafeFix, safeFixes } from '../../src/core/lint/fix-all';
import { Linter } from '../../src/core/lint/linter';
import type { Finding } from '../../src/core/lint/types';

/** Copies of findings that count how often their suggestions are read. */
function counted(findings: readonly Finding[]): { findings: Finding[]; reads: Map<string, number> } {
  const reads = new Map<string, number>();
  const copies = findings.map((f) => {
    const copy = { ...f };
    Object.defineProperty(copy, 'suggestions', {
      get: () => {
        reads.set(f.rule, (reads.get(f.rule) ?? 0) + 1);
        return f.suggestions;
      },
    });
    return copy;
  });
  return { findings: copies, reads };
}

describe('fix all', () => {
  const draft = 'Hi,\n\nSorry to bother you again. Where is the file?! I need it NOW!!! Call me anytime.\n';

  it('applies the safe first fix of each finding and never reads the suggestions of a rule without a safe fix', () => {
    const linted = new Linter().lint(draft, { lang: 'en', markdown: false }).findings;
    assert.ok(
      linted.some((f) => f.rule === 'unlimited-availability'),
      'a finding without a safe fix is there',
    );
    const { findings, reads } = counted(linted);
    const fixes = safeFixes(findings);
    const fixed = [...fixes]
      .sort((a, b) => b.offset - a.offset)
      .reduce((t, s) => t.slice(0, s.offset) + s.text + t.slice(s.offset + s.length), draft);
    assert.equal(fixed, 'Hi,\n\nSorry to bother you again. Where is the file? I need it now! Call me anytime.\n');
    assert.deepEqual([...reads.keys()].sort(), ['shouting', 'stacked-punctuation']);
  });

  it('knows whether a fix-all is worth offering without reading any suggestion', () => {
    const linted = new Linter().lint(draft, { lang: 'en', markdown: false }).findings;
    const { findings, reads } = counted(linted);
    assert.equal(hasSafeFix(findings), true);
    assert.equal(hasSafeFix(findings.filter((f) => f.rule === 'unlimited-availability')), false);
    assert.equal(reads.size, 0);
  });

  it('skips a safe fix that overlaps one already taken', () => {
    const text = 'With all due respect, the invoice is OVERDUE!!!';
    const fixes = safeFixes(new Linter().lint(text, { lang: 'en', markdown: false }).findings);
    for (const [i, a] of fixes.entries())
      for (const b of fixes.slice(i + 1)) assert.ok(a.offset + a.length <= b.offset || b.offset + b.length <= a.offset);
    assert.ok(fixes.length >= 1);
  });
});
