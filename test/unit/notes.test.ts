import * as assert from 'node:assert/strict';
import { parseMeetingNote } from '../../src/core/notes/parse';

const note = (body: string, fm = 'date: 2026-11-18\nattendees: [Ana Ruiz, Sam Rivera]') =>
  parseMeetingNote(`---\n${fm}\n---\n${body}`, { userNames: ['Sam Rivera', 'Sam'] });
const acts = (n: ReturnType<typeof note>) => n.actions.map((a) => [a.owner, a.task, a.due]);

describe('meeting-note parser', () => {
  it('reads sections by their English, Spanish and Italian headings', () => {
    for (const [agreed, next, questions, meeting] of [
      ['Decisions', 'Action items', 'Open questions', 'Next meeting'],
      ['Acuerdos', 'Próximos pasos', 'Preguntas abiertas', 'Próxima reunión'],
      ['Decisioni', 'Da fare', 'Domande aperte', 'Prossima riunione'],
      ['Outcomes', 'To do', 'Questions', 'Next call'],
      ['Compromisos', 'Tareas', 'Dudas', 'Siguiente reunión'],
      ['Accordi', 'Attività', 'Punti aperti', 'Prossimo incontro'],
    ]) {
      const n = note(
        `# Kickoff\n\n## ${agreed}\n- Launch with 40 products\n\n## ${next}\n- Ana: send the photos by Friday\n\n## ${questions}\n- Stripe or PayPal?\n\n## ${meeting}\nTuesday 1 December at 10:00\n`,
      );
      assert.deepEqual(
        n.decisions.map((d) => d.text),
        ['Launch with 40 products'],
        agreed,
      );
      assert.deepEqual(acts(n), [['Ana', 'send the photos', '2026-11-20']], next);
      assert.deepEqual(
        n.openQuestions.map((q) => q.text),
        ['Stripe or PayPal?'],
        questions,
      );
      assert.equal(n.nextMeeting?.date, '2026-12-01', meeting);
      assert.equal(n.nextMeeting?.time, '10:00');
    }
  });

  it('finds owners written in the usual ways', () => {
    const n = note(
      [
        '## Actions',
        '- @ana prepare the mood board due: 2026-11-27',
        '- Owner: Sam — write the brief 📅 2026-11-25',
        '- Ana will review the copy next Wednesday',
        '- Ana to confirm the budget tomorrow',
        '- **Sam**: send the invoice by Monday',
        '- Book the venue (Ana Ruiz)',
        '- Order the prints',
      ].join('\n'),
    );
    assert.deepEqual(acts(n), [
      ['Ana', 'prepare the mood board', '2026-11-27'],
      ['Sam', 'write the brief', '2026-11-25'],
      ['Ana', 'review the copy', '2026-11-25'],
      ['Ana', 'confirm the budget', '2026-11-19'],
      ['Sam', 'send the invoice', '2026-11-23'],
      ['Ana Ruiz', 'Book the venue', null],
      [null, 'Order the prints', null],
    ]);
    assert.deepEqual(
      n.actions.map((a) => a.mine),
      [false, true, false, false, true, false, false],
    );
    assert.deepEqual(n.warnings.map((w) => w.code).sort(), ['no-due', 'no-due', 'no-owner']);
  });

  it('reads task lists, AI:/TODO:/Action: markers and "X will" sentences in notes with no headings', () => {
    const n = note(
      [
        'We talked about the launch.',
        '',
        '- [ ] Sam: fix the checkout bug by Friday',
        '- [x] Ana: send the logo',
        '',
        'AI: Ana to book the photographer',
        'TODO: update the sitemap',
        'Action: Sam will send the contract in two weeks.',
        'Decision: the launch moves to 1 December.',
        'AI: No action; awaiting review.',
        'Ana will also check the translations.',
      ].join('\n'),
    );
    assert.deepEqual(
      n.actions.map((a) => [a.owner, a.task, a.due, a.done]),
      [
        ['Sam', 'fix the checkout bug', '2026-11-20', false],
        ['Ana', 'send the logo', null, true],
        ['Ana', 'book the photographer', null, false],
        [null, 'update the sitemap', null, false],
        ['Sam', 'send the contract', '2026-12-02', false],
        ['Ana', 'also check the translations', null, false],
      ],
    );
    assert.deepEqual(
      n.decisions.map((d) => d.text),
      ['the launch moves to 1 December.'],
    );
  });

  it('reads Markdown tables with owner and due columns, in any language', () => {
    const n = note(
      '## Azioni\n\n| Chi | Cosa | Entro |\n|---|---|---|\n| Marco | Inviare le foto | venerdì |\n| Sam | Collegare il modulo | 2026-11-27 |\n',
      'date: 2026-11-13\nlang: it',
    );
    assert.deepEqual(acts(n), [
      ['Marco', 'Inviare le foto', '2026-11-20'],
      ['Sam', 'Collegare il modulo', '2026-11-27'],
    ]);
  });

  it('reads Spanish and Italian commitments and keeps the verb in the task', () => {
    const es = note(
      '## Próximos pasos\n- Ana enviará las fotos el viernes\n- Sam prepara el entorno a fin de mes',
      'date: 2026-11-18\nlang: es\nattendees: [Ana Ruiz, Sam Rivera]',
    );
    assert.deepEqual(acts(es), [
      ['Ana', 'enviará las fotos', '2026-11-20'],
      ['Sam', 'prepara el entorno', '2026-11-30'],
    ]);
    const it = note(
      '## Prossimi passi\n- Marco invia i testi entro venerdì\n- Sam si occupa di pubblicare il menù dopodomani',
      'date: 2026-11-18\nlang: it\nattendees: [Marco Rinaldi, Sam Rivera]',
    );
    assert.deepEqual(acts(it), [
      ['Marco', 'invia i testi', '2026-11-20'],
      ['Sam', 'pubblicare il menù', '2026-11-20'],
    ]);
  });

  it('keeps a vague due as written and warns about it', () => {
    const n = note('## Actions\n- Ana: send the photos ASAP\n- Sam: call the printer soon');
    assert.deepEqual(
      n.actions.map((a) => [a.due, a.dueText, a.vague]),
      [
        [null, 'ASAP', true],
        [null, 'soon', true],
      ],
    );
    assert.equal(n.warnings.filter((w) => w.code === 'vague-due').length, 2);
  });

  it('takes the meeting date from front matter, a Date: line, the file name or a heading, in that order', () => {
    assert.equal(parseMeetingNote('**Fecha:** Martes 13/02/2024\n\n- x').date, '2024-02-13');
    assert.equal(parseMeetingNote('# Kickoff\n', { fileName: '2026-11-20-kickoff.md' }).date, '2026-11-20');
    assert.equal(parseMeetingNote('# Sprint Planning – 30/04/2025\n').date, '2025-04-30');
    const none = parseMeetingNote('## Actions\n- Ana: send it by Friday');
    assert.equal(none.date, null);
    assert.equal(none.actions[0].due, null);
    assert.equal(none.actions[0].dueText, 'Friday');
    assert.ok(none.warnings.some((w) => w.code === 'no-date'));
  });

  it('ignores template placeholders and empty sections', () => {
    const n = note(
      '## Próximos pasos\n- [ ] [Acción 1] - Responsable: [Nombre] - Fecha: [DD/MM/YYYY]\n\n## Próxima reunión\n| Campo | Valor |\n|---|---|\n| Fecha | [DD/MM/YYYY] |\n\n## Action items\n\n## Next meeting\nSee the calendar: https://example.com/cal\n',
    );
    assert.deepEqual(n.actions, []);
    assert.equal(n.nextMeeting, null);
  });

  it('applies a deadline stated once for all tasks', () => {
    const n = note('## Tasks\n- Ana: write the copy\n- Sam: build the page\n\n**Deadline:** 27/11/2026\n');
    assert.deepEqual(
      n.actions.map((a) => a.due),
      ['2026-11-27', '2026-11-27'],
    );
  });

  it("assigns items under a person's sub-heading in a work split to that person", () => {
    const n = note(
      '## Divisione del lavoro\n\n### Giulia Neri\n- Rifare la homepage\n\n### Luca Bianchi\n- Testare il checkout\n',
      'date: 2026-11-18\nlang: it',
    );
    assert.deepEqual(
      n.actions.map((a) => a.owner),
      ['Giulia Neri', 'Luca Bianchi'],
    );
  });

  it('survives malformed front matter, binary-looking text and an empty note', () => {
    const bad = parseMeetingNote('---\ndate: [2026-11-18\n---\n## Actions\n- Ana: send it tomorrow\n', { fileName: '2026-11-18-x.md' });
    assert.ok(bad.warnings.some((w) => w.code === 'bad-front-matter'));
    assert.equal(bad.actions[0].due, '2026-11-19');
    assert.doesNotThrow(() => parseMeetingNote('\u0000\u0001\u0002'));
    const empty = parseMeetingNote('');
    assert.deepEqual([empty.actions, empty.decisions, empty.nextMeeting], [[], [], null]);
  });
});

