import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { MatcherSource } from '../core/lint/compiled';

/**
 * The files the build writes next to the bundles (the compiled phrase matcher and the phrase
 * packs, see src/core/lint/build-files.ts), read from `dir` when a language first needs them.
 * Used by the CLI and the extension.
 */
export function matcherFiles(dir: string): MatcherSource {
  return (name) => {
    try {
      return readFileSync(join(dir, name));
    } catch {
      return undefined; // not built (running from out/): the linter compiles the packs itself
    }
  };
}
