import * as assert from 'node:assert/strict';
import { parseMeetingNote } from '../../src/core/notes/parse';

describe('note reader leftovers', () => {
  it('detects a short Italian note as Italian though its composure markers are English words', () => {
    const note = [
      'Call 24/11/2026',
      '',
      '- la foto della vetrina è arrivata <!-- composure: not-action -->',
      '- prezzi ok così <!-- composure: not-action -->',
      '- Marco manda i testi entro venerdì',
    ].join('\n');
    assert.equal(parseMeetingNote(note).lang, 'it');
  });

  it('gives a recurring meeting its next occurrence after the meeting, in each language, and lets a stated next meeting win', () => {
    const next = (body: string) => parseMeetingNote(`# 2026-11-12\n\n${body}`).nextMeeting?.date;
    assert.equal(next('- send the revised quote to the client\n\nWeekly check-in every Tuesday at 10:00.'), '2026-11-17');
    assert.equal(next('- mandar el presupuesto revisado a la clienta\n\nNos vemos cada martes a las 9:30.'), '2026-11-17');
    assert.equal(next('- mandare il preventivo rivisto alla cliente\n\nCi sentiamo ogni martedì alle 18.'), '2026-11-17');
    assert.equal(
      next('- send the revised quote to the client\n\nWeekly check-in every Tuesday at 10:00.\n\nNext call: Friday 20 Nov.'),
      '2026-11-20',
    );
  });

  it('reads "same time next week" as a week after the meeting', () => {
    assert.equal(parseMeetingNote('# Call 2026-11-24\n\nNext call: same time next week.').nextMeeting?.date, '2026-12-01');
  });

  it('keeps a date that says when something was done out of the due', () => {
    const a = parseMeetingNote(
      '# Call 2026-11-12\n\n## Actions\n- [x] send the NDA (sent 2 Nov)\n- [ ] Ana: send the deck by Friday',
    ).actions;
    assert.deepEqual(
      a.map((x) => x.due),
      [null, '2026-11-13'],
    );
  });
});
