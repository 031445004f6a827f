// `npm run demo`: builds, packages the .vsix, installs it into the local code-server, opens the
// sample workspace (a copy with its dates moved to this week, so the demo never edits the repo)
// and prints the URL. Ctrl+C stops all.
import { execSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ROOT, locateTools, startCodeServer, copyToTemp, prepareDataDir } from './code-server.mjs';
import { liveSampleWorkspace } from './live-dates.mjs';

const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const vsix = path.join(ROOT, `composure-${pkg.version}.vsix`);

execSync('npm run --silent package', { cwd: ROOT, stdio: 'inherit' });
const tools = locateTools();
// Dates in the copy move to this week, so the demo always looks like a live week.
const folder = liveSampleWorkspace(copyToTemp(path.join(ROOT, 'examples/workspace')));
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'composure-demo-'));
const port = Number(process.env.PORT || 8080);

// Install the packaged extension with the code-server CLI against the same data dirs.
console.log(prepareDataDir(tools, dataDir).exec(['--install-extension', vsix, '--force']).trim());
const server = await startCodeServer(tools, { folder, dataDir, smokeTestDriver: false, port });
console.log(`\nComposure demo: open ${server.url}/?folder=${encodeURIComponent(folder)}`);
console.log(`Sample workspace (a copy): ${folder}`);
console.log('Press Ctrl+C to stop.\n');

const stop = () => {
  server.stop();
  setTimeout(() => process.exit(0), 300);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
setInterval(() => undefined, 1 << 30);
