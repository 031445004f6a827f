// Loaded by mocha before every unit test file (.mocharc.json `require`): the linter reads the
// phrase matcher compiled by `npm run compile-tests` (out/matcher), as the bundles read dist/.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { setMatcherSource, type MatcherSource } from '../../../src/core/lint/compiled';

/** Where `npm run compile-tests` writes the compiled matcher (out/matcher). */
export const MATCHER_DIR = path.resolve(__dirname, '../../../matcher');

/** A file `npm run compile-tests` wrote next to the compiled matcher, or undefined when it was not generated. */
export function readMatcherData(name: string): Uint8Array | undefined {
  try {
    return fs.readFileSync(path.join(MATCHER_DIR, name));
  } catch {
    return undefined;
  }
}

setMatcherSource(readMatcherData);

/** Runs `fn` with the build's files read from `source` (none: undefined), then restores the test setup's source. */
export function withSource<T>(source: MatcherSource | undefined, fn: () => T): T {
  setMatcherSource(source);
  try {
    return fn();
  } finally {
    setMatcherSource(readMatcherData);
  }
}
