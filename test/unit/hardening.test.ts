import * as assert from 'node:assert/strict';
import { ClientIndex } from '../../src/core/clients/index';
import { parseHours } from '../../src/core/clients/hours';
import { checkProfile } from '../../src/core/clients/profile-check';
import { clientSignals, type SignalContext } from '../../src/core/clients/signals';
import { addDays, daysBetween, weekday } from '../../src/core/dates/calendar';
import { buildMailto } from '../../src/core/followup/files';
import { parseFrontMatter } from '../../src/core/frontmatter';
import { findTaskLine, markLineDone } from '../../src/core/notes/done';
import { escapeMarkdown } from '../../src/core/text/markdown';
import { parseMeetingNote } from '../../src/core/notes/parse';

const ctx = (today = '2026-11-27'): SignalContext => ({
  today,
  workingHours: 'Mon-Fri 09:00-18:00',
  timezone: 'UTC',
  followupAfterDays: 2,
  feedbackWeeks: 6,
  uiLang: 'en',
});

function indexWith(files: Record<string, string>): ClientIndex {
  const index = new ClientIndex({ root: '/ws/clients', userNames: ['Sam'] });
  for (const [path, text] of Object.entries(files)) index.setFile(`/ws/clients/${path}`, text);
  return index;
}

describe('issue 14 regressions: bad dates are signals, not crashes', () => {
  it('turns contract: 2026-13-45 into a bad-date signal on its line instead of a RangeError', () => {
    const index = indexWith({ 'ana/client.md': '---\nname: Ana\nstatus: active\ncontract: 2026-13-45\ndeposit: 2026-10-01\n---\n' });
    const c = index.client('ana');
    assert.ok(c);
    const signals = clientSignals(c, ctx());
    const bad = signals.find((s) => s.code === 'bad-date');
    assert.equal(bad?.line, 4);
    assert.match(bad?.message ?? '', /contract: "2026-13-45"/);
    assert.ok(!signals.some((s) => s.code === 'no-contract'));
  });

  it('flags deposit: 2026-02-30 (a day the month does not have) and keeps computing the other signals', () => {
    const index = indexWith({
      'ana/client.md': '---\nname: Ana\nstatus: active\ncontract: 2026-02-30\ndeposit: 2026-02-30\n---\n',
      'ana/log.md': '- 2026-11-26 23:30 whatsapp in: late message\n- 2026-11-25 22:30 call in: late call\n',
    });
    const signals = clientSignals(index.client('ana') as NonNullable<ReturnType<ClientIndex['client']>>, ctx());
    assert.deepEqual(
      signals.filter((s) => s.code === 'bad-date').map((s) => s.line),
      [4, 5],
    );
    assert.ok(signals.some((s) => s.code === 'after-hours'));
  });

  it('keeps dates at 9999-12-31 instead of throwing past the calendar (dates past 9999)', () => {
    assert.equal(addDays('9999-12-31', 1), '9999-12-31');
    assert.equal(addDays('0000-01-01', -1), '0000-01-01');
    assert.equal(daysBetween('9999-12-30', addDays('9999-12-31', 30)), 1);
    assert.equal(weekday(addDays('9999-12-31', 400)), weekday('9999-12-31'));
    const note = parseMeetingNote('---\ndate: 9999-12-31\n---\n## Actions\n- [ ] Ana: send the logo tomorrow\n', { fileName: 'x.md' });
    assert.equal(note.actions[0]?.due, '9999-12-31');
    const index = indexWith({
      'ana/client.md': '---\nname: Ana\ncontract: 2026-01-01\ndeposit: 2026-01-01\n---\n',
      'ana/meetings/9999-12-31-end.md': '## Actions\n- [ ] Ana: send it tomorrow\n',
    });
    assert.doesNotThrow(() => clientSignals(index.client('ana') as NonNullable<ReturnType<ClientIndex['client']>>, ctx('9999-12-31')));
  });
});

describe('issue 14 regressions: broken profile YAML keeps what can be read', () => {
  it('keeps language, e-mail, contract and deposit when one line of client.md is malformed, and reports that line', () => {
    const text = '---\nname: Ana\nemail: ana@x.example\nlang: es\nnotes: [unclosed\ncontract: 2026-10-01\ndeposit: 2026-10-02\n---\n';
    const fm = parseFrontMatter(text);
    assert.equal(fm.error?.line, 5);
    const index = indexWith({ 'ana/client.md': text });
    const c = index.client('ana');
    assert.equal(c?.profile.lang, 'es');
    assert.equal(c?.profile.email, 'ana@x.example');
    assert.equal(c?.error?.line, 5);
    const codes = clientSignals(c as NonNullable<typeof c>, ctx()).map((s) => s.code);
    assert.ok(codes.includes('profile-error'));
    assert.ok(!codes.includes('no-contract') && !codes.includes('no-deposit'), codes.join());
  });

  it('does not warn "no signed contract" when the broken line is the contract line itself', () => {
    const text = '---\nname: Ana\nstatus: active\ncontract: [2026-10-01\nlang: es\n---\n';
    assert.equal(parseFrontMatter(text).error?.key, 'contract');
    const c = indexWith({ 'ana/client.md': text }).client('ana') as NonNullable<ReturnType<ClientIndex['client']>>;
    assert.deepEqual(c.error?.lost, ['contract']);
    const codes = clientSignals(c, ctx()).map((s) => s.code);
    assert.ok(codes.includes('profile-error') && !codes.includes('no-contract'), codes.join());
    assert.ok(codes.includes('no-deposit'), `a deposit signal does not read the broken key: ${codes.join()}`);
  });

  it('holds back the signals of every missing key when the broken line has no key', () => {
    const c = indexWith({ 'ana/client.md': '---\nname: Ana\ncontract: 2026-10-01\nthis line has no colon\n---\n' }).client('ana');
    assert.ok(c);
    assert.ok(c.error?.lost.includes('deposit') && !c.error.lost.includes('contract'), c.error?.lost.join());
    const codes = clientSignals(c, ctx()).map((s) => s.code);
    assert.ok(!codes.includes('no-deposit') && !codes.includes('no-contract'), codes.join());
  });

  it('lists the profile problems of client.md on their lines for the Problems panel', () => {
    const problems = checkProfile('---\nname: Ana\nemail: [oops\ncontract: 2026-02-30\n---\n', 'es');
    assert.deepEqual(
      problems.map((p) => [p.code, p.line]),
      [
        ['profile-error', 3],
        ['bad-date', 4],
      ],
    );
    assert.match(problems[0].message, /no se puede leer/);
    assert.deepEqual(checkProfile('---\nname: Ana\n---\n', 'en'), []);
  });

  it('reads the keys around a line that is not "key: value" at all', () => {
    const fm = parseFrontMatter('---\nname: Ana\nthis line has no colon\nlang: it\n---\n');
    assert.deepEqual(fm.data, { name: 'Ana', lang: 'it' });
    assert.equal(fm.error?.line, 3);
  });
});

