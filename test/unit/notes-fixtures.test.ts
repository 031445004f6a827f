import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseMeetingNote } from '../../src/core/notes/parse';

/**
 * Fixture notes in test/fixtures/notes/ carry their expectations inline, on the line they are
 * about: `<!-- expect: action owner=Ana due=2026-11-20 -->`, several separated by `;`, kinds
 * `action` (with owner=, due=, dueText=, done, mine), `decision`, `question`, `next` (date=).
 * Every item the reader finds must be expected on its line, and every expectation met.
 */
const DIR = path.resolve(__dirname, '../../../test/fixtures/notes');

interface Expectation {
  kind: string;
  props: Record<string, string | true>;
}

function parseExpectations(text: string): Map<number, Expectation[]> {
  const out = new Map<number, Expectation[]>();
  text.split(/\r?\n/).forEach((line, i) => {
    const m = /<!--\s*expect:\s*(.*?)\s*-->/.exec(line);
    if (!m) return;
    const list = m[1].split(';').map((e) => {
      const [kind, ...rest] = e.trim().match(/(?:[^\s"]+="[^"]*"|\S+)/g) ?? [];
      const props: Record<string, string | true> = {};
      for (const r of rest) {
        const eq = r.indexOf('=');
        if (eq < 0) props[r] = true;
        else props[r.slice(0, eq)] = r.slice(eq + 1).replace(/^"|"$/g, '');
      }
      return { kind: kind ?? 'none', props };
    });
    out.set(i + 1, list);
  });
  return out;
}

type Found = { kind: string; line: number; fields: Record<string, unknown> };

function found(file: string, text: string): Found[] {
  const n = parseMeetingNote(text, { fileName: file, userNames: ['Sam Rivera', 'Sam'] });
  return [
    ...n.actions.map((a) => ({
      kind: 'action',
      line: a.line,
      fields: { owner: a.owner, due: a.due, dueText: a.dueText, done: a.done, mine: a.mine, task: a.task },
    })),
    ...n.decisions.map((d) => ({ kind: 'decision', line: d.line, fields: { text: d.text } })),
    ...n.openQuestions.map((q) => ({ kind: 'question', line: q.line, fields: { text: q.text } })),
    ...(n.nextMeeting ? [{ kind: 'next', line: n.nextMeeting.line, fields: { date: n.nextMeeting.date, text: n.nextMeeting.text } }] : []),
  ];
}

function check(e: Expectation, f: Found): string | undefined {
  if (e.kind !== f.kind) return `expected ${e.kind}, read ${f.kind}`;
  for (const [k, v] of Object.entries(e.props)) {
    const got = f.fields[k];
    if (v === true ? got !== true : String(got) !== v) return `${k}: expected ${v === true ? 'true' : v}, read ${String(got)}`;
  }
  for (const k of ['done', 'mine'])
    if (e.kind === 'action' && !(k in e.props) && f.fields[k] === true) return `${k}: read true, not expected`;
  return undefined;
}

describe('meeting-note fixtures with inline expectations', () => {
  for (const file of fs
    .readdirSync(DIR)
    .filter((f) => f.endsWith('.md'))
    .sort()) {
    it(`reads ${file} as its inline expectations say`, () => {
      const text = fs.readFileSync(path.join(DIR, file), 'utf8');
      const expected = parseExpectations(text);
      const got = found(file, text);
      const problems: string[] = [];
      for (const [line, list] of expected) {
        const here = got.filter((g) => g.line === line);
        const used = new Set<number>();
        for (const e of list) {
          if (e.kind === 'none') continue;
          const i = here.findIndex((g, k) => !used.has(k) && !check(e, g));
          if (i >= 0) used.add(i);
          else
            problems.push(
              `line ${line}: ${here.length ? here.map((g) => check(e, g) ?? 'taken').join(' / ') : `expected ${e.kind}, read nothing`}`,
            );
        }
        here.forEach((g, k) => {
          if (!used.has(k)) problems.push(`line ${line}: extra ${g.kind} ${JSON.stringify(g.fields)}`);
        });
      }
      for (const g of got) if (!expected.has(g.line)) problems.push(`line ${g.line}: extra ${g.kind} ${JSON.stringify(g.fields)}`);
      assert.deepEqual(problems, []);
    });
  }
});
