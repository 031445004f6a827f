import type { Lang } from '../lang';
import { RULES } from './rules';

/**
 * A reply draft in `lang` that takes a lint through every stage a real draft takes (front matter,
 * sentence boundaries, phrase matching, guards, heat, rewrites), built from the rules' own
 * examples. Linting it once in idle time makes the first real draft of that language fast: the
 * first run of each stage pays for loading locale data and for compiling its code.
 */
export function warmUpDraft(lang: Lang): string {
  const examples = RULES.map((r) => r.examples[lang]?.bad).filter((e): e is string => !!e);
  // One paragraph of several sentences (sentence boundaries are then looked up), then one per example.
  return ['---', `lang: ${lang}`, 'type: draft', '---', '', examples.join(' '), '', ...examples.map((e) => `${e}\n`)].join('\n');
}
