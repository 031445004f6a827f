// `npm test`: builds, runs the unit tests (plain Node), then the integration suite inside a real
// VS Code extension host and the UI smoke test, and prints one closing "N passed, N failed" line.
import { execSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createRequire } from 'node:module';
import { ROOT } from './code-server.mjs';
import { runIntegration } from './run-integration.mjs';
import { runUiSmoke } from './ui-smoke.mjs';

const require = createRequire(import.meta.url);
const sh = (cmd) => execSync(cmd, { cwd: ROOT, stdio: 'inherit' });

function runUnit() {
  const Mocha = require('mocha');
  const config = JSON.parse(fs.readFileSync(path.join(ROOT, '.mocharc.json'), 'utf8'));
  const mocha = new Mocha({ reporter: 'spec', timeout: config.timeout });
  const dir = path.join(ROOT, 'out/test/unit');
  for (const f of fs
    .readdirSync(dir, { recursive: true })
    .filter((f) => f.endsWith('.test.js'))
    .sort()) {
    mocha.addFile(path.join(dir, f));
  }
  return new Promise((resolve) => {
    const runner = mocha.run(() => resolve({ passed: runner.stats.passes, failed: runner.stats.failures }));
  });
}

const totals = { passed: 0, failed: 0 };
const add = (label, r) => {
  console.log(`${label}: ${r.passed} passed, ${r.failed} failed`);
  totals.passed += r.passed;
  totals.failed += r.failed;
};

fs.mkdirSync(path.join(ROOT, '.artifacts'), { recursive: true });
sh('npm run --silent build');
sh('npm run --silent compile-tests');

// The fuzz property test runs 20,000 generated documents here (2,000 in `npm run test:unit`).
process.env.COMPOSURE_FUZZ_DOCS ||= '20000';
console.log('\n== Unit tests (plain Node) ==');
add('unit', await runUnit());

const skipUi = process.env.COMPOSURE_SKIP_INTEGRATION === '1';
if (skipUi) {
  console.log('\nCOMPOSURE_SKIP_INTEGRATION=1: integration and UI tests skipped.');
} else {
  console.log('\n== Integration tests (real VS Code extension host, code-server + Chromium) ==');
  try {
    add('integration', await runIntegration());
  } catch (err) {
    console.error(`integration: ${err.message}`);
    add('integration', { passed: 0, failed: 1 });
  }
  console.log('\n== UI smoke test (Playwright screenshots) ==');
  try {
    add('ui', await runUiSmoke());
  } catch (err) {
    console.error(`ui: ${err.message}`);
    add('ui', { passed: 0, failed: 1 });
  }
}

console.log(`\nTests: ${totals.passed} passed, ${totals.failed} failed`);
process.exit(totals.failed > 0 || totals.passed === 0 ? 1 : 0);
