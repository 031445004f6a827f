import * as assert from 'node:assert/strict';
import { ClientIndex } from '../../src/core/clients/index';
import { checkProfile } from '../../src/core/clients/profile-check';
import { lookalikeKeys, readRegister } from '../../src/core/clients/profile-keys';
import { clientSignals } from '../../src/core/clients/signals';
import { composeFollowup } from '../../src/core/followup/compose';
import { readDue } from '../../src/core/notes/due';
import { MARKER_ACTION, MARKER_NOT_ACTION, WHY_CODES } from '../../src/core/notes/index';
import { findOwner, proseCommitment } from '../../src/core/notes/owner';
import { parseMeetingNote } from '../../src/core/notes/parse';
import { placeBlocks } from '../../src/core/notes/sections';
import { toBlocks } from '../../src/core/notes/structure';
import { classifyHeading } from '../../src/core/notes/vocabulary';

const MEETING = '2026-11-18'; // a Wednesday

describe('note reader stages', () => {
  it('classifies headings with the scored vocabulary, mixed languages included', () => {
    const cases: Array<[string, string]> = [
      ['Next step', 'actions'],
      ['Prossime azioni', 'actions'],
      ['Compiti', 'actions'],
      ['Reparto de tareas', 'actions'],
      ['Follow-ups', 'actions'],
      ['Acuerdos', 'decisions'],
      ['Decisioni prese', 'decisions'],
      ['Open points', 'questions'],
      ['Próxima reunión', 'next'],
      ['Action items from last meeting', 'previous'],
      ['Attività completate', 'status'],
      ['Roadmap', 'status'],
      ['Asistentes', 'attendees'],
      ['Next steps / Próximos pasos', 'actions'],
      ['Notas adicionales', 'notes'],
      ['Kickoff with Lumen', 'other'],
    ];
    for (const [heading, kind] of cases) assert.equal(classifyHeading(heading), kind, heading);
  });

  it('places items under a person\'s sub-heading, bold label or "Name:" line', () => {
    const placed = placeBlocks(toBlocks('## Tasks\n\n### Ana\n- a\n\n**Luca**\n- b\n\nMarta:\n- c\n', 0));
    assert.deepEqual(
      placed.filter((b) => b.kind === 'item').map((b) => [b.section, b.groupOwner]),
      [
        ['actions', 'Ana'],
        ['actions', 'Luca'],
        ['actions', 'Marta'],
      ],
    );
  });

  it('reads structure with 1-based lines, quotes, markers and HTML table cells', () => {
    const blocks = toBlocks(
      `> quoted\n\n- x ${MARKER_NOT_ACTION}\n- y ${MARKER_ACTION}\n\n<table><tr><th>Who</th><th>Action</th></tr><tr><td>Ana</td><td><ul><li>one</li><li>two</li></ul></td></tr></table>\n`,
      0,
    );
    assert.deepEqual(
      blocks.map((b) => [b.line, b.kind, b.quoted, b.marker ?? '']),
      [
        [1, 'para', true, ''],
        [3, 'item', false, 'not-action'],
        [4, 'item', false, 'action'],
        [6, 'row', false, ''],
      ],
    );
    const row = blocks[3];
    assert.ok(row.kind === 'row');
    assert.deepEqual(row.parts[1], ['one', 'two']);
  });

  it('finds owners written in every common way, in three languages', () => {
    const ctx = { lang: 'en' as const, attendees: [] };
    const cases: Array<[string, string, 'en' | 'es' | 'it']> = [
      ['@lena shares the deck', '@lena', 'en'],
      ['[AB] send the deck', 'AB', 'en'],
      ['Send the deck (Ana)', 'Ana', 'en'],
      ['Ana -> send the deck', 'Ana', 'en'],
      ['Ana - send the deck', 'Ana', 'en'],
      ['Dr. Patel will review it', 'Dr. Patel', 'en'],
      ['I will send it', 'I', 'en'],
      ['Marta se encarga de enviar el plan', 'Marta', 'es'],
      ['Sra. López: firmar', 'Sra. López', 'es'],
      ['Yo preparo la maqueta', 'Yo', 'es'],
      ['Luca si occupa di inviare i testi', 'Luca', 'it'],
      ['dott. Rossi: rivedere il contratto', 'dott. Rossi', 'it'],
      ['Io preparo la bozza', 'Io', 'it'],
      ['Owner: Ana — send the deck', 'Ana', 'en'],
      ['Referente: Sara - tradurre', 'Sara', 'it'],
      ['[All] read the brief', 'All', 'en'],
      ['[Tutti] leggere il brief', 'Tutti', 'it'],
      ['Everyone should read the brief', 'Everyone', 'en'],
    ];
    for (const [text, owner, lang] of cases) assert.equal(findOwner(text, { ...ctx, lang })?.owner, owner, text);
    // Work handed over in the passive names its owner too.
    const given: Array<[string, string, 'en' | 'es' | 'it']> = [
      ["Alla fine si è affidato all'agenzia il compito di rifare il logo", "l'agenzia", 'it'],
      ['In chiusura si è data alla grafica la responsabilità della revisione dei colori', 'la grafica', 'it'],
      ['Al final se le asignó a Marta la tarea de revisar el presupuesto', 'Marta', 'es'],
      ['Sam was given the task of updating the price list', 'Sam', 'en'],
    ];
    for (const [text, owner, lang] of given) assert.equal(proseCommitment(text, { ...ctx, lang })?.owner ?? '', owner, text);
  });

  it('resolves dues against the meeting date and never invents precision', () => {
    const cases: Array<[string, 'en' | 'es' | 'it', string | null, string | null]> = [
      ['send it by Friday', 'en', '2026-11-20', 'Friday'],
      ['send it in March', 'en', null, 'in March'],
      ['send it mid-March', 'en', null, 'mid-March'],
      ['send it by the 9th', 'en', '2026-12-09', 'by the 9th'],
      ['send it tomorrow afternoon', 'en', '2026-11-19', 'tomorrow'],
      ['send it COB Thursday', 'en', '2026-11-19', null],
      ['send it within 24 hours', 'en', '2026-11-19', 'within 24 hours'],
      ['send it, to be scheduled', 'en', null, 'to be scheduled'],
      ['enviarlo a mediados de marzo', 'es', null, 'a mediados de marzo'],
      ['enviarlo para el 15', 'es', '2026-12-15', null],
      ['enviarlo mañana por la tarde', 'es', '2026-11-19', null],
      ['inviarlo a metà marzo', 'it', null, 'a metà marzo'],
      ['inviarlo entro il 12', 'it', '2026-12-12', null],
      ['inviarlo domani pomeriggio', 'it', '2026-11-19', null],
      ['inviarlo entro 24 ore', 'it', '2026-11-19', null],
      ['test di integrazione settimana del 31 agosto', 'it', '2027-09-03', null],
    ];
    for (const [text, lang, due, dueText] of cases) {
      const d = readDue(text, MEETING, lang);
      assert.equal(d.due, due, text);
      if (dueText) assert.equal(d.dueText, dueText, text);
    }
    assert.equal(readDue('send it before Monday', MEETING, 'en').due, '2026-11-22', '"before Monday" is the day before it');
    assert.equal(readDue('enviarlo antes del lunes', MEETING, 'es').dueText, 'antes del lunes');
    assert.equal(readDue('send a 20 second clip', MEETING, 'en').due, null, 'a duration is not a date');
    assert.equal(readDue('send it by Friday', null, 'en').due, null, 'no meeting date: relative dues stay unresolved');
    assert.equal(readDue('Send the sitemap 📅 2026-11-20 ⏫', MEETING, 'en').task, 'Send the sitemap');
  });

  it('finds the meeting date in a title, a Date: line, a heading or the file name, in common formats', () => {
    const date = (text: string, opts: { fileName?: string; reference?: string; lang?: 'es' | 'it' } = {}) =>
      parseMeetingNote(text, opts).date;
    assert.equal(date('#5/18/16 Kickoff call\n\n- Ana: send it\n'), '2016-05-18', 'month first with a two-digit year');
    assert.equal(date('# (30/9/24) Minutes\n\n- Ana: send it\n'), '2024-09-30', 'day first with a two-digit year');
    assert.equal(date('# Minutes\n\n- Ana: send it\n', { fileName: 'call-11-29-25.md' }), '2025-11-29', 'two-digit year in the file name');
    assert.equal(date('Fecha: 7 de septiembre de 2023\n'), '2023-09-07');
    // Without a year, a day on or after the meeting gives it; without one, no date.
    assert.equal(date('# Meeting Minutes – November 29\n', { reference: '2026-11-28' }), '2025-11-29');
    assert.equal(date('# Meeting Minutes – November 29\n'), null);
    assert.equal(date('Date: Sunday 1st of November\n', { reference: '2026-06-10' }), '2020-11-01', 'the weekday picks the year');
    // A weekday that fits the same day in the coming weeks: a note written ahead of its meeting.
    assert.equal(date('Date: Sunday 1st of November\n', { reference: '2026-10-28' }), '2026-11-01', 'the coming weeks first');
    assert.equal(
      date('Llamada con Quique - vie 4/12\n\n- quiere la tienda online lista para la campaña de reyes\n', {
        reference: '2026-11-29',
        lang: 'es',
      }),
      '2026-12-04',
      'es weekday later in the line',
    );
    assert.equal(
      date('call con Silvia -- mar 1/12, 11:00\n\n- vogliono riempire gennaio e febbraio, di solito mezzo vuoto\n', {
        reference: '2026-12-20',
        lang: 'it',
      }),
      '2026-12-01',
      'mar is martedì before a day in figures',
    );
    assert.equal(
      date('call w/ Kasia + Dom — wed 9/12, 15 min\n\n- Dom: samples\n', { reference: '2026-12-20' }),
      '2026-12-09',
      'en day first when the weekday says so',
    );
    assert.equal(date('# Call\n\n- TODO invoice\n', { fileName: 'journals/2026_12_02.md' }), '2026-12-02', 'a Logseq journal file name');
    assert.equal(date('# Riunione del 12 marzo\n', { reference: '2026-04-02' }), '2026-03-12');
    assert.equal(date('# Reunión del 3 de diciembre\n', { reference: '2026-04-02' }), '2025-12-03');
  });

  it('takes a day written in a label as the due of the tasks after it', () => {
    const n = parseMeetingNote('Fecha: 7 de septiembre de 2023\n\n- ¿Qué haré hoy?: Trabajar en la tarea de pruebas.\n');
    assert.deepEqual(
      n.actions.map((a) => [a.task, a.due]),
      [['Trabajar en la tarea de pruebas', '2023-09-07']],
    );
  });

  it('reads planned rows that a later review reports as finished as done, and only those', () => {
    const n = parseMeetingNote(
      [
        `---\ndate: ${MEETING}\n---`,
        '## Backlog',
        '| Feature | Task | Owner |',
        '|---|---|---|',
        '| Login page | Build the login form | Ana |',
        '| | Add a password reset | Ana |',
        '| Invoice export | Export invoices as PDF | Luis |',
        '## Review',
        'The login page and the password reset have been implemented.',
        '## Revisión',
        'Se completaron las pruebas de carga.',
      ].join('\n'),
    );
    assert.deepEqual(
      n.actions.map((a) => [a.line, a.done]),
      [
        [7, true],
        [8, true],
        [9, false],
      ],
    );
  });

  it('ends an agenda list at its blank line, reads "This week" as actions and "Last week" as last time\'s', () => {
    const n = parseMeetingNote(
      [
        'Date: 14/10/2026',
        'Agenda:',
        '1. Budget',
        '2. Photos',
        '',
        '- [LB] book the photographer by Friday',
        '',
        "Last week's actions",
        'Ana: send the quote — done',
        '',
        'This week',
        'Ana: call the printer',
        '- fix the footer (me)',
      ].join('\n'),
    );
    assert.deepEqual(
      n.actions.map((a) => [a.line, a.owner, a.mine]),
      [
        [6, 'LB', false],
        [12, 'Ana', false],
        [13, 'I', true],
      ],
    );
  });

  it('gives every item a why code from the exported list, and honours the markers', () => {
    const n = parseMeetingNote(
      `---\ndate: ${MEETING}\n---\n## Actions\n- Ana: send it ${MARKER_NOT_ACTION}\n- Ana: book it\n\nPhotos for the blog ${MARKER_ACTION}\n`,
    );
    assert.deepEqual(
      n.actions.map((a) => [a.line, a.task, a.why]),
      [
        [6, 'book it', 'section:actions'],
        [8, 'Photos for the blog', 'marker'],
      ],
    );
    for (const a of n.actions) assert.ok((WHY_CODES as readonly string[]).includes(a.why));
  });
});

