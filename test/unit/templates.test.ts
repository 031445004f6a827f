import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { markdownSnippets } from '../../src/core/templates/snippets';
import { Linter } from '../../src/core/lint/linter';
import { fillTemplate, TEMPLATE_TITLES, TEMPLATES, templatesFor, type TemplateKind } from '../../src/core/templates/catalog';
import { LANGS } from '../../src/core/lang';

/** Renders a snippet body as the user would first see it: placeholders replaced by their defaults. */
function render(body: string): string {
  let out = body;
  for (let i = 0; i < 5; i++) out = out.replace(/\$\{\d+:([^${}]*)\}/g, '$1');
  return out;
}

const VALUES = { first: 'Ana', company: 'Acme', me: 'Sam Rivera', hours: 'Monday to Friday, 9:00–18:00', date: 'Tuesday 24 November', rate: '650 EUR a day' };

describe('templates', () => {
  it('has every kind in English, and in both registers of Spanish and Italian', () => {
    const kinds = Object.keys(TEMPLATE_TITLES) as TemplateKind[];
    for (const kind of kinds) {
      assert.ok(TEMPLATES.some((t) => t.kind === kind && t.lang === 'en'), `${kind} en`);
      for (const lang of ['es', 'it'] as const) for (const reg of ['informal', 'formal'] as const) {
        assert.ok(TEMPLATES.some((t) => t.kind === kind && t.lang === lang && t.register === reg), `${kind} ${lang} ${reg}`);
      }
      for (const l of LANGS) assert.ok(TEMPLATE_TITLES[kind][l]);
    }
    assert.equal(templatesFor('en', 'formal').length, kinds.length);
    assert.equal(templatesFor('es', 'formal').length, kinds.length);
  });

  it('fills the client\'s data and leaves tab stops for the rest', () => {
    const t = templatesFor('es', 'informal').find((x) => x.kind === 'holding');
    assert.ok(t);
    const filled = fillTemplate(t.body, { first: 'Lucía', me: 'Sam', date: 'martes 24 de noviembre' });
    assert.match(filled, /^Hola, Lucía:/);
    assert.match(filled, /antes del \$\{1:martes 24 de noviembre\}/);
    assert.equal(fillTemplate('{{first}} {{rate}}', { first: 'A$b' }), 'A\\$b ${20:rate}');
  });

  for (const t of TEMPLATES) {
    it(`passes the project's linter with no findings: ${t.kind} (${t.lang}, ${t.register})`, () => {
      const text = render(fillTemplate(t.body, VALUES));
      const findings = new Linter().lint(text, { lang: t.lang }).findings.filter((f) => f.severity !== 'hint');
      assert.deepEqual(findings.map((f) => `${f.rule}: “${f.text}”`), []);
    });
  }
});

describe('snippets', () => {
  it('keeps snippets/markdown.json in sync with the template catalog (npm run snippets)', () => {
    const file = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../../snippets/markdown.json'), 'utf8'));
    assert.deepEqual(file, markdownSnippets());
    assert.equal(Object.keys(file).length, TEMPLATES.length + 6);
  });
});
