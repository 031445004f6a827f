// Trains the learned intent backstop (#10): per language, one logistic regression per category
// over the linter's sentence features (src/core/lint/intent/features.ts), on the annotated drafts
// (a sentence is positive for a category when a gold span of it overlaps the sentence), the
// repository's lint fixtures (a line marked `expect:` or `known-miss:` positive for its rules'
// categories, the other lines calm; INTENT_FIXTURES=0 leaves them out, =rewrites adds the golden
// rewrite pairs) and calm real mail (every sentence negative). Sentences are the linter's
// (core/text/sentences: hard-wrapped lines joined; INTENT_SPLIT=lines splits at every line break).
// test/eval/eval-intent-cv.mjs cross-validates it. With --out DIR it writes the shipped models,
// src/core/lint/intent/model-<lang>.json, deterministically (same inputs, same bytes: weights keyed
// by feature, no texts); --check DIR retrains and says whether DIR's models are the same.
//
// usage: npm run -s compile-tests && node test/tools/train-intent.mjs [--out DIR | --check DIR]
//   COMPOSURE_CORPUS   the shared corpus (default ../shared/corpus): drafts-dev*.json, real-emails/, real-prose/{es,it}/
//   COMPOSURE_HELDOUT  the held-out sets used as training data, comma-separated dirs each with drafts.json
//                      and prose/{en,es,it}/ (default test/fixtures/intent/heldout, heldout2 … heldout7)
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const require = createRequire(import.meta.url);
const { Sentences } = require(path.join(ROOT, 'out/src/core/text/sentences.js'));
import { CATEGORIES, OPTIONS, sentenceFeatures, splitSentences, vocabOf } from './intent-features.mjs';

export { CATEGORIES };
export const LANGS = ['en', 'es', 'it'];

/**
 * The probability each category needs in the shipped models (written into them). Chosen on the
 * fresh folds of the third to sixth held-out sets (`npm run eval:intent`, which never train on
 * the seventh): per category, the lowest threshold whose picks there are at least 90% right at
 * that threshold and at every higher one; then checked on leave-one-set-out over the seven sets.
 */
export const THRESHOLDS = { defensive: 0.9, people_pleasing: 0.6, heat: 0.95, vague_commitment: 0.7, boundary_leak: 0.6 };

/** Training settings (the model's size and smoothing). */
export const SETTINGS = {
  epochs: Number(process.env.INTENT_EPOCHS ?? 40),
  rate: 0.2,
  l2: Number(process.env.INTENT_L2 ?? 1e-4),
  minCount: 2,
  maxFeatures: Number(process.env.INTENT_MAXF ?? 800),
  minWeight: 0.05,
  /** Weight of a positive example against a negative one (positives are few). */
  positive: Number(process.env.INTENT_POS ?? 1),
  /**
   * Whether the categories phrase rules found in and next to the sentence are features. Off: the
   * rules fire on nearly every positive of the sets they were tuned on, so the model then learns
   * "a rule fired" and stays silent exactly where the rules miss.
   */
  ruleFeatures: process.env.INTENT_RULEFEATS === '1',
  /**
   * Fire only in a paragraph where the phrase rules found something ('block'), in a text where
   * they did ('doc'), or anywhere ('none'): drafts that need the backstop nearly always have a
   * rule finding near the miss, calm mail rarely does.
   */
  gate: process.env.INTENT_GATE ?? 'block',
  /**
   * Which sentences the backstop may report: 'free', those no rule found anything in (the linter's
   * choice), or 'category', any sentence for a category no rule found in it.
   */
  sentences: process.env.INTENT_SENTENCES ?? 'free',
  /**
   * With gate 'block': the probability a sentence needs in a paragraph where no rule found
   * anything (INTENT_OPEN, e.g. 0.98; 0: never there).
   */
  open: Number(process.env.INTENT_OPEN ?? 0),
  /**
   * Per category (CATEGORIES order), a threshold overriding the one asked (INTENT_CAT_T,
   * comma-separated, or `shipped` for THRESHOLDS; unset: none).
   */
  catThresholds:
    process.env.INTENT_CAT_T === 'shipped'
      ? CATEGORIES.map((c) => THRESHOLDS[c])
      : process.env.INTENT_CAT_T
        ? process.env.INTENT_CAT_T.split(',').map(Number)
        : null,
  /** Categories the backstop never reports (bit set in CATEGORIES order). */
  skip: Number(process.env.INTENT_SKIP ?? 0),
  /**
   * Whether the repository's lint fixtures (test/fixtures/lint/*.md) are training drafts too: each
   * line marked `<!-- expect: rule -->` or `<!-- known-miss: rule -->` is positive for its rules'
   * categories, every other line is calm.
   */
  fixtures: process.env.INTENT_FIXTURES === '0' ? false : (process.env.INTENT_FIXTURES ?? 'lint'),
  /** Sentences as the linter splits them ('core': hard-wrapped lines joined) or at every line break ('lines'). */
  split: process.env.INTENT_SPLIT ?? 'core',
};

