import * as assert from 'node:assert/strict';
import { Linter } from '../../src/core/lint/linter';
import { lintDraft } from '../../src/core/lint/draft';
import { Sentences } from '../../src/core/text/sentences';
import type { Lang } from '../../src/core/lang';

const found = (text: string, lang: Lang) => new Linter().lint(text, { lang }).findings.map((f) => `${f.rule}:${f.text}`);
const rules = (text: string, lang: Lang) => new Linter().lint(text, { lang }).findings.map((f) => f.rule);
const sentences = (text: string, lang: Lang) => {
  const starts = new Sentences(text, lang).all();
  return starts.map((s, i) => text.slice(s, starts[i + 1] ?? text.length).trim());
};

describe('sentence ends', () => {
  it('does not end an English sentence at "e.g.", "i.e.", "etc." or "Mr."', () => {
    assert.deepEqual(
      sentences('Send the sources, e.g. the logo files. I mean the vectors, i.e. SVG. Mr. Lee agreed, etc. and so on. Done.', 'en'),
      ['Send the sources, e.g. the logo files.', 'I mean the vectors, i.e. SVG.', 'Mr. Lee agreed, etc. and so on.', 'Done.'],
    );
  });

  it('does not end a Spanish sentence at "p. ej.", "Sr.", "Sra." or "etc."', () => {
    assert.deepEqual(
      sentences('Faltan cosas, p. ej. las fotos. El Sr. Gómez y la Sra. Ruiz lo saben. Textos, fotos, etc. y el logo. Hasta luego.', 'es'),
      ['Faltan cosas, p. ej. las fotos.', 'El Sr. Gómez y la Sra. Ruiz lo saben.', 'Textos, fotos, etc. y el logo.', 'Hasta luego.'],
    );
  });

  it('does not end an Italian sentence at "ecc.", "dott.", "Sig.ra" or "p.es."', () => {
    assert.deepEqual(
      sentences("Mancano i testi, le foto ecc. e il logo. Il dott. Bruni e la Sig.ra Neri sono d'accordo. Per es. domani. A presto.", 'it'),
      ['Mancano i testi, le foto ecc. e il logo.', "Il dott. Bruni e la Sig.ra Neri sono d'accordo.", 'Per es. domani.', 'A presto.'],
    );
  });

  it('reads a hard-wrapped line as one sentence, and a list item as its own', () => {
    assert.deepEqual(sentences('The invoice is attached and the\npayment terms are 30 days.\n- first item\n- second item', 'en'), [
      'The invoice is attached and the\npayment terms are 30 days.',
      '- first item',
      '- second item',
    ]);
  });

  it('lets the context checks see the whole sentence across an abbreviation', () => {
    // "soon" counts only in the writer's own promise, which starts before the abbreviation.
    assert.deepEqual(rules("I'll send it to Mr. Lee soon.", 'en'), ['vague-timing']);
    assert.deepEqual(rules('Te lo mando al Sr. Gómez pronto.', 'es'), ['vague-timing']);
    assert.deepEqual(rules('Lo mando al dott. Bruni presto.', 'it'), ['vague-timing']);
  });
});

describe('a finding never hides another', () => {
  it('reports an apology and a free-work offer in one English sentence', () => {
    assert.deepEqual(rules("Sorry to bother you, I'll add the two extra pages for free.", 'en'), ['needless-apology', 'free-work']);
    assert.deepEqual(rules("I hope that's okay, I'll do the extra banners for free.", 'en'), ['reassurance-seeking', 'free-work']);
  });

  it('reports an apology and a free-work offer in one Spanish sentence', () => {
    assert.deepEqual(rules('Perdona la molestia, te hago los cambios gratis.', 'es'), ['needless-apology', 'free-work']);
    assert.deepEqual(rules('Espero que no haya problema, te hago el banner extra gratis.', 'es'), ['reassurance-seeking', 'free-work']);
  });

  it('reports an apology and a free-work offer in one Italian sentence', () => {
    assert.deepEqual(rules('Scusa il disturbo, le modifiche te le faccio gratis.', 'it'), ['needless-apology', 'free-work']);
    assert.deepEqual(rules('Spero vada bene, il banner in più te lo faccio gratis.', 'it'), ['reassurance-seeking', 'free-work']);
  });

  it('reports shouting beside a phrase finding in the same sentence', () => {
    assert.deepEqual(rules('Lo siento, NADIE me avisó.', 'es').sort(), ['hindsight-reproach', 'shouting']);
  });
});

