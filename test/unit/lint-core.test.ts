import * as assert from 'node:assert/strict';
import { Linter } from '../../src/core/lint/linter';
import { lintDraft } from '../../src/core/lint/draft';
import { segment } from '../../src/core/lint/segment';
import { hasConcreteDate, isCommitment } from '../../src/core/lint/guards';
import { RULES } from '../../src/core/lint/rules';
import { PACKS } from '../../src/core/lint/packs';
import { LANGS } from '../../src/core/lang';
import { countPattern } from '../../src/core/lint/patterns';

const rules = (text: string, lang: 'en' | 'es' | 'it' = 'en', linter = new Linter()) =>
  linter.lint(text, { lang }).findings.map((f) => f.rule);

describe('what the linter reads', () => {
  it('skips front matter, fenced code, HTML comments, quotes and the signature', () => {
    const text = [
      '---',
      'subject: ASAP',
      '---',
      '',
      'Hello.',
      '',
      '```',
      'ASAP',
      '```',
      '',
      '<!--',
      'ASAP',
      '-->',
      '',
      '> ASAP from the client',
      '',
      'Thanks,',
      'Sam',
      '-- ',
      'Call me anytime, even weekends.',
    ].join('\n');
    assert.deepEqual(rules(text), []);
  });

  it('stops at quoted history: "On … wrote:", "El … escribió:", "Il giorno … ha scritto:"', () => {
    for (const header of [
      'On Mon, 20 Nov 2026 at 10:00, Mark <m@x.com> wrote:',
      'El lun, 20 nov 2026, Ana escribió:',
      'Il giorno lun 20 nov 2026 Marco ha scritto:',
    ]) {
      assert.deepEqual(rules(`Fine.\n\n${header}\nAs I already said, send it ASAP!!!`), [], header);
    }
    assert.deepEqual(rules('Fine.\n\nOn Mon, 20 Nov 2026 at 10:00, Mark <m@x.com>\nwrote:\nAs I already said!!!'), []);
    assert.deepEqual(rules('Fine.\n\n-----Original Message-----\nFrom: Mark\nSent: Monday\nASAP!!!'), []);
  });

  it('finds blocks separated by blank lines and never joins them', () => {
    const seg = segment('one\ntwo\n\nthree');
    assert.equal(seg.blocks.length, 2);
  });

  it('does not let a phrase run across a sentence end', () => {
    assert.deepEqual(rules('I am sorry. Again, the file is attached.'), []);
  });
});

describe('guards', () => {
  it('treats a named day or time as a concrete date', () => {
    for (const s of [
      'by friday at 5 pm',
      'manana antes de las 17:00',
      'domani entro le 17',
      'on 27/11',
      'the 3rd',
      'by 2026-11-27',
      'el 15 de mayo',
    ]) {
      assert.equal(hasConcreteDate(s), true, s);
    }
    for (const s of ['as soon as possible', 'in a few days', 'disponible 24/7', 'reperibile h24'])
      assert.equal(hasConcreteDate(s), false, s);
  });

  it('finds a named day or time without a digit after any non-letter, and not inside a word (the quick check before the pattern)', () => {
    for (const s of [
      'this morning',
      '“tomorrow”',
      'send it—today',
      'end of the day',
      'a fine giornata',
      'esta tarde',
      'in giornata',
      'entro stasera!',
      '(domenica)',
      'el sabado',
    ])
      assert.equal(hasConcreteDate(s), true, s);
    for (const s of ['todayish', 'thismorning', 'the weekend', 'in a while', 'endless', 'soon, promise'])
      assert.equal(hasConcreteDate(s), false, s);
  });

  it("recognises the writer's own promise in each language", () => {
    assert.equal(isCommitment("i'll send it soon", 'en'), true);
    assert.equal(isCommitment('the campaign starts soon', 'en'), false);
    assert.equal(isCommitment('te lo mando pronto', 'es'), true);
    assert.equal(isCommitment('te enviare el archivo pronto', 'es'), true);
    assert.equal(isCommitment('ti mando tutto presto', 'it'), true);
  });

  it('does not call vague timing that promises nothing a vague commitment: requests, advice, needs', () => {
    assert.deepEqual(rules('Please let me know ASAP.'), []);
    assert.deepEqual(rules('Could you send the signed copy as soon as possible?'), []);
    assert.deepEqual(rules('If the portal is down, you could try again in a few days.'), []);
    assert.deepEqual(rules('Si el portal falla, deberías intentarlo más adelante.', 'es'), []);
    assert.deepEqual(rules('Se il portale non risponde, puoi riprovare a breve.', 'it'), []);
    assert.deepEqual(rules("I'll get back to you ASAP."), ['vague-timing']);
    assert.deepEqual(rules('Te lo mando en breve.', 'es'), ['vague-timing']);
    assert.deepEqual(rules('Te lo mando a breve.', 'it'), ['vague-timing']);
  });

  it('does not flag "for free" in a refusal or when fixing the writer\'s own mistake', () => {
    assert.deepEqual(rules("I'm not redoing the navigation for free."), []);
    assert.deepEqual(rules('The typo was my mistake. I will reprint it for free.'), []);
    assert.deepEqual(rules('I will add the extra pages for free.'), ['free-work']);
  });
});

