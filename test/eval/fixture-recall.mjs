// `node test/eval/fixture-recall.mjs test/fixtures/lint/en-fresh-4.md [...]` (after compile-tests):
// counts a lint fixture's expected lines the linter finds (`<!-- expect: rule -->` and the
// known misses `<!-- known-miss: rule -->` both count as gold) and the unmarked lines where it fires.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const require = createRequire(import.meta.url);
const { Linter } = require(path.join(ROOT, 'out/src/core/lint/linter.js'));
const MARK = /<!--\s*(expect|known-miss):\s*([^>]*?)\s*-->/;

for (const file of process.argv.slice(2)) {
  const text = fs.readFileSync(file, 'utf8');
  const lang = /^---\n(?:.*\n)*?lang:\s*(en|es|it)\s*\n/.exec(text)?.[1];
  const findings = new Linter().lint(text, { lang }).findings;
  const lines = text.split('\n');
  const starts = [];
  lines.reduce((at, l) => (starts.push(at), at + l.length + 1), 0);
  const rulesOn = (i) => findings.filter((f) => f.offset >= starts[i] && f.offset < starts[i] + lines[i].length + 1).map((f) => f.rule);
  let gold = 0;
  let hit = 0;
  let noise = 0;
  const out = [];
  lines.forEach((line, i) => {
    const m = MARK.exec(line);
    const got = rulesOn(i);
    if (m) {
      const want = m[2].split(/\s+/).filter(Boolean);
      gold += want.length;
      const found = want.filter((r) => got.includes(r)).length;
      hit += found;
      if (found < want.length) out.push(`MISS line ${i + 1} [${want}] got [${got}]: ${line.replace(MARK, '').trim()}`);
    } else if (got.length && !line.startsWith('#')) {
      noise++;
      out.push(`NOISE line ${i + 1} [${got}]: ${line.trim()}`);
    }
  });
  console.log(`${path.basename(file)}: found ${hit}/${gold} expected, missed ${gold - hit}, noise on ${noise} unmarked lines`);
  console.log(out.join('\n'));
}
