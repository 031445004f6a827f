import { setMatcherSource } from '../core/lint/compiled';
import { matcherFiles } from './matcher-files';
import { langFromLocale } from '../core/lang';
import { msg } from './messages';
import { envLocale, nodeIo } from './node-io';
import { run } from './run';

/**
 * Runs the CLI on the process's arguments. The phrase matcher and the phrase packs come from the
 * build (`matcher-<lang>.bin` and `pack-<lang>.json` next to the bundle), read only for the
 * languages a draft needs.
 */
export function start(): void {
  setMatcherSource(matcherFiles(__dirname));
  run(process.argv.slice(2), nodeIo()).then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      const lang = langFromLocale(envLocale());
      process.stderr.write(`composure: ${msg(lang, 'err.internal', err instanceof Error ? (err.stack ?? err.message) : String(err))}\n`);
      process.exitCode = 2;
    },
  );
}
