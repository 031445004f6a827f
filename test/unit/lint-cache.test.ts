import * as assert from 'node:assert/strict';
import { lintDraft, type DraftContext } from '../../src/core/lint/draft';
import { Linter } from '../../src/core/lint/linter';
import { detectRegister, RegisterTally } from '../../src/core/lint/rewrite';
import { commonEnds } from '../../src/core/lint/segment';

// Re-linting after an edit reuses what did not change: these tests pin down that the reused
// results are the ones a fresh linter gives, and that an edit costs its own paragraph only.

const ES = [
  'Hola Marta, te mando la propuesta en los próximos días.',
  'Como ya te dije, los textos tenían que llegar el lunes.',
  'Perdona la molestia, ¿ya tienes el logotipo?',
  'Llámame a cualquier hora, también los fines de semana.',
  'Los cambios de la portada te los hago gratis.',
];
const EN = [
  'As I already said, the homepage copy was due on Monday.',
  "I'll send the final invoice ASAP.",
  'Sorry to bother you again about the logo.',
  'PLEASE DO NOT edit the live menu!!',
  'The staging site is ready for review.',
];
const ctx: DraftContext = { settings: { language: 'auto', defaultLanguage: 'en' }, uiLang: 'en', today: '2026-11-27' };

/** A draft of `n` numbered paragraphs cycling through `sentences`, two sentences each. */
function draft(sentences: string[], n: number, lang: string): string {
  const paras = Array.from(
    { length: n },
    (_, i) => `${i + 1}. ${sentences[i % sentences.length]} ${sentences[(i * 3 + 1) % sentences.length]}`,
  );
  return `---\nlang: ${lang}\n---\n${paras.join('\n\n')}\n`;
}

/** Counts the paragraphs a linter lints (not taken from its cache). */
function countBlocks(linter: Linter): { count: number } {
  const counter = { count: 0 };
  const own = linter as unknown as { lintBlock: (...args: unknown[]) => unknown };
  const lintBlock = own.lintBlock.bind(linter);
  own.lintBlock = (...args: unknown[]) => {
    counter.count++;
    return lintBlock(...args);
  };
  return counter;
}

const insert = (text: string, at: number, s: string) => text.slice(0, at) + s + text.slice(at);

describe('re-linting after an edit', () => {
  it('lints only the edited paragraph after a keystroke in a long draft', () => {
    const text = draft(EN, 200, 'en');
    const linter = new Linter();
    const counter = countBlocks(linter);
    lintDraft(linter, text, ctx);
    assert.equal(counter.count, 200);
    counter.count = 0;
    const edited = insert(text, text.indexOf('ASAP', text.length >> 1), 'x');
    lintDraft(linter, edited, ctx);
    assert.equal(counter.count, 1);
    counter.count = 0;
    lintDraft(linter, insert(edited, text.length >> 1, 'y'), ctx);
    assert.equal(counter.count, 1);
  });

  it('gives the findings and suggestions of a fresh linter after each kind of edit, in each language', () => {
    for (const [sentences, lang] of [
      [EN, 'en'],
      [ES, 'es'],
    ] as const) {
      const text = draft(sentences, 30, lang);
      const mid = text.indexOf('\n\n', text.length >> 1);
      const edits: Array<[string, string]> = [
        ['a letter typed', insert(text, mid - 5, 'x')],
        ['a paragraph split', insert(text, mid - 20, '\n\n')],
        ['a paragraph joined', text.slice(0, mid) + ' ' + text.slice(mid + 2)],
        ['a paragraph moved to the top', text.replace('---\n', `---\n${text.slice(mid + 2, text.indexOf('\n\n', mid + 2))}\n\n`)],
        ['a directive added', insert(text, mid + 2, '<!-- composure-disable-next-line -->\n')],
        ['a duplicate paragraph', insert(text, mid, `\n\n${sentences[1]}\n\n${sentences[1]}`)],
        ['shouting added to one paragraph', insert(text, mid - 5, ' I TOLD YOU THREE TIMES!!! ')],
        ['everything replaced', draft(sentences, 7, lang)],
        ['back to the start', text],
      ];
      const linter = new Linter();
      lintDraft(linter, text, ctx);
      for (const [name, edited] of edits) {
        assert.deepEqual(lintDraft(linter, edited, ctx), lintDraft(new Linter(), edited, ctx), `${lang}: ${name}`);
      }
    }
  });

  it('rewrites an unchanged paragraph again when an edit elsewhere changes the register of the draft', () => {
    const informal = `---\nlang: es\n---\nSolo quería preguntarte si viste la propuesta.\n\nGracias.\n`;
    const formal = informal.replace('Gracias.', 'Gracias. Atentamente, quedo a su disposición. Le agradezco su paciencia.');
    const linter = new Linter();
    const before = lintDraft(linter, informal, ctx);
    const after = lintDraft(linter, formal, ctx);
    assert.deepEqual(after, lintDraft(new Linter(), formal, ctx));
    assert.notDeepEqual(
      after.findings.map((f) => f.suggestions[0]?.text),
      before.findings.map((f) => f.suggestions[0]?.text),
    );
  });
});