/** The Markdown files of a directory as [name, text], by name. */
const markdownFiles = (dir) =>
  fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => [f, fs.readFileSync(path.join(dir, f), 'utf8')]);

/**
 * The lint fixtures under `dir` as drafts [{ id, lang, text, spans }]: front matter and headings
 * blanked, markers removed, each marked line a span of its rules' categories (hints left out, as
 * the scoring leaves them out).
 */
export function loadFixtures(dir = path.join(ROOT, 'test/fixtures/lint')) {
  if (!fs.existsSync(dir)) return [];
  const { RULES } = require(path.join(ROOT, 'out/src/core/lint/rules.js'));
  const categoryOf = new Map(RULES.filter((r) => r.severity !== 'hint').map((r) => [r.id, r.category]));
  const marker = /<!--\s*(?:expect|known-miss):\s*([^>]*?)\s*(?:--\s*[^>]*)?-->/g;
  const drafts = [];
  for (const [file, raw] of markdownFiles(dir)) {
    const lang = /^---\n(?:.*\n)*?lang:\s*(en|es|it)\s*\n/.exec(raw)?.[1];
    if (!lang) continue;
    const lines = [];
    const spans = [];
    let at = 0;
    let front = raw.startsWith('---\n') ? 2 : 0;
    for (const line of raw.split('\n')) {
      if (front && line === '---') front--;
      const rules = [...line.matchAll(marker)].flatMap((m) => m[1].split(/\s+/));
      const text =
        front || line === '---' || /^\s*(?:#|<!--)/.test(line)
          ? ''
          : line
              .replace(marker, '')
              .replace(/<!--.*?-->/g, '')
              .trimEnd();
      for (const cat of new Set(rules.map((r) => categoryOf.get(r)).filter(Boolean)))
        spans.push({ start: at, end: at + text.length, category: cat });
      lines.push(text);
      at += text.length + 1;
    }
    drafts.push({ id: file, lang, text: lines.join('\n'), spans });
  }
  return SETTINGS.fixtures === 'rewrites' ? [...drafts, ...loadRewritePairs(path.resolve(dir, '../rewrites'), categoryOf)] : drafts;
}

/**
 * The golden rewrite pairs under `dir` (test/fixtures/rewrites/*.md) as drafts: each sentence
 * before (`- …`) positive for its section's rule category, each sentence after (`→ …`) calm,
 * every sentence its own paragraph.
 */
function loadRewritePairs(dir, categoryOf) {
  if (!fs.existsSync(dir)) return [];
  const drafts = [];
  for (const [file, raw] of markdownFiles(dir)) {
    const lang = /lang=(en|es|it)/.exec(raw)?.[1];
    if (!lang) continue;
    let category;
    let text = '';
    const spans = [];
    for (const line of raw.split('\n')) {
      const rule = /^##\s+(\S+)/.exec(line);
      if (rule) category = categoryOf.get(rule[1]);
      const m = /^\s*(-|→)\s+(.*)$/.exec(line);
      if (!m) continue;
      if (m[1] === '-' && category) spans.push({ start: text.length, end: text.length + m[2].length, category });
      text += `${m[2]}\n\n`;
    }
    drafts.push({ id: file, lang, text, spans });
  }
  return drafts;
}

/** The draft sets and prose sets found: [{ name, drafts: [...] }], [{ name, lang, texts: [...] }]. */
export function loadSets() {
  const corpus = process.env.COMPOSURE_CORPUS || path.resolve(ROOT, '../shared/corpus');
  const heldout = process.env.COMPOSURE_HELDOUT
    ? process.env.COMPOSURE_HELDOUT.split(',')
    : ['heldout', 'heldout2', 'heldout3', 'heldout4', 'heldout5', 'heldout6', 'heldout7'].map((d) =>
        path.join(ROOT, 'test/fixtures/intent', d),
      );
  const draftSets = [];
  const proseSets = [];
  const readDir = (dir) =>
    fs.existsSync(dir)
      ? fs
          .readdirSync(dir)
          .filter((f) => f.endsWith('.txt'))
          .sort()
          .map((f) => fs.readFileSync(path.join(dir, f), 'utf8'))
      : [];
  for (const f of ['drafts-dev.json', 'drafts-dev-2.json']) {
    const p = path.join(corpus, f);
    if (fs.existsSync(p)) draftSets.push({ name: f.replace('.json', ''), drafts: JSON.parse(fs.readFileSync(p, 'utf8')) });
  }
  const dev = { en: 'real-emails', es: 'real-prose/es', it: 'real-prose/it' };
  for (const lang of LANGS) {
    const texts = readDir(path.join(corpus, dev[lang]));
    if (texts.length) proseSets.push({ name: 'dev', lang, texts });
  }
  for (const dir of heldout) {
    const name = path.basename(dir);
    const p = path.join(dir, 'drafts.json');
    if (fs.existsSync(p)) draftSets.push({ name, drafts: JSON.parse(fs.readFileSync(p, 'utf8')) });
    for (const lang of LANGS) {
      const texts = readDir(path.join(dir, 'prose', lang));
      if (texts.length) proseSets.push({ name, lang, texts });
    }
  }
  const fixtureSets = SETTINGS.fixtures ? [{ name: 'fixtures', drafts: loadFixtures() }] : [];
  return { draftSets, proseSets, fixtureSets };
}

/** A paragraph's sentences as the linter reads them (hard-wrapped lines joined, ";" ending one), trimmed. */
function coreSentences(text, lang) {
  const starts = new Sentences(text, lang).all();
  const out = [];
  starts.forEach((s, i) => {
    let a = s;
    let b = i + 1 < starts.length ? starts[i + 1] : text.length;
    while (a < b && /\s/.test(text[a])) a++;
    while (b > a && /\s/.test(text[b - 1])) b--;
    if (b > a) out.push([a, b]);
  });
  return out;
}

const bitOf = (cat) => 1 << CATEGORIES.indexOf(cat);

/**
 * A text's sentences with what the phrase rules found: [{ lang, start, end, here, near, gold,
 * feats }]. Blocks are paragraphs (blank lines between), as the linter's blocks are.
 */
export function sentencesOf(text, lang, findings, spans = []) {
  const out = [];
  const blockRe = /\n[ \t]*\n/g;
  let at = 0;
  const blocks = [];
  for (let m; (m = blockRe.exec(text));) {
    blocks.push([at, m.index]);
    at = m.index + m[0].length;
  }
  blocks.push([at, text.length]);
  for (const [bs, be] of blocks) {
    const sents = (SETTINGS.split === 'core' ? coreSentences : splitSentences)(text.slice(bs, be), lang).map(([s, e]) => [s + bs, e + bs]);
    const here = sents.map(([s, e]) => {
      let m = 0;
      for (const f of findings) if (f.offset < e && s < f.offset + f.length) m |= bitOf(f.category);
      return m;
    });
    const blockHits = here.filter((m) => m).length;
    sents.forEach(([s, e], i) => {
      const near = (here[i - 1] ?? 0) | (here[i + 1] ?? 0);
      let gold = 0;
      for (const g of spans) if (g.start < e && s < g.end) gold |= bitOf(g.category);
      out.push({
        lang,
        start: s,
        end: e,
        here: here[i],
        near,
        gold,
        docHits: findings.length,
        blockHits,
        feats: sentenceFeatures(text, s, e, lang, SETTINGS.ruleFeatures ? here[i] : 0, SETTINGS.ruleFeatures ? near : 0),
      });
    });
  }
  return out;
}

/** Lints every draft and prose text once: sets with their sentences and rule findings. */
export function prepare({ draftSets, proseSets, fixtureSets = [] }, linter) {
  const lintOf = (text, lang) => linter.lint(text, { lang, markdown: false }).findings.filter((f) => f.severity !== 'hint');
  const drafts = (set) => ({
    name: set.name,
    drafts: set.drafts.map((d) => {
      const findings = lintOf(d.text, d.lang);
      return { ...d, findings, sentences: sentencesOf(d.text, d.lang, findings, d.spans) };
    }),
  });
  return {
    draftSets: draftSets.map(drafts),
    fixtureSets: fixtureSets.map(drafts),
    proseSets: proseSets.map((set) => ({
      ...set,
      docs: set.texts.map((text) => {
        const findings = lintOf(text, set.lang);
        return { text, findings, words: (text.match(/[\p{L}\p{N}]+/gu) || []).length, sentences: sentencesOf(text, set.lang, findings) };
      }),
    })),
  };
}

const sigmoid = (z) => 1 / (1 + Math.exp(-z));

/** Fits one logistic regression per category on examples [{ feats, gold }] with the given vocabulary. */
function fit(examples, vocab, opts) {
  const K = CATEGORIES.length;
  const index = new Map(vocab.map((f, i) => [f, i]));
  const w = new Float64Array(vocab.length * K);
  const g2 = new Float64Array(vocab.length * K).fill(1e-8);
  const bias = new Float64Array(K);
  const bg2 = new Float64Array(K).fill(1e-8);
  const rows = examples.map((x) => ({ idx: x.feats.map((f) => index.get(f)).filter((i) => i !== undefined), gold: x.gold }));
  for (let epoch = 0; epoch < opts.epochs; epoch++) {
    for (const { idx, gold } of rows) {
      for (let k = 0; k < K; k++) {
        let z = bias[k];
        for (const i of idx) z += w[i * K + k];
        const y = (gold >> k) & 1;
        const g = (sigmoid(z) - y) * (y ? opts.positive : 1);
        bg2[k] += g * g;
        bias[k] -= (opts.rate * g) / Math.sqrt(bg2[k]);
        for (const i of idx) {
          const j = i * K + k;
          const gj = g + opts.l2 * w[j];
          g2[j] += gj * gj;
          w[j] -= (opts.rate * gj) / Math.sqrt(g2[j]);
        }
      }
    }
  }
  return { vocab, w, bias };
}

/** Trains one language's model: vocabulary of features seen `minCount` times, then the strongest kept and refit. */
export function train(examples, opts = SETTINGS) {
  const K = CATEGORIES.length;
  const counts = new Map();
  for (const x of examples) for (const f of x.feats) counts.set(f, (counts.get(f) ?? 0) + 1);
  const vocab = [...counts.keys()].filter((f) => counts.get(f) >= opts.minCount).sort();
  const first = fit(examples, vocab, opts);
  const strength = vocab.map((f, i) => [f, Math.max(...Array.from({ length: K }, (_, k) => Math.abs(first.w[i * K + k])))]);
  strength.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const kept = strength
    .filter(([, s]) => s >= opts.minWeight)
    .slice(0, opts.maxFeatures)
    .map(([f]) => f)
    .sort();
  const m = fit(examples, kept, opts);
  const round = (x) => Math.round(x * 1000) / 1000;
  const features = {};
  kept.forEach((f, i) => {
    const ws = Array.from({ length: K }, (_, k) => round(m.w[i * K + k]));
    if (ws.some((x) => Math.abs(x) >= 0.01)) features[f] = ws;
  });
  return { bias: Array.from(m.bias, round), features };
}

/** Probabilities per category of a sentence under a trained model. */
export function score(model, feats) {
  const z = [...model.bias];
  for (const f of feats) {
    const ws = model.features[f];
    if (ws) for (let k = 0; k < z.length; k++) z[k] += ws[k];
  }
  return z.map(sigmoid);
}

/**
 * The backstop's pick for a sentence (as src/core/lint/intent/backstop.ts picks): the likeliest
 * category no phrase rule found in it, when its probability reaches the threshold; -1 otherwise.
 */
export function pick(model, sentence, threshold) {
  if (SETTINGS.gate === 'doc' && !sentence.docHits) return -1;
  let floor = 0;
  if (SETTINGS.gate === 'block' && !sentence.blockHits) {
    if (!SETTINGS.open) return -1;
    floor = SETTINGS.open;
  }
  if (SETTINGS.sentences === 'free' && sentence.here) return -1;
  const p = score(model, sentence.feats);
  let best = -1;
  for (let k = 0; k < p.length; k++) {
    const t = Math.max(floor, SETTINGS.catThresholds?.[k] ?? threshold);
    if (!((SETTINGS.skip >> k) & 1) && !((sentence.here >> k) & 1) && p[k] >= t && (best < 0 || p[k] > p[best])) best = k;
  }
  return best;
}

/** All sentences of the given sets (and of the fixtures, or of `fixtureSets` instead), per language. */
export function examplesOf(prepared, { skipDrafts = new Set(), skipProse = new Set(), fixtureSets = prepared.fixtureSets ?? [] } = {}) {
  const by = { en: [], es: [], it: [] };
  for (const set of [...prepared.draftSets, ...fixtureSets])
    if (!skipDrafts.has(set.name)) for (const d of set.drafts) for (const s of d.sentences) by[d.lang].push(s);
  for (const set of prepared.proseSets)
    if (!skipProse.has(`${set.name}/${set.lang}`)) for (const d of set.docs) for (const s of d.sentences) by[set.lang].push(s);
  return by;
}

/**
 * The shipped model files per language, [name, JSON text]: the weights, the feature options and,
 * of the rules' vocabulary, the stems of the rules and pack classes the model weighs.
 */
export function modelFiles(models) {
  return LANGS.map((lang) => {
    const m = models[lang];
    const vocab = vocabOf(lang);
    const keep = (map, prefix) =>
      Object.fromEntries([...map].filter(([, names]) => names.some((n) => m.features[`${prefix}:${n}`] || m.features[`v3:${n}`])).sort());
    const model = {
      format: 1,
      lang,
      categories: CATEGORIES,
      stem: OPTIONS.stem,
      families: [...OPTIONS.families].sort(),
      bias: m.bias,
      thresholds: CATEGORIES.map((c) => THRESHOLDS[c]),
      features: m.features,
      rulewords: keep(vocab.rules, 'v'),
      packclasses: keep(vocab.classes, 'k'),
    };
    return [`model-${lang}.json`, `${JSON.stringify(model)}\n`];
  });
}

async function main() {
  const sets = loadSets();
  if (!sets.draftSets.length) {
    console.log('train-intent: no corpus found (set COMPOSURE_CORPUS); nothing written.');
    return;
  }
  const { Linter } = require(path.join(ROOT, 'out/src/core/lint/linter.js'));
  const prepared = prepare(sets, new Linter({ learnedBackstop: false }));
  const by = examplesOf(prepared);
  const models = {};
  for (const lang of LANGS) models[lang] = train(by[lang]);
  for (const lang of LANGS) console.log(`${lang}: ${by[lang].length} sentences, ${Object.keys(models[lang].features).length} features`);
  const files = modelFiles(models);
  const out = process.argv.indexOf('--out');
  if (out > 0) {
    for (const [name, text] of files) fs.writeFileSync(path.join(process.argv[out + 1], name), text);
    console.log(`wrote ${files.map(([n]) => n).join(', ')} in ${process.argv[out + 1]}`);
  }
  const check = process.argv.indexOf('--check');
  if (check > 0) {
    const stale = files.filter(([name, text]) => {
      const p = path.join(process.argv[check + 1], name);
      return !fs.existsSync(p) || fs.readFileSync(p, 'utf8') !== text;
    });
    console.log(stale.length ? `stale: ${stale.map(([n]) => n).join(', ')} (retrain with --out)` : 'the models are up to date');
    if (stale.length) process.exitCode = 1;
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
