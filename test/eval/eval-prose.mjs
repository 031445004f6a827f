// `npm run eval:prose`: findings per 1,000 words on real, calm professional messages (English
// business mail, Spanish and Italian vendor and help-desk threads), scored by the shared corpus'
// own scorer on the built CLI. Floor: at most 1.0 per 1,000 words in each language. Skipped
// without ../shared/corpus.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const CORPUS = process.env.COMPOSURE_CORPUS || path.resolve(ROOT, '../shared/corpus');
const scorer = path.join(CORPUS, 'eval-prose.mjs');
const dirs = { en: 'real-emails', es: 'real-prose/es', it: 'real-prose/it' };
if (!fs.existsSync(scorer) || !Object.values(dirs).every((d) => fs.existsSync(path.join(CORPUS, d)))) {
  console.log(`eval:prose: no corpus at ${CORPUS} (set COMPOSURE_CORPUS); skipped.`);
  process.exit(0);
}
const spec = Object.entries(dirs)
  .map(([lang, d]) => `${lang}=${path.join(CORPUS, d)}`)
  .join(',');
const extra = process.argv.slice(2);
console.log('Noise on real professional prose (findings per 1,000 words; floor ≤ 1.0 in each language)\n');
const r = spawnSync(process.execPath, [scorer, '--dir', spec, '--project', ROOT, '--max', '1.0', ...extra], { stdio: 'inherit' });
console.log(r.status === 0 ? '\nFloor met in every language.' : '\nFloor NOT met.');
process.exit(r.status ?? 1);
