// `npm run eval:rewrites`: for the first suggestion of every finding on ../shared/corpus/drafts-dev.json
// and drafts-dev-2.json, applied as the editor applies it (its own range), the share that passes an
// automatic seam check (no doubled word, no dangling punctuation or lone clitic at the seam, a
// capital start, balanced ¿? ¡!) and the share whose inserted text keeps the draft's register.
// Floors: 100% and 100%. Writes out/eval/rewrites-report.md: each finding's sentence, our rewrite
// and the corpus's good_rewrite side by side (a reading aid, not an exact-match test).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { HOURS, ROOT, rewriteRows, TODAY } from './rewrite-rows.mjs';

const CORPUS = process.env.COMPOSURE_CORPUS || path.resolve(ROOT, '../shared/corpus');
const FILES = ['drafts-dev.json', 'drafts-dev-2.json'];

if (!fs.existsSync(path.join(CORPUS, FILES[0]))) {
  console.log(`eval:rewrites: no corpus at ${CORPUS} (set COMPOSURE_CORPUS); skipped.`);
  process.exit(0);
}

/** Second-person forms of each register, per language: a rewrite must not insert the other one. */
const FORMS = {
  es: {
    informal:
      /(?<![\p{L}])(tú|te|ti|contigo|tus?|tuy[oa]s?|avísame|dime|llámame|escríbeme|mándame|envíame|confírmame|perdona|disculpa|puedes|quieres|tienes|prefieres|decides|dímelo)(?![\p{L}])/iu,
    formal:
      /(?<![\p{L}])(usted|ustedes|avíseme|dígame|llámeme|escríbame|mándeme|envíeme|confírmeme|perdone|disculpe|dígamelo|le escribo|le envío|le confirmo|le recuerdo|se lo presupuesto)(?![\p{L}])/iu,
  },
  it: {
    informal:
      /(?<![\p{L}])(ti|te|tu|tuo|tua|tuoi|tue|fammi|dimmi|dimmelo|scusa|scusami|avvisami|chiamami|scrivimi|puoi|vuoi|hai|decidi|preferisci)(?![\p{L}])/iu,
    formal:
      /(?<![\p{L}])(Lei|Le|La|Suo|Sua|Gliel[oa]|mi scusi|mi faccia|mi dica|me lo dica|mi avvisi|mi chiami|mi scriva|decide|preferisce)(?![\p{L}])/u,
  },
};
/** A clitic left before a punctuation mark or the end ("te lo.", "ti,"): the verb it belonged to is gone. */
const LONE_CLITIC = /(?<![\p{L}'’])(?:te|le|lo|la|les|los|las|se|me|nos|os|ti|gli|mi|ci|vi|ne)(?=[ \t]*(?:[.,;:!?]|$))/giu;

/** Problems at the seams of a rewritten sentence (compared with the sentence as written). */
function seamProblems(before, after, inserted, lang) {
  const problems = [];
  const doubled = (s) => (s.match(/(?<![\p{L}])(\p{L}+)[ \t]+\1(?![\p{L}])/giu) ?? []).map((m) => m.toLowerCase());
  const had = new Set(doubled(before));
  for (const d of doubled(after)) if (!had.has(d)) problems.push(`doubled word "${d}"`);
  if (/[,;:][ \t]*[.!?]|[,;:][ \t]*[,;:]|[ \t][,.;:!?]|^[ \t]*[,.;:]/u.test(after) && !/[,;:][ \t]*[.!?]|[ \t][,.;:!?]/u.test(before))
    problems.push('dangling punctuation');
  if (/\(\s*\)|¿\s*\?|¡\s*!/.test(after)) problems.push('empty marks');
  if (after.trim() && !/^[¿¡"'“«(]*\p{Lu}/u.test(after.trim())) {
    const afterGreeting = /^[\p{L} .']{1,40}[,:][ \t]+\p{Ll}/u.test(after.trim());
    if (!afterGreeting && !/^\p{Ll}/u.test(before.trim())) problems.push('no capital at the start');
    if (!afterGreeting && /^\p{Ll}/u.test(before.trim()) && !/^\p{Lu}/u.test(after.trim())) problems.push('no capital at the start');
  }
  if (lang === 'es') {
    const count = (s, ch) => s.split(ch).length - 1;
    if (count(after, '¿') > count(after, '?') || count(after, '¡') > count(after, '!')) problems.push('unbalanced ¿? ¡!');
  }
  const lone = (x) => (x.match(LONE_CLITIC) ?? []).length;
  if (lang !== 'en' && inserted !== undefined && lone(after) > lone(before)) problems.push('lone clitic at the seam');
  return problems;
}

const rows = [];
const stats = {};
const bump = (lang, key, ok) => {
  for (const l of [lang, 'all']) {
    stats[l] ??= { n: 0, seam: 0, reg: 0, regN: 0 };
    if (key === 'seam') {
      stats[l].n++;
      if (ok) stats[l].seam++;
    } else {
      stats[l].regN++;
      if (ok) stats[l].reg++;
    }
  }
};
const failures = [];
for (const file of FILES) {
  const p = path.join(CORPUS, file);
  if (!fs.existsSync(p)) continue;
  for (const r of rewriteRows(JSON.parse(fs.readFileSync(p, 'utf8')))) {
    const { before, after, register, suggestion: s } = r;
    const problems = seamProblems(before, after, s.text, r.lang);
    bump(r.lang, 'seam', problems.length === 0);
    if (r.lang !== 'en') {
      const other = register === 'formal' ? 'informal' : 'formal';
      // A capital that only starts the sentence ("La terza…") is not the courtesy form.
      const inserted = r.atStart ? s.text.charAt(0).toLowerCase() + s.text.slice(1) : s.text;
      const m = FORMS[r.lang][other].exec(inserted);
      if (m) problems.push(`${other} form "${m[0]}" in a ${register} draft`);
      bump(r.lang, 'reg', !m);
    }
    if (problems.length) failures.push(`${r.id} ${r.rule}: ${problems.join('; ')}\n    - ${before}\n    + ${after}`);
    rows.push({ id: r.id, lang: r.lang, register, rule: r.rule, text: r.text, before, after, good: r.good });
  }
}

const pct = (a, n) => (n ? `${((100 * a) / n).toFixed(1)}%` : '–');
console.log('Rewrites on drafts-dev.json + drafts-dev-2.json (first suggestion of every finding)\n');
console.log(`${'lang'.padEnd(6)} ${'findings'.padStart(8)}  ${'seam check'.padStart(10)}  ${'register kept'.padStart(13)}`);
let ok = true;
for (const l of ['en', 'es', 'it', 'all']) {
  const s = stats[l];
  if (!s) continue;
  console.log(
    `${l.padEnd(6)} ${String(s.n).padStart(8)}  ${pct(s.seam, s.n).padStart(10)}  ${(l === 'en' ? 'n/a' : pct(s.reg, s.regN)).padStart(13)}`,
  );
  if (l === 'all') ok = s.seam === s.n && s.reg === s.regN;
}
console.log(ok ? '\nMeets the floors (100% seam check, 100% register kept).' : '\nBELOW the floors (100% seam check, 100% register kept):');
if (!ok) console.log(failures.join('\n'));

const outDir = path.join(ROOT, 'out/eval');
fs.mkdirSync(outDir, { recursive: true });
const md = [
  '# Rewrites beside the corpus good_rewrite',
  '',
  `Today = ${TODAY}, working hours = ${HOURS}. Not an exact-match test: a reading aid.`,
  '',
];
for (const r of rows) {
  md.push(
    `## ${r.id} · ${r.rule} · ${r.lang}${r.lang === 'en' ? '' : ` (${r.register})`}`,
    '',
    `- flagged: “${r.text}”`,
    `- draft: ${r.before}`,
    `- ours: ${r.after}`,
  );
  if (r.good) md.push(`- editor: ${r.good}`);
  md.push('');
}
fs.writeFileSync(path.join(outDir, 'rewrites-report.md'), md.join('\n'));
console.log(`\nSide by side: ${path.relative(ROOT, path.join(outDir, 'rewrites-report.md'))}`);
if (!ok) process.exitCode = 1;
