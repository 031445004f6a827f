#!/usr/bin/env node
// Turns an annotated note (a note + its entry in a corpus-format expected.json, see NOTES-GUIDE.md)
// into a fixture note with inline expectations (syntax: test/unit/helpers/note-fixtures.ts), and
// marks what the reader misses today as known-miss with a class reason.
// usage:
//   notes-to-fixture.mjs NOTE.md EXPECTED.json OUT.md          one note (its entry found by raw_file)
//   notes-to-fixture.mjs --set DIR --tag h1 --out FIXTURES [--skip RAW_FILE,…]
//                                                              every DIR/notes/{en,es,it}/*.md as LANG-TAG-SLUG.md
//   notes-to-fixture.mjs --mark FIXTURE.md…                    after `npm run compile-tests`: each expectation the
//                                                              reader misses gets known-miss="class"; each item it
//                                                              reads where none is expected gets `none known-miss`
//   notes-to-fixture.mjs --unmark FIXTURE.md…                  after `npm run compile-tests`: drops each known-miss
//                                                              the reader now meets ("now read right")
// An expectation goes at the end of its line; where a comment would change the Markdown (front
// matter, fenced code, a blank line) it goes in an `expect-line N:` comment at the end of the file.
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const FIRST_PERSON = new Set(['i', 'me', 'yo', 'io', 'myself']);
const arg = (k) => {
  const i = process.argv.indexOf(k);
  return i > 0 ? process.argv[i + 1] : undefined;
};

