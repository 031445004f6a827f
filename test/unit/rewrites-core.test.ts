import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Linter } from '../../src/core/lint/linter';
import { PACKS } from '../../src/core/lint/packs';
import { detectRegister, swapMayMatch } from '../../src/core/lint/rewrite';
import { dateValue } from '../../src/core/lint/rewrite/slots';
import { addDays, addWorkingDays, parseIsoDate } from '../../src/core/dates/calendar';
import { format } from 'date-fns';
import { enGB, es as esLocale, it as itLocale } from 'date-fns/locale';

const TODAY = '2026-11-27';

describe('rewrites: register and slots', () => {
  it('reads usted and tú from a Spanish draft, Lei and tu from an Italian one, and English as neutral', () => {
    assert.equal(detectRegister('Estimada Sra. Vidal: le escribo para confirmarle la entrega. Atentamente,', 'es'), 'formal');
    assert.equal(detectRegister('Hola Marta, te mando el archivo. ¿Me dices algo? Un abrazo', 'es'), 'informal');
    assert.equal(detectRegister('Gentile Dott. Neri, Le invio la bozza. Cordiali saluti', 'it'), 'formal');
    // "Chiedo scusa" is the courteous form in both registers: its "scusa" is no tu marker.
    assert.equal(detectRegister('Buongiorno, Le chiedo scusa per il ritardo: domani arriva la bozza.', 'it'), 'formal');
    assert.equal(detectRegister('Chiedo scusa per il ritardo, La ringrazio per la pazienza.', 'it'), 'formal');
    assert.equal(detectRegister('Ciao Luca, ti mando la bozza, fammi sapere.', 'it'), 'informal');
    assert.equal(detectRegister('Hi Sam, here is the draft.', 'en'), 'neutral');
  });

  it('lets the client profile decide the register over the draft', () => {
    assert.equal(detectRegister('Hola Marta, te mando el archivo.', 'es', 'formal'), 'formal');
  });

  it('writes a Lei letter’s rewrite in the Lei form without being told the register', () => {
    const text = 'Gentile Dott. Neri,\nLe invio la bozza. Spero di essermi spiegato.\nCordiali saluti';
    const f = new Linter().lint(text, { lang: 'it', rewrite: { today: TODAY } }).findings.find((x) => x.rule === 'comprehension-check');
    assert.ok(f);
    assert.equal(f.suggestions[0].text, 'Se ha dubbi, me lo dica pure');
  });

  it('writes an usted letter’s rewrite in the usted form without being told the register', () => {
    const text = 'Estimado Sr. Ruiz:\nLe envío el presupuesto. Llámeme a cualquier hora si tiene dudas.\nAtentamente,';
    const f = new Linter()
      .lint(text, { lang: 'es', rewrite: { today: TODAY, workingHours: 'Mon-Fri 09:00-18:00' } })
      .findings.find((x) => x.rule === 'unlimited-availability');
    assert.ok(f);
    assert.match(f.suggestions[0].text, /^en mi horario de trabajo/);
  });

  it('marks a date the draft lacks as a slot prefilled with two working days from today, never as <…> text', () => {
    const f = new Linter().lint('I will send the report asap.', { lang: 'en', rewrite: { today: TODAY } }).findings[0];
    const s = f.suggestions[0];
    assert.equal(s.text, 'by Tuesday 1 December');
    assert.deepEqual(s.slots, [{ start: 3, length: 18 }]);
    assert.ok(!s.text.includes('<'));
  });

  it('writes the date slot as date-fns writes "EEEE d MMMM" in each language, for every day of two years', () => {
    const locales = { en: enGB, es: esLocale, it: itLocale } as const;
    for (let k = 0; k < 731; k++) {
      const today = addDays('2027-01-01', k);
      const day = parseIsoDate(addWorkingDays(today, 2)) as Date;
      for (const lang of ['en', 'es', 'it'] as const) {
        const expected = format(day, lang === 'es' ? "EEEE d 'de' MMMM" : 'EEEE d MMMM', { locale: locales[lang] });
        assert.equal(dateValue({ today }, lang), expected);
      }
    }
  });

  it('fills working hours from the setting and the client’s rate as slots', () => {
    const hours = new Linter().lint('Escríbeme a cualquier hora.', {
      lang: 'es',
      rewrite: { today: TODAY, workingHours: 'lun-vie 10:00-19:00', register: 'informal' },
    }).findings[0];
    assert.equal(hours.suggestions[0].text, 'en mi horario de trabajo (de lunes a viernes, de 10:00 a 19:00)');
    const rate = new Linter()
      .lint('Te lo arreglo gratis.', { lang: 'es', rewrite: { today: TODAY, rate: '50 €/h', register: 'informal' } })
      .findings.find((x) => x.rule === 'free-work');
    assert.ok(rate);
    const s = rate.suggestions[0];
    assert.ok(
      s.slots?.some((x) => s.text.slice(x.start, x.start + x.length) === '50 €/h'),
      s.text,
    );
  });

  it('leaves out a fact it does not know instead of inventing one', () => {
    const f = new Linter().lint('Call me anytime.', { lang: 'en', rewrite: {} }).findings[0];
    assert.equal(f.suggestions[0].text, 'during my working hours');
  });

  it('gives two findings in one sentence the same first suggestion, with no doubled text', () => {
    const text = 'I will send it soon and fix the menu in a few days.';
    const found = new Linter().lint(text, { lang: 'en', rewrite: { today: TODAY } }).findings;
    assert.equal(found.length, 2);
    assert.deepEqual(found[0].suggestions[0], found[1].suggestions[0]);
    const s = found[0].suggestions[0];
    assert.equal(
      text.slice(0, s.offset) + s.text + text.slice(s.offset + s.length),
      'I will send it by Tuesday 1 December and fix the menu by then.',
    );
  });
});

