import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setMatcherSource } from '../core/lint/compiled';
import { nodeIo } from './node-io';
import { run } from './run';

/**
 * Runs the CLI on the process's arguments. The phrase matcher comes compiled from the build
 * (`matcher-<lang>.json` next to the bundle), read only for the languages a draft needs.
 */
export function start(): void {
  setMatcherSource((lang) => {
    try {
      return readFileSync(join(__dirname, `matcher-${lang}.json`), 'utf8');
    } catch {
      return undefined; // not built (running from out/): the linter compiles the packs itself
    }
  });
  run(process.argv.slice(2), nodeIo()).then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      process.stderr.write(`composure: internal error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
      process.exitCode = 2;
    },
  );
}