describe('what shouting is', () => {
  it('flags an emphatic word or run inside a lower-case sentence, in each language', () => {
    assert.deepEqual(found('We NEVER got the files.', 'en'), ['shouting:NEVER']);
    assert.deepEqual(found('NO TOQUES los archivos del servidor.', 'es'), ['shouting:NO TOQUES']);
    assert.deepEqual(found('Non ho MAI ricevuto i file.', 'it'), ['shouting:MAI']);
    assert.deepEqual(found('I colori sono ESATTAMENTE quelli del manuale.', 'it'), ['shouting:ESATTAMENTE']);
  });

  it('keeps the heat meter on "INACEPTABLE!!!" and "I TOLD YOU THREE TIMES"', () => {
    const a = new Linter().lint('INACEPTABLE!!!', { lang: 'es' });
    assert.deepEqual(
      a.findings.map((f) => f.rule),
      ['shouting', 'stacked-punctuation'],
    );
    assert.notEqual(a.heat.level, 'calm');
    const b = new Linter().lint('I TOLD YOU THREE TIMES', { lang: 'en' });
    assert.ok(b.findings.some((f) => f.rule === 'shouting' && f.text.endsWith('TOLD YOU THREE TIMES')));
    assert.notEqual(b.heat.level, 'calm');
  });

  it('flags a run of capitals that is no known word in an exclamation or next to other shouting', () => {
    assert.deepEqual(found('The invoice is LATE and nobody answered!', 'en'), ['shouting:LATE']);
    assert.deepEqual(found('Nobody answered. This is FRUSTRATING!!!', 'en'), ['shouting:FRUSTRATING', 'stacked-punctuation:!!!']);
    assert.deepEqual(found('La entrega llega TARDÍSIMO!', 'es'), ['shouting:TARDÍSIMO']);
    assert.deepEqual(found('SENZA le correzioni NON POSSO andare in stampa.', 'it'), ['shouting:SENZA', 'shouting:NON POSSO']);
  });

  it('does not flag acronyms, codes, identifiers or quoted names', () => {
    assert.deepEqual(found('The export goes through the XKCDWS gateway and the API v2.', 'en'), []);
    assert.deepEqual(found('Set the "OVERRIDE" flag and read CHANGELOG.md first.', 'en'), []);
    assert.deepEqual(found('Sube el archivo INFORME_FINAL.PDF a la carpeta.', 'es'), []);
    assert.deepEqual(found('Apri il file REPORT.XLSX nella cartella.', 'it'), []);
  });

  it('does not flag a capitalised name in a calm sentence, in each language', () => {
    assert.deepEqual(found('Our office moved to PORT WASHINGTON last spring.', 'en'), []);
    assert.deepEqual(found('La oficina está en VILLAFRANCA DEL BIERZO, junto a la plaza.', 'es'), []);
    assert.deepEqual(found('Il modulo si chiama MAGAZZINO e va aggiornato.', 'it'), []);
  });

  it('does not flag a heading or a label typed in capitals', () => {
    assert.deepEqual(found('PROJECT SUMMARY\nThe quote is attached.', 'en'), []);
    assert.deepEqual(found('RESUMEN DEL PROYECTO\nTe adjunto el presupuesto.', 'es'), []);
    assert.deepEqual(found('RIEPILOGO:\nIl preventivo è in allegato.', 'it'), []);
  });

  it('does not flag capitals or marks of warmth: thanks, wishes, an invitation to reply', () => {
    assert.deepEqual(found('THANK YOU so much for the quick fix!', 'en'), []);
    assert.deepEqual(found('Please send the address, and PLEASE stay in touch!', 'en'), []);
    assert.deepEqual(found('Thanks!!', 'en'), []);
    assert.deepEqual(found('What do you think?!?', 'en'), []);
    assert.deepEqual(found('¡Muchas gracias!!!', 'es'), []);
    assert.deepEqual(found('Un abrazo!!', 'es'), []);
    assert.deepEqual(found('Grazie mille!!', 'it'), []);
    assert.deepEqual(found('Buon weekend!!!', 'it'), []);
  });

  it('flags "!!" or "??" next to other heat or in a sentence that complains or apologises, and "?!" or "!!!" always', () => {
    assert.deepEqual(found('Great news, the site is live!!', 'en'), []);
    assert.deepEqual(found('No problem at all!!', 'en'), []);
    assert.deepEqual(found('Sorry for the mix-up with the dates!!', 'en'), ['stacked-punctuation:!!']);
    assert.deepEqual(found('The files were due on Monday and still nothing!!', 'en'), ['stacked-punctuation:!!']);
    assert.deepEqual(found('Any news on the invoice??', 'en'), ['stacked-punctuation:??']);
    assert.deepEqual(found('Todavía no ha llegado la factura!!', 'es'), ['stacked-punctuation:!!']);
    assert.deepEqual(found('La fattura non è ancora arrivata!!', 'it'), ['stacked-punctuation:!!']);
    assert.deepEqual(found('Il sito è online!!', 'it'), []);
    assert.deepEqual(found('PLEASE DO NOT edit the live files!!', 'en'), ['shouting:PLEASE DO NOT', 'stacked-punctuation:!!']);
    assert.deepEqual(found('Where are the files?!', 'en'), ['stacked-punctuation:?!']);
    assert.deepEqual(found('Nadie ha contestado!!!', 'es'), ['stacked-punctuation:!!!']);
    assert.deepEqual(found('Nessuno ha risposto!!!', 'it'), ['stacked-punctuation:!!!']);
  });

  it('flags a plain "??" or "!!" aimed at the reader, not one in a bare question about times', () => {
    assert.deepEqual(found('Me pides cambiar las fotos el día 30??', 'es'), ['stacked-punctuation:??']);
    assert.deepEqual(found('You want the logo redone by tomorrow??', 'en'), ['stacked-punctuation:??']);
    assert.deepEqual(found('Is the call at 3pm or at 4pm??', 'en'), []);
  });

  it('reports a pointer back written in capitals once, as shouting, and keeps the meter warm', () => {
    assert.deepEqual(found('Te mando el archivo POR TERCERA VEZ.', 'es'), ['shouting:POR TERCERA VEZ']);
    assert.deepEqual(found('Te lo mando por tercera vez.', 'es'), ['reproachful-reminder:por tercera vez']);
    assert.notEqual(new Linter().lint('I TOLD YOU THREE TIMES', { lang: 'en' }).heat.level, 'calm');
  });
});

