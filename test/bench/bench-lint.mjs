// `npm run bench:lint`: lints a generated ~1 MB corpus of client email prose (English, Spanish and
// Italian) with Composure (all three language packs), write-good and alex in the same run, and
// prints MB/s and ratios (Composure as the editor lints: suggestions are built when a finding's
// `suggestions` is read, which the next row does for every finding, as the CLI does). Then times re-linting a 10,000-line draft after a one-character edit,
// the way the extension does it: the draft's text as the editor hands it over (a flat string,
// built before the clock starts), one linter keeping the document's last pass, so only the
// paragraphs around the edit are segmented and linted again, and every finding positioned.
import * as os from 'node:os';
import * as path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const require = createRequire(import.meta.url);
const { Linter } = require(path.join(ROOT, 'out/src/core/lint/linter.js'));
const { lintDraft } = require(path.join(ROOT, 'out/src/core/lint/draft.js'));
const { LineIndex } = require(path.join(ROOT, 'out/src/core/text/lines.js'));
const writeGood = require('write-good');
const { text: alexText } = await import('alex');
const { proseGenerator } = await import('./prose.mjs');

const { corpus, paragraph } = proseGenerator(42);

function time(fn, minMs = 1500) {
  fn(); // warm-up
  const runs = [];
  const start = performance.now();
  while (performance.now() - start < minMs || runs.length < 3) {
    const t0 = performance.now();
    fn();
    runs.push(performance.now() - t0);
  }
  runs.sort((a, b) => a - b);
  return runs[Math.floor(runs.length / 2)];
}

// About one sentence in eight has a problem: several times denser than real business mail.
const text = corpus(1_000_000, 0.125);
const mb = Buffer.byteLength(text) / 1e6;
const words = text.split(/\s+/).length;
console.log(
  `Corpus: ${mb.toFixed(2)} MB of generated client-email prose (en/es/it), ${text.split('\n\n').length} paragraphs, one problem sentence in eight\n`,
);

// Composure: a fresh linter each run, so its paragraph cache never helps (compiled phrases are shared).
const probe = new Linter();
console.log(
  `Composure phrases after expansion: en ${probe.phraseCount('en')}, es ${probe.phraseCount('es')}, it ${probe.phraseCount('it')}`,
);
let composureFindings = 0;
const tComposure = time(() => {
  composureFindings = new Linter().lint(text, { lang: 'all', markdown: true }).findings.length;
});
// The same lint with every finding's suggestions read, as the CLI (which prints them) and fix-all do.
let suggestionsRead = 0;
const tWithRewrites = time(() => {
  suggestionsRead = 0;
  for (const f of new Linter().lint(text, { lang: 'all', markdown: true }).findings) suggestionsRead += f.suggestions.length;
});
let wgFindings = 0;
const tWriteGood = time(() => {
  wgFindings = writeGood(text).length;
}, 500);
let alexFindings = 0;
const tAlex = time(() => {
  alexFindings = alexText(text).messages.length;
}, 500);

// A stress corpus as dense as the annotated drafts (one problem sentence in three).
const dense = corpus(1_000_000, 0.33);
let denseFindings = 0;
const tDense = time(() => {
  denseFindings = new Linter().lint(dense, { lang: 'all', markdown: true }).findings.length;
}, 800);

