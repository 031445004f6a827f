import * as assert from 'node:assert/strict';
import { ClientIndex } from '../../src/core/clients/index';
import { parseContactLog, formatLogLine } from '../../src/core/clients/log';
import { parseHours, toInstant, wallClock, withinHours } from '../../src/core/clients/hours';
import {
  afterHours,
  clientSignals,
  contactSpike,
  isAboutMoney,
  missingFollowup,
  noFeedback,
  overdue,
  type SignalContext,
} from '../../src/core/clients/signals';
import { attendeeSpeller, ownerAsAttendee } from '../../src/core/clients/owner';
import { clientProfileTemplate, meetingNoteTemplate, slugify } from '../../src/core/clients/templates';
import { markLineDone } from '../../src/core/notes/done';
import { parseMeetingNote } from '../../src/core/notes/parse';
import type { Client } from '../../src/core/clients/model';

const ROOT = '/ws/clients';
const ctx: SignalContext = {
  today: '2026-11-22',
  workingHours: 'Mon-Fri 09:00-18:00',
  timezone: 'Europe/Madrid',
  followupAfterDays: 2,
  feedbackWeeks: 6,
  uiLang: 'en',
};

function index(files: Record<string, string>): ClientIndex {
  const idx = new ClientIndex({ root: ROOT, userNames: ['Sam Rivera', 'Sam'] });
  for (const [p, t] of Object.entries(files)) idx.setFile(`${ROOT}/${p}`, t);
  return idx;
}

const ACME = {
  'acme/client.md':
    '---\nname: Mark Ellis\ncompany: Acme\nlang: en\ntimezone: Europe/London\nstatus: active\ncontract: 2026-10-02\nhours: Mon-Fri 09:00-17:30\n---\n',
  'acme/log.md':
    '# Log\n\n- 2026-11-14 23:10 whatsapp in: bigger logo?\n- 2026-11-19 10:00 email in: photos\n- 2026-11-20 16:00 call out: scope call\nnot a log line\n',
  'acme/meetings/2026-11-12-review.md':
    '---\ndate: 2026-11-12\nattendees: [Mark Ellis, Sam Rivera]\n---\n## Actions\n- [ ] Mark: send the photos by Friday\n- [ ] Sam: send the mock-up due: 2026-11-18\n- [x] Sam: share the fonts\n- [ ] Sam: write the FAQ due: 2026-12-10\n',
  'acme/drafts/reply.md': 'Hi Mark',
  'bob.md': '---\nname: Bob Smith\nstatus: lead\n---\nA one-file client.\n',
};

describe('client index', () => {
  it('reads folder clients and one-file clients, their logs, notes and open agreements', () => {
    const idx = index(ACME);
    const clients = idx.clients();
    assert.deepEqual(
      clients.map((c) => [c.id, c.profile.name, c.profile.status]),
      [
        ['bob', 'Bob Smith', 'lead'],
        ['acme', 'Mark Ellis', 'active'],
      ],
    );
    const acme = idx.client('acme') as Client;
    assert.equal(acme.log.length, 3);
    assert.deepEqual(
      acme.agreements.map((a) => [a.owner, a.task, a.due, a.mine]),
      [
        ['Mark', 'send the photos', '2026-11-13', false],
        ['Sam', 'send the mock-up', '2026-11-18', true],
        ['Sam', 'write the FAQ', '2026-12-10', true],
      ],
    );
    assert.equal(acme.lastContact, '2026-11-20');
    assert.deepEqual(acme.notes.map((n) => n.kind).sort(), ['draft', 'log', 'meeting', 'profile']);
    assert.equal(idx.client('bob')?.folder, null);
  });

  it('re-reads only the changed file, and forgets deleted files and folders', () => {
    const idx = index(ACME);
    idx.clients();
    idx.setFile(
      `${ROOT}/acme/meetings/2026-11-12-review.md`,
      '---\ndate: 2026-11-12\n---\n## Actions\n- [x] Mark: send the photos by Friday\n',
    );
    assert.equal(idx.client('acme')?.agreements.length, 0);
    idx.removeFile(`${ROOT}/acme/log.md`);
    assert.equal(idx.client('acme')?.log.length, 0);
    idx.removeFile(`${ROOT}/acme`);
    assert.equal(idx.client('acme'), undefined);
    assert.equal(idx.size, 1);
  });

  it('keeps a client whose profile YAML is broken, with the error', () => {
    const idx = index({ 'x/client.md': '---\nname: X\ntags: [a\n---\n' });
    const c = idx.client('x') as Client;
    assert.ok(c.error);
    assert.equal(c.profile.name, 'X');
    assert.equal(clientSignals(c, ctx)[0].code, 'profile-error');
  });

  it('ignores files outside the clients folder, hidden folders and non-Markdown files', () => {
    const idx = new ClientIndex({ root: ROOT });
    assert.equal(idx.setFile('/ws/notes/a.md', 'x'), undefined);
    assert.equal(idx.setFile(`${ROOT}/.trash/a.md`, 'x'), undefined);
    assert.equal(idx.setFile(`${ROOT}/acme/photo.png`, 'x'), undefined);
    assert.equal(idx.size, 0);
  });
});

