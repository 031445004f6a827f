import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { INTENT_RULES, intentFileName } from '../../src/core/lint/intent/backstop';
import { Linter } from '../../src/core/lint/linter';
import { ruleDocument } from '../../src/core/lint/rule-doc';
import type { Lang } from '../../src/core/lang';
import { resolveSettings } from '../../src/core/settings';
import { unexpected } from './helpers/expectations';
import { readMatcherData, withSource } from './helpers/matcher-data';

const FIXTURES = path.resolve(__dirname, '../../../test/fixtures/intent/lint');
const LANGS: Lang[] = ['en', 'es', 'it'];
const fixture = (lang: Lang) => fs.readFileSync(path.join(FIXTURES, `${lang}.md`), 'utf8');
const intents = (text: string, lang: Lang, linter = new Linter()) =>
  linter.lint(text, { lang }).findings.filter((f) => f.rule.startsWith('intent-'));

describe('the learned intent backstop', () => {
  for (const lang of LANGS) {
    it(`reports a fresh sentence next to a rule finding, and nothing in calm sentences or in a paragraph without a rule finding (${lang})`, () => {
      const text = fixture(lang);
      assert.deepEqual(unexpected(text, new Linter().lint(text, { lang }).findings), []);
    });

    it(`reports as Information with no rewrite and a message in the UI language (${lang})`, () => {
      const text = fixture(lang);
      const [f] = intents(text, lang, new Linter({}, lang));
      assert.equal(f.severity, 'info');
      assert.deepEqual(f.suggestions, []);
      assert.equal(f.rule, `intent-${f.category}`);
      const start = { en: 'Reads as', es: 'Se lee como', it: 'Si legge come' }[lang];
      assert.ok(f.message.startsWith(start), f.message);
      assert.ok(f.message.includes(f.text), f.message);
      assert.ok(!/[.!?…]”\./.test(f.message), `no full stop after a quoted sentence's own: ${f.message}`);
    });

    it(`is off when composure.lint.learnedBackstop is false (${lang})`, () => {
      const { lint } = resolveSettings({ 'composure.lint.learnedBackstop': false });
      assert.equal(lint.learnedBackstop, false);
      assert.deepEqual(intents(fixture(lang), lang, new Linter(lint)), []);
    });
  }

  it('has a rule page for each of its rule ids in each UI language, naming the setting that turns it off', () => {
    for (const id of INTENT_RULES)
      for (const lang of LANGS) {
        const page = ruleDocument(id, lang);
        assert.ok(page.includes(`(\`${id}\`)`) && page.includes('composure.lint.learnedBackstop'), page);
      }
  });

  it('reads one sentence of the draft the extension-host test opens as people-pleasing, as Information with no rewrite', () => {
    const text = fs.readFileSync(path.resolve(__dirname, '../../../test/fixtures/intent/extension/en-reply.md'), 'utf8');
    const found = intents(text, 'en');
    assert.deepEqual(
      found.map((f) => [f.rule, f.severity, f.text, f.suggestions.length]),
      [['intent-people_pleasing', 'info', "Again, sorry, I'm so embarrassed.", 0]],
    );
  });

  it('is on by default in the settings', () => {
    assert.equal(resolveSettings({}).lint.learnedBackstop, true);
  });

  it('stays silent when the build wrote no model, and the rules still report', () => {
    const text = fixture('en');
    const noModel = (name: string) => (name.startsWith('intent-') ? undefined : readMatcherData(name));
    const findings = withSource(noModel, () => new Linter().lint(text, { lang: 'en' }).findings);
    assert.ok(findings.length > 0);
    assert.deepEqual(
      findings.filter((f) => f.rule.startsWith('intent-')),
      [],
    );
  });

  it('ships a compact model per language (under 100 KB each)', () => {
    for (const lang of LANGS) {
      const bytes = readMatcherData(intentFileName(lang));
      assert.ok(bytes && bytes.length < 100_000, `${intentFileName(lang)}: ${bytes?.length} bytes`);
    }
  });
});
