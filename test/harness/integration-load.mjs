// `npm run test:integration:load`: the integration suite three times in a row while two CPU-bound
// processes compete for the machine (issue #14: races showed only on a busy CI machine). Fails
// when any run fails; never retries. Every bound of the run is scaled (COMPOSURE_ITEST_TIME_SCALE,
// default 3): a wait still returns as soon as its condition holds, so a scaled bound only matters
// when something is wrong.
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

const RUNS = Number(process.env.COMPOSURE_LOAD_RUNS || 3);
const BUSY = Number(process.env.COMPOSURE_LOAD_PROCESSES || 2);
process.env.COMPOSURE_ITEST_TIME_SCALE ||= '3';

// Imported after the scale is set: the harness reads it when it loads.
const { ROOT } = await import('./code-server.mjs');
const { runIntegration } = await import('./run-integration.mjs');

/** Starts the busy loops; each is a plain `node -e` child this script kills by its own id. */
function startLoad() {
  const children = [];
  for (let i = 0; i < BUSY; i++) {
    children.push(spawn(process.execPath, ['-e', 'for (;;) {}'], { stdio: 'ignore' }));
  }
  const stop = () => {
    for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
  };
  process.on('exit', stop);
  for (const sig of ['SIGINT', 'SIGTERM'])
    process.on(sig, () => {
      stop();
      process.exit(130);
    });
  return stop;
}

fs.mkdirSync(path.join(ROOT, '.artifacts'), { recursive: true });
const stopLoad = startLoad();
console.log(`integration under load: ${RUNS} runs, ${BUSY} CPU-bound processes, bounds ×${process.env.COMPOSURE_ITEST_TIME_SCALE}`);
const results = [];
try {
  for (let run = 1; run <= RUNS; run++) {
    const started = Date.now();
    console.log(`\n== Integration run ${run} of ${RUNS} under load ==`);
    let r;
    try {
      r = await runIntegration();
    } catch (err) {
      console.error(`integration: ${err.message}`);
      r = { passed: 0, failed: 1, exitCode: 1 };
    }
    const seconds = Math.round((Date.now() - started) / 1000);
    results.push({ ...r, seconds });
    console.log(`run ${run}: ${r.passed} passed, ${r.failed} failed in ${seconds} s`);
  }
} finally {
  stopLoad();
}

const green = results.filter((r) => r.exitCode === 0 && r.failed === 0 && r.passed > 0).length;
console.log(
  `\nintegration under load: ${green} of ${RUNS} runs green (${results.map((r) => `${r.passed}/${r.passed + r.failed} in ${r.seconds} s`).join(', ')})`,
);
process.exit(green === RUNS ? 0 : 1);