describe('helpers of the re-lint', () => {
  it('counts the register of a document paragraph by paragraph as detectRegister does on the whole', () => {
    const tally = new RegisterTally();
    const texts = [
      'Estimada Sra. Vidal:\n\nle escribo para confirmarle la entrega.\n\nAtentamente,',
      'Hola Marta,\n\nte mando el archivo.\n\n¿Me dices algo? Un abrazo',
      'Hola Marta,\n\nte mando el archivo.\n\nAtentamente, quedo a su disposición.',
      'Gentile Dott. Neri,\n\nLe invio la bozza.\n\nCordiali saluti',
      'Ciao Luca,\n\nti mando la bozza, fammi sapere.',
      '',
    ];
    for (const text of texts) {
      for (const lang of ['es', 'it'] as const) assert.equal(tally.detect(text, lang), detectRegister(text, lang), `${lang}: ${text}`);
    }
    assert.equal(tally.detect('Hola, te mando el archivo.', 'es', 'formal'), 'formal');
    assert.equal(tally.detect('Hi Sam.', 'en'), 'neutral');
  });

  it('finds the common start and end of two texts without letting them overlap', () => {
    const long = 'abc '.repeat(3000);
    assert.deepEqual(commonEnds(long, long), [long.length, 0]);
    assert.deepEqual(commonEnds(`${long}x${long}`, `${long}yz${long}`), [long.length, long.length]);
    assert.deepEqual(commonEnds('aaaa', 'aaaaa'), [4, 0]);
    assert.deepEqual(commonEnds('', 'abc'), [0, 0]);
    assert.deepEqual(commonEnds('xbc', 'ybc'), [0, 2]);
  });
});

describe('rewrites built once for repeated paragraphs', () => {
  // A filler of the same length as a paragraph, with nothing to find: offsets stay where they were.
  const filler = (s: string) => 'a '.repeat(Math.ceil(s.length / 2)).slice(0, s.length);
  const P = "Sorry for the long email. I just wanted to check the files, I'll send the invoice ASAP.";
  const suggestionsOf = (text: string, from: number, to: number) =>
    new Linter()
      .lint(text, { lang: 'en', rewrite: { today: '2026-11-27' } })
      .findings.filter((f) => f.offset >= from && f.offset < to)
      .map((f) => [f.rule, f.offset, f.suggestions]);

  it('gives each copy of a repeated paragraph the suggestions it gets alone, also indented or with trailing spaces', () => {
    const parts = ['Hi Sam,', P, P, `  ${P}`, `${P}  `, P];
    const text = parts.join('\n\n');
    let at = 0;
    for (let k = 0; k < parts.length; k++) {
      const alone = parts.map((p, i) => (i === k ? p : filler(p))).join('\n\n');
      const end = at + parts[k].length;
      assert.deepEqual(suggestionsOf(text, at, end), suggestionsOf(alone, at, end), `copy ${k}`);
      at = end + 2;
    }
  });
});
