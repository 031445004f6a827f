// `npm run bench:ui`: how fast the extension feels in a real VS Code (code-server + Chromium), in a
// fresh window on the sample workspace. A benchmark that prints figures, not a timed test. Prints:
// The window counts as loaded once its extension host has started (its log says so), as a user
// sees it a few seconds after opening a folder.
//   clients view: time from the click on the Composure icon to the first client row
//   first draft:  time from opening a reply draft (Enter in Quick Open) to its first squiggle
//   second draft: the same for a second draft, the extension now warm
// Each time is read in the page's own clock (performance.now): the start from a captured input
// event, the end from a MutationObserver, so Playwright's round trips are not counted.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { execSync } from 'node:child_process';
import { ROOT, locateTools, startCodeServer, launchBrowser, workbenchUrl, copyToTemp } from './code-server.mjs';
import { liveSampleWorkspace } from './live-dates.mjs';

const FLOORS = { clients: 1500, firstDraft: 1000, secondDraft: 300 };
const runs = Math.max(1, Number(process.env.BENCH_RUNS || 1));

/**
 * Waits until the window's extension host is up and has activated the extensions that start
 * with it: before that, a click on the Composure icon waits for the host, not for Composure.
 */
async function extensionHostStarted(server, timeoutMs = 90_000) {
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

/** Arms an observer in the page: resolves with performance.now() at the start input and at the first match. */
function arm(page, { startEvent, startKey, selector, text, tab }) {
  return page.evaluate(
    ({ startEvent, startKey, selector, text, tab }) => {
      const w = window;
      w.__bench = { start: undefined, end: undefined };
      const onStart = (e) => {
        if (startKey && e.key !== startKey) return;
        if (w.__bench.start === undefined) w.__bench.start = performance.now();
        document.removeEventListener(startEvent, onStart, true);
      };
      document.addEventListener(startEvent, onStart, true);
      const re = text ? new RegExp(text) : undefined;
      const check = () => {
        if (w.__bench.end !== undefined || w.__bench.start === undefined) return;
        // The squiggles must be the new editor's, not the previous one's still on screen.
        if (tab && !document.querySelector('.tabs-container .tab.active')?.textContent?.includes(tab)) return;
        for (const el of document.querySelectorAll(selector)) {
          if (!re || re.test(el.textContent ?? '')) {
            w.__bench.end = performance.now();
            obs.disconnect();
            return;
          }
        }
      };
      const obs = new MutationObserver(check);
      obs.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
    },
    { startEvent, startKey, selector, text, tab },
  );
}

/** The time measured in the page, or Infinity when nothing appeared within the timeout (printed as such). */
async function measured(page, timeoutMs = 60_000) {
  const ok = await page
    .waitForFunction(() => window.__bench.end !== undefined, undefined, { timeout: timeoutMs, polling: 50 })
    .then(
      () => true,
      () => false,
    );
  return ok ? page.evaluate(() => Math.round(window.__bench.end - window.__bench.start)) : Infinity;
}

async function openDraft(page, name) {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ timeout: 15_000 });
  await input.fill(name);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: name }).first().waitFor({ timeout: 90_000 });
  await arm(page, { startEvent: 'keydown', startKey: 'Enter', selector: '.part.editor .monaco-editor [class*="squiggly-"]', tab: name });
  await page.keyboard.press('Enter');
  return measured(page);
}

function clientNames(folder) {
  const names = [];
  const walk = (dir) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name === 'client.md' || (e.name.endsWith('.md') && dir.endsWith('clients'))) {
        const m = /^name:\s*(.+)$/m.exec(fs.readFileSync(p, 'utf8'));
        if (m) names.push(m[1].trim().replace(/^["']|["']$/g, ''));
      }
    }
  };
  walk(path.join(folder, 'clients'));
  return names;
}

async function once(tools) {
  const folder = liveSampleWorkspace(copyToTemp(path.join(ROOT, 'examples/workspace')));
  const names = clientNames(folder).map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const server = await startCodeServer(tools, { folder });
  const browser = await launchBrowser(tools);
  try {
    const page = browser.pages()[0] ?? (await browser.newPage());
    await page.goto(workbenchUrl(server, { folder, extensionDevelopmentPath: ROOT }), { timeout: 120_000 });
    // A loaded window: the workbench, the Explorer's file list and the extension host are up,
    // and things settled.
    await page.locator('.activitybar [aria-label^="Composure"]').first().waitFor({ timeout: 60_000 });
    await page.locator('.part.sidebar .monaco-list-row').first().waitFor({ timeout: 60_000 });
    await extensionHostStarted(server);
    await page.waitForTimeout(2000);

    await arm(page, { startEvent: 'mousedown', selector: '.part.sidebar .monaco-list-row', text: names.join('|') });
    await page.locator('.activitybar [aria-label^="Composure"]').first().click();
    const clients = await measured(page);

    // The first draft of each of two clients (a client's later drafts may be calm, with nothing to show).
    const all = fs
      .readdirSync(folder, { recursive: true })
      .map(String)
      .filter((p) => /[/\\]drafts[/\\][^/\\]+\.md$/.test(p))
      .sort();
    const drafts = all.filter((p, i) => i === 0 || path.dirname(p) !== path.dirname(all[i - 1]));
    const firstDraft = await openDraft(page, path.basename(drafts[0]));
    await page.waitForTimeout(500);
    const secondDraft = await openDraft(page, path.basename(drafts[1]));
    return { clients, firstDraft, secondDraft };
  } finally {
    await browser.close().catch(() => undefined);
    server.stop();
  }
}

// The bundle a user installs (minified, as `npm run package` builds it).
execSync('npm run -s build -- --production', { cwd: ROOT, stdio: 'inherit' });
const tools = locateTools();
const all = [];
for (let i = 0; i < runs; i++) all.push(await once(tools));
const median = (k) => all.map((r) => r[k]).sort((a, b) => a - b)[Math.floor(all.length / 2)];
const line = (label, k) => {
  const v = median(k);
  const each = all.length > 1 ? ` (runs: ${all.map((r) => r[k]).join(', ')})` : '';
  const shown = Number.isFinite(v) ? `${String(v).padStart(5)} ms` : 'timed out (> 60 s)';
  console.log(`${label.padEnd(44)} ${shown}   floor ${FLOORS[k]} ms ${v <= FLOORS[k] ? 'ok' : 'OVER'}${each}`);
};
console.log(
  `\nbench:ui — fresh code-server window on the sample workspace, ${all.length} run(s), median; load average ${os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')} on ${os.cpus().length} cores`,
);
line('Composure icon clicked → first client shown', 'clients');
line('first draft opened → first diagnostic', 'firstDraft');
line('second draft opened → first diagnostic', 'secondDraft');
process.exit(0);
