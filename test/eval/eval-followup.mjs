// `npm run eval:followup`: parses the real meeting notes in ../shared/corpus/meeting-notes/ and
// compares with expected.json: action items matched by owner and text overlap (items listed as
// "possible" count neither way), decisions by text overlap, and the next meeting. Prints per-file
// and overall precision and recall; fails below 0.9 action-item precision or recall (the floor of issue #9), or on a crash.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const require = createRequire(import.meta.url);
const { parseMeetingNote } = require(path.join(ROOT, 'out/src/core/notes/parse.js'));
const { foldText } = require(path.join(ROOT, 'out/src/core/text/fold.js'));
const DIR = path.join(process.env.COMPOSURE_CORPUS || path.resolve(ROOT, '../shared/corpus'), 'meeting-notes');
const verbose = process.argv.includes('--verbose');
if (!fs.existsSync(path.join(DIR, 'expected.json'))) {
  console.log(`eval:followup: no corpus at ${DIR} (set COMPOSURE_CORPUS); skipped.`);
  process.exit(0);
}
const expected = JSON.parse(fs.readFileSync(path.join(DIR, 'expected.json'), 'utf8'));

const STOP = new Set(
  'the a an and or of to in on for with by at from is are be will this that it as into its their our we you i el la los las de del y o en para con por un una que il lo gli le di e per con un una che da al'.split(
    ' ',
  ),
);
const words = (s) =>
  foldText(s ?? '')
    .replace(/@/g, ' ')
    .split(/[^a-z0-9#]+/)
    .filter((w) => w.length > 1 && !STOP.has(w))
    .map((w) => w.replace(/(ing|ed|es|s)$/, ''));
const overlap = (a, b) => {
  const wa = new Set(words(a));
  const wb = new Set(words(b));
  if (!wa.size || !wb.size) return 0;
  let common = 0;
  for (const w of wa) if (wb.has(w)) common++;
  return common / Math.min(wa.size, wb.size);
};
const names = (s) =>
  new Set(
    foldText(s ?? '')
      .replace(/\(.*?\)/g, ' ')
      .split(/[^a-z@]+/)
      .map((w) => w.replace(/^@/, ''))
      .filter((w) => w.length > 1 && !['and', 'y', 'e', 'as', 'written', 'probably'].includes(w)),
  );
const ownerMatch = (exp, got) => {
  if (!exp) return true;
  if (!got) return false;
  const a = names(exp);
  const full = foldText(exp);
  for (const w of names(got)) if (a.has(w) || full.includes(w)) return true;
  // initials: "JB" for "JB (Jory Burson)"
  return false;
};

function matchActions(exp, got, lang) {
  const used = new Set();
  let tp = 0;
  const pairs = [];
  for (const e of exp) {
    let best = -1;
    let bestScore = 0;
    got.forEach((g, i) => {
      if (used.has(i)) return;
      const ov = overlap(e.task, g.task);
      const om = ownerMatch(e.owner, g.owner);
      const ok = (om && (ov >= 0.2 || lang !== 'en')) || (!e.owner && ov >= 0.4);
      const score = (om ? 1 : 0) + ov;
      if (ok && score > bestScore) [best, bestScore] = [i, score];
    });
    if (best >= 0) {
      used.add(best);
      tp++;
      pairs.push([e, got[best]]);
    }
  }
  return { tp, used, pairs };
}

const total = { tp: 0, fp: 0, fn: 0, dTp: 0, dGot: 0, dExp: 0, nextOk: 0, nextN: 0 };
let crashed = 0;
console.log('file                                         actions P    R     (got/exp)  decisions got/exp  next meeting');
for (const x of expected) {
  const file = path.join(DIR, x.raw_file);
  let note;
  try {
    note = parseMeetingNote(fs.readFileSync(file, 'utf8'), { fileName: x.raw_file });
  } catch (err) {
    crashed++;
    console.log(`${x.raw_file}: CRASH ${err.stack}`);
    continue;
  }
  const got = note.actions;
  const exp = x.action_items;
  const m = matchActions(exp, got, x.language);
  // Extracted items that match a "possible" action are neither right nor wrong.
  const rest = got.filter((_, i) => !m.used.has(i));
  const poss = matchActions(x.possible_action_items ?? [], rest, x.language);
  const fp = rest.length - poss.tp;
  const fn = exp.length - m.tp;
  total.tp += m.tp;
  total.fp += fp;
  total.fn += fn;
  const dm = matchActions(
    x.decisions.map((t) => ({ owner: null, task: t })),
    note.decisions.map((d) => ({ owner: null, task: d.text })),
    'en',
  );
  total.dTp += dm.tp;
  total.dGot += note.decisions.length;
  total.dExp += x.decisions.length;
  let nextOk = '';
  if (x.next_meeting) {
    total.nextN++;
    const ok = note.nextMeeting !== null;
    if (ok) total.nextOk++;
    nextOk = ok ? `found (${note.nextMeeting.date ?? note.nextMeeting.text})` : 'MISSED';
  } else {
    nextOk = note.nextMeeting ? `extra: ${note.nextMeeting.text.slice(0, 30)}` : 'none (right)';
  }
  const p = m.tp + fp ? m.tp / (m.tp + fp) : 1;
  const r = exp.length ? m.tp / exp.length : 1;
  console.log(
    `${x.raw_file.padEnd(44)} ${p.toFixed(2)} ${r.toFixed(2)}  (${got.length}/${exp.length})      ${String(note.decisions.length).padStart(3)}/${String(x.decisions.length).padEnd(3)}          ${nextOk}`,
  );
  if (verbose) {
    for (const g of rest)
      if (!poss.pairs.some(([, gg]) => gg === g)) console.log(`    FP: [${g.owner}] ${g.task} (${g.dueText ?? '-'} → ${g.due ?? '-'})`);
    for (const e of exp) if (!m.pairs.some(([ee]) => ee === e)) console.log(`    FN: [${e.owner}] ${e.task} (${e.due ?? '-'})`);
    for (const [e, g] of m.pairs)
      console.log(`    ok: [${g.owner}] ${g.task.slice(0, 60)} (${g.dueText ?? '-'} → ${g.due ?? '-'}) ~ ${e.task.slice(0, 40)}`);
  }
}
const P = total.tp + total.fp ? total.tp / (total.tp + total.fp) : 1;
const R = total.tp + total.fn ? total.tp / (total.tp + total.fn) : 1;
console.log(`\nAction items: precision ${P.toFixed(2)}, recall ${R.toFixed(2)} (${total.tp} right, ${total.fp} extra, ${total.fn} missed)`);
console.log(
  `Decisions: ${total.dTp} of ${total.dExp} expected found by text overlap (English paraphrases; low for es/it by construction), ${total.dGot} extracted`,
);
console.log(`Next meeting: ${total.nextOk} of ${total.nextN} found; crashes: ${crashed}`);
const ok = P >= 0.9 && R >= 0.9 && crashed === 0;
console.log(ok ? 'Floors met (action precision and recall ≥ 0.9, no crash).' : 'BELOW the floor.');
process.exit(ok ? 0 : 1);