const rows = [
  ['Composure (en+es+it packs)', tComposure, composureFindings],
  ['  + every suggestion read', tWithRewrites, composureFindings],
  ['write-good 1.0.8', tWriteGood, wgFindings],
  ['alex 11.0.1 (text)', tAlex, alexFindings],
];
console.log(`\n${'tool'.padEnd(28)} ${'ms/MB'.padStart(9)} ${'MB/s'.padStart(8)} ${'findings'.padStart(9)}  Composure is`);
for (const [name, ms, n] of rows) {
  const ratio = name.startsWith('Composure') || name.startsWith(' ') ? '' : `${(ms / tComposure).toFixed(0)}× faster`;
  console.log(
    `${name.padEnd(28)} ${(ms / mb).toFixed(1).padStart(9)} ${(mb / (ms / 1000)).toFixed(1).padStart(8)} ${String(n).padStart(9)}  ${ratio}`,
  );
}
const composureMBs = mb / (tComposure / 1000);
console.log(
  `\nComposure's row is a lint as the editor runs it on each change: findings, heat and diagnostics; a finding's suggestions (rewrites of its sentence) are built when first read (a quick fix, fix-all, the CLI's output). The next row reads all ${suggestionsRead} of them, as \`composure lint\` does.`,
);
console.log(`\nComposure findings per 1,000 words: ${((composureFindings * 1000) / words).toFixed(1)} (real business mail: about 2)`);
console.log(
  `Stress corpus (one problem sentence in three, ${denseFindings} findings): ${(Buffer.byteLength(dense) / 1e6 / (tDense / 1000)).toFixed(1)} MB/s`,
);

// Keystroke re-lint on a 10,000-line draft.
const lines = [];
while (lines.length < 10_000)
  lines.push(
    ...paragraph(0.125)
      .match(/.{1,90}(\s|$)/g)
      .map((l) => l.trim()),
    '',
  );
const draft = `---\nlang: en\n---\n${lines.slice(0, 10_000).join('\n')}`;
const linter = new Linter();
const ctx = { settings: { language: 'auto', defaultLanguage: 'en' }, uiLang: 'en', now: '2026-11-22T10:00', doc: 'draft.md' };
const relint = (doc) => {
  const r = lintDraft(linter, doc, ctx);
  const idx = linter.lineIndex(ctx.doc);
  for (const f of r.findings) idx.position(f.offset);
  return r;
};
relint(draft);
const mid = Math.floor(draft.length / 2);
// 200 keystrokes typing a sentence into the middle paragraph: each one inserts a character, so
// everything after it moves. The text is built flat before the clock starts, as the editor holds it
// (V8 builds a concatenation lazily, on first read).
const typing = 'Sorry to bother you again, but as I already said the files are late. '.repeat(3);
const typed = (n) => {
  const edited = draft.slice(0, mid) + typing.slice(0, n) + draft.slice(mid);
  edited.includes('\0');
  return edited;
};
// Wall time is what the floor reads; CPU time (the whole process, GC threads included) is printed
// beside it because on a shared, loaded machine the wall time's tail is mostly waiting for a core.
const samples = [];
const cpuSamples = [];
for (let i = 1; i <= 200; i++) {
  const edited = typed(i);
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  relint(edited);
  samples.push(performance.now() - t0);
  const c = process.cpuUsage(c0);
  cpuSamples.push((c.user + c.system) / 1000);
}
samples.sort((a, b) => a - b);
cpuSamples.sort((a, b) => a - b);
const p50 = samples[100];
const p95 = samples[190];
const tCold = time(() => lintDraft(new Linter(), draft, ctx), 500);
console.log(
  `\nKeystroke re-lint, 10,000-line draft (${(draft.length / 1e6).toFixed(2)} MB): median ${p50.toFixed(2)} ms, p95 ${p95.toFixed(2)} ms; CPU time median ${cpuSamples[100].toFixed(2)} ms, p95 ${cpuSamples[190].toFixed(2)} ms (load average ${os.loadavg()[0].toFixed(1)}; cold full lint ${tCold.toFixed(1)} ms)`,
);

const ok1 = composureMBs >= 50;
const ok2 = p95 < 5;
console.log(
  `\nFloors: throughput ≥ 50 MB/s: ${composureMBs.toFixed(1)} MB/s ${ok1 ? 'OK' : 'FAIL'}; keystroke re-lint < 5 ms: p95 ${p95.toFixed(2)} ms ${ok2 ? 'OK' : 'FAIL'}`,
);
process.exit(ok1 && ok2 ? 0 : 1);