describe('follow-up register and number', () => {
  const note = (attendees: string) =>
    parseMeetingNote(`---\ndate: ${MEETING}\nattendees: [${attendees}]\n---\n## Tareas\n- Ana: enviar el plan el viernes\n`);
  const opts = { today: '2026-11-19', confirmDays: 2, userName: 'Sam Rivera' } as const;

  it('greets several people in the plural: "Os resumo", "Les resumo", "Vi riassumo"', () => {
    assert.match(composeFollowup(note('Ana Ruiz, Luis Gil, Sam Rivera'), { ...opts, lang: 'es', register: 'informal' }).body, /Os resumo/);
    assert.match(composeFollowup(note('Ana Ruiz, Luis Gil, Sam Rivera'), { ...opts, lang: 'es', register: 'formal' }).body, /Les resumo/);
    assert.match(
      composeFollowup(note('Ana Ruiz, Luis Gil, Sam Rivera'), { ...opts, lang: 'it', register: 'informal' }).body,
      /Vi riassumo/,
    );
    assert.match(composeFollowup(note('Ana Ruiz, Sam Rivera'), { ...opts, lang: 'es', register: 'informal' }).body, /Te resumo/);
  });

  it("reads the register from its key in the client's language and from the pronoun, and flags look-alike keys", () => {
    assert.equal(readRegister({ register: 'usted' }), 'formal');
    assert.equal(readRegister({ registro: 'tú' }), 'informal');
    assert.equal(readRegister({ registro: 'Lei' }), 'formal');
    assert.equal(readRegister({ register: 'tu' }), 'informal');
    assert.deepEqual(lookalikeKeys({ idioma: 'es', contrato: '2026-01-01', regster: 'formal', name: 'x' }), [
      { key: 'idioma', known: 'lang' },
      { key: 'contrato', known: 'contract' },
      { key: 'regster', known: 'register' },
    ]);
  });

  it('warns about a look-alike profile key on its line, in the Problems list and among the client signals', () => {
    const text = '---\nname: Ana\nregster: formal\nidioma: es\nregistro: usted\n---\n';
    assert.deepEqual(
      checkProfile(text, 'es').map((p) => [p.code, p.line, p.severity]),
      [
        ['lookalike-key', 3, 'warning'],
        ['lookalike-key', 4, 'warning'],
      ],
    );
    assert.match(checkProfile(text, 'it')[0].message, /«regster».*«register»/);
    const index = new ClientIndex({ root: '/ws/clients', userNames: [] });
    index.setFile('/ws/clients/ana/client.md', text);
    const client = index.client('ana');
    assert.ok(client);
    const signals = clientSignals(client, {
      today: '2026-11-27',
      workingHours: 'Mon-Fri 09:00-18:00',
      timezone: 'UTC',
      followupAfterDays: 2,
      feedbackWeeks: 6,
      uiLang: 'en',
    });
    assert.deepEqual(
      signals.filter((s) => s.code === 'lookalike-key').map((s) => [s.line, s.message]),
      [
        [3, 'Unknown key "regster": did you mean "register"? It is not read as written.'],
        [4, 'Unknown key "idioma": did you mean "lang"? It is not read as written.'],
      ],
    );
  });
});