describe('meeting-note parser on free-form notes', () => {
  it('reads a Spanish note: a task table, then "Quedamos en que…" and "Nos volvemos a ver…" sentences', () => {
    const n = parseMeetingNote(
      '# Reunión con Lumen\n\n**Fecha:** 18/11/2026\n\n## Tareas\n\n| Responsable | Tarea | Fecha |\n|---|---|---|\n| Lucía | Enviar las fotos | viernes |\n| Sam | Montar la tienda | 30/11 |\n\nQuedamos en que el blog va en la fase 2.\n\nNos volvemos a ver el martes 1 de diciembre a las 10:00.\n',
    );
    assert.deepEqual(
      n.actions.map((a) => [a.owner, a.task, a.due]),
      [
        ['Lucía', 'Enviar las fotos', '2026-11-20'],
        ['Sam', 'Montar la tienda', '2026-11-30'],
      ],
    );
    assert.deepEqual(
      n.decisions.map((d) => d.text),
      ['Quedamos en que el blog va en la fase 2.'],
    );
    assert.deepEqual([n.nextMeeting?.date, n.nextMeeting?.time], ['2026-12-01', '10:00']);
  });

  it('reads an Italian note with no headings: the date in its first line, commitments, a question and the next meeting', () => {
    const n = parseMeetingNote(
      'Riunione del 18/11/2026 con Marco\n\nMarco si occuperà di mandare i testi entro fine mese.\nSam preparerà la bozza della homepage entro venerdì.\nSi è deciso di rimandare il blog.\nDa decidere: versione inglese sì o no?\nCi rivediamo giovedì 3 dicembre alle 15.\n',
    );
    assert.equal(n.date, '2026-11-18');
    assert.deepEqual(
      n.actions.map((a) => [a.owner, a.task, a.due]),
      [
        ['Marco', 'mandare i testi', '2026-11-30'],
        ['Sam', 'preparerà la bozza della homepage', '2026-11-20'],
      ],
    );
    assert.deepEqual(
      n.openQuestions.map((q) => q.text),
      ['versione inglese sì o no?'],
    );
    assert.deepEqual([n.nextMeeting?.date, n.nextMeeting?.time], ['2026-12-03', '15:00']);
  });

  it('reads English bullets: "Name: task (due 25/11)", "Decided:", "Open question:", "We\'ll meet again…"', () => {
    const n = parseMeetingNote(
      "# Weekly sync — 2026-11-18\n\nAttendees: Alice Park, Sam Rivera\n\n- Alice: update the pricing page (due 25/11)\n- Sam to review the analytics setup next Monday\n- Decided: we drop the newsletter popup.\n- Open question: do we need cookie consent for the EU?\n- We'll meet again on Tuesday 24 November at 3pm.\n",
    );
    assert.deepEqual(
      n.actions.map((a) => [a.owner, a.task, a.due]),
      [
        ['Alice', 'update the pricing page', '2026-11-25'],
        ['Sam', 'review the analytics setup', '2026-11-23'],
      ],
    );
    assert.deepEqual(n.attendees, ['Alice Park', 'Sam Rivera']);
    assert.deepEqual(
      n.decisions.map((d) => d.text),
      ['we drop the newsletter popup.'],
    );
    assert.deepEqual([n.nextMeeting?.date, n.nextMeeting?.time], ['2026-11-24', '15:00']);
  });

  it('does not take discussion lines for tasks', () => {
    const n = parseMeetingNote(
      '## Notes\n\n- JB: also we have a slack\n- DM: we have the resources, but not the people\n- Python will drop 3.8 next year\n- Board will need to approve\n',
      { fileName: '2026-11-18-x.md' },
    );
    assert.deepEqual(n.actions, []);
  });
});
