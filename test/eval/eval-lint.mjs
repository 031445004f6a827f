// `npm run eval:lint`: precision and recall per category and language on the annotated drafts in
// ../shared/corpus/drafts-dev.json (floor 0.95/0.95) and drafts-dev-2.json (varied wording, both
// registers; floor P 0.90, R 0.85) (overlap matching, every severity but hint counts), then
// findings per 1,000 words on ../shared/corpus/real-emails/ with the most frequent hits.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const require = createRequire(import.meta.url);
const { Linter } = require(path.join(ROOT, 'out/src/core/lint/linter.js'));
// The build's files as `npm run compile-tests` writes them (out/matcher): the compiled matcher and
// the learned backstop's models, so the linter scored is the shipped one.
const { setMatcherSource } = require(path.join(ROOT, 'out/src/core/lint/compiled.js'));
setMatcherSource((name) => {
  const p = path.join(ROOT, 'out/matcher', name);
  return fs.existsSync(p) ? fs.readFileSync(p) : undefined;
});
const CORPUS = process.env.COMPOSURE_CORPUS || path.resolve(ROOT, '../shared/corpus');
const verbose = process.argv.includes('--verbose');

if (!fs.existsSync(path.join(CORPUS, 'drafts-dev.json'))) {
  console.log(`eval:lint: no corpus at ${CORPUS} (set COMPOSURE_CORPUS); skipped.`);
  process.exit(0);
}
const linter = new Linter();
const CATS = ['defensive', 'people_pleasing', 'heat', 'vague_commitment', 'boundary_leak'];
const fmt = (x) => x.toFixed(2);
// Precision counts predictions (a gold span hit twice is still right); recall counts gold spans.
const pr = ({ tp, fp, fn }) => {
  const p = tp + fp ? tp / (tp + fp) : 1;
  const r = tp + fn ? Math.min(1, tp / (tp + fn)) : 1;
  return [p, r];
};

/** Scores one annotated file; prints the table and returns whether every language meets its floors. */
function score(file, floorP, floorR) {
  const drafts = JSON.parse(fs.readFileSync(path.join(CORPUS, file), 'utf8'));
  const stats = {}; // key lang|cat → {tp, fp, fn}
  const bump = (lang, cat, k) => {
    for (const key of [`${lang}|${cat}`, `${lang}|*`, `*|${cat}`, '*|*']) {
      stats[key] ??= { tp: 0, fp: 0, fn: 0 };
      stats[key][k]++;
    }
  };
  const misses = [];
  for (const d of drafts) {
    const found = linter.lint(d.text, { lang: d.lang, markdown: false }).findings.filter((f) => f.severity !== 'hint');
    const overlaps = (f, s) => f.offset < s.end && s.start < f.offset + f.length && f.category === s.category;
    for (const f of found) {
      if (d.spans.some((s) => overlaps(f, s))) bump(d.lang, f.category, 'tp');
      else {
        bump(d.lang, f.category, 'fp');
        misses.push(`FP ${d.id} ${f.category} ${f.rule}: "${f.text}"`);
      }
    }
    for (const s of d.spans) {
      if (!found.some((f) => overlaps(f, s))) {
        bump(d.lang, s.category, 'fn');
        misses.push(`FN ${d.id} ${s.category}: "${s.text}"`);
      }
    }
  }
  console.log(`Reply-draft linter on ${file} (overlap matching, hint excluded)\n`);
  console.log(`${'category'.padEnd(18)} ${['en', 'es', 'it', 'all'].map((l) => `${l}  P    R   `).join(' ')}`);
  for (const cat of [...CATS, '*']) {
    const cells = ['en', 'es', 'it', '*'].map((lang) => {
      const s = stats[`${lang}|${cat}`];
      if (!s) return '  –    –    ';
      const [p, r] = pr(s);
      return `${fmt(p)} ${fmt(r)}  `;
    });
    console.log(`${(cat === '*' ? 'all' : cat).padEnd(18)} ${cells.join(' ')}`);
  }
  let ok = true;
  for (const lang of ['en', 'es', 'it']) {
    const [p, r] = pr(stats[`${lang}|*`] ?? { tp: 0, fp: 0, fn: 0 });
    const langOk = p >= floorP && r >= floorR;
    ok &&= langOk;
    console.log(
      `${lang}: precision ${fmt(p)}, recall ${fmt(r)} ${langOk ? `(meets the ${fmt(floorP)}/${fmt(floorR)} floor)` : `(BELOW the ${fmt(floorP)}/${fmt(floorR)} floor)`}`,
    );
  }
  if (verbose || !ok) console.log(`\n${misses.join('\n')}`);
  console.log('');
  return ok;
}

let floorOk = score('drafts-dev.json', 0.95, 0.95);
if (fs.existsSync(path.join(CORPUS, 'drafts-dev-2.json'))) floorOk = score('drafts-dev-2.json', 0.9, 0.85) && floorOk;

// Real business emails: how often does it fire on ordinary professional mail?
const emailsDir = path.join(CORPUS, 'real-emails');
if (fs.existsSync(emailsDir)) {
  let words = 0;
  const hits = new Map();
  let total = 0;
  for (const f of fs
    .readdirSync(emailsDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()) {
    const text = fs.readFileSync(path.join(emailsDir, f), 'utf8');
    const r = linter.lint(text, { lang: 'en', markdown: false });
    words += r.heat.words;
    for (const x of r.findings.filter((x) => x.severity !== 'hint')) {
      total++;
      const k = `${x.rule}: "${x.text.toLowerCase()}"`;
      hits.set(k, [...(hits.get(k) ?? []), f]);
    }
  }
  console.log(`\nReal emails (${emailsDir}): ${total} findings in ${words} words = ${((total * 1000) / words).toFixed(2)} per 1,000 words`);
  console.log('Most frequent hits (judge them):');
  for (const [k, files] of [...hits.entries()].sort((a, b) => b[1].length - a[1].length).slice(0, 20)) {
    console.log(`  ${String(files.length).padStart(3)}  ${k}  (${files.slice(0, 3).join(', ')})`);
  }
}
process.exit(floorOk ? 0 : 1);