const quote = (v) => (/[\s;"]/.test(v) ? `"${v.replace(/"/g, "'")}"` : v);
const firstPerson = (owner) => !!owner && FIRST_PERSON.has(owner.trim().toLowerCase());

/** The expectation text for one annotated action (or borderline item, `maybe`). */
function actionExpectation(a, kind) {
  const out = [kind];
  if (firstPerson(a.owner)) out.push('mine');
  else if (a.owner) out.push(`owner~=${quote(a.owner)}`);
  else if (kind === 'action') out.push('owner=null');
  if (a.due) out.push(`due=${a.due}`);
  else if (kind === 'action') out.push('due=null');
  if (a.done) out.push('done');
  return out.join(' ');
}

/** Lines where an appended comment changes the Markdown: front matter, fenced code, blank lines. */
function unsafeLines(lines) {
  const unsafe = new Set();
  let i = 0;
  if (lines[0]?.trim() === '---') {
    unsafe.add(1);
    for (i = 1; i < lines.length; i++) {
      unsafe.add(i + 1);
      if (/^(?:---|\.\.\.)\s*$/.test(lines[i])) {
        i++;
        break;
      }
    }
  }
  let fence = null;
  for (; i < lines.length; i++) {
    const m = /^\s*(`{3,}|~{3,})/.exec(lines[i]);
    if (fence) {
      unsafe.add(i + 1);
      if (m && m[1][0] === fence[0] && m[1].length >= fence.length) fence = null;
    } else if (m) {
      fence = m[1];
      unsafe.add(i + 1);
    } else if (!lines[i].trim()) unsafe.add(i + 1);
  }
  return unsafe;
}

/** Writes `exps` (line → expectation texts) into the note's lines; returns the fixture text. */
function place(text, exps, trailer = []) {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const lines = text.split(/\r?\n/);
  const endsWithEol = lines.at(-1) === '';
  if (endsWithEol) lines.pop();
  const unsafe = unsafeLines(lines);
  const tail = [...trailer];
  for (const [line, list] of [...exps].sort((a, b) => a[0] - b[0])) {
    if (line < 1 || line > lines.length) throw new Error(`line ${line} is not in the note`);
    if (unsafe.has(line)) tail.push(`<!-- expect-line ${line}: ${list.join('; ')} -->`);
    else lines[line - 1] = `${lines[line - 1].replace(/\s+$/, '')} <!-- expect: ${list.join('; ')} -->`;
  }
  if (tail.length) lines.push('', ...tail);
  return lines.join(eol) + (endsWithEol ? eol : '');
}

/** The fixture text for one note and its expected.json entry. */
export function toFixture(text, x, origin) {
  const exps = new Map();
  const add = (line, e) => exps.set(line, [...(exps.get(line) ?? []), e]);
  const lines = text.split(/\r?\n/);
  for (const a of x.action_items ?? []) add(a.line, actionExpectation(a, 'action'));
  for (const a of x.possible_action_items ?? []) add(a.line, actionExpectation(a, 'maybe'));
  for (const d of x.decisions ?? []) add(d.line, 'decision');
  for (const q of x.open_questions ?? []) add(q.line, 'question');
  if (x.next_meeting?.line) add(x.next_meeting.line, `next date=${x.next_meeting.date ?? 'null'}`);
  for (const it of [...(x.action_items ?? []), ...(x.possible_action_items ?? []), ...(x.decisions ?? []), ...(x.open_questions ?? [])]) {
    const words = (it.source ?? '').slice(0, 20);
    if (words && !lines[it.line - 1]?.includes(words)) console.warn(`${x.raw_file}: line ${it.line} does not hold "${words}"`);
  }
  const trailer = [`<!-- fixture-origin: ${origin}, converted by test/tools/notes-to-fixture.mjs -->`, '<!-- expect-user: none -->'];
  return place(text, exps, trailer);
}

function slug(rawFile) {
  return rawFile.replace(/\.md$/, '').replace(/^\d+-(?:en|es|it)-/, '');
}

function convertSet(dir, tag, out, skip) {
  let n = 0;
  for (const lang of ['en', 'es', 'it']) {
    const folder = path.join(dir, 'notes', lang);
    const entries = JSON.parse(fs.readFileSync(path.join(folder, 'expected.json'), 'utf8'));
    for (const x of entries) {
      if (skip.has(x.raw_file)) continue;
      const text = fs.readFileSync(path.join(folder, x.raw_file), 'utf8');
      const name = `${lang}-${tag}-${slug(x.raw_file)}.md`;
      const origin = `held-out note ${path.basename(dir)}/${lang}/${x.raw_file}, written for this project`;
      fs.writeFileSync(path.join(out, name), toFixture(text, x, origin));
      n++;
    }
  }
  console.log(`${dir}: ${n} fixtures in ${out}`);
}

/** A short class for what the reader got wrong on a line ("owner form: …", "due: …"), from the
 * reader's output and the expectation; a closer class (prose, section, structure) is a hand edit. */
function missClass(e, here) {
  const kind = e.kind === 'maybe' ? 'action' : e.kind;
  const same = here.filter((g) => g.kind === kind);
  if (e.kind === 'none') return `filter: read as ${here[0]?.kind ?? 'an item'}, not one`;
  if (!same.length) return here.length ? `${kind}: read as ${here[0].kind}` : `${kind}: not read`;
  if (kind === 'next') return 'next meeting: another date';
  const g = same[0].fields;
  const p = e.props;
  const out = [];
  const ownerKey = 'owner~' in p ? 'owner~' : 'owner' in p ? 'owner' : null;
  if (ownerKey && p[ownerKey] === 'null' && g.owner) out.push('owner form: an owner where none is named');
  else if (ownerKey && p[ownerKey] !== 'null' && !g.owner) out.push('owner form: no owner found');
  else if (
    ownerKey &&
    helpers().check(
      { kind: 'action', props: { [ownerKey]: p[ownerKey] }, source: '' },
      { kind: 'action', line: 0, fields: { owner: g.owner } },
    )
  )
    out.push('owner form: another owner read');
  if (p.mine && !g.mine) out.push('first person: not read as the writer');
  if (!p.mine && !('owner~' in p) && g.mine) out.push('first person: read as the writer');
  if ('due' in p && p.due !== String(g.due))
    out.push(
      p.due === 'null'
        ? 'due: a day where the note gives none or a vague one'
        : g.due
          ? 'due: resolved to another day'
          : 'due: not resolved',
    );
  if (p.done && !g.done) out.push('done: not seen');
  if (!p.done && g.done) out.push('done: read as done');
  return out.join(', ') || 'other';
}

let cached;
function helpers() {
  const file = path.join(ROOT, 'out/test/unit/helpers/note-fixtures.js');
  if (!fs.existsSync(file)) throw new Error(`no ${file}: run \`npm run compile-tests\` first`);
  cached ??= createRequire(import.meta.url)(file);
  return cached;
}

function mark(file) {
  const h = helpers();
  const text = fs.readFileSync(file, 'utf8');
  const name = path.basename(file);
  const { problems, userNames, reference } = h.readFixture(name, text);
  if (!problems.length) return 0;
  const got = h.found(name, text, userNames, reference);
  const lines = text.split(/\r?\n/);
  let n = 0;
  const extras = new Map();
  const missed = new Set(problems.filter((p) => p.e).map((p) => p.line));
  for (const p of problems) {
    const here = got.filter((g) => g.line === p.line);
    if (p.e) {
      const reason = missClass(p.e, here);
      const src = p.e.source;
      const re = new RegExp(
        `(<!--\\s*expect(?:-line ${p.line})?:[^>]*?)(?<=[:;]\\s*)${src.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?=\\s*(?:;|-->))`,
      );
      const at = lines.findIndex((l, i) => (i === p.line - 1 || l.includes(`expect-line ${p.line}:`)) && re.test(l));
      if (at < 0) throw new Error(`${name}: no expectation "${src}" for line ${p.line}`);
      lines[at] = lines[at].replace(re, `$1${src} known-miss="${reason}"`);
      n++;
    } else if (p.extra && !missed.has(p.line) && !extras.has(p.line))
      extras.set(p.line, [`none known-miss="${missClass({ kind: 'none', props: {} }, here)}"`]);
  }
  let out = lines.join(text.includes('\r\n') ? '\r\n' : '\n');
  if (extras.size) {
    // Extras on lines that already carry an expectation join that comment.
    for (const [line, list] of [...extras]) {
      const i = line - 1;
      const olines = out.split(/\r?\n/);
      const j = olines.findIndex((l, k) => (k === i && /<!--\s*expect:/.test(l)) || l.includes(`expect-line ${line}:`));
      if (j >= 0) {
        olines[j] = olines[j].replace(/\s*-->(?![^]*-->)/, `; ${list[0]} -->`);
        out = olines.join(text.includes('\r\n') ? '\r\n' : '\n');
        extras.delete(line);
      }
    }
    out = place(out, extras);
    n += extras.size;
  }
  fs.writeFileSync(file, out);
  return n;
}

/** Drops the known-miss markers of expectations the reader now meets. */
function unmark(file) {
  const text = fs.readFileSync(file, 'utf8');
  const { misses } = helpers().readFixture(path.basename(file), text);
  const lines = text.split(/\r?\n/);
  let n = 0;
  for (const { line, e } of misses.filter((m) => m.nowRight)) {
    const marker = ` known-miss="${e.knownMiss}"`;
    const at = lines.findIndex((l, i) => (i === line - 1 || l.includes(`expect-line ${line}:`)) && l.includes(`${e.source}${marker}`));
    if (at < 0) throw new Error(`${file}: no marker "${e.knownMiss}" for line ${line}`);
    lines[at] = lines[at].replace(`${e.source}${marker}`, e.source);
    n++;
  }
  if (n) fs.writeFileSync(file, lines.join(text.includes('\r\n') ? '\r\n' : '\n'));
  return n;
}

const argv = process.argv.slice(2);
if (argv[0] === '--unmark') {
  let n = 0;
  for (const f of argv.slice(1)) n += unmark(f);
  console.log(`${n} known misses now read right: markers removed`);
} else if (argv[0] === '--mark') {
  let n = 0;
  for (const f of argv.slice(1)) n += mark(f);
  console.log(`${n} known misses marked`);
} else if (arg('--set')) {
  convertSet(
    arg('--set'),
    arg('--tag') ?? 'h',
    arg('--out') ?? path.join(ROOT, 'test/fixtures/notes'),
    new Set((arg('--skip') ?? '').split(',').filter(Boolean)),
  );
} else if (argv.length === 3) {
  const [note, expected, out] = argv;
  const x = JSON.parse(fs.readFileSync(expected, 'utf8')).find((e) => e.raw_file === path.basename(note));
  if (!x) throw new Error(`${expected} has no entry for ${path.basename(note)}`);
  fs.writeFileSync(out, toFixture(fs.readFileSync(note, 'utf8'), x, `note ${path.basename(note)}`));
} else {
  console.log(
    fs
      .readFileSync(fileURLToPath(import.meta.url), 'utf8')
      .split('\n')
      .filter((l) => l.startsWith('// '))
      .join('\n'),
  );
  process.exit(2);
}
