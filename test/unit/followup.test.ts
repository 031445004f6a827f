import * as assert from 'node:assert/strict';
import { composeFollowup, formatDay } from '../../src/core/followup/compose';
import { ALL_EMAIL_STRINGS } from '../../src/core/followup/strings';
import { parseMeetingNote } from '../../src/core/notes/parse';
import { Linter } from '../../src/core/lint/linter';
import { run } from '../../src/cli/run';
import '../../src/cli/commands';
import { memoryIo } from './helpers/memory-io';
import type { Lang } from '../../src/core/lang';

const NOTE = `---
date: 2026-11-20
attendees: [Mark Ellis, Sam Rivera]
---
# Scope call

## Agreed
- The careers page is a change request.

## Next steps
- [ ] Sam: send the change request by tomorrow
- [ ] Mark will confirm the change request by next Wednesday
- [ ] Mark: sign the contract soon

## Open questions
- Who writes the copy?

## Next meeting
Thursday 3 December, 10:00 (video call)
`;
const opts = { register: 'informal' as const, today: '2026-11-22', confirmDays: 2, userName: 'Sam Rivera', userAliases: ['Sam'] };

describe('follow-up email', () => {
  const note = parseMeetingNote(NOTE, { userNames: ['Sam Rivera', 'Sam'] });

  it('writes the recap in English with explicit weekdays and dates, and a confirm-by date two working days out', () => {
    const e = composeFollowup(note, { ...opts, lang: 'en' });
    assert.equal(e.subject, 'Recap: Scope call — 20 November 2026');
    assert.match(e.body, /^Hi Mark,\n\nThanks for our meeting on Friday 20 November\./);
    assert.match(e.body, /- \*\*Sam\*\*: Send the change request — by Saturday 21 November/);
    assert.match(e.body, /- \*\*Mark\*\*: Confirm the change request — by Wednesday 25 November/);
    assert.match(e.body, /- \*\*Mark\*\*: Sign the contract — date to be agreed \(noted as “soon”\)/);
    assert.match(e.body, /\*\*Next meeting\*\*\n\nThursday 3 December, 10:00 \(video call\)/);
    assert.match(e.body, /by Tuesday 24 November\?/);
    assert.equal(e.confirmBy, '2026-11-24');
    assert.match(e.body, /Best,\nSam Rivera\n$/);
  });

  it("writes Spanish and Italian, formal and informal, with dates in the email's language", () => {
    const es = composeFollowup(note, { ...opts, lang: 'es' });
    assert.match(es.subject, /^Resumen: Scope call — 20 de noviembre de 2026$/);
    assert.match(es.body, /^Hola, Mark:\n\nGracias por la reunión del viernes 20 de noviembre\. Te resumo/);
    assert.match(es.body, /para el miércoles 25 de noviembre/);
    const esFormal = composeFollowup(note, { ...opts, lang: 'es', register: 'formal' });
    assert.match(esFormal.body, /Le resumo a continuación/);
    assert.match(esFormal.body, /¿Podría confirmarme/);
    const it = composeFollowup(note, { ...opts, lang: 'it' });
    assert.match(it.body, /^Ciao Mark,\n\ngrazie per la riunione di venerdì 20 novembre/);
    assert.match(it.body, /entro mercoledì 25 novembre/);
    const itFormal = composeFollowup(note, { ...opts, lang: 'it', register: 'formal' });
    assert.match(itFormal.body, /^Gentile Mark,\n\nLa ringrazio/);
  });

  it('formats days with date-fns in each language, adding the year only when it differs', () => {
    assert.equal(formatDay('2026-11-27', 'en', 2026), 'Friday 27 November');
    assert.equal(formatDay('2026-11-27', 'es', 2026), 'viernes 27 de noviembre');
    assert.equal(formatDay('2027-01-08', 'it', 2026), 'venerdì 8 gennaio 2027');
  });

  it('follows a workspace template', () => {
    const e = composeFollowup(note, { ...opts, lang: 'en', template: '{{greeting}}\n{{nextSteps}}\n-- {{title}}' });
    assert.match(e.body, /^Hi Mark,\n\*\*Next steps/);
    assert.match(e.body, /-- Scope call\n$/);
  });

  it("produces emails that pass the project's own linter with no warnings", () => {
    for (const lang of ['en', 'es', 'it'] as Lang[])
      for (const register of ['informal', 'formal'] as const) {
        const e = composeFollowup(note, { ...opts, lang, register });
        const findings = new Linter().lint(e.body, { lang }).findings.filter((f) => f.severity !== 'hint');
        assert.deepEqual(
          findings.map((f) => `${f.rule}: ${f.text}`),
          [],
          `${lang} ${register}`,
        );
      }
  });

  it('has every email string in both registers of the three languages', () => {
    for (const lang of ['en', 'es', 'it'] as const) {
      for (const v of Object.values(ALL_EMAIL_STRINGS.COMMON[lang])) assert.equal(typeof v, 'string');
      for (const reg of ['informal', 'formal'] as const)
        for (const [k, v] of Object.entries(ALL_EMAIL_STRINGS.REGISTER[lang][reg])) {
          if (k !== 'purposeNoDate') assert.ok(v.trim(), `${lang} ${reg} ${k}`);
        }
    }
  });
});

