// `node test/eval/grade-rewrites.mjs DRAFTS.json [--grades GRADES.md] [--out SHEET.md]`: the grading
// sheet for a native reader. For each finding on a drafts file: the sentence before, the sentence
// after applying its first suggestion as the editor would, and the corpus's good_rewrite when there
// is one, with a `grade:` line to fill: S (sendable as is), E (needs an edit) or W (wrong: meaning
// changed, ungrammatical, wrong register, a stub), then optionally a class name. Given an earlier
// graded sheet (--grades), rows whose after-sentence is unchanged keep their grade; the others are
// left blank to grade again. Prints the sendable rate per language over the graded rows.
// Corpus texts stay outside the project: write sheets under /work/coord or /tmp, not in the repo.
import * as fs from 'node:fs';
import { rewriteRows } from './rewrite-rows.mjs';

const args = process.argv.slice(2);
const opt = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args.splice(i, 2)[1] : undefined;
};
const gradesPath = opt('--grades');
const outPath = opt('--out');
const file = args[0];
if (!file) {
  console.error('usage: grade-rewrites.mjs DRAFTS.json [--grades GRADED.md] [--out SHEET.md]');
  process.exit(2);
}

const oneLine = (s) => (s ?? '').replace(/\s*\n\s*/g, ' ⏎ ');
const keyOf = (r) => `${r.id} #${r.n} · ${r.rule}`;

/** Earlier grades by row key: { after, grade }. */
const earlier = new Map();
if (gradesPath && fs.existsSync(gradesPath)) {
  let key;
  let after;
  for (const line of fs.readFileSync(gradesPath, 'utf8').split('\n')) {
    const h = /^### (.+?)(?: \((?:en|es|it)[^)]*\))?$/.exec(line);
    if (h) [key, after] = [h[1], undefined];
    const a = /^- after: (.*)$/.exec(line);
    if (a) after = a[1];
    const g = /^- grade: ?(.*)$/.exec(line);
    if (g && key) earlier.set(key, { after, grade: g[1].trim() });
  }
}

const drafts = JSON.parse(fs.readFileSync(file, 'utf8'));
const md = [`# Rewrite grading sheet: ${file}`, '', 'grade: S = sendable as is, E = needs an edit, W = wrong; then a class.', ''];
const stats = {};
let regrade = 0;
for (const r of rewriteRows(drafts)) {
  const key = keyOf(r);
  const after = oneLine(r.after);
  const old = earlier.get(key);
  const grade = old && old.after === after ? old.grade : '';
  if (!grade) regrade++;
  md.push(
    `### ${key} (${r.lang}${r.lang === 'en' ? '' : `, ${r.register}`})`,
    `- flagged: ${oneLine(r.text)}`,
    `- before: ${oneLine(r.before)}`,
    `- after: ${after}`,
  );
  if (r.good) md.push(`- editor: ${oneLine(r.good)}`);
  md.push(`- grade: ${grade}`, '');
  const letter = /^[SEW]/.exec(grade)?.[0];
  for (const l of [r.lang, 'all']) {
    stats[l] ??= { n: 0, S: 0, E: 0, W: 0, ungraded: 0 };
    stats[l].n++;
    if (letter) stats[l][letter]++;
    else stats[l].ungraded++;
  }
}
if (outPath) fs.writeFileSync(outPath, md.join('\n'));
else console.log(md.join('\n'));
const pct = (a, n) => (n ? `${((100 * a) / n).toFixed(0)}%` : '–');
const table = ['lang   rows  sendable  needs-edit  wrong  ungraded'];
for (const l of ['en', 'es', 'it', 'all']) {
  const s = stats[l];
  if (!s) continue;
  const g = s.n - s.ungraded;
  table.push(
    `${l.padEnd(6)} ${String(s.n).padStart(4)}  ${`${pct(s.S, g)} (${s.S})`.padStart(8)}  ${`${pct(s.E, g)} (${s.E})`.padStart(10)}  ${`${pct(s.W, g)} (${s.W})`.padStart(5)}  ${String(s.ungraded).padStart(8)}`,
  );
}
console.error(table.join('\n'));
if (gradesPath) console.error(`${regrade} row(s) to grade (new or changed after-sentence).`);
