// `npm run bench:startup` (part of `npm run bench`): whole processes, timed side by side in one
// run (interleaved, medians), so the ratios hold on a loaded machine:
//   - `composure lint` on a one-line draft against bare `node -e 0`;
//   - `composure lint` on 1 MB of en/es/it prose (three drafts, one per language) against
//     write-good on the same files, as whole processes and with each side's start-up subtracted
//     (start-up = the same process on three one-line drafts, one per language).
// Needs the bundles: run `npm run build` first (the npm script does).
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { proseGenerator } from './prose.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const CLI = path.join(ROOT, 'dist/cli.js');
if (!fs.existsSync(CLI)) {
  console.log('bench:startup: no dist/cli.js: run `npm run build` first.');
  process.exit(2);
}
const runs = Number(process.env.COMPOSURE_BENCH_RUNS ?? 15);

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'composure-startup-'));
const write = (name, text) => {
  const file = path.join(tmp, name);
  fs.writeFileSync(file, text);
  return file;
};
const oneLine = write('one-line.md', 'Thanks for the files, I will send the invoice soon.\n');
const tiny = [
  write('tiny-en.md', 'Thanks for the files, I will send the invoice soon.\n'),
  write('tiny-es.md', 'Gracias por los archivos, te mando la factura pronto.\n'),
  write('tiny-it.md', 'Grazie per i file, ti mando la fattura a breve.\n'),
];
const byLang = { en: [], es: [], it: [] };
for (const p of proseGenerator(42).paragraphs(1_000_000, 0.125)) byLang[p.lang].push(p.text);
const big = Object.entries(byLang).map(([lang, ps]) => write(`prose-${lang}.md`, `${ps.join('\n\n')}\n`));
const mb = big.reduce((n, f) => n + fs.statSync(f).size, 0) / 1e6;

// write-good as a command-line tool on the same files: read each, print its findings.
const WRITE_GOOD = `const fs = require('fs'); const wg = require('write-good'); let n = 0;
for (const f of process.argv.slice(1)) n += wg(fs.readFileSync(f, 'utf8')).length;
process.stdout.write(n + ' findings\\n');`;

// The least any whole-process linter of these files does: start node, read them, split them into words.
const READ_SPLIT = `const fs = require('fs'); let n = 0;
for (const f of process.argv.slice(1)) n += fs.readFileSync(f, 'utf8').split(/[^\\p{L}\\p{N}]+/u).length;
process.stdout.write(n + ' words\\n');`;

// COMPOSURE_BENCH_BASE=<dir holding another build's cli.js> times that build in the same rounds.
const BASE = process.env.COMPOSURE_BENCH_BASE && path.resolve(process.env.COMPOSURE_BENCH_BASE, 'cli.js');

const commands = {
  node: ['-e', '0'],
  lintOne: [CLI, 'lint', oneLine],
  lintTiny: [CLI, 'lint', ...tiny],
  lintBig: [CLI, 'lint', ...big],
  wgTiny: ['-e', WRITE_GOOD, ...tiny],
  wgBig: ['-e', WRITE_GOOD, ...big],
  readSplit: ['-e', READ_SPLIT, ...big],
  ...(BASE ? { baseTiny: [BASE, 'lint', ...tiny], baseBig: [BASE, 'lint', ...big] } : {}),
};
const samples = Object.fromEntries(Object.keys(commands).map((k) => [k, []]));
const heavy = new Set(['lintBig', 'wgBig', 'readSplit', 'baseBig']);

function once(name) {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, commands[name], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  const ms = performance.now() - t0;
  if (r.status !== 0 && r.status !== 1) throw new Error(`${name} failed (${r.status}): ${r.stderr}`);
  return ms;
}

// Interleaved: every round runs each command once, so load changes hit every command alike.
const load = os.loadavg();
for (const name of Object.keys(commands)) once(name); // warm the file cache
const bigRuns = Math.max(3, Math.ceil(runs / 3));
for (let round = 0; round < runs; round++) {
  for (const name of Object.keys(commands)) {
    if (heavy.has(name) && round >= bigRuns) continue;
    samples[name].push(once(name));
  }
}
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const m = Object.fromEntries(Object.entries(samples).map(([k, xs]) => [k, median(xs)]));
fs.rmSync(tmp, { recursive: true, force: true });

const ms = (x) => `${x.toFixed(0)} ms`;
console.log(
  `Start-up and whole-process speed (${runs} interleaved rounds, ${bigRuns} for 1 MB; medians; load average ${load.map((x) => x.toFixed(1)).join(' ')})\n`,
);
console.log(`node -e 0                                  ${ms(m.node)}`);
console.log(`composure lint, one-line draft             ${ms(m.lintOne)}   ${(m.lintOne / m.node).toFixed(2)}× node -e 0`);
console.log(`composure lint, three one-line drafts      ${ms(m.lintTiny)}   (start-up with en+es+it loaded)`);
console.log(`write-good, three one-line drafts          ${ms(m.wgTiny)}`);
console.log(`composure lint, ${mb.toFixed(2)} MB en/es/it (3 drafts) ${ms(m.lintBig)}`);
console.log(`write-good, same files                     ${ms(m.wgBig)}`);
const whole = m.wgBig / m.lintBig;
const netComposure = Math.max(m.lintBig - m.lintTiny, 0.5);
const netWriteGood = m.wgBig - m.wgTiny;
const net = netWriteGood / netComposure;
console.log(
  `\nComposure vs write-good on 1 MB: ${whole.toFixed(1)}× faster as whole processes; ${net.toFixed(0)}× with start-up subtracted (${ms(netComposure)} vs ${ms(netWriteGood)})`,
);
console.log(
  `Lower bound: node reading the same files and splitting them into words takes ${ms(m.readSplit)} (${(m.wgBig / m.readSplit).toFixed(1)}× faster than write-good); ` +
    `5× write-good needs ≤ ${ms(m.wgBig / 5)} in all, 100× without start-up ≤ ${(netWriteGood / 100).toFixed(1)} ms of linting`,
);
if (BASE) {
  const baseNet = Math.max(m.baseBig - m.baseTiny, 0.5);
  console.log(
    `Other build (${path.relative(ROOT, path.dirname(BASE)) || '.'}): three one-line drafts ${ms(m.baseTiny)}, 1 MB ${ms(m.baseBig)} (${ms(baseNet)} without start-up); ` +
      `this build ${(m.baseBig / m.lintBig).toFixed(2)}× faster whole, ${(baseNet / netComposure).toFixed(2)}× without start-up`,
  );
}
const floors = [
  [`one-line lint ≤ 2× node -e 0: ${(m.lintOne / m.node).toFixed(2)}×`, m.lintOne <= 2 * m.node],
  [`1 MB whole process ≥ 5× faster than write-good: ${whole.toFixed(1)}×`, whole >= 5],
  [`1 MB without start-up ≥ 100× faster than write-good: ${net.toFixed(0)}×`, net >= 100],
];
console.log(`\nFloors: ${floors.map(([s, ok]) => `${s} ${ok ? 'OK' : 'FAIL'}`).join('; ')}`);
process.exit(floors.every(([, ok]) => ok) ? 0 : 1);
