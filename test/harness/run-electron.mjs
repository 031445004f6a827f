// `npm run test:electron`: the same integration suite under @vscode/test-electron, which
// downloads a desktop VS Code. Needs a network; on offline machines use `npm test` (code-server).
import * as path from 'node:path';
import { runTests } from '@vscode/test-electron';
import { ROOT, copyToTemp } from './code-server.mjs';

const folder = copyToTemp(path.join(ROOT, 'examples/workspace'));
try {
  await runTests({
    extensionDevelopmentPath: ROOT,
    extensionTestsPath: path.join(ROOT, 'out/test/integration/index.js'),
    launchArgs: [folder, '--disable-extensions', '--disable-workspace-trust'],
  });
} catch (err) {
  console.error(`test:electron: ${err.message ?? err}`);
  process.exit(1);
}
