// Sentence features for the intent backstop experiment (test/tools/train-intent.mjs,
// test/eval/eval-intent-cv.mjs): accent-folded word stems (unigrams and bigrams) and token
// classes (pronouns of each register, negation, hindsight and conditional markers, numbers,
// weekdays, times, runs of "!" and "?", capitals, length), optionally which phrase rules fired in
// the sentence or next to it. Reads the built core (out/, `npm run compile-tests`).
import * as path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const require = createRequire(import.meta.url);
const { foldText } = require(path.join(ROOT, 'out/src/core/text/fold.js'));
export const { CATEGORIES } = require(path.join(ROOT, 'out/src/core/settings.js'));
const { PACKS } = require(path.join(ROOT, 'out/src/core/lint/packs/index.js'));
const { resolveClasses } = require(path.join(ROOT, 'out/src/core/lint/patterns.js'));

/**
 * Which feature families are on (INTENT_FEATURES, comma-separated): stems, bigrams (of stems),
 * classes (pronouns, negation, hindsight, numbers, days), shape (times, "!" and "?", capitals,
 * length), rulewords (two or three distinctive words of one rule's phrases, any order), packclasses
 * (a word of a pack's token class), chars (character 4-grams of words of 5+ letters). Bigrams are off by default: they memorise the phrasings of
 * the training sets and add noise on calm mail.
 */
export const FAMILIES = new Set((process.env.INTENT_FEATURES ?? 'stems,classes,shape,rulewords,packclasses').split(','));

/** Longest stem kept of a word: a prefix, which folds inflections together ("disculp-", "scusa-"). */
export const STEM = Number(process.env.INTENT_STEM ?? 5);

/** Words of a class per language, folded (vocabulary as data). */
const CLASS_WORDS = {
  en: {
    you: ['you', 'your', 'yours', 'yourself', 'yourselves', "you're", "you've", "you'd", "you'll"],
    youFormal: [],
    me: ['i', 'me', 'my', 'mine', 'myself', "i'm", "i've", "i'd", "i'll", 'we', 'us', 'our', "we're", "we've", "we'd", "we'll"],
    not: [
      'not',
      'no',
      'never',
      'nothing',
      'nobody',
      "don't",
      "didn't",
      "doesn't",
      "won't",
      "can't",
      "isn't",
      "wasn't",
      "haven't",
      "hasn't",
      "wouldn't",
      "couldn't",
      "shouldn't",
      "aren't",
      "weren't",
    ],
    would: ['would', 'could', 'should', 'had', 'might', "wouldn't", "couldn't", "shouldn't", "we'd", "i'd", "you'd", 'if', 'unless'],
    days: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'weekend', 'tonight', 'tomorrow', 'today'],
    numbers: ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'twice', 'once', 'several', 'times'],
    wouldEndings: [],
  },
  es: {
    you: ['tu', 'tus', 'te', 'ti', 'contigo', 'vosotros', 'vosotras', 'os', 'vuestro', 'vuestra', 'vuestros', 'vuestras'],
    youFormal: ['usted', 'ustedes', 'le', 'les', 'su', 'sus'],
    me: ['yo', 'me', 'mi', 'mis', 'conmigo', 'nosotros', 'nosotras', 'nos', 'nuestro', 'nuestra', 'nuestros', 'nuestras'],
    not: ['no', 'nunca', 'nada', 'nadie', 'ni', 'jamas', 'tampoco'],
    would: ['si', 'hubiera', 'hubieras', 'hubiese', 'hubieran', 'hubiesen', 'habria', 'habrias', 'habriamos', 'habrian', 'hubieramos'],
    days: ['lunes', 'martes', 'miercoles', 'jueves', 'viernes', 'sabado', 'domingo', 'finde', 'manana', 'hoy', 'noche'],
    numbers: ['uno', 'dos', 'tres', 'cuatro', 'cinco', 'seis', 'siete', 'ocho', 'nueve', 'diez', 'vez', 'veces', 'varias'],
    wouldEndings: ['ria', 'rias', 'riamos', 'rian', 'ramos', 'semos'],
  },
  it: {
    you: ['tu', 'ti', 'te', 'tuo', 'tua', 'tuoi', 'tue', 'voi', 'vi', 've', 'vostro', 'vostra', 'vostri', 'vostre'],
    youFormal: ['lei', 'le', 'la', 'suo', 'sua', 'suoi', 'sue'],
    me: ['io', 'mi', 'me', 'mio', 'mia', 'miei', 'mie', 'noi', 'ci', 'ce', 'nostro', 'nostra', 'nostri', 'nostre'],
    not: ['non', 'mai', 'niente', 'nulla', 'nessuno', 'ne', 'neanche', 'nemmeno'],
    would: [
      'se',
      'avessi',
      'avesse',
      'avessimo',
      'aveste',
      'avessero',
      'fosse',
      'fossi',
      'avrei',
      'avremmo',
      'avrebbe',
      'sarebbe',
      'saremmo',
    ],
    days: ['lunedi', 'martedi', 'mercoledi', 'giovedi', 'venerdi', 'sabato', 'domenica', 'weekend', 'stasera', 'domani', 'oggi', 'notte'],
    numbers: ['uno', 'due', 'tre', 'quattro', 'cinque', 'sei', 'sette', 'otto', 'nove', 'dieci', 'volta', 'volte', 'diverse'],
    wouldEndings: ['rei', 'resti', 'rebbe', 'remmo', 'reste', 'rebbero', 'ssi', 'sse', 'ssimo', 'ssero'],
  },
};

