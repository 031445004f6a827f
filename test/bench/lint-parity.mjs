// `node test/bench/lint-parity.mjs --save FILE` writes every finding (rule, range, text, message,
// severity, suggestions) and the heat of a fixed set of documents; `--check FILE` lints them again
// and lists the documents whose findings differ. Run --save before a speed change and --check after
// it: a speed change must not change a single finding. `--out DIR` lints with another compiled tree
// (default out/, from `npm run compile-tests`).
// The documents: the lint and rewrite fixtures, the benchmark's generated 1 MB corpora (lint: 'all'),
// its 10,000-line draft re-linted after edits with one cached Linter (and compared with a fresh
// Linter), and, when ../shared/corpus is there, the annotated drafts (their language, 'all', both
// registers, with facts for slots, with settings) and the real prose.
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { proseGenerator } from './prose.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const arg = (k) => {
  const i = process.argv.indexOf(k);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const OUT = path.resolve(arg('--out') ?? path.join(ROOT, 'out'));
const require = createRequire(import.meta.url);
const { Linter } = require(path.join(OUT, 'src/core/lint/linter.js'));
const { lintDraft } = require(path.join(OUT, 'src/core/lint/draft.js'));
const CORPUS = process.env.COMPOSURE_CORPUS || path.resolve(ROOT, '../shared/corpus');

/** document id → canonical JSON of its result */
const results = new Map();
const record = (id, r) => {
  results.set(id, JSON.stringify({ findings: r.findings, heat: r.heat, truncated: r.truncated, lang: r.lang }));
};
const draftCtx = (extra = {}) => ({ settings: { language: 'auto', defaultLanguage: 'en' }, uiLang: 'en', ...extra });
const FACTS = {
  today: '2026-11-27',
  now: '2026-11-27T10:00',
  settings: { language: 'auto', defaultLanguage: 'en', workingHours: 'Mon-Fri 09:00-18:00' },
};
const CONFIG = {
  disabledRules: ['minimising-just'],
  severity: { heat: 'hint', boundary_leak: 'error' },
  extraPhrases: [{ phrase: 'circle back', category: 'vague_commitment' }],
  allowedPhrases: ['as soon as possible'],
};

// Fixtures (project files: the check works without ../shared).
for (const dir of ['test/fixtures/lint', 'test/fixtures/rewrites']) {
  for (const f of fs.readdirSync(path.join(ROOT, dir)).sort()) {
    const text = fs.readFileSync(path.join(ROOT, dir, f), 'utf8');
    record(`${dir}/${f}`, lintDraft(new Linter(), text, draftCtx()));
    record(`${dir}/${f} facts`, lintDraft(new Linter(), text, draftCtx(FACTS)));
    record(`${dir}/${f} config`, lintDraft(new Linter(CONFIG, 'es'), text, draftCtx()));
  }
}

// The benchmark's kind of text: 1 MB corpora and a 10,000-line hard-wrapped draft.
const { corpus, paragraph } = proseGenerator(42);
const sparse = corpus(1_000_000, 0.125);
const dense = corpus(1_000_000, 0.33);
const lines = [];
while (lines.length < 10_000) lines.push(...paragraph(0.125).match(/.{1,90}(\s|$)/g), '');
const draft = `---\nlang: en\n---\n${lines.map((l) => l.trim()).join('\n')}`;
record('bench 1 MB (1 in 8)', new Linter().lint(sparse, { lang: 'all', markdown: true }));
record('bench 1 MB (1 in 3)', new Linter().lint(dense, { lang: 'all', markdown: true }));
record('bench 1 MB (1 in 3) it', new Linter().lint(dense, { lang: 'it', markdown: true }));

// Keystroke edits on one cached Linter: each result must equal a fresh Linter's.
const cached = new Linter();
let stale = 0;
const edits = [
  ['original', (d) => d],
  ['char in the middle', (d) => d.slice(0, d.length >> 1) + 'x' + d.slice(d.length >> 1)],
  ['blank line in the middle', (d) => d.slice(0, d.length >> 1) + '\n\n' + d.slice(d.length >> 1)],
  ['first paragraph gone', (d) => d.replace(/\n\n[^]*?\n\n/, '\n\n')],
  ['shouting added', (d) => d.slice(0, d.length >> 2) + ' I TOLD YOU THREE TIMES!!! ' + d.slice(d.length >> 2)],
  ['Spanish front matter', (d) => d.replace('lang: en', 'lang: es')],
  ['original again', (d) => d],
];
for (const [name, edit] of edits) {
  const text = edit(draft);
  const r = lintDraft(cached, text, draftCtx());
  const fresh = lintDraft(new Linter(), text, draftCtx());
  if (JSON.stringify(r) !== JSON.stringify(fresh)) stale++;
  record(`keystroke: ${name}`, r);
}

// The shared corpus, when present.
if (fs.existsSync(path.join(CORPUS, 'drafts-dev.json'))) {
  for (const file of ['drafts-dev.json', 'drafts-dev-2.json']) {
    for (const d of JSON.parse(fs.readFileSync(path.join(CORPUS, file), 'utf8'))) {
      const id = `${file} ${d.id}`;
      record(id, new Linter().lint(d.text, { lang: d.lang, markdown: false }));
      record(`${id} all`, new Linter().lint(d.text, { lang: 'all', markdown: true }));
      for (const register of ['formal', 'informal'])
        record(`${id} ${register}`, lintDraft(new Linter(), d.text, { ...draftCtx(FACTS), client: { register, rate: '60 €/h' } }));
      record(`${id} config`, lintDraft(new Linter(CONFIG, 'it'), d.text, draftCtx()));
    }
  }
  for (const [lang, dir] of Object.entries({ en: 'real-emails', es: 'real-prose/es', it: 'real-prose/it' })) {
    const full = path.join(CORPUS, dir);
    if (!fs.existsSync(full)) continue;
    for (const f of fs.readdirSync(full).sort()) {
      const text = fs.readFileSync(path.join(full, f), 'utf8');
      record(`${dir}/${f}`, lintDraft(new Linter(), text, { ...draftCtx(), settings: { language: lang, defaultLanguage: 'en' } }));
      record(`${dir}/${f} detected`, lintDraft(new Linter(), text, draftCtx(FACTS)));
    }
  }
} else console.log(`(no corpus at ${CORPUS}: fixtures and generated texts only)`);

let findings = 0;
for (const v of results.values()) findings += JSON.parse(v).findings.length;
const digest = crypto.createHash('sha256');
for (const [k, v] of results) digest.update(`${k}\n${v}\n`);
console.log(`${results.size} documents, ${findings} findings, digest ${digest.digest('hex').slice(0, 16)}`);
if (stale) console.log(`STALE CACHE: ${stale} keystroke results differ from a fresh Linter's`);

const save = arg('--save');
const check = arg('--check');
if (save) fs.writeFileSync(save, JSON.stringify(Object.fromEntries(results)));
let differ = 0;
if (check) {
  const before = new Map(Object.entries(JSON.parse(fs.readFileSync(check, 'utf8'))));
  for (const id of new Set([...before.keys(), ...results.keys()])) {
    if (before.get(id) === results.get(id)) continue;
    if (differ++ < 10) console.log(`DIFFERS: ${id}`);
  }
  console.log(differ ? `${differ} of ${results.size} documents differ from ${check}` : `identical to ${check}`);
}
process.exit(differ || stale ? 1 : 0);