/** The lint fixtures' drafts, one after the other. */
function readFixtures(): string {
  const dir = path.resolve(__dirname, '../../../test/fixtures/lint');
  return fs
    .readdirSync(dir)
    .map((f) => fs.readFileSync(path.join(dir, f), 'utf8'))
    .join('\n\n');
}

describe('rewrites: swaps skipped without compiling their pattern', () => {
  it('skips a swap only for a phrase its pattern cannot match, in every pack', () => {
    const phrases = new Set<string>();
    for (const pack of PACKS)
      for (const rw of Object.values(pack.rewrites))
        for (const [src] of rw.swaps ?? []) {
          // The words a pattern starts with, followed by more text, in three cases.
          const m = /^\^\(?(?:\?:)?([^()]*)/.exec(src);
          for (const w of (m?.[1] ?? '').split('|'))
            for (const tail of ['', ' it in', ' x', ' sin coste', ' gratis']) phrases.add(`${w}${tail}`);
        }
    for (const f of new Linter().lint(readFixtures(), { lang: 'all' }).findings) phrases.add(f.text);
    const variants = [...phrases].flatMap((p) => [p, p.toUpperCase(), p.charAt(0).toUpperCase() + p.slice(1)]);
    let skipped = 0;
    for (const pack of PACKS)
      for (const rw of Object.values(pack.rewrites))
        for (const [src] of rw.swaps ?? []) {
          const re = new RegExp(src, 'iu');
          for (const p of variants) {
            if (swapMayMatch(src, p)) continue;
            skipped++;
            assert.ok(!re.test(p), `${src} matches “${p}”`);
          }
        }
    assert.ok(skipped > 0);
  });

  it('never skips a pattern that is an alternation at its top level or starts with an optional word', () => {
    assert.ok(swapMayMatch('^abc|def', 'xx def'));
    assert.ok(swapMayMatch('^(?:i )?wanted', 'wanted'));
    assert.ok(swapMayMatch('^(.*?) in$', 'throw it in'));
    assert.ok(!swapMayMatch('^(?:just|only) wanted', 'simply wanted'));
  });
});
