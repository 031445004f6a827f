import type { Lang, Localized } from '../lang';

import type { Category, Severity } from '../settings';

export { CATEGORIES, SEVERITIES, type Category, type Severity } from '../settings';

/**
 * Context checks a phrase match must pass, by name (rules stay data):
 * - `unanchored`: dropped when the sentence names a concrete date or time, unless the date sits in another clause (past "and", "but", "y", "pero", "e", "ma" or a semicolon) and the match's own clause is the writer's promise ("I'll fix it shortly, and I can log in tonight");
 * - `commitment`: kept only when the sentence is the writer's own promise (first person);
 * - `not-refusal`: dropped when the sentence refuses ("not … for free");
 * - `not-own-fix`: dropped when the sentence fixes the writer's own mistake.
 */
export type Guard = 'unanchored' | 'commitment' | 'not-refusal' | 'not-own-fix';

/** One rule: metadata, messages and (in the phrase packs) its phrases per language. */
export interface RuleDef {
  /** Stable id, used as the diagnostic code and in disable comments. */
  readonly id: string;
  readonly category: Category;
  readonly severity: Severity;
  /** Short name of the problem, per UI language. */
  readonly title: Localized;
  /** Why it hurts and what to do instead, per UI language. */
  readonly why: Localized;
  /** Guards applied to every phrase of the rule. */
  readonly guards?: readonly Guard[];
  /** How the rule finds matches: phrase packs, or a built-in metric. */
  readonly matcher: 'phrases' | 'caps' | 'punctuation' | 'hold';
  /** Whether the rule's first suggestion is safe to apply without review (fix all). */
  readonly safeFix?: boolean;
  /** Examples for the docs and the tests: a draft sentence that fires and its calmer rewrite. */
  readonly examples: Partial<Record<Lang, { bad: string; good: string }>>;
}

/**
 * A fact the draft lacks (a date, hours, a rate) inside a suggestion's text: `text.slice(start,
 * start + length)` is a prefilled value the user should check (a tab stop in the editor).
 */
export interface Slot {
  readonly start: number;
  readonly length: number;
}

/** A replacement for a finding's range. An empty `text` removes the phrase. */
export interface Suggestion {
  /** A rewrite of the phrase, or its removal (whose `text` may re-capitalise the next word). */
  readonly kind: 'rewrite' | 'remove';
  readonly text: string;
  /** Prefilled facts inside `text`, in order; plain-text consumers just use `text`. */
  readonly slots?: readonly Slot[];
  /** The range it replaces, when it differs from the finding's range (e.g. removal with its comma). */
  readonly offset: number;
  readonly length: number;
  /** Safe to apply without review; used by fix-all. */
  readonly safe?: boolean;
}

/** A problem found in a draft. Offsets and lengths are in UTF-16 code units. */
export interface Finding {
  readonly rule: string;
  readonly category: Category;
  readonly severity: Severity;
  readonly offset: number;
  readonly length: number;
  /** The matched text as written. */
  readonly text: string;
  readonly message: string;
  readonly suggestions: readonly Suggestion[];
  readonly lang: Lang;
}

/** Phrase pack for one language: patterns per rule id, rewrites per rule id, allowed phrases. */
export interface PhrasePack {
  readonly lang: Lang;
  /**
   * Token classes the patterns name as `@name` (see patterns.ts): lemma and inflection sets,
   * pronoun and clitic slots for both registers, number words, intensifiers.
   */
  readonly classes?: Readonly<Record<string, string>>;
  /** Patterns (see patterns.ts) per rule id. */
  readonly phrases: Readonly<Record<string, readonly string[]>>;
  /** Patterns that only fire when the `commitment` guard holds, per rule id ("soon"). */
  readonly weakPhrases?: Readonly<Record<string, readonly string[]>>;
  /** Patterns that count only as a question, followed by "?" ("Ha senso?", but not "Ha senso rivederlo"). */
  readonly questionPhrases?: Readonly<Record<string, readonly string[]>>;
  /**
   * Patterns that count only inside a question: anywhere in a sentence that ends with "?"
   * ("Ti costava tanto avvisarmi prima?", but not "Non ti costava niente").
   */
  readonly askPhrases?: Readonly<Record<string, readonly string[]>>;
  /** Texts the rewrite builders compose, per rule id (see src/core/lint/rewrite/). */
  readonly rewrites: Readonly<Record<string, RuleRewrites>>;
  /** Innocent phrases: a match inside one of them is dropped ("talk soon", "just now"). */
  readonly allow: readonly string[];
}

/** A rewrite text the same in every register, or one per register (Spanish tú/usted, Italian tu/Lei). */
export type RegisterText = string | { readonly informal: string; readonly formal: string };

/**
 * What a rule's rewrite builder composes, per language. Texts may hold `{date}`, `{hours}`,
 * `{rate}`, `{during}`, `{paid}`, `{subject}`, filled in from what is known.
 */
export interface RuleRewrites {
  /** Named texts (e.g. `sentence`, `that`, `by`, `then`), per register where it matters. */
  readonly texts?: Readonly<Record<string, RegisterText>>;
  /**
   * Tried in order on the matched phrase (case-insensitive regex source, `$1` groups allowed): the
   * first that matches gives the replacement of the whole phrase; `""` removes its clause.
   */
  readonly swaps?: ReadonlyArray<readonly [string, RegisterText]>;
}
