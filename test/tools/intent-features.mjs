// Sentence features for the intent backstop (test/tools/train-intent.mjs,
// test/eval/eval-intent-cv.mjs): the linter's own (src/core/lint/intent/features.ts, read from the
// built core in out/, `npm run compile-tests`) with the families and stem length set from the
// environment for experiments, and a line-break sentence splitter (INTENT_SPLIT=lines).
import * as path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const require = createRequire(import.meta.url);
export const { CATEGORIES } = require(path.join(ROOT, 'out/src/core/settings.js'));
const { PACKS } = require(path.join(ROOT, 'out/src/core/lint/packs/index.js'));
const core = require(path.join(ROOT, 'out/src/core/lint/intent/features.js'));

/**
 * Which feature families are on (INTENT_FEATURES, comma-separated): stems, bigrams (of stems),
 * classes (pronouns, negation, hindsight, numbers, days), shape (times, "!" and "?", capitals,
 * length), rulewords (two or three distinctive words of one rule's phrases, any order), packclasses
 * (a word of a pack's token class), chars (character 4-grams of words of 5+ letters). Bigrams are
 * off by default: they memorise the phrasings of the training sets and add noise on calm mail.
 * The default is the shipped models' (DEFAULT_FEATURES).
 */
export const FAMILIES = new Set(process.env.INTENT_FEATURES ? process.env.INTENT_FEATURES.split(',') : core.DEFAULT_FEATURES.families);

/** Longest stem kept of a word (INTENT_STEM). */
export const STEM = Number(process.env.INTENT_STEM ?? core.DEFAULT_FEATURES.stem);

/** The feature options in use. */
export const OPTIONS = { families: FAMILIES, stem: STEM };

const VOCAB = new Map();
/** Per language, the rules' vocabulary (core packVocab; INTENT_RULEWORD_MAX rules per stem at most). */
export function vocabOf(lang) {
  let v = VOCAB.get(lang);
  if (!v) {
    v = core.packVocab(
      PACKS.find((p) => p.lang === lang),
      OPTIONS,
      Number(process.env.INTENT_RULEWORD_MAX ?? 2),
    );
    VOCAB.set(lang, v);
  }
  return v;
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

/**
 * The features of `text[start, end)` in `lang`. `here` and `near` are bit sets of the categories
 * (in CATEGORIES order) that phrase rules found in the sentence and in the sentences next to it.
 */
export const sentenceFeatures = (text, start, end, lang, here = 0, near = 0) =>
  core.sentenceFeatures(text, start, end, lang, vocabOf(lang), OPTIONS, here, near);
