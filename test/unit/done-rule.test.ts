import * as assert from 'node:assert/strict';
import { isLineDone, markLineDone } from '../../src/core/notes/done';
import { parseMeetingNote } from '../../src/core/notes/parse';

/**
 * Action-item lines with the rule's verdict written beside each (`done` or `open`): the note reader
 * (which the follow-up, the clients index, the Agreements view and the CLI all read) and Mark Done
 * must agree on every one.
 */
const CASES: Array<[string, 'done' | 'open']> = [
  ['- [ ] Ana: send the invoice by 2026-11-27', 'open'],
  ['- [x] Ana: send the invoice by 2026-11-27', 'done'],
  ['- [X] Ana: send the invoice by 2026-11-27', 'done'],
  ['- [-] Ana: send the invoice by 2026-11-27', 'done'],
  ['- [/] Ana: send the invoice by 2026-11-27', 'open'],
  ['- [>] Ana: send the invoice by 2026-11-27', 'open'],
  ['- [ ] Ana: send the invoice 📅 2026-11-27 ✅ 2026-11-26', 'done'],
  ['- [ ] Ana: send the invoice by 2026-11-27 ✔️', 'done'],
  ['- [ ] Ana: send the invoice by 2026-11-27 ☑️', 'done'],
  ['- [ ] ~~Ana: send the invoice by 2026-11-27~~', 'done'],
  ['- Ana: ~~send~~ post the invoice by 2026-11-27', 'open'],
  ['- DONE Ana: send the invoice by 2026-11-27', 'done'],
  ['- CANCELLED Ana: send the invoice by 2026-11-27', 'done'],
  ['- TODO Ana: send the invoice by 2026-11-27', 'open'],
  ['- [ ] LATER Ana: send the invoice by 2026-11-27', 'open'],
  ['- [x] TODO Ana: send the invoice by 2026-11-27', 'done'],
];

/** Table rows: the task cell is the second; a status cell beside it may say done in any language. */
const ROWS: Array<[string, 'done' | 'open']> = [
  ['| Ana | Send the invoice | 2026-11-27 | open |', 'open'],
  ['| Ana | Send the invoice | 2026-11-27 | done |', 'done'],
  ['| Ana | Send the invoice | 2026-11-27 | hecho |', 'done'],
  ['| Ana | Send the invoice | 2026-11-27 | fatto |', 'done'],
  ['| Ana | Send the invoice ✅ 2026-11-26 | 2026-11-27 | |', 'done'],
  ['| Ana | Send the closed-issues report | 2026-11-27 | open |', 'open'],
];

function readDone(line: string, table: boolean): boolean | undefined {
  const body = table ? `| Who | Task | Due | Status |\n|---|---|---|---|\n${line}\n` : `${line}\n`;
  const note = parseMeetingNote(`---\ndate: 2026-11-20\nattendees: [Ana, Sam]\n---\n# Call\n\n## Actions\n\n${body}`);
  const found = note.actions.filter((a) => /invoice|report/i.test(a.task));
  assert.equal(found.length, 1, `one action read from ${line}`);
  return found[0].done;
}

describe('one rule for a finished task', () => {
  for (const [line, verdict] of [...CASES, ...ROWS]) {
    it(`reads ${JSON.stringify(line)} as ${verdict} in the note reader and in Mark Done`, () => {
      const done = verdict === 'done';
      assert.equal(readDone(line, line.startsWith('|')), done, 'the note reader');
      const task = line.startsWith('|') ? line.split('|')[2].trim() : undefined;
      assert.equal(isLineDone(line, task), done, 'isLineDone');
      const marked = markLineDone(line, '2026-11-28', task);
      if (done) assert.equal(marked, undefined, 'Mark Done leaves a finished task alone');
      else {
        assert.ok(marked !== undefined && marked !== line, 'Mark Done changes an open task');
        assert.equal(isLineDone(marked, task), true, 'and the marked line reads as done');
        assert.equal(readDone(marked, line.startsWith('|')), true, 'in the note reader too');
      }
    });
  }
});