describe('contact log, hours and time zones', () => {
  it('reads log lines with optional time, offset, channel and direction in three languages', () => {
    const log = parseContactLog(
      '- 2026-11-21 23:10 whatsapp in: asked for revisions\n- 2026-11-22 email out: sent\n* 2026-11-23T08:00+01:00 call entrada: llamada\n- 2026-11-24 09:00 email ricevuto: ok\nprose',
    );
    assert.deepEqual(
      log.map((e) => [e.date, e.time, e.offset, e.channel, e.direction]),
      [
        ['2026-11-21', '23:10', undefined, 'whatsapp', 'in'],
        ['2026-11-22', undefined, undefined, 'email', 'out'],
        ['2026-11-23', '08:00', '+01:00', 'call', 'in'],
        ['2026-11-24', '09:00', undefined, 'email', 'in'],
      ],
    );
    assert.equal(
      formatLogLine({ date: '2026-11-22', time: '10:05', channel: 'Video Call', direction: 'out', summary: 'kickoff\nnotes' }),
      '- 2026-11-22 10:05 video-call out: kickoff notes',
    );
  });

  it('reads working hours in English, Spanish and Italian', () => {
    const h = parseHours('lun-vie 10:00-19:00');
    assert.ok(h);
    assert.equal(withinHours(h, 5, 10 * 60), true);
    assert.equal(withinHours(h, 6, 11 * 60), false);
    assert.equal(withinHours(parseHours('Mon,Wed 9-13; Tue,Thu 14:30-18') ?? [], 2, 15 * 60), true);
    assert.equal(parseHours('whenever'), undefined);
  });

  it('converts a wall-clock time between time zones, across daylight-saving changes', () => {
    const madrid = toInstant('2026-11-21', '23:10', 'Europe/Madrid');
    assert.deepEqual(wallClock(madrid, 'Europe/London'), { weekday: 6, minute: 22 * 60 + 10, date: '2026-11-21' });
    const summer = toInstant('2026-07-01', '09:00', 'Europe/Madrid');
    assert.equal(wallClock(summer, 'America/New_York').minute, 3 * 60);
    assert.equal(wallClock(toInstant('2026-11-21', '23:10', undefined, '+00:00'), 'Europe/Madrid').minute, 10);
  });
});

