import * as path from 'node:path';
import Mocha from 'mocha';
import { readdirSync } from 'node:fs';
import { scaled } from './helpers';

/**
 * Entry point the extension host calls (`extensionTestsPath`). Runs every `*.itest.js` beside
 * this file with mocha (only the `*.multiroot.itest.js` ones in the two-folder session) and
 * rejects when any test fails.
 */
export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: scaled(30_000), reporter: 'spec' });
  const grep = process.env.COMPOSURE_ITEST_GREP;
  if (grep) mocha.grep(grep);
  const dir = __dirname;
  // The harness runs two sessions: the sample workspace as one folder, then a two-folder workspace.
  const multiRoot = process.env.COMPOSURE_ITEST_SUITE === 'multiroot';
  const files = (readdirSync(dir, { recursive: true }) as string[])
    .filter((f) => f.endsWith('.itest.js') && f.endsWith('.multiroot.itest.js') === multiRoot)
    .sort();
  for (const file of files) mocha.addFile(path.join(dir, file));
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      // The harness reads this line to print the closing summary.
      const passes = runner.stats?.passes ?? 0;
      console.log(`COMPOSURE_ITEST_RESULT ${JSON.stringify({ passes, failures })}`);
      if (failures > 0) reject(new Error(`${failures} integration test(s) failed`));
      else resolve();
    });
    // Said at once as well as in the closing report: a session cut short by its bound still names its failures.
    runner.on('fail', (test, err: Error) => console.log(`FAILED: ${test.fullTitle()}: ${err.message.split('\n')[0]}`));
  });
}
