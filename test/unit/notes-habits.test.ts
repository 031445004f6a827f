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
});