describe('health signals', () => {
  const acme = () => index(ACME).client('acme') as Client;

  it("counts inbound contacts outside the client's agreed hours, in the client's time zone", () => {
    const s = afterHours(acme(), ctx);
    assert.equal(s?.code, 'after-hours');
    assert.match(s?.message ?? '', /^1 of 2 inbound contacts outside agreed hours \(0 in the last 7 days\)$/);
    // 10:00 in Madrid is 09:00 in London: inside 09:00–17:30; outside the user's hours only if they differ.
  });

  it('reports overdue agreements separately for theirs and mine', () => {
    const s = overdue(acme(), ctx);
    assert.deepEqual(
      s.map((x) => [x.code, x.severity]),
      [
        ['overdue-theirs', 'warning'],
        ['overdue-mine', 'error'],
      ],
    );
    assert.equal(s[0].message, '1 overdue agreement on their side, 9 days late');
    assert.equal(s[1].message, 'You have 1 overdue agreement, 4 days late');
  });

  it('shows money owed to the user as an error, and only that on an ended client', () => {
    const note =
      '---\ndate: 2026-11-12\nattendees: [Mark Ellis, Sam Rivera]\n---\n## Actions\n- [ ] Mark: pay the second invoice due: 2026-11-16\n- [ ] Mark: send the photos due: 2026-11-17\n- [ ] Sam: send the mock-up due: 2026-11-18\n';
    const active = index({ ...ACME, 'acme/meetings/2026-11-12-review.md': note }).client('acme') as Client;
    assert.deepEqual(
      overdue(active, ctx).map((x) => [x.code, x.severity]),
      [
        ['payment-overdue', 'error'],
        ['overdue-theirs', 'warning'],
        ['overdue-mine', 'error'],
      ],
    );
    assert.equal(overdue(active, ctx)[0].message, 'Money owed to you is overdue: “pay the second invoice”, due Mon 16 Nov');
    const ended = (status: string, task: string) =>
      index({
        'acme/client.md': `---\nname: Mark Ellis\nstatus: ${status}\n---\n`,
        'acme/meetings/2026-11-12-review.md': note.replace('pay the second invoice', task),
      }).client('acme') as Client;
    assert.deepEqual(
      clientSignals(ended('ended', 'pay the second invoice'), ctx).map((x) => x.code),
      ['payment-overdue'],
    );
    assert.deepEqual(clientSignals(ended('ended', 'review the pages'), ctx), []);
    assert.deepEqual(clientSignals(ended('paused', 'review the pages'), ctx), []);
  });

  it('tells money tasks from others word by word, in the three languages', () => {
    for (const task of [
      'pay the deposit',
      'Mark to send the invoice',
      'pagar la factura de octubre',
      'hacer la transferencia del anticipo',
      'saldare la fattura',
      "fare il bonifico dell'acconto",
    ]) {
      assert.ok(isAboutMoney(task), task);
    }
    for (const task of ['review the display', 'revisar la página de inicio', 'rivedere la pagina dei contatti', 'send the photos']) {
      assert.ok(!isAboutMoney(task), task);
    }
  });

  it('writes agreement owners as the attendee list spells them', () => {
    assert.equal(ownerAsAttendee('@giovanna', ['Giovanna Bianchi', 'Sam Rivera']), 'Giovanna');
    assert.equal(ownerAsAttendee('@giovanna.bianchi', ['Giovanna Bianchi']), 'Giovanna Bianchi');
    assert.equal(ownerAsAttendee('@ana and @luis', ['Ana', 'Luis']), 'Ana and Luis');
    assert.equal(ownerAsAttendee('@someone', ['Ana']), 'someone');
    assert.equal(ownerAsAttendee('Lucía', ['Lucía Fernández']), 'Lucía');
  });

  it('spells every owner of one meeting as ownerAsAttendee does, reading the attendee list once', () => {
    const attendees = ['Giovanna Bianchi', 'Ana Ruiz', 'Sam Rivera'];
    const owners = ['@giovanna', '@ana.ruiz', '@ana_ruiz', 'Sam', '@someone', null, '', 'Ana and @giovanna.bianchi'];
    const spell = attendeeSpeller(attendees);
    assert.deepEqual(
      owners.map((o) => spell(o)),
      ['Giovanna', 'Ana Ruiz', 'Ana Ruiz', 'Sam', 'someone', null, '', 'Ana and Giovanna Bianchi'],
    );
    assert.deepEqual(
      owners.map((o) => spell(o)),
      owners.map((o) => ownerAsAttendee(o, attendees)),
    );
  });

  it('orders a client log by date and time, an entry without a time first on its day, and notes newest first', () => {
    const c = index({
      'eve/client.md': '---\nname: Eve\n---\n',
      'eve/log.md':
        '- 2026-11-10 18:00 email in: late\n- 2026-11-10 call out: no time\n- 2026-11-09 23:59 email in: before\n- 2026-11-10 09:05 email in: early\n',
      'eve/meetings/2026-11-03-b.md': '# B\n',
      'eve/meetings/2026-11-12-a.md': '# A\n',
      'eve/drafts/undated.md': 'Hi',
    }).client('eve');
    assert.deepEqual(
      c?.log.map((e) => e.summary),
      ['before', 'no time', 'early', 'late'],
    );
    assert.deepEqual(
      c?.notes.map((n) => n.title),
      ['A', 'B', 'client', 'undated', 'log'],
    );
  });

  it('asks for a follow-up after a meeting, unless the note says it was followed up or a follow-up answers it', () => {
    const c = acme();
    assert.match(missingFollowup(c, ctx)?.message ?? '', /Meeting of Thu 12 Nov has no follow-up after 10 days/);
    const answered = index({
      ...ACME,
      'acme/followups/2026-11-12-review.md': '---\nmeeting: clients/acme/meetings/2026-11-12-review.md\n---\n',
    }).client('acme') as Client;
    assert.equal(missingFollowup(answered, ctx), undefined);
    const marked = index({ ...ACME, 'acme/meetings/2026-11-12-review.md': '---\ndate: 2026-11-12\nfollowup: 2026-11-12\n---\n' }).client(
      'acme',
    ) as Client;
    assert.equal(missingFollowup(marked, ctx), undefined);
  });

  it('notices a spike in contacts and weeks without feedback', () => {
    const lines = ['2026-11-16', '2026-11-17', '2026-11-18', '2026-11-19', '2026-11-20', '2026-11-21'].map(
      (d) => `- ${d} 10:00 email in: more changes`,
    );
    const busy = index({
      'b/client.md': '---\nname: B\nstatus: active\ncontract: 2026-09-01\n---\n',
      'b/log.md': `- 2026-10-01 10:00 email in: hi\n${lines.join('\n')}\n`,
    }).client('b') as Client;
    assert.match(contactSpike(busy, ctx)?.message ?? '', /^6 contacts in the last 7 days, usually about 1 a week$/);
    assert.match(noFeedback(busy, ctx)?.message ?? '', /No feedback asked for 11 weeks/);
    const asked = index({
      'b/client.md': '---\nname: B\nstatus: active\ncontract: 2026-09-01\n---\n',
      'b/log.md': '- 2026-11-10 10:00 email out: asked for feedback on the first month\n',
    }).client('b') as Client;
    assert.equal(noFeedback(asked, ctx), undefined);
  });

  it('flags a missing contract and deposit only on active clients, and says it in Spanish and Italian too', () => {
    const lead = index({ 'l/client.md': '---\nname: L\nstatus: lead\n---\n' }).client('l') as Client;
    assert.deepEqual(clientSignals(lead, ctx), []);
    const active = index({ 'a/client.md': '---\nname: A\nstatus: active\n---\n' }).client('a') as Client;
    assert.deepEqual(
      clientSignals(active, ctx).map((s) => s.code),
      ['no-contract', 'no-deposit'],
    );
    assert.equal(clientSignals(active, { ...ctx, uiLang: 'es' })[0].message, 'Activo sin contrato firmado');
    assert.equal(clientSignals(active, { ...ctx, uiLang: 'it' })[1].message, 'Attivo senza acconto pagato');
  });
});

