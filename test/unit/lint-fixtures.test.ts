import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Linter } from '../../src/core/lint/linter';
import type { Lang } from '../../src/core/lang';
import { byLine, unexpected } from './helpers/expectations';

const FIXTURES = path.resolve(__dirname, '../../../test/fixtures/lint');

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
    // The phrase rules alone: the fixtures are training data of the learned backstop (its own fixtures are in lint-intent.test.ts).
    const linter = new Linter({ learnedBackstop: false });
    const result = linter.lint(text, { lang });
    const actual = byLine(text, result.findings);

    it(`finds exactly the expected findings on every line of ${file}`, () => {
      assert.deepEqual(unexpected(text, result.findings), []);
    });

    it(`applies each finding's first suggestion and the rule no longer fires there (${file})`, function () {
      this.timeout(60000); // re-lints the whole fixture once per finding: 5–9 s for en-fresh.md on a loaded 2-core machine
      const problems: string[] = [];
      for (const f of result.findings) {
        const s = f.suggestions[0];
        assert.ok(s, `${f.rule} offers a suggestion`);
        const fixed = applySuggestion(text, s);
        const after = new Linter({ learnedBackstop: false }).lint(fixed, { lang }).findings;
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
