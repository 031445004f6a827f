import * as assert from 'node:assert/strict';
import { hoursInWords, isTimeRate } from '../../src/core/templates/fill-values';
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

const VALUES = {
  first: 'Ana',
  company: 'Acme',
  me: 'Sam Rivera',
  hours: 'Monday to Friday, 9:00–18:00',
  date: 'Tuesday 24 November',
  rate: '650 EUR a day',
};

describe('templates', () => {
  it('has every kind in English, and in both registers of Spanish and Italian', () => {
    const kinds = Object.keys(TEMPLATE_TITLES) as TemplateKind[];
    for (const kind of kinds) {
      assert.ok(
        TEMPLATES.some((t) => t.kind === kind && t.lang === 'en'),
        `${kind} en`,
      );
      for (const lang of ['es', 'it'] as const)
        for (const reg of ['informal', 'formal'] as const) {
          assert.ok(
            TEMPLATES.some((t) => t.kind === kind && t.lang === lang && t.register === reg),
            `${kind} ${lang} ${reg}`,
          );
        }
      for (const l of LANGS) assert.ok(TEMPLATE_TITLES[kind][l]);
    }
    assert.equal(templatesFor('en', 'formal').length, kinds.length);
    assert.equal(templatesFor('es', 'formal').length, kinds.length);
  });

  it("fills the client's data and leaves tab stops for the rest", () => {
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
      assert.deepEqual(
        findings.map((f) => `${f.rule}: “${f.text}”`),
        [],
      );
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

describe("template values in the email's language", () => {
  it('writes working hours out in English, Spanish and Italian', () => {
    assert.equal(hoursInWords('Mon-Fri 09:00-18:00', 'en'), 'Monday to Friday, 9:00–18:00');
    assert.equal(hoursInWords('Mon-Fri 09:00-18:00', 'es'), 'de lunes a viernes, de 9:00 a 18:00');
    assert.equal(hoursInWords('Mon-Fri 09:00-18:00', 'it'), 'dal lunedì al venerdì, dalle 9 alle 18');
    assert.equal(hoursInWords('lun-vie 10:00-19:00', 'en'), 'Monday to Friday, 10:00–19:00');
    assert.equal(hoursInWords('lun-ven 9:30-18', 'it'), 'dal lunedì al venerdì, dalle 9:30 alle 18');
    assert.equal(
      hoursInWords('Mon,Wed 9-13; Sat 10-14', 'es'),
      'los lunes y los miércoles, de 9:00 a 13:00; los sábados, de 10:00 a 14:00',
    );
    assert.equal(hoursInWords('Tue-Thu 14-18', 'it'), 'dal martedì al giovedì, dalle 14 alle 18');
  });

  it('keeps hours it cannot read as written', () => {
    assert.equal(hoursInWords('mornings only', 'es'), 'mornings only');
  });

  it('takes a rate only when it is a price per hour or per day, not a project budget', () => {
    for (const r of ['650 EUR/day', '45 EUR/h', '500 EUR/giorno', '80 € per hour', '400 € al día', "60 euro l'ora", '90 €/ hora'])
      assert.ok(isTimeRate(r), r);
    for (const r of ['3000 EUR', '12.000 € proyecto completo', 'forfait 2500 euro', undefined]) assert.ok(!isTimeRate(r), String(r));
  });
});