describe('rhetorical questions', () => {
  it('counts a question-only pattern anywhere in a sentence that ends with "?" and nowhere else', () => {
    const linter = new Linter({ learnedBackstop: false });
    assert.ok(rules('Le costava tanto avvisarmi prima?', 'it', linter).includes('sarcasm'));
    assert.ok(rules('Le costava tanto avvisarmi prima?! Ora è tardi.', 'it', linter).includes('sarcasm'));
    assert.ok(!rules('Le costava tanto avvisarmi prima, lo so, ma ora è tardi.', 'it', linter).includes('sarcasm'));
    // Only the sentence that asks: the statement after it stays quiet.
    assert.deepEqual(rules('Ma come si fa a perderlo di nuovo? Ma come si fa a ritrovarlo te lo spiego io.', 'it', linter), ['sarcasm']);
  });
});

describe('shouting and punctuation', () => {
  it('ignores acronyms and names that recur in capitals', () => {
    assert.deepEqual(rules('The PDF, SVG and CMYK files are ready; VAT is included.'), []);
    assert.deepEqual(rules('QUALCOMM signed. We start with QUALCOMM next week.'), []);
  });
  it('flags a single emphatic word and runs of capitals', () => {
    assert.deepEqual(rules('NOBODY answered.'), ['shouting']);
    assert.deepEqual(rules('Please DO NOT TOUCH the server.'), ['shouting']);
  });
  it('flags !! and ?! but never a single mark or Spanish opening marks', () => {
    assert.deepEqual(rules('Great news!'), []);
    assert.deepEqual(rules('¿Puedes enviarlo?', 'es'), []);
    assert.deepEqual(rules('Why?!'), ['stacked-punctuation']);
  });
  it('fixes shouting to normal case, keeping a capital at the start of a sentence', () => {
    const f = new Linter().lint('PLEASE DO NOT edit it.', { lang: 'en' }).findings[0];
    assert.equal(f.suggestions[0].text, 'Please do not');
  });
});

describe('inline directives and configuration', () => {
  it('honours disable-next-line, disable-line and disable/enable blocks, by rule or category', () => {
    const text = [
      '<!-- composure-disable-next-line vague-timing -->',
      "I'll send it ASAP.",
      "I'll send it ASAP. <!-- composure-disable-line -->",
      '<!-- composure-disable defensive -->',
      'As I already said, no.',
      '<!-- composure-enable defensive -->',
      'As I already said, no.',
    ].join('\n');
    assert.deepEqual(rules(text), ['reproachful-reminder']);
  });

  it('turns off a document with front matter "composure: off"', () => {
    const r = lintDraft(new Linter(), '---\ncomposure: off\n---\nAs I already said!!!', {
      settings: { language: 'auto', defaultLanguage: 'en' },
      uiLang: 'en',
    });
    assert.equal(r.off, true);
    assert.deepEqual(r.findings, []);
  });

  it('applies per-category severity, disabled rules, allowed phrases and extra phrases', () => {
    const linter = new Linter({
      severity: { people_pleasing: 'error', heat: 'off' },
      disabledRules: ['vague-timing'],
      allowedPhrases: ['just checking in'],
      extraPhrases: [{ phrase: 'kind regards (not)', category: 'defensive', lang: 'en', message: 'House style.' }],
    });
    const f = linter.lint('Sorry to bother you!!! Just checking in. I will send it ASAP. Kind regards (not).', { lang: 'en' }).findings;
    assert.deepEqual(
      f.map((x) => `${x.rule}:${x.severity}`),
      ['needless-apology:error', 'custom-phrase:warning'],
    );
    assert.match(f[1].message, /House style\./);
  });

  it('treats user phrases as plain text, never as patterns or regular expressions', () => {
    const linter = new Linter({ extraPhrases: [{ phrase: '(a+)+$ [x]|y', category: 'heat' }] });
    assert.deepEqual(linter.lint('aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!', { lang: 'en' }).findings, []);
  });
});

