import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { checkProfile, profileError } from '../../src/core/clients/profile-check';
import { parseFrontMatter } from '../../src/core/frontmatter';
import { lintDraft } from '../../src/core/lint/draft';
import { Linter } from '../../src/core/lint/linter';

// Hand-written front matter often holds a value with ": " inside (`subject: Re: the invoice`),
// which YAML rejects as a nested mapping. It is read as written and its line is still reported.

describe('hand-written front matter with ": " inside a value', () => {
  it('reads the value as written and reports its line, in English, Spanish and Italian replies', () => {
    for (const [subject, lang] of [
      ['Re: more revisions', 'en'],
      ['RE: presupuesto: segunda versión', 'es'],
      ['R: preventivo di marzo', 'it'],
    ]) {
      const fm = parseFrontMatter(`---\nlang: ${lang}\nsubject: ${subject}\nto: ana@example.com\n---\nBody\n`);
      assert.deepEqual(fm.data, { lang, subject, to: 'ana@example.com' });
      assert.equal(fm.error?.line, 3, `the subject line of "${subject}" is reported`);
      assert.equal(fm.error?.key, 'subject');
    }
  });

  it('lints a reply draft with such front matter in the language it names, without throwing', () => {
    const text = '---\nlang: es\nsubject: Re: entrega: fechas\n---\nPerdona la molestia, te lo mando lo antes posible.\n';
    const result = lintDraft(new Linter(), text, { settings: { language: 'auto', defaultLanguage: 'en' }, uiLang: 'en' });
    assert.equal(result.lang, 'es');
    assert.equal(result.langSource, 'front matter');
    assert.ok(result.findings.length > 0);
  });

  it('shows a profile error on the line but loses no signal key when the value was read as written', () => {
    const text = '---\nname: Ana Ruiz\ncompany: Lumen: estudio\ncontract: 2026-01-10\n---\n';
    const problems = checkProfile(text, 'en');
    assert.deepEqual(
      problems.map((p) => [p.code, p.line]),
      [['profile-error', 3]],
    );
    const fm = parseFrontMatter(text);
    assert.equal(fm.data.company, 'Lumen: estudio');
    assert.deepEqual(profileError(fm)?.lost, []);
  });

  it('still leaves out a broken value it cannot read as one line', () => {
    const fm = parseFrontMatter('---\nname: Ana\ntags: [a, b\nlang: en\n---\n');
    assert.equal(fm.data.tags, undefined);
    assert.equal(fm.data.lang, 'en');
    assert.equal(fm.error?.line, 3);
  });
});

describe('the sample workspace', () => {
  const root = path.join(__dirname, '../../../examples/workspace');
  const markdown = (dir: string): string[] =>
    fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
      const p = path.join(dir, e.name);
      return e.isDirectory() ? markdown(p) : /\.md$/i.test(e.name) ? [p] : [];
    });

  it('has front matter that parses cleanly in every file', () => {
    const files = markdown(root);
    assert.ok(files.length > 10, `the sample files are found (${files.length})`);
    const broken = files
      .map((f) => [path.relative(root, f), parseFrontMatter(fs.readFileSync(f, 'utf8')).error] as const)
      .filter(([, e]) => e !== undefined)
      .map(([f, e]) => `${f}:${e?.line} ${e?.message}`);
    assert.deepEqual(broken, []);
  });
});