/**
 * Per language, the rules' vocabulary: for each rule, the stems of the longer words (4+ letters)
 * its patterns use, classes expanded, and for each pack class the stems of its one-word
 * alternatives. A sentence holding two or more stems of a rule in any order and with any words
 * between is a rearranged or padded cousin of its phrases.
 */
const VOCAB = new Map();
function vocabOf(lang) {
  let v = VOCAB.get(lang);
  if (!v) {
    const pack = PACKS.find((p) => p.lang === lang);
    v = { rules: new Map(), classes: new Map() };
    const stemsOf = (pattern) => new Set((foldText(pattern).match(/[\p{L}']+/gu) ?? []).filter((w) => w.length >= 4).map(stem));
    for (const [rule, patterns] of Object.entries({ ...pack.phrases })) {
      const all = new Set();
      for (const pat of patterns) for (const st of stemsOf(resolveClasses(pat, pack.classes))) all.add(st);
      for (const st of all) v.rules.set(st, [...(v.rules.get(st) ?? []), rule]);
    }
    // Only words that tell rules apart: a stem in the phrases of many rules says little.
    const most = Number(process.env.INTENT_RULEWORD_MAX ?? 2);
    for (const [st, rules] of v.rules) if (rules.length > most) v.rules.delete(st);
    for (const [name, def] of Object.entries(pack.classes ?? {})) {
      const one = resolveClasses(def, pack.classes)
        .replace(/[()[\]]/g, '|')
        .split('|')
        .filter((a) => a && !a.includes(' '));
      for (const st of stemsOf(one.join(' '))) v.classes.set(st, [...new Set([...(v.classes.get(st) ?? []), name])]);
    }
    VOCAB.set(lang, v);
  }
  return v;
}

const CLASS_OF = new Map();
function classesOf(lang) {
  let m = CLASS_OF.get(lang);
  if (!m) {
    m = new Map();
    const w = CLASS_WORDS[lang];
    const add = (words, feature) => {
      for (const x of words) m.set(x, [...(m.get(x) ?? []), feature]);
    };
    add(w.you, 'c:you');
    add(w.youFormal, 'c:youF');
    add(w.me, 'c:me');
    add(w.not, 'c:not');
    add(w.would, 'c:would');
    add(w.days, 'c:day');
    add(w.numbers, 'c:num');
    CLASS_OF.set(lang, m);
  }
  return m;
}

const isSpace = (c) => c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0;
const CLOSERS = new Set('.!?…"\'”’»)');

/**
 * The sentences of a block as [start, end) pairs, trimmed: a sentence ends after ".", "!", "?"
 * or "…" (with any closing quotes) before a space, and at every line break.
 */
export function splitSentences(text) {
  const out = [];
  let s = 0;
  const push = (a, b) => {
    while (a < b && isSpace(text.charCodeAt(a))) a++;
    while (b > a && isSpace(text.charCodeAt(b - 1))) b--;
    if (b > a) out.push([a, b]);
  };
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      push(s, i);
      s = i + 1;
    } else if (c === 46 || c === 33 || c === 63 || c === 0x2026) {
      let j = i + 1;
      while (j < text.length && CLOSERS.has(text[j])) j++;
      if (j >= text.length || text.charCodeAt(j) === 32 || text.charCodeAt(j) === 9) {
        push(s, j);
        s = j;
      }
      i = j - 1;
    }
  }
  push(s, text.length);
  return out;
}

/** A word's stem: its first STEM letters. */
export const stem = (word) => (word.length > STEM ? word.slice(0, STEM) : word);

/**
 * The features of `text[start, end)` in `lang`. `here` and `near` are bit sets of the categories
 * (in CATEGORIES order) that phrase rules found in the sentence and in the sentences next to it.
 */
export function sentenceFeatures(text, start, end, lang, here = 0, near = 0) {
  const raw = text.slice(start, end);
  const folded = foldText(raw);
  const words = folded.match(/[\p{L}\p{N}']+/gu) ?? [];
  const feats = new Set();
  const classes = classesOf(lang);
  const endings = CLASS_WORDS[lang].wouldEndings;
  let prev = '^';
  const ruleHits = new Map();
  const vocab = FAMILIES.has('rulewords') || FAMILIES.has('packclasses') ? vocabOf(lang) : undefined;
  for (const w0 of words) {
    const w = w0.replace(/^'+|'+$/g, '');
    if (!w) continue;
    if (FAMILIES.has('classes')) {
      for (const f of classes.get(w) ?? []) feats.add(f);
      if (/^\d/.test(w)) feats.add('c:digit');
      else if (w.length > 4) for (const e of endings) if (w.endsWith(e)) feats.add('c:would');
    }
    for (const p of w.split("'")) {
      if (!p) continue;
      const st = /^\d/.test(p) ? '#' : stem(p);
      if (FAMILIES.has('stems')) feats.add(`u:${st}`);
      // Character 4-grams of longer words: a typo or an inflection keeps most of them.
      if (FAMILIES.has('chars') && p.length >= 5) for (let i = 0; i + 4 <= p.length; i++) feats.add(`g:${p.slice(i, i + 4)}`);
      if (FAMILIES.has('bigrams')) feats.add(`b:${prev}_${st}`);
      if (vocab && p.length >= 4) {
        if (FAMILIES.has('rulewords'))
          for (const r of vocab.rules.get(st) ?? []) (ruleHits.get(r) ?? ruleHits.set(r, new Set()).get(r)).add(st);
        if (FAMILIES.has('packclasses')) for (const c of vocab.classes.get(st) ?? []) feats.add(`k:${c}`);
      }
      prev = st;
    }
  }
  if (FAMILIES.has('bigrams')) feats.add(`b:${prev}_$`);
  for (const [r, set] of ruleHits) {
    if (set.size >= 2) feats.add(`v:${r}`);
    if (set.size >= 3) feats.add(`v3:${r}`);
  }
  if (!FAMILIES.has('shape')) return [...feats];
  if (/\d{1,2}[:.]\d{2}\b|\b\d{1,2} ?(?:am|pm|h)\b/.test(folded)) feats.add('c:time');
  let bangs = 0;
  let questions = 0;
  let letters = 0;
  let upper = 0;
  for (const ch of raw) {
    if (ch === '!') bangs++;
    else if (ch === '?') questions++;
    const lo = ch.toLowerCase();
    if (ch !== lo) upper++;
    if (ch !== lo || ch !== ch.toUpperCase()) letters++;
  }
  if (bangs) feats.add(bangs > 1 ? 'c:!!' : 'c:!');
  if (questions) feats.add('c:?');
  if (letters >= 8 && upper / letters > 0.3) feats.add('c:caps');
  const n = words.length;
  feats.add(n <= 3 ? 'len:1' : n <= 8 ? 'len:2' : n <= 20 ? 'len:3' : 'len:4');
  CATEGORIES.forEach((c, k) => {
    if (here & (1 << k)) feats.add(`r:${c}`);
    if (near & (1 << k)) feats.add(`n:${c}`);
  });
  return [...feats];
}