describe('language and holds', () => {
  const ctx = { settings: { language: 'auto' as const, defaultLanguage: 'en' as const }, uiLang: 'en' as const };
  it('takes the language from front matter, then the client, then detection, then the default', () => {
    assert.equal(lintDraft(new Linter(), '---\nlang: it\n---\nHello', ctx).langSource, 'front matter');
    assert.equal(lintDraft(new Linter(), 'Hello', { ...ctx, clientLang: 'es' }).lang, 'es');
    const es = lintDraft(new Linter(), 'Hola Ana, te envío la propuesta que comentamos y el presupuesto para la web.', ctx);
    assert.deepEqual([es.lang, es.langSource], ['es', 'detected']);
    assert.equal(lintDraft(new Linter(), 'Ok', ctx).langSource, 'default');
    assert.equal(lintDraft(new Linter(), 'Hola', { ...ctx, settings: { language: 'it', defaultLanguage: 'en' } }).lang, 'it');
  });

  it('reports an active hold with a diagnostic on the hold_until line, and nothing once it is over', () => {
    const text = '---\nto: Ana\nhold_until: 2026-11-22T15:30\n---\nHello.';
    const on = lintDraft(new Linter(), text, { ...ctx, now: '2026-11-22T15:00' });
    assert.equal(on.holdUntil, '2026-11-22T15:30');
    assert.equal(on.findings[0].rule, 'reply-on-hold');
    assert.equal(text.slice(on.findings[0].offset, on.findings[0].offset + on.findings[0].length), 'hold_until: 2026-11-22T15:30');
    const off = lintDraft(new Linter(), text, { ...ctx, now: '2026-11-22T15:31' });
    assert.equal(off.holdUntil, undefined);
    assert.deepEqual(off.findings, []);
  });

  it('lints only the first million characters of a huge draft and says so', () => {
    const huge = 'Fine words here. '.repeat(70_000) + 'As I already said!!';
    const r = lintDraft(new Linter(), huge, ctx);
    assert.equal(r.truncated, true);
    assert.deepEqual(r.findings, []);
  });

  it('re-lints an edited document from its paragraph cache with identical results', () => {
    const linter = new Linter();
    const base = 'As I already said, no.\n\nCall me anytime.\n\nThanks!!';
    linter.lint(base, { lang: 'en' });
    const edited = `Hi!\n\n${base}`;
    assert.deepEqual(linter.lint(edited, { lang: 'en' }).findings, new Linter().lint(edited, { lang: 'en' }).findings);
  });
});

describe('the rule registry', () => {
  it('gives every rule a message and a reason in English, Spanish and Italian', () => {
    for (const r of RULES)
      for (const l of LANGS) {
        assert.ok(r.title[l]?.trim(), `${r.id} title ${l}`);
        assert.ok(r.why[l]?.trim().length > 20, `${r.id} why ${l}`);
      }
  });

  it('has phrases in every language for every phrase rule, and examples that fire', () => {
    for (const r of RULES.filter((x) => x.matcher === 'phrases')) {
      for (const pack of PACKS) {
        assert.ok(pack.phrases[r.id]?.length, `${r.id} has ${pack.lang} phrases`);
      }
    }
    for (const r of RULES)
      for (const [lang, ex] of Object.entries(r.examples)) {
        const linter = new Linter();
        const bad = linter.lint(ex.bad, { lang: lang as 'en' }).findings.map((f) => f.rule);
        assert.ok(bad.includes(r.id), `${r.id} fires on its ${lang} example: ${ex.bad} → ${bad.join(', ')}`);
        const good = new Linter().lint(ex.good, { lang: lang as 'en' }).findings.filter((f) => f.severity !== 'hint');
        assert.deepEqual(
          good.map((f) => f.rule),
          [],
          `${r.id} ${lang} good example is clean`,
        );
      }
  });

  it('expands to hundreds of phrasings per language, with no duplicate rule ids', () => {
    for (const pack of PACKS) {
      const n = Object.values(pack.phrases)
        .flat()
        .reduce((sum, p) => sum + countPattern(p, pack.lang, pack.classes), 0);
      assert.ok(n > 1000, `${pack.lang}: ${n}`);
    }
    assert.equal(new Set(RULES.map((r) => r.id)).size, RULES.length);
  });
});
