// Runs the integration suite (out/test/integration) inside a real VS Code extension host:
// code-server with the smoke-test driver, the workbench opened in headless Chromium, the
// extension loaded from this checkout and the sample workspace (a temp copy) as the folder.
import * as path from 'node:path';
import * as fs from 'node:fs';
import { pathToFileURL } from 'node:url';
import { ROOT, TIME_SCALE, locateTools, startCodeServer, launchBrowser, workbenchUrl, copyToTemp } from './code-server.mjs';

// Workbench chatter that says nothing about the tests.
const NOISE = /gallery|telemetry|github|marketplace|^Resolv|^Creating a socket|^\[|^Updating additional|^%c/i;

// A watchdog for a hung run, not a time limit: the suite fails when its host says nothing (no
// test passes, fails or logs) for this long. A busy machine makes every test slower, and a whole
// run under a load of 15 on two cores took longer than any fixed total would allow; a hang says
// nothing at all. Mocha's own per-test timeouts still fail a stuck test.
const IDLE_MS = Number(process.env.COMPOSURE_ITEST_TIMEOUT_MS || 300_000) * TIME_SCALE;

/** Applies console-style %s/%d/%o placeholders the way the host's console would. */
function formatLog(args) {
  const str = (a) => (typeof a === 'string' ? a : JSON.stringify(a));
  if (typeof args[0] !== 'string') return args.map(str).join(' ');
  let i = 1;
  const head = args[0].replace(/%[sdioOjc]/g, (m) => (m === '%c' ? (i++, '') : i < args.length ? str(args[i++]) : m));
  return [head, ...args.slice(i).map(str)].join(' ');
}

/**
 * Runs the suite: the sample workspace as one folder, then the multi-root tests
 * (`*.multiroot.itest.js`) in a two-folder .code-workspace. Resolves to {passed, failed, exitCode}.
 */
export async function runIntegration() {
  const testsPath = path.join(ROOT, 'out/test/integration');
  if (!fs.existsSync(path.join(testsPath, 'index.js'))) {
    throw new Error('out/test/integration/index.js is missing: run `npm run compile-tests` first.');
  }
  if (!fs.existsSync(path.join(ROOT, 'dist/extension.js'))) {
    throw new Error('dist/extension.js is missing: run `npm run build` first.');
  }
  const tools = locateTools();
  const single = await runSession(tools, testsPath, { folder: copyToTemp(path.join(ROOT, 'examples/workspace')) });
  const multi = await runSession(tools, testsPath, { workspace: twoFolderWorkspace(), suite: 'multiroot' });
  return {
    passed: single.passed + multi.passed,
    failed: single.failed + multi.failed,
    exitCode: single.exitCode || multi.exitCode,
  };
}

/**
 * A .code-workspace with two folders: a copy of the sample workspace and a second, smaller
 * Composure workspace with its own settings and clients folder.
 */
function twoFolderWorkspace() {
  const first = copyToTemp(path.join(ROOT, 'examples/workspace'), 'studio');
  const base = path.dirname(first);
  const second = path.join(base, 'agency');
  fs.mkdirSync(path.join(second, 'accounts/zeta-works/meetings'), { recursive: true });
  fs.mkdirSync(path.join(second, '.vscode'), { recursive: true });
  fs.writeFileSync(
    path.join(second, '.vscode/settings.json'),
    '{\n  // this folder keeps its clients elsewhere\n  "composure.clientsFolder": "accounts",\n  "composure.userName": "Alex",\n}\n',
  );
  fs.writeFileSync(path.join(second, 'accounts/zeta-works/client.md'), '---\nname: Zeta Works\nlang: en\nstatus: lead\n---\n');
  fs.writeFileSync(
    path.join(second, 'accounts/zeta-works/meetings/2026-11-18-intro.md'),
    '---\ndate: 2026-11-18\n---\n# Intro\n\n## Actions\n- [ ] Alex: send the proposal by 2026-11-25\n',
  );
  fs.writeFileSync(path.join(second, 'accounts/solo.md'), '---\nname: Solo Client\nstatus: active\n---\n');
  const file = path.join(base, 'two.code-workspace');
  fs.writeFileSync(file, JSON.stringify({ folders: [{ path: 'studio' }, { path: 'agency' }] }, null, 2));
  return file;
}

/** One code-server session running the tests of `suite`. Never leaves code-server or Chromium running. */
async function runSession(tools, testsPath, { folder, workspace, suite = '' }) {
  // The extension host inherits the server's environment: it tells index.ts which tests to load.
  const previous = process.env.COMPOSURE_ITEST_SUITE;
  process.env.COMPOSURE_ITEST_SUITE = suite;
  let server;
  try {
    server = await startCodeServer(tools, { folder: folder ?? workspace });
  } finally {
    if (previous === undefined) delete process.env.COMPOSURE_ITEST_SUITE;
    else process.env.COMPOSURE_ITEST_SUITE = previous;
  }
  let browser;
  let result = { passed: 0, failed: 0, exitCode: 1 };
  try {
    browser = await launchBrowser(tools);
    const page = browser.pages()[0] ?? (await browser.newPage());
    let counts;
    let lastHeard = Date.now();
    const done = new Promise((resolve) => {
      page.exposeFunction('codeAutomationLog', (type, args) => {
        lastHeard = Date.now();
        const text = formatLog(Array.isArray(args) ? args : [args]);
        const m = /COMPOSURE_ITEST_RESULT (\{.*\})/.exec(text);
        if (m) counts = JSON.parse(m[1]);
        else if (!NOISE.test(text)) console.log(text);
      });
      page.exposeFunction('codeAutomationExit', (code) => resolve(code));
    });
    let watchdog;
    const timeout = new Promise((resolve) => {
      watchdog = setInterval(() => Date.now() - lastHeard > IDLE_MS && resolve('timeout'), 1_000);
      watchdog.unref();
    });
    // A busy machine can take well over Playwright's default 30 s to load the workbench.
    await page.goto(workbenchUrl(server, { folder, workspace, extensionDevelopmentPath: ROOT, extensionTestsPath: testsPath }), {
      timeout: 120_000 * TIME_SCALE,
    });
    // The workbench has loaded: the host's silence counts from now.
    lastHeard = Date.now();
    const code = await Promise.race([done, timeout]);
    clearInterval(watchdog);
    if (code === 'timeout') {
      console.error(`integration: the suite said nothing for ${IDLE_MS / 1000} s (hung?); code-server log: ${server.logFile}`);
      await page.screenshot({ path: path.join(ROOT, '.artifacts/integration-timeout.png') }).catch(() => undefined);
      result = { passed: counts?.passes ?? 0, failed: (counts?.failures ?? 0) + 1, exitCode: 1 };
    } else {
      result = { passed: counts?.passes ?? 0, failed: counts?.failures ?? (code === 0 ? 0 : 1), exitCode: code === 0 && counts ? 0 : 1 };
      if (!counts) console.error('integration: the suite exited without reporting results (did it load?)');
    }
  } finally {
    await browser?.close().catch(() => undefined);
    server.stop();
  }
  return result;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  fs.mkdirSync(path.join(ROOT, '.artifacts'), { recursive: true });
  runIntegration().then(
    (r) => {
      console.log(`integration: ${r.passed} passed, ${r.failed} failed`);
      process.exit(r.exitCode);
    },
    (err) => {
      console.error(`integration: ${err.message}`);
      process.exit(1);
    },
  );
}
