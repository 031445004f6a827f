// The keystroke part of `npm run bench:lint`, in a process of its own (bench-lint.mjs runs it):
// a 10,000-line draft is opened (one full lint), 100 characters typed into another paragraph
// (printed apart: the JIT warms up), then 200 characters are typed into its middle
// paragraph, each one re-linted the way the extension does it on an edit: the draft's text as the
// editor hands it over (a flat string, built before the clock starts), one linter keeping the
// document's last pass, so only the paragraphs around the edit are segmented and linted again,
// then every finding turned into what a diagnostic needs (its start and end as line and character,
// its message, severity and rule). A process of its own, because typing into an open draft is
// what the extension host does, not typing right after linting megabytes of other text: the
// garbage of those runs would be collected during the keystrokes and timed with them.
// Prints one line for people, then one JSON line for bench-lint.mjs.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const require = createRequire(import.meta.url);
const { Linter } = require(path.join(ROOT, 'out/src/core/lint/linter.js'));
const { lintDraft } = require(path.join(ROOT, 'out/src/core/lint/draft.js'));
// The build's files as the extension reads them (compiled matcher, the learned backstop's models);
// COMPOSURE_BENCH_BACKSTOP=0 times the phrase rules alone.
const { setMatcherSource } = require(path.join(ROOT, 'out/src/core/lint/compiled.js'));
setMatcherSource((name) =>
  fs.existsSync(path.join(ROOT, 'out/matcher', name)) ? fs.readFileSync(path.join(ROOT, 'out/matcher', name)) : undefined,
);
const { proseGenerator } = await import('./prose.mjs');

const { paragraph } = proseGenerator(42);
const lines = [];
while (lines.length < 10_000)
  lines.push(
    ...paragraph(0.125)
      .match(/.{1,90}(\s|$)/g)
      .map((l) => l.trim()),
    '',
  );
const draft = `---\nlang: en\n---\n${lines.slice(0, 10_000).join('\n')}`;
const linter = new Linter({ learnedBackstop: process.env.COMPOSURE_BENCH_BACKSTOP !== '0' });
const ctx = { settings: { language: 'auto', defaultLanguage: 'en' }, uiLang: 'en', now: '2026-11-22T10:00', doc: 'draft.md' };
const SEVERITY = { error: 0, warning: 1, info: 2, hint: 3 };
const relint = (doc) => {
  const r = lintDraft(linter, doc, ctx);
  const idx = linter.lineIndex(ctx.doc);
  const diagnostics = r.findings.map((f) => ({
    start: idx.position(f.offset),
    end: idx.position(f.offset + f.length),
    message: f.message,
    severity: SEVERITY[f.severity],
    code: f.rule,
  }));
  return { r, diagnostics };
};
const c0 = performance.now();
const opened = relint(draft);
const tOpen = performance.now() - c0;
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
// First 100 keystrokes into another paragraph (a quarter of the way in): in a fresh process the
// JIT compiles the incremental path during the first few dozen, which take 10-30 ms each. They are
// printed apart; the floor reads the typing after them, as in a host where the user has typed before.
const quarter = Math.floor(draft.length / 4);
const warm = [];
for (let i = 1; i <= 100; i++) {
  const edited = draft.slice(0, quarter) + typing.slice(0, i) + draft.slice(quarter);
  edited.includes('\0');
  const t0 = performance.now();
  relint(edited);
  warm.push(performance.now() - t0);
}
relint(draft);
warm.sort((a, b) => a - b);
// Wall time is what the floor reads; CPU time (the whole process, GC threads included) is printed
// beside it because on a shared, loaded machine the wall time's tail is mostly waiting for a core.
const samples = [];
const cpuSamples = [];
for (let i = 1; i <= 200; i++) {
  const edited = typed(i);
  const c = process.cpuUsage();
  const t0 = performance.now();
  relint(edited);
  samples.push(performance.now() - t0);
  const used = process.cpuUsage(c);
  cpuSamples.push((used.user + used.system) / 1000);
}
samples.sort((a, b) => a - b);
cpuSamples.sort((a, b) => a - b);
// A cold full lint of the same draft (a fresh linter each run; the compiled phrases are shared).
lintDraft(new Linter(), draft, ctx);
const cold = [];
for (const start = performance.now(); performance.now() - start < 500 || cold.length < 3;) {
  const t0 = performance.now();
  lintDraft(new Linter(), draft, ctx);
  cold.push(performance.now() - t0);
}
cold.sort((a, b) => a - b);
const result = {
  chars: draft.length,
  findings: opened.r.findings.length,
  open: tOpen,
  median: samples[100],
  p95: samples[190],
  cpuMedian: cpuSamples[100],
  cpuP95: cpuSamples[190],
  load: os.loadavg()[0],
  cold: cold[cold.length >> 1],
  warmMedian: warm[50],
  warmMax: warm[99],
};
console.log(
  `Keystroke re-lint, 10,000-line draft (${(result.chars / 1e6).toFixed(2)} MB, ${result.findings} findings, each made a diagnostic's range and message per keystroke; own process, after opening the draft: ${tOpen.toFixed(0)} ms, and 100 keystrokes elsewhere while the JIT warms up: median ${result.warmMedian.toFixed(2)} ms, max ${result.warmMax.toFixed(1)} ms): median ${result.median.toFixed(2)} ms, p95 ${result.p95.toFixed(2)} ms; CPU time median ${result.cpuMedian.toFixed(2)} ms, p95 ${result.cpuP95.toFixed(2)} ms (load average ${result.load.toFixed(1)}; cold full lint ${result.cold.toFixed(1)} ms)`,
);
console.log(JSON.stringify(result));
