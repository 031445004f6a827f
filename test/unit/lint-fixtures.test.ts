import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Linter } from '../../src/core/lint/linter';
import type { Finding } from '../../src/core/lint/types';
import type { Lang } from '../../src/core/lang';

const FIXTURES = path.resolve(__dirname, '../../../test/fixtures/lint');
const EXPECT = /<!--\s*expect:\s*([^>]*?)\s*-->/;

/** Reads `<!-- expect: rule rule -->` markers: line number → sorted rule ids. */
function expectations(text: string): Map<number, string[]> {
  const out = new Map<number, string[]>();
  text.split('\n').forEach((line, i) => {
    const m = EXPECT.exec(line);
    if (m) out.set(i, m[1].split(/\s+/).filter(Boolean).sort());
  });
  return out;
}

function byLine(text: string, findings: readonly Finding[]): Map<number, string[]> {
  const out = new Map<number, string[]>();
  for (const f of findings) {
    const line = text.slice(0, f.offset).split('\n').length - 1;
    out.set(line, [...(out.get(line) ?? []), f.rule].sort());
  }
  return out;
}

function applySuggestion(text: string, s: { offset: number; length: number; text: string }): string {
  return text.slice(0, s.offset) + s.text + text.slice(s.offset + s.length);
}

/** Every fixture file with its language, from the `lang:` line of its front matter. */
const FILES = fs
  .readdirSync(FIXTURES)
  .filter((f) => f.endsWith('.md'))
  .sort()
  .map((file) => {
    const text = fs.readFileSync(path.join(FIXTURES, file), 'utf8');
    const lang = /^---\n(?:.*\n)*?lang:\s*(en|es|it)\s*\n/.exec(text)?.[1] as Lang | undefined;
    assert.ok(lang, `${file} names its language in its front matter`);
    return { file, lang, text };
  });

for (const { file, lang, text } of FILES) {
  describe(`lint fixture ${file}`, () => {
    const linter = new Linter();
    const result = linter.lint(text, { lang });
    const expected = expectations(text);
    const actual = byLine(text, result.findings);
    const lines = text.split('\n');

    it(`finds exactly the expected findings on every line of ${file}`, () => {
      const problems: string[] = [];
      for (let i = 0; i < lines.length; i++) {
        const want = expected.get(i) ?? [];
        const got = actual.get(i) ?? [];
        if (want.join(' ') !== got.join(' '))
          problems.push(`line ${i + 1}: expected [${want.join(', ')}], got [${got.join(', ')}]: ${lines[i].slice(0, 80)}`);
      }
      assert.deepEqual(problems, []);
    });

    it(`applies each finding's first suggestion and the rule no longer fires there (${file})`, function () {
      this.timeout(60000); // re-lints the whole fixture once per finding: 5–9 s for en-fresh.md on a loaded 2-core machine
      const problems: string[] = [];
      for (const f of result.findings) {
        const s = f.suggestions[0];
        assert.ok(s, `${f.rule} offers a suggestion`);
        const fixed = applySuggestion(text, s);
        const after = new Linter().lint(fixed, { lang }).findings;
        const line = text.slice(0, f.offset).split('\n').length - 1;
        const before = (actual.get(line) ?? []).filter((r) => r === f.rule).length;
        const remaining =
          byLine(fixed, after)
            .get(line)
            ?.filter((r) => r === f.rule).length ?? 0;
        if (remaining >= before) problems.push(`${f.rule} "${f.text}" → "${s.text}" still fires`);
      }
      assert.deepEqual(problems, []);
    });

    it(`gives every finding a message with its reason (${file})`, () => {
      for (const f of result.findings) {
        assert.ok(f.message.length > 30, `${f.rule} has a message`);
        assert.equal(text.slice(f.offset, f.offset + f.length), f.text);
      }
    });
  });
}
