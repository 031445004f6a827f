import * as assert from 'node:assert/strict';
import { lintDraft, type DraftContext } from '../../src/core/lint/draft';
import { Linter } from '../../src/core/lint/linter';
import { getRule } from '../../src/core/lint/rules';
import { warmUpDraft, warmUpSteps } from '../../src/core/lint/warm-up';
import { LANGS } from '../../src/core/lang';

// The extension lints warmUpDraft(lang) in idle time so the first real draft of a language is
// linted at once: the draft must take the paths a real draft takes, in its own language.

const ctx: DraftContext = { settings: { language: 'auto', defaultLanguage: 'en' }, uiLang: 'en', today: '2026-11-27' };

describe('warm-up draft', () => {
  for (const lang of LANGS) {
    it(`is read as ${lang} from its front matter and finds rules of every category with rewrites`, () => {
      const result = lintDraft(new Linter(), warmUpDraft(lang), ctx);
      assert.equal(result.lang, lang);
      assert.equal(result.langSource, 'front matter');
      const categories = new Set(result.findings.map((f) => getRule(f.rule)?.category));
      assert.deepEqual([...categories].sort(), ['boundary_leak', 'defensive', 'heat', 'people_pleasing', 'vague_commitment']);
      assert.ok(
        result.findings.some((f) => f.suggestions.length > 0),
        'some findings carry rewrites',
      );
    });
  }
});

describe('warm-up steps', () => {
  for (const lang of LANGS) {
    it(`cut the ${lang} warm-up into one small draft per rule example, each read as ${lang}, ending with the whole warm-up draft`, () => {
      const steps = warmUpSteps(lang);
      assert.equal(steps.at(-1), warmUpDraft(lang));
      const small = steps.slice(0, -1);
      assert.ok(small.length >= 5, 'several small steps');
      for (const text of small) {
        assert.ok(text.length < warmUpDraft(lang).length / 3, 'each step is a fraction of the whole');
        assert.equal(lintDraft(new Linter(), text, ctx).lang, lang);
      }
    });
  }
});