describe('issue 14 regressions: markLineDone', () => {
  it("checks the box of '- [ ]Ana' instead of adding a second box", () => {
    assert.equal(markLineDone('- [ ]Ana: send it', '2026-11-22'), '- [x]Ana: send it');
  });

  it('checks the box of a task inside a blockquote instead of appending ✅', () => {
    assert.equal(markLineDone('> - [ ] Ana: send it', '2026-11-22'), '> - [x] Ana: send it');
    assert.equal(markLineDone('> > 1. [ ] Ana: send it', '2026-11-22'), '> > 1. [x] Ana: send it');
    assert.equal(markLineDone('> - [x] Ana: send it', '2026-11-22'), undefined);
  });

  it('keeps the trailing whitespace of a table row and of a hard line break', () => {
    assert.equal(markLineDone('| Ana | send it |  ', '2026-11-22'), '| Ana | send it ✅ 2026-11-22 |  ');
    assert.equal(markLineDone('Ana will send it  ', '2026-11-22'), 'Ana will send it ✅ 2026-11-22  ');
  });
});

describe('issue 14 regressions: linear parsers still read what they read before', () => {
  it('reads working hours with long whitespace runs the same as with single spaces (quadratic parseHours)', () => {
    assert.deepEqual(parseHours(`Mon-Fri${' '.repeat(5000)}09:00 -   18:00`), parseHours('Mon-Fri 09:00-18:00'));
    assert.equal(parseHours(`Mon,${' '.repeat(5000)}x`), undefined);
  });

  it('reads a front matter value followed by a long run of spaces (quadratic front-matter key regex)', () => {
    assert.deepEqual(parseFrontMatter(`---\nname: Ana${' '.repeat(100_000)}\n---\n`).data, { name: 'Ana' });
    assert.deepEqual(parseFrontMatter(`---\nname: A${' '.repeat(100_000)}B\n---\n`).data, { name: `A${' '.repeat(100_000)}B` });
  });
});

describe('issue 14 regressions: mail links', () => {
  it('keeps &, ?, #, %, newlines, non-ASCII and lone surrogates in the exact string handed to the mail app', () => {
    const link = buildMailto('ana@x.example', 'Recap: Q&A ? #1 100% done', 'Line 1 & more\nLínea 2 ✅\ud800 end');
    assert.equal(
      link.uri,
      'mailto:ana@x.example?subject=Recap%3A%20Q%26A%20%3F%20%231%20100%25%20done&body=Line%201%20%26%20more%0D%0AL%C3%ADnea%202%20%E2%9C%85%EF%BF%BD%20end',
    );
    const params = new URLSearchParams(link.uri.slice(link.uri.indexOf('?') + 1));
    assert.equal(params.get('subject'), 'Recap: Q&A ? #1 100% done');
    assert.equal(params.get('body'), 'Line 1 & more\r\nLínea 2 ✅\ufffd end');
  });
});

describe('issue 14 regressions: workspace text in Markdown tooltips', () => {
  it('escapes an image, a link, raw HTML and theme icons in a client name so the tooltip shows them as text', () => {
    const evil = '![x](https://tracker.example/p.png) <img src=https://t.example/i> [a](command:rm) $(flame) *b* `c`\nnext';
    const out = escapeMarkdown(evil);
    assert.ok(!/(?<!\\)!(?<!\\)\[/.test(out) && !/(?<!\\)</.test(out) && !/(?<!\\)\$\(/.test(out) && !/(?<!\\)\[/.test(out), out);
    assert.equal(out.replace(/\\(.)/g, '$1'), evil.replace('\n', ' '));
  });
});

describe('issue 14 regressions: Mark Done finds its task', () => {
  const lines = ['# Kickoff', '', 'new line typed above', '- [ ] Ana: send the logo by Friday', '- [ ] Sam: book the room'];
  it('finds the task by its text when unsaved edits moved it (Mark Done edits the wrong task)', () => {
    assert.equal(
      findTaskLine((l) => lines[l], lines.length, 2, 'send the logo'),
      3,
    );
    assert.equal(
      findTaskLine((l) => lines[l], lines.length, 4, 'book the room'),
      4,
    );
  });

  it('refuses (undefined) when the task is gone', () => {
    assert.equal(
      findTaskLine((l) => lines[l], lines.length, 3, 'call the printer'),
      undefined,
    );
  });
});