describe('composure followup (CLI)', () => {
  const files = {
    '/ws/clients/acme/client.md': '---\nname: Mark Ellis\nemail: mark@acme.example\nlang: en\n---\n',
    '/ws/clients/acme/meetings/2026-11-20-scope.md': NOTE,
    '/ws/.vscode/settings.json': '{"composure.userName": "Sam Rivera", "composure.userAliases": ["Sam"]}',
  };

  it('prints the JSON contract with ISO dates', async () => {
    const io = memoryIo(files);
    assert.equal(await run(['followup', '--format', 'json', '--today', '2026-11-22', 'clients/acme/meetings/2026-11-20-scope.md'], io), 0);
    const out = JSON.parse(io.stdout());
    assert.deepEqual(Object.keys(out).sort(), [
      'actions',
      'body',
      'decisions',
      'lang',
      'meetingDate',
      'nextMeeting',
      'openQuestions',
      'subject',
      'warnings',
    ]);
    assert.equal(out.meetingDate, '2026-11-20');
    assert.deepEqual(out.actions[1], {
      owner: 'Mark',
      task: 'confirm the change request',
      due: '2026-11-25',
      dueText: 'next Wednesday',
      line: 12,
      done: false,
      mine: false,
    });
    assert.deepEqual(out.nextMeeting, { date: '2026-12-03', text: 'Thursday 3 December, 10:00 (video call)', line: 19 });
    for (const d of [...out.decisions, ...out.openQuestions]) assert.deepEqual(Object.keys(d).sort(), ['line', 'text']);
    assert.match(out.warnings[0], /Vague due “soon”/);
  });

  it("prints Markdown with the client's address, and plain text", async () => {
    const io = memoryIo(files);
    await run(['followup', '--today', '2026-11-22', 'clients/acme/meetings/2026-11-20-scope.md'], io);
    assert.match(io.stdout(), /^\*\*To:\*\* mark@acme\.example {2}\n\*\*Subject:\*\* Recap: Scope call/);
    const text = memoryIo(files);
    await run(['followup', '--format', 'text', '--lang', 'it', '--today', '2026-11-22', 'clients/acme/meetings/2026-11-20-scope.md'], text);
    assert.match(text.stdout(), /^To: mark@acme\.example\nSubject: Riepilogo/);
    assert.match(text.stdout(), /PROSSIMI PASSI/);
  });

  it("writes the email in --lang's language while still reading the note's dates in the note's own", async () => {
    const io = memoryIo(files);
    assert.equal(
      await run(['followup', '--format', 'json', '--lang', 'es', '--today', '2026-11-22', 'clients/acme/meetings/2026-11-20-scope.md'], io),
      0,
    );
    const out = JSON.parse(io.stdout());
    assert.equal(out.lang, 'es');
    assert.deepEqual(
      out.actions.map((a: { due: string | null }) => a.due),
      ['2026-11-21', '2026-11-25', null],
    );
    assert.match(out.body, /para el miércoles 25 de noviembre/);
  });

  it("reads a note in its own language when the client's is another, as the Agreements view does", async () => {
    const io = memoryIo({
      ...files,
      '/ws/clients/lumen/client.md': '---\nname: Lucía Fernández\nemail: lucia@lumen.example\nlang: es\n---\n',
      '/ws/clients/lumen/meetings/2026-11-20-scope.md': NOTE,
    });
    assert.equal(await run(['followup', '--format', 'json', '--today', '2026-11-22', 'clients/lumen/meetings/2026-11-20-scope.md'], io), 0);
    const out = JSON.parse(io.stdout());
    assert.equal(out.lang, 'es');
    assert.deepEqual(
      out.actions.map((a: { due: string | null }) => a.due),
      ['2026-11-21', '2026-11-25', null],
    );
    assert.match(out.body, /^Hola, Mark:/);
  });

  it('rejects a bad --today and a missing file with exit code 2', async () => {
    assert.equal(await run(['followup', '--today', '22/11/2026', 'x.md'], memoryIo(files)), 2);
    const io = memoryIo(files);
    assert.equal(await run(['followup', 'missing.md'], io), 2);
    assert.match(io.stderr(), /missing\.md: no such file/);
  });
});
