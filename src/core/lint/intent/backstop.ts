import type { Lang } from '../../lang';
import { CATEGORIES, type Category } from '../../settings';
import { Sentences } from '../../text/sentences';
import { buildFile, onBuildFilesChange } from '../build-files';
import { sentenceFeatures, type FeatureOptions, type RuleVocab } from './features';

/**
 * The learned intent backstop: per language, a logistic regression per category over a
 * sentence's features (features.ts), trained by test/tools/train-intent.mjs. In a paragraph where
 * a phrase rule found something, a sentence no rule found anything in is reported for its
 * likeliest category among those whose probability reaches their threshold (per category, written
 * into the model by the trainer). The weights are a
 * generated file per language (src/core/lint/intent/model-<lang>.json), which the build writes
 * next to the bundles as intent-<lang>.json; a language's model is read the first time a paragraph
 * in it has a rule finding.
 */

/** The probability a category needs when its model names none for it. */
export const THRESHOLD = 0.95;

/** The rule ids of the backstop's findings, one per category. */
export const INTENT_RULES: readonly string[] = CATEGORIES.map((c) => `intent-${c}`);

/** A model as the trainer writes it. */
export interface IntentModel {
  readonly format: 1;
  readonly lang: Lang;
  readonly categories: readonly string[];
  readonly stem: number;
  readonly families: readonly string[];
  readonly bias: readonly number[];
  /** Per category (in `categories` order), the probability it needs (chosen by the trainer; THRESHOLD when absent). */
  readonly thresholds?: readonly number[];
  /** Per feature, its weight per category (in `categories` order). */
  readonly features: Readonly<Record<string, readonly number[]>>;
  /** Per stem, the rules whose phrases use it and the pack classes holding it (only those the model weighs). */
  readonly rulewords: Readonly<Record<string, readonly string[]>>;
  readonly packclasses: Readonly<Record<string, readonly string[]>>;
}

interface Loaded {
  readonly model: IntentModel;
  readonly vocab: RuleVocab;
  readonly opts: FeatureOptions;
  /** Per model category, its index in CATEGORIES (-1: unknown here). */
  readonly index: readonly number[];
  /** Per category (CATEGORIES order), the probability it needs. */
  readonly thresholds: readonly number[];
}

/** The name of a language's model as the build writes it. */
export const intentFileName = (lang: Lang): string => `intent-${lang}.json`;

const loaded = new Map<Lang, Loaded | null>();
onBuildFilesChange(() => loaded.clear());

/** The decoded model of a language; undefined when the build wrote none (the backstop is then silent). */
function modelOf(lang: Lang): Loaded | undefined {
  let m = loaded.get(lang);
  if (m === undefined) {
    const bytes = buildFile(intentFileName(lang));
    const model = bytes && (JSON.parse(new TextDecoder().decode(bytes)) as IntentModel);
    const index = model ? model.categories.map((c) => (CATEGORIES as readonly string[]).indexOf(c)) : [];
    const thresholds = CATEGORIES.map((_, k) => model?.thresholds?.[index.indexOf(k)] ?? THRESHOLD);
    m =
      model && model.format === 1 && model.lang === lang
        ? {
            model,
            vocab: { rules: new Map(Object.entries(model.rulewords)), classes: new Map(Object.entries(model.packclasses)) },
            opts: { families: new Set(model.families), stem: model.stem },
            index,
            thresholds,
          }
        : null;
    loaded.set(lang, m);
  }
  return m ?? undefined;
}

/** Per category (CATEGORIES order), the probability that `text[start, end)` reads as it. */
export function intentScores(text: string, start: number, end: number, lang: Lang): number[] | undefined {
  const m = modelOf(lang);
  if (!m) return undefined;
  const z = [...m.model.bias];
  for (const f of sentenceFeatures(text, start, end, lang, m.vocab, m.opts)) {
    const ws = m.model.features[f];
    if (ws) for (let k = 0; k < z.length; k++) z[k] += ws[k];
  }
  const p = new Array<number>(CATEGORIES.length).fill(0);
  m.index.forEach((k, i) => {
    if (k >= 0) p[k] = 1 / (1 + Math.exp(-z[i]));
  });
  return p;
}

/** A sentence the backstop reports: `text[start, end)` and the category it reads as. */
export interface IntentPick {
  readonly start: number;
  readonly end: number;
  readonly category: Category;
}

/**
 * The backstop's picks in a paragraph `text` whose phrase rules found `spans` ([start, end) pairs,
 * hints left out): none when there are none; else each sentence no span touches, for its likeliest
 * category among those whose probability reaches their threshold (the model's per category, or
 * `threshold` for all when given).
 */
export function intentPicks(text: string, lang: Lang, spans: ReadonlyArray<readonly [number, number]>, threshold?: number): IntentPick[] {
  if (!spans.length) return [];
  const m = modelOf(lang);
  if (!m) return [];
  const needs = threshold === undefined ? m.thresholds : m.thresholds.map(() => threshold);
  const starts = new Sentences(text, lang).all();
  // Sentences come in order, so one forward pass over the spans sorted by start tells whether any
  // span touches a sentence: the furthest end among the spans that start before its end.
  const sorted = [...spans].sort((x, y) => x[0] - y[0]);
  let next = 0;
  let furthestEnd = -1;
  const picks: IntentPick[] = [];
  for (let i = 0; i < starts.length; i++) {
    let a = starts[i];
    let b = i + 1 < starts.length ? starts[i + 1] : text.length;
    while (a < b && /\s/.test(text[a])) a++;
    while (b > a && /\s/.test(text[b - 1])) b--;
    if (b <= a) continue;
    while (next < sorted.length && sorted[next][0] < b) furthestEnd = Math.max(furthestEnd, sorted[next++][1]);
    if (furthestEnd > a) continue;
    const p = intentScores(text, a, b, lang);
    if (!p) return picks;
    let best = -1;
    for (let k = 0; k < p.length; k++) if (p[k] >= needs[k] && (best < 0 || p[k] > p[best])) best = k;
    if (best >= 0) picks.push({ start: a, end: b, category: CATEGORIES[best] });
  }
  return picks;
}
