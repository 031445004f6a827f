import * as assert from 'node:assert/strict';
import { findDates, isVagueDue, resolveDate } from '../../src/core/dates/resolve';
import { addWorkingDays, daysBetween, weekday } from '../../src/core/dates/calendar';
import type { Lang } from '../../src/core/lang';

/** Reference: the meeting was on Wednesday 18 November 2026. */
const REF = '2026-11-18';

const CASES: Array<[Lang, string, string | null, { inexact?: boolean; time?: string; ref?: string }?]> = [
  // English
  ['en', 'by Friday', '2026-11-20'],
  ['en', 'Friday', '2026-11-20'],
  ['en', 'by Fri', '2026-11-20'],
  ['en', 'next Friday', '2026-11-27'],
  ['en', 'this Friday', '2026-11-20'],
  ['en', 'next Wednesday', '2026-11-25'],
  ['en', 'on Wednesday', '2026-11-25'],
  ['en', 'by Monday', '2026-11-23'],
  ['en', 'next Monday', '2026-11-23'],
  ['en', 'tomorrow', '2026-11-19'],
  ['en', 'the day after tomorrow', '2026-11-20'],
  ['en', 'today', '2026-11-18'],
  ['en', 'by EOD', '2026-11-18'],
  ['en', 'by EOD Tuesday', '2026-11-24'],
  ['en', 'in two weeks', '2026-12-02'],
  ['en', 'in 3 days', '2026-11-21'],
  ['en', 'within 10 days', '2026-11-28'],
  ['en', 'in a week', '2026-11-25'],
  ['en', 'in a fortnight', '2026-12-02'],
  ['en', 'end of the month', '2026-11-30'],
  ['en', 'by end of month', '2026-11-30'],
  ['en', 'by the end of the week', '2026-11-20', { inexact: true }],
  ['en', 'next week', '2026-11-27', { inexact: true }],
  ['en', 'this week', '2026-11-20', { inexact: true }],
  ['en', '27/11', '2026-11-27'],
  ['en', '27 Nov', '2026-11-27'],
  ['en', 'Dec 3rd', '2026-12-03'],
  ['en', 'Thursday 3 December, 10:00', '2026-12-03', { time: '10:00' }],
  ['en', 'December 3rd at 3 pm', '2026-12-03', { time: '15:00' }],
  ['en', '2026-11-27', '2026-11-27'],
  ['en', '12/05/2027', '2027-05-12'],
  ['en', '11/25', '2026-11-25'],
  ['en', '10-02-2022', '2022-02-10'],
  ['en', 'by 5 January', '2027-01-05'],
  ['en', 'before the next meeting', null],
  ['en', 'available 24/7', null],
  // Spanish
  ['es', 'el viernes', '2026-11-20'],
  ['es', 'antes del viernes', '2026-11-20'],
  ['es', 'el viernes que viene', '2026-11-20'],
  ['es', 'el viernes de la semana que viene', '2026-11-27'],
  ['es', 'la semana que viene', '2026-11-27', { inexact: true }],
  ['es', 'la próxima semana', '2026-11-27', { inexact: true }],
  ['es', 'pasado mañana', '2026-11-20'],
  ['es', 'mañana', '2026-11-19'],
  ['es', 'por la mañana', null],
  ['es', 'a fin de mes', '2026-11-30'],
  ['es', 'a finales de mes', '2026-11-30'],
  ['es', 'en dos semanas', '2026-12-02'],
  ['es', 'dentro de 3 días', '2026-11-21'],
  ['es', 'hoy', '2026-11-18'],
  ['es', 'el 27 de noviembre', '2026-11-27'],
  ['es', 'martes 1 de diciembre a las 10:00', '2026-12-01', { time: '10:00' }],
  ['es', 'esta semana', '2026-11-20', { inexact: true }],
  ['es', 'el lunes', '2026-11-23'],
  ['es', '13/02/2024', '2024-02-13'],
  ['es', 'Antes del sábado por la mañana', '2024-02-17', { ref: '2024-02-13' }],
  ['es', 'sábado 17/02', '2024-02-17', { ref: '2024-02-13' }],
  ['es', '27 nov', '2026-11-27'],
  // Italian
  ['it', 'entro venerdì', '2026-11-20'],
  ['it', 'venerdì prossimo', '2026-11-20'],
  ['it', 'venerdì della prossima settimana', '2026-11-27'],
  ['it', 'la settimana prossima', '2026-11-27', { inexact: true }],
  ['it', 'domani', '2026-11-19'],
  ['it', 'dopodomani', '2026-11-20'],
  ['it', 'fine mese', '2026-11-30'],
  ['it', 'entro fine mese', '2026-11-30'],
  ['it', 'tra due settimane', '2026-12-02'],
  ['it', 'fra 3 giorni', '2026-11-21'],
  ['it', 'oggi', '2026-11-18'],
  ['it', '27/11', '2026-11-27'],
  ['it', '1° dicembre', '2026-12-01'],
  ['it', 'Giovedì 10 dicembre alle 15:00', '2026-12-10', { time: '15:00' }],
  ['it', '12/05/2025', '2025-05-12'],
  ['it', 'lunedì', '2026-11-23'],
  ['it', 'entro il 27 novembre', '2026-11-27'],
  // A weekday beside a day of the month: that day, not the weekday's next occurrence.
  ['en', 'Thu 26/11, 15:00', '2026-11-26', { time: '15:00' }],
  ['en', 'Thursday 26th', '2026-11-26'],
  ['en', 'Monday the 30th, 9:30', '2026-11-30'],
  ['es', 'miércoles 25/11 a las 9:30', '2026-11-25'],
  ['es', 'el jueves 26', '2026-11-26'],
  ['it', 'venerdì 27', '2026-11-27'],
  ['it', 'lunedì 30 alle 18', '2026-11-30'],
];

