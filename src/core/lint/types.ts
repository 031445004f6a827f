import type { Lang, Localized } from '../lang';

import type { Category, Severity } from '../settings';

export { CATEGORIES, SEVERITIES, type Category, type Severity } from '../settings';

/**
 * Context checks a phrase match must pass, by name (rules stay data):
 * - `unanchored`: dropped when the same sentence names a concrete date or time;
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

/** A replacement for a finding's range. An empty `text` removes the phrase. */
export interface Suggestion {
  /** A rewrite of the phrase, or its removal (whose `text` may re-capitalise the next word). */
  readonly kind: 'rewrite' | 'remove';
  readonly text: string;
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
  /** Calmer rewrites per rule id, in this language. "" means "remove the phrase". */
  readonly rewrites: Readonly<Record<string, readonly string[]>>;
  /** Innocent phrases: a match inside one of them is dropped ("talk soon", "just now"). */
  readonly allow: readonly string[];
}