describe('one problem, one finding', () => {
  it('joins blame that follows blame with only a comma between into one finding', () => {
    assert.deepEqual(found('El fallo no es cosa mía, viene del plugin que instalasteis vosotros.', 'es'), [
      'blame-shifting:no es cosa mía, viene del plugin que instalasteis vosotros',
    ]);
  });

  it('reads "I will try to have it" with the vague time after it as one non-promise', () => {
    assert.deepEqual(found('Intentaré tenerlo resuelto cuanto antes.', 'es'), ['non-promise:Intentaré tenerlo resuelto cuanto antes']);
  });

  it('tells money waved away (free work) from extra work waved away (people-pleasing)', () => {
    assert.deepEqual(rules('Si hace falta hago otra, no te preocupes por el precio.', 'es'), ['free-work']);
    assert.deepEqual(rules('No te preocupes por los cambios extra.', 'es'), ['waving-away-cost']);
  });
});

describe('line endings', () => {
  it('treats lone CR line ends like LF: quotes, quoted history, signature, fences, comments, directives', () => {
    const lf = [
      'Fine, thanks.',
      '',
      '> ASAP!!! from the client',
      '',
      '```',
      'ASAP!!!',
      '```',
      '',
      '<!--',
      'NOBODY!!!',
      '-->',
      '',
      '<!-- composure-disable-next-line -->',
      'As I already said, no.',
      'As I already said, no.',
      '',
      'On Mon, 20 Nov 2026, Mark wrote:',
      'NOBODY!!!',
    ].join('\n');
    const linter = new Linter();
    const withLf = linter.lint(lf, { lang: 'en' }).findings.map((f) => `${f.rule}@${f.offset}`);
    assert.deepEqual(
      withLf.map((x) => x.split('@')[0]),
      ['reproachful-reminder'],
    );
    for (const eol of ['\r', '\r\n']) {
      const text = lf.split('\n').join(eol);
      const got = new Linter().lint(text, { lang: 'en' }).findings;
      assert.deepEqual(
        got.map((f) => f.rule),
        ['reproachful-reminder'],
        JSON.stringify(eol),
      );
      assert.equal(text.slice(got[0].offset, got[0].offset + got[0].length), 'As I already said');
    }
  });

  it('reads front matter and "composure: off" with lone CR line ends', () => {
    const ctx = { settings: { language: 'auto' as const, defaultLanguage: 'en' as const }, uiLang: 'en' as const };
    const off = lintDraft(new Linter(), '---\rcomposure: off\r---\rAs I already said!!!', ctx);
    assert.equal(off.off, true);
    assert.deepEqual(off.findings, []);
    const es = lintDraft(new Linter(), '---\rlang: es\rsubject: ASAP!!!\r---\rComo ya te dije, no.', ctx);
    assert.equal(es.lang, 'es');
    assert.deepEqual(
      es.findings.map((f) => f.rule),
      ['reproachful-reminder'],
    );
  });
});

