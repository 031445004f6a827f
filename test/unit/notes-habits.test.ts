import * as assert from 'node:assert/strict';
import { parseMeetingNote } from '../../src/core/notes/parse';

/** Note-writing habits, one case per class and language (what earlier held-out notes taught). */
describe('note reader: writing habits', () => {
  it('reads the next meeting from a wiki link, an inline field, a short "next" and a board that is set for a day', () => {
    const next = (body: string, lang?: 'es' | 'it') => parseMeetingNote(`# 2026-12-11\n\n${body}`, { lang }).nextMeeting?.date;
    assert.equal(next('Next: [[2027-01-15 Harbour check-in]]'), '2027-01-15');
    assert.equal(next('Próxima reunión:: [[2026-12-21]]'), '2026-12-21');
    assert.equal(next('Prossima riunione:: [[2026-12-21]]'), '2026-12-21');
    assert.equal(next('- quiere la tienda lista para la campaña\n\nprox llamada: miercoles 16, 10h', 'es'), '2026-12-16');
    assert.equal(next('- vogliono riempire gennaio e febbraio\n\npross. call: mercoledì 16 ore 10', 'it'), '2026-12-16');
    assert.equal(next('The meeting closed at 21:40. The next committee meeting is set for\nThursday 14 January 2027.'), '2027-01-14');
    assert.equal(next('Se levanta la sesión. La próxima junta queda fijada para el jueves 14 de enero de 2027.'), '2027-01-14');
    assert.equal(next('La seduta è tolta alle 22:30. Il prossimo consiglio è fissato per\ngiovedì 14 gennaio 2027.'), '2027-01-14');
  });

  it('reads attendees from an inline field of wiki links, so a #tag names its owner', () => {
    const en = parseMeetingNote(
      '# Plan 2026-12-11\n\nAttendees:: [[Hannah Cole]], [[Luis Moreno]], me\n\n## Tasks\n- [ ] Share the sales figures #luis 📅 2026-12-16\n',
    );
    assert.deepEqual(en.attendees, ['Hannah Cole', 'Luis Moreno', 'me']);
    assert.deepEqual([en.actions[0].owner, en.actions[0].due], ['Luis', '2026-12-16']);
    const es = parseMeetingNote(
      '# Plan 2026-12-11\n\nAsistentes:: [[Marta Gil]], [[Jordi]], yo\n\n## Tareas\n- [ ] Revisar el presupuesto #jordi 📅 2026-12-16\n',
    );
    assert.equal(es.actions[0].owner, 'Jordi');
    const it = parseMeetingNote(
      '# Piano 2026-12-11\n\nPresenti:: [[Chiara]], [[Daniele]], io\n\n## Task\n- [ ] Editing dei racconti #daniele 📅 2026-12-22 ⏫\n',
    );
    assert.deepEqual([it.actions[0].owner, it.actions[0].due], ['Daniele', '2026-12-22']);
  });

  it('reads "who -> task" lines, a topic before them too, with the writer as "me", "yo", "io"', () => {
    const en = parseMeetingNote(
      'call w/ Dom — 2026-12-09\n\n- proofs: me -> final PDFs to Dom by Mon 14th\n- Dom -> hard proof back wed 16\n',
    ).actions;
    assert.deepEqual(
      en.map((a) => [a.mine, a.owner, a.due]),
      [
        [true, 'I', '2026-12-14'],
        [false, 'Dom', '2026-12-16'],
      ],
    );
    const es = parseMeetingNote(
      'Llamada con Quique - 2026-12-04\n\n- quiere la tienda online lista para la campaña\n- yo -> mandar presupuesto revisado, el lunes\n- fotos: yo -> pasarle el contacto de Vera\n',
      { lang: 'es' },
    ).actions;
    assert.deepEqual(
      es.map((a) => [a.mine, a.due]),
      [
        [true, '2026-12-07'],
        [true, null],
      ],
    );
    const it = parseMeetingNote(
      'call Agriturismo - 2026-12-01\n\n- vogliono riempire gennaio e febbraio\n- io -> bozza della newsletter entro venerdì\n',
      { lang: 'it' },
    ).actions;
    assert.deepEqual(
      it.map((a) => [a.mine, a.due]),
      [[true, '2026-12-04']],
    );
  });

  it('reads a line flagged "??" as a question, and a commitment after it as a task', () => {
    const en = parseMeetingNote('call 2026-12-09\n\n- ?? does the spine text fit at 64pp, Dom to check with imposition\n');
    assert.deepEqual([en.openQuestions.length, en.actions[0]?.owner], [1, 'Dom']);
    const es = parseMeetingNote('llamada 2026-12-04\n\n- ?? cuanto cobra de envio, Quique va a mirarlo con la gestoria\n', { lang: 'es' });
    assert.deepEqual([es.openQuestions.length, es.actions[0]?.owner], [1, 'Quique']);
    const it = parseMeetingNote('call 2026-12-01\n\n- ?? basta lo skipass per gruppi, Tommaso chiederà al comprensorio\n', { lang: 'it' });
    assert.deepEqual([it.openQuestions.length, it.actions[0]?.owner], [1, 'Tommaso']);
  });

  it('takes a short month the task is about for no day ("invoice Orbis for Nov")', () => {
    const due = (line: string, lang?: 'es' | 'it') =>
      parseMeetingNote(`# 2026-12-14\n\n## Actions\n- [ ] ${line}\n`, { lang }).actions[0]?.due;
    assert.equal(due('invoice Orbis for Nov (INV-0088)'), null);
    assert.equal(due('preparar el informe para dic', 'es'), null);
    assert.equal(due('preparare il report per dic', 'it'), null);
  });

  it('reads decisions said after the topic, by a board, or confirmed in a short sentence after it', () => {
    const decisions = (body: string, lang?: 'es' | 'it') => parseMeetingNote(`# 2026-12-14\n\n${body}\n`, { lang }).decisions.length;
    assert.equal(decisions('- holiday cover: I am off 24 Dec-1 Jan. Agreed no on-call over the break'), 1);
    assert.equal(decisions('- go-live moved from 11 Jan to 18 Jan, confirmed by Fiona, agreed by all'), 1);
    assert.equal(decisions('- El logo nuevo mantiene el azul actual, se descarta el verde', 'es'), 1);
    assert.equal(decisions('- Vacaciones: el estudio cierra del 24/12 al 6/1. Queda decidido.', 'es'), 1);
    assert.equal(decisions('- Copertina: due proposte di Irene, si va con la seconda', 'it'), 1);
    assert.equal(decisions('- Tema del numero: "inverni" — confermato', 'it'), 1);
    assert.equal(decisions("Mancano 14 quote. Il consiglio approva l'invio di un sollecito scritto.", 'it'), 1);
  });
});
