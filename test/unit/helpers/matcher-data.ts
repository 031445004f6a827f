// Loaded by mocha before every unit test file (.mocharc.json `require`): the linter reads the
// phrase matcher compiled by `npm run compile-tests` (out/matcher), as the bundles read dist/.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { setMatcherSource } from '../../../src/core/lint/compiled';
import type { Lang } from '../../../src/core/lang';

/** Where `npm run compile-tests` writes the compiled matcher (out/matcher). */
export const MATCHER_DIR = path.resolve(__dirname, '../../../matcher');

/** The compiled data of a language, or undefined when it was not generated. */
export function readMatcherData(lang: Lang): string | undefined {
  try {
    return fs.readFileSync(path.join(MATCHER_DIR, `matcher-${lang}.json`), 'utf8');
  } catch {
    return undefined;
  }
}

setMatcherSource(readMatcherData);
