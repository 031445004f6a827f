import type { Lang } from '../../lang';
import { CATEGORIES } from '../../settings';
import { foldText } from '../../text/fold';
import { resolveClasses } from '../patterns';
import type { PhrasePack } from '../types';

/**
 * Sentence features of the learned intent backstop (one implementation for the linter and for
 * test/tools/train-intent.mjs): accent-folded word stems and token classes (pronouns of each
 * register, negation, hindsight and conditional markers, numbers, weekdays, times, runs of "!"
 * and "?", capitals, length), the packs' token classes and two or more distinctive words of one
 * rule in any order. Vocabulary as data per language.
 */

/** Which feature families are on, and the longest stem kept of a word. */
export interface FeatureOptions {
  /** stems, bigrams, classes, shape, rulewords, packclasses, chars (see the trainer). */
  readonly families: ReadonlySet<string>;
  /** Longest stem kept of a word: a prefix, which folds inflections together ("disculp-", "scusa-"). */
  readonly stem: number;
}

/** The families and stem the shipped models use. */
export const DEFAULT_FEATURES: FeatureOptions = { families: new Set(['stems', 'classes', 'shape', 'rulewords', 'packclasses']), stem: 5 };

/** Per stem, the rules whose phrases use it (rulewords) and the pack classes holding it (packclasses). */
export interface RuleVocab {
  readonly rules: ReadonlyMap<string, readonly string[]>;
  readonly classes: ReadonlyMap<string, readonly string[]>;
}

/** Words of a class per language, folded (vocabulary as data). */
const CLASS_WORDS: Record<Lang, Record<string, readonly string[]>> = {
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

const stemOf = (word: string, n: number): string => (word.length > n ? word.slice(0, n) : word);

/**
 * A pack's rule vocabulary: for each rule, the stems of the longer words (4+ letters) its patterns
 * use, classes expanded (only stems of at most `most` rules: a stem in the phrases of many rules
 * says little), and for each pack class the stems of its one-word alternatives. A sentence holding
 * two or more stems of a rule in any order is a rearranged or padded cousin of its phrases.
 */
export function packVocab(pack: PhrasePack, opts: FeatureOptions = DEFAULT_FEATURES, most = 2): RuleVocab {
  const rules = new Map<string, string[]>();
  const classes = new Map<string, string[]>();
  const stemsOf = (pattern: string) =>
    new Set((foldText(pattern).match(/[\p{L}']+/gu) ?? []).filter((w) => w.length >= 4).map((w) => stemOf(w, opts.stem)));
  for (const [rule, patterns] of Object.entries({ ...pack.phrases })) {
    const all = new Set<string>();
    for (const pat of patterns) for (const st of stemsOf(resolveClasses(pat, pack.classes))) all.add(st);
    for (const st of all) rules.set(st, [...(rules.get(st) ?? []), rule]);
  }
  for (const [st, rs] of rules) if (rs.length > most) rules.delete(st);
  for (const [name, def] of Object.entries(pack.classes ?? {})) {
    const one = resolveClasses(def, pack.classes)
      .replace(/[()[\]]/g, '|')
      .split('|')
      .filter((a) => a && !a.includes(' '));
    for (const st of stemsOf(one.join(' '))) classes.set(st, [...new Set([...(classes.get(st) ?? []), name])]);
  }
  return { rules, classes };
}

const CLASS_OF = new Map<Lang, Map<string, string[]>>();
function classesOf(lang: Lang): Map<string, string[]> {
  let m = CLASS_OF.get(lang);
  if (!m) {
    const map = new Map<string, string[]>();
    const w = CLASS_WORDS[lang];
    const add = (words: readonly string[], feature: string) => {
      for (const x of words) map.set(x, [...(map.get(x) ?? []), feature]);
    };
    add(w.you, 'c:you');
    add(w.youFormal, 'c:youF');
    add(w.me, 'c:me');
    add(w.not, 'c:not');
    add(w.would, 'c:would');
    add(w.days, 'c:day');
    add(w.numbers, 'c:num');
    CLASS_OF.set(lang, (m = map));
  }
  return m;
}

const TIME = /\d{1,2}[:.]\d{2}\b|\b\d{1,2} ?(?:am|pm|h)\b/;

/**
 * The features of `text[start, end)` in `lang`. `here` and `near` are bit sets of the categories
 * (in CATEGORIES order) that phrase rules found in the sentence and in the sentences next to it.
 */
export function sentenceFeatures(
  text: string,
  start: number,
  end: number,
  lang: Lang,
  vocab: RuleVocab | undefined,
  opts: FeatureOptions = DEFAULT_FEATURES,
  here = 0,
  near = 0,
): string[] {
  const has = (f: string) => opts.families.has(f);
  const raw = text.slice(start, end);
  const folded = foldText(raw);
  const words = folded.match(/[\p{L}\p{N}']+/gu) ?? [];
  const feats = new Set<string>();
  const classes = classesOf(lang);
  const endings = CLASS_WORDS[lang].wouldEndings;
  let prev = '^';
  const ruleHits = new Map<string, Set<string>>();
  const words4 = vocab && (has('rulewords') || has('packclasses'));
  for (const w0 of words) {
    const w = w0.replace(/^'+|'+$/g, '');
    if (!w) continue;
    if (has('classes')) {
      for (const f of classes.get(w) ?? []) feats.add(f);
      if (/^\d/.test(w)) feats.add('c:digit');
      else if (w.length > 4) for (const e of endings) if (w.endsWith(e)) feats.add('c:would');
    }
    for (const p of w.split("'")) {
      if (!p) continue;
      const st = /^\d/.test(p) ? '#' : stemOf(p, opts.stem);
      if (has('stems')) feats.add(`u:${st}`);
      // Character 4-grams of longer words: a typo or an inflection keeps most of them.
      if (has('chars') && p.length >= 5) for (let i = 0; i + 4 <= p.length; i++) feats.add(`g:${p.slice(i, i + 4)}`);
      if (has('bigrams')) feats.add(`b:${prev}_${st}`);
      if (words4 && p.length >= 4) {
        if (has('rulewords'))
          for (const r of vocab.rules.get(st) ?? []) {
            let set = ruleHits.get(r);
            if (!set) ruleHits.set(r, (set = new Set()));
            set.add(st);
          }
        if (has('packclasses')) for (const c of vocab.classes.get(st) ?? []) feats.add(`k:${c}`);
      }
      prev = st;
    }
  }
  if (has('bigrams')) feats.add(`b:${prev}_$`);
  for (const [r, set] of ruleHits) {
    if (set.size >= 2) feats.add(`v:${r}`);
    if (set.size >= 3) feats.add(`v3:${r}`);
  }
  if (!has('shape')) return [...feats];
  if (TIME.test(folded)) feats.add('c:time');
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