describe('natural dates, resolved against the meeting date (Wed 18 Nov 2026)', () => {
  it(`has at least 60 cases across the three languages (${CASES.length})`, () => {
    assert.ok(CASES.length >= 60);
    for (const l of ['en', 'es', 'it']) assert.ok(CASES.filter((c) => c[0] === l).length >= 15, l);
  });

  for (const [lang, text, want, opts] of CASES) {
    it(`${lang}: "${text}" → ${want ?? 'nothing'}`, () => {
      const got = resolveDate(text, opts?.ref ?? REF, lang);
      assert.equal(got?.date ?? null, want);
      if (want && opts?.inexact !== undefined) assert.equal(got?.inexact, opts.inexact);
      if (want && opts?.time) assert.equal(got?.time, opts.time);
    });
  }

  it('finds several dates in one line, in reading order', () => {
    const found = findDates('Draft by Friday, final version next Wednesday', REF, 'en');
    assert.deepEqual(
      found.map((d) => d.date),
      ['2026-11-20', '2026-11-25'],
    );
    assert.equal(found[0].text, 'Friday');
  });

  it('reads dates with and without digits alike in one text, whichever rules it skips', () => {
    const cases: Array<[string, 'en' | 'es' | 'it', string[]]> = [
      ['send it by Friday', 'en', ['2026-11-20']],
      ['send it by Friday 27th', 'en', ['2026-11-27']],
      ['by Friday, then 2026-12-04', 'en', ['2026-11-20', '2026-12-04']],
      ['el viernes o el 4 de diciembre', 'es', ['2026-11-20', '2026-12-04']],
      ['venerdì, poi 04/12', 'it', ['2026-11-20', '2026-12-04']],
      ['la settimana prossima', 'it', ['2026-11-27']],
    ];
    for (const [text, lang, want] of cases)
      assert.deepEqual(
        findDates(text, REF, lang).map((d) => d.date),
        want,
        text,
      );
  });

  it('never reads the clock: the same text and reference always give the same date', () => {
    assert.equal(resolveDate('tomorrow', '2020-02-28', 'en')?.date, '2020-02-29');
    assert.equal(resolveDate('end of the month', '2024-02-10', 'en')?.date, '2024-02-29');
  });

  it('tells vague dues from dates', () => {
    for (const [lang, s] of [
      ['en', 'soon'],
      ['en', 'ASAP'],
      ['es', 'pronto'],
      ['es', 'lo antes posible'],
      ['it', 'a breve'],
      ['it', 'quanto prima'],
    ] as Array<[Lang, string]>) {
      assert.equal(isVagueDue(s, lang), true, s);
    }
    assert.equal(isVagueDue('Friday', 'en'), false);
  });
});

describe('calendar arithmetic', () => {
  it('counts calendar days across a DST change and adds working days over a weekend', () => {
    assert.equal(daysBetween('2026-03-28', '2026-03-30'), 2);
    assert.equal(daysBetween('2026-10-24', '2026-10-26'), 2);
    assert.equal(addWorkingDays('2026-11-20', 2), '2026-11-24');
    assert.equal(weekday('2026-11-22'), 0);
  });
});