describe('templates and edits', () => {
  it('makes slugs and localized files that the parsers read back', () => {
    assert.equal(slugify('Lucía Fernández & Co.'), 'lucia-fernandez-co');
    const profile = clientProfileTemplate({ name: 'Lucía Fernández', email: 'l@x.example', lang: 'es' });
    const idx = index({ 'lucia/client.md': profile });
    assert.deepEqual(
      [idx.client('lucia')?.profile.name, idx.client('lucia')?.profile.lang, idx.client('lucia')?.profile.status],
      ['Lucía Fernández', 'es', 'lead'],
    );
    const note = parseMeetingNote(meetingNoteTemplate({ title: 'Arranque', date: '2026-11-23', attendees: ['Lucía', 'Sam'], lang: 'es' }));
    assert.deepEqual([note.date, note.attendees, note.actions.length], ['2026-11-23', ['Lucía', 'Sam'], 0]);
  });

  it('marks a line done: checks a box, adds one, or appends ✅ to a table row or sentence', () => {
    assert.equal(markLineDone('- [ ] Mark: send it', '2026-11-22'), '- [x] Mark: send it');
    assert.equal(markLineDone('  * Mark: send it', '2026-11-22'), '  * [x] Mark: send it');
    assert.equal(
      markLineDone('| Marco | Inviare le foto | venerdì |', '2026-11-22'),
      '| Marco | Inviare le foto | venerdì ✅ 2026-11-22 |',
    );
    assert.equal(markLineDone('AI: JB to book the room', '2026-11-22'), 'AI: JB to book the room ✅ 2026-11-22');
    assert.equal(markLineDone('- [x] done already', '2026-11-22'), undefined);
    const n = parseMeetingNote(
      '---\ndate: 2026-11-13\n---\n## Azioni\n| Chi | Cosa | Entro |\n|---|---|---|\n| Marco | Inviare le foto | venerdì ✅ 2026-11-22 |\n\nAI: JB to book the room ✅ 2026-11-22\n',
    );
    assert.deepEqual(
      n.actions.map((a) => a.done),
      [true, true],
    );
  });
});
