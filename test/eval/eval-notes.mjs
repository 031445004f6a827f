// `npm run eval:notes` (and part of `npm run eval`): scores `composure followup --format json`
// (dist/cli.js, so build first) on the annotated real notes in ../shared/corpus/notes/{en,es,it}
// with the corpus's own scorer, eval-notes.mjs. Floors, in each language: action precision and
// recall 0.90, and no crash. Skipped when the corpus is not there.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const CORPUS = process.env.COMPOSURE_CORPUS || path.resolve(ROOT, '../shared/corpus');
const scorer = path.join(CORPUS, 'eval-notes.mjs');
if (!fs.existsSync(scorer)) {
  console.log(`eval:notes: no scorer at ${scorer} (set COMPOSURE_CORPUS); skipped.`);
  process.exit(0);
}
if (!fs.existsSync(path.join(ROOT, 'dist/cli.js'))) {
  console.log('eval:notes: no dist/cli.js: run `npm run build` first.');
  process.exit(1);
}
const dirs = ['en', 'es', 'it'].map((l) => path.join(CORPUS, 'notes', l)).join(',');
const floor = process.env.COMPOSURE_NOTES_FLOOR ?? '0.9';
const args = [scorer, '--corpus', dirs, '--project', ROOT, '--min-p', floor, '--min-r', floor, ...process.argv.slice(2)];
const r = spawnSync(process.execPath, args, { stdio: 'inherit', cwd: ROOT });
if (r.status !== 0) console.log(`eval:notes: a floor (precision and recall ≥ ${floor} per language, no crash) was missed.`);
process.exit(r.status ?? 1);
