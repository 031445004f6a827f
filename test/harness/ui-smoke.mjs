// UI smoke test: opens the sample workspace in code-server with the extension loaded, drives the
// workbench like a person (activity bar, Quick Open, Problems panel) and saves screenshots to
// .artifacts/screenshots/. Each scenario is a check that passes or fails.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT, locateTools, startCodeServer, launchBrowser, workbenchUrl, copyToTemp, windowLoaded } from './code-server.mjs';
import { scenarios } from './ui-scenarios.mjs';
import { daysToShift, liveSampleWorkspace, localToday, shiftDates } from './live-dates.mjs';

const SHOTS = path.join(ROOT, '.artifacts/screenshots');
// `npm run test:ui -- --update-media` also refreshes the README screenshots and walkthrough images under media/.
const UPDATE_MEDIA = process.argv.includes('--update-media');

export async function runUiSmoke({ only } = {}) {
  fs.mkdirSync(SHOTS, { recursive: true });
  const tools = locateTools();
  const folder = liveSampleWorkspace(copyToTemp(path.join(ROOT, 'examples/workspace')));
  const days = daysToShift(localToday());
  const server = await startCodeServer(tools, { folder });
  const browser = await launchBrowser(tools);
  let passed = 0;
  let failed = 0;
  try {
    const page = browser.pages()[0] ?? (await browser.newPage());
    await page.goto(workbenchUrl(server, { folder, extensionDevelopmentPath: ROOT }), { timeout: 120_000 });
    // Loaded as a user sees it (so `npm run test:ui <scenario>` alone does not race the window).
    await windowLoaded(page, server);
    const ctx = {
      page,
      folder,
      /** A sample file name as it is in the live copy (its dates moved to this week). */
      live: (name) => shiftDates(name, days),
      async shot(name, media) {
        const file = path.join(SHOTS, `${name}.png`);
        await page.screenshot({ path: file });
        for (const m of UPDATE_MEDIA && media ? [media].flat() : []) {
          fs.mkdirSync(path.dirname(path.join(ROOT, 'media', m)), { recursive: true });
          fs.copyFileSync(file, path.join(ROOT, 'media', m));
        }
      },
    };
    for (const s of scenarios) {
      if (only && !s.name.includes(only)) continue;
      try {
        await s.run(ctx);
        passed++;
        console.log(`  ✔ ${s.name}`);
      } catch (err) {
        failed++;
        // The first line says what timed out; Playwright's call log says which element it waited for.
        const lines = String(err.message)
          .replace(/\x1b\[[0-9;]*m/g, '')
          .split('\n');
        const waited = lines.find((l) => /waiting for/.test(l))?.trim();
        console.log(`  ✘ ${s.name}: ${lines[0]}${waited ? ` (${waited})` : ''}`);
        await page.screenshot({ path: path.join(SHOTS, `FAILED-${s.name.replace(/\W+/g, '-')}.png`) }).catch(() => undefined);
      }
    }
  } finally {
    await browser.close().catch(() => undefined);
    server.stop();
  }
  console.log(`screenshots in ${path.relative(process.cwd(), SHOTS) || SHOTS}`);
  return { passed, failed };
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  runUiSmoke({ only: process.argv.slice(2).find((a) => !a.startsWith('--')) }).then(
    (r) => {
      console.log(`ui: ${r.passed} passed, ${r.failed} failed`);
      process.exit(r.failed ? 1 : 0);
    },
    (err) => {
      console.error(`ui: ${err.message}`);
      process.exit(1);
    },
  );
}
