import * as assert from 'node:assert/strict';
import { ruleDocument } from '../../src/core/lint/rule-doc';
import { RULES } from '../../src/core/lint/rules';

describe('rule reference pages', () => {
  it('has a page for every rule in each UI language, with its title, reason and the disable comment', () => {
    for (const r of RULES) {
      for (const lang of ['en', 'es', 'it'] as const) {
        const page = ruleDocument(r.id, lang);
        assert.ok(page.startsWith(`# ${r.title[lang]} (\`${r.id}\`)`), `${r.id} ${lang}`);
        assert.ok(page.includes(r.why[lang]), `${r.id} ${lang} why`);
        assert.ok(page.includes(`composure-disable-next-line ${r.id}`), `${r.id} ${lang} disable`);
      }
    }
  });

  it('links only to rules that exist', () => {
    const ids = new Set(RULES.map((r) => r.id));
    for (const m of ruleDocument('shouting', 'es').matchAll(/\]\(\.\/([\w-]+)\.md\)/g)) assert.ok(ids.has(m[1]), m[1]);
  });

  it('says so when a rule does not exist instead of showing an empty page', () => {
    assert.match(ruleDocument('no-such-rule', 'it'), /Non esiste una regola di Composure chiamata «no-such-rule»/);
  });
});
