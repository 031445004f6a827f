import type { Lang } from '../lang';
import { RULES } from './rules';

/** The rules' own bad examples in `lang`. */
function examples(lang: Lang): string[] {
  return RULES.map((r) => r.examples[lang]?.bad).filter((e): e is string => !!e);
}

function draft(lang: Lang, paragraphs: readonly string[]): string {
  return ['---', `lang: ${lang}`, 'type: draft', '---', '', ...paragraphs.map((p) => `${p}\n`)].join('\n');
}

/**
 * A reply draft in `lang` that takes a lint through every stage a real draft takes (front matter,
 * sentence boundaries, phrase matching, guards, heat, rewrites), built from the rules' own
 * examples. Linting it once in idle time makes the first real draft of that language fast: the
 * first run of each stage pays for loading locale data and for compiling its code.
 */
export function warmUpDraft(lang: Lang): string {
  const all = examples(lang);
  // One paragraph of several sentences (sentence boundaries are then looked up), then one per example.
  return draft(lang, [all.join(' '), ...all]);
}

/**
 * The same warm-up cut into small drafts (one per rule example, then `warmUpDraft`): linted one
 * per turn of the event loop, no single step holds the thread for long (the first run of a stage
 * is paid by the small draft that first reaches it), and the whole warm-up costs about the same.
 */
export function warmUpSteps(lang: Lang): string[] {
  return [...examples(lang).map((e) => draft(lang, [e])), warmUpDraft(lang)];
}