describe('linear time', function () {
  this.timeout(180_000);
  // Adversarial inputs: a long sentence of matches, repeated apologies, one huge line of mixed
  // problems, a one-letter custom phrase, capitals everywhere, masks that never close, many lines.
  const make = (unit: string) => (n: number) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
  const cases: Array<[string, (n: number) => string, ConstructorParameters<typeof Linter>[0]]> = [
    ['one long sentence with repeated "soon"', make("I'll send it soon and "), {}],
    ['"sorry sorry …"', make('sorry '), {}],
    [
      'a single line of mixed problems',
      make('Call me anytime, even weekends, I will do it for free, as I already said, PLEASE DO NOT, ok!! '),
      {},
    ],
    // One paragraph of flagged sentences between plain ones: the learned backstop reads every plain
    // sentence and must not look through every finding of the paragraph for each.
    [
      'one paragraph of flagged and plain sentences',
      make("Sorry for the delay. The report is in the shared folder. I'll send it soon. We met on Tuesday. "),
      {},
    ],
    ['the custom phrase "a"', make('a b a c '), { extraPhrases: [{ phrase: 'a', category: 'heat' }], allowedPhrases: ['a b'] }],
    ['many capitals', make('WE NEVER GOT THE FILES AND NOBODY ANSWERED '), {}],
    ['unclosed masks', make('x@y ](a [b](c `d <!-- e http://f '), {}],
    ['lone CR lines with quotes', make('As I already said, no.\r> quoted ASAP!!!\r'), {}],
  ];
  /** CPU time of this process in ms: other processes on a busy machine do not inflate it, as they do wall time. */
  const cpuMs = () => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1000;
  };
  /**
   * CPU milliseconds per kilobyte to lint `copies` texts of `n` characters (a fresh paragraph cache
   * each time), the best of three rounds: a pause or a collection on a loaded machine is not growth.
   */
  const cost = (config: ConstructorParameters<typeof Linter>[0], gen: (n: number) => string, n: number, copies: number): number => {
    const linter = new Linter(config);
    linter.phraseCount('en'); // compiled before the clock starts
    const text = gen(n);
    let best = Infinity;
    for (let round = 0; round < 3; round++) {
      let total = 0;
      for (let i = 0; i < copies; i++) {
        linter.lint('reset', { lang: 'en' }); // the cache keeps only the last document's paragraphs
        const t0 = cpuMs();
        linter.lint(text, { lang: 'en' });
        total += cpuMs() - t0;
      }
      best = Math.min(best, total);
    }
    return best / ((n * copies) / 1000);
  };
  for (const [name, gen, config] of cases) {
    it(`lints ${name} in time linear in its length (10 KB, 100 KB, 1 MB)`, () => {
      // The same amount of small texts as of the middle size, so timer noise does not dominate.
      const [a, b, c] = [cost(config, gen, 10_000, 10), cost(config, gen, 100_000, 1), cost(config, gen, 1_000_000, 1)];
      // The cost per kilobyte may grow a little (a generous factor for a busy machine); a quadratic
      // pass would make it ten times higher at each step.
      const show = `${name}: ${[a, b, c].map((x) => x.toFixed(2)).join(' / ')} ms per KB at 10 KB / 100 KB / 1 MB`;
      assert.ok(c / b < 6, show);
      assert.ok(b / a < 6, show);
    });
  }
});
