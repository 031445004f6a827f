import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { MatcherSource } from '../core/lint/compiled';

/**
 * The phrase matcher compiled by the build, read from `dir/matcher-<lang>.json` (next to the
 * bundles) when a language is first needed. Used by the CLI and the extension.
 */
export function matcherFiles(dir: string): MatcherSource {
  return (lang) => {
    try {
      return readFileSync(join(dir, `matcher-${lang}.json`), 'utf8');
    } catch {
      return undefined; // not built (running from out/): the linter compiles the packs itself
    }
  };
}
