// `npm run bench:lint`: lints a generated ~1 MB corpus of client email prose (English, Spanish and
// Italian) with Composure (all three language packs), write-good and alex in the same run, and
// prints MB/s and ratios (Composure as the editor lints: suggestions are built when a finding's
// `suggestions` is read, which the next row does for every finding, as the CLI does). Then times re-linting a
// 10,000-line draft after a one-character edit, the way the extension does it, in a process of its
// own (bench-keystroke.mjs).
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const require = createRequire(import.meta.url);
const { Linter } = require(path.join(ROOT, 'out/src/core/lint/linter.js'));
const writeGood = require('write-good');
const { text: alexText } = await import('alex');
const { proseGenerator } = await import('./prose.mjs');

const { corpus } = proseGenerator(42);

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

// Keystroke re-lint on a 10,000-line draft, in a process of its own (see bench-keystroke.mjs).
const keystroke = spawnSync(process.execPath, [path.join(path.dirname(fileURLToPath(import.meta.url)), 'bench-keystroke.mjs')], {
  encoding: 'utf8',
});
if (keystroke.status !== 0) throw new Error(`bench-keystroke.mjs failed: ${keystroke.stderr}`);
const [keystrokeLine, keystrokeJson] = keystroke.stdout.trim().split('\n');
const { p95 } = JSON.parse(keystrokeJson);
console.log(`\n${keystrokeLine}`);

const ok1 = composureMBs >= 50;
const ok2 = p95 < 5;
console.log(
  `\nFloors: throughput ≥ 50 MB/s: ${composureMBs.toFixed(1)} MB/s ${ok1 ? 'OK' : 'FAIL'}; keystroke re-lint < 5 ms: p95 ${p95.toFixed(2)} ms ${ok2 ? 'OK' : 'FAIL'}`,
);
process.exit(ok1 && ok2 ? 0 : 1);
