// Index parity: `node test/bench/clients-parity.mjs [--out DIR] [--sizes 100,1000,5000] [--dump FILE]`
// indexes examples/workspace and the generated workspaces of bench:clients with the compiled core
// in DIR (default out/, after `npm run compile-tests`) and prints one digest per workspace of
// everything the index gives: clients (profile, log, notes, agreements, broken-profile errors, bad
// dates, lookalike keys), their signals in the three UI languages and the profile diagnostics. Run
// it with main's out/ and with a change's out/: equal digests mean the change left results alone.
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { writeWorkspace, list } from './clients-workspace.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const arg = (name, dflt) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : dflt;
};
const OUT = path.resolve(arg('--out', path.join(ROOT, 'out')));
const sizes = arg('--sizes', '100,1000,5000').split(',').filter(Boolean).map(Number);
const dump = arg('--dump', '');
const require = createRequire(import.meta.url);
const { ClientIndex } = require(path.join(OUT, 'src/core/clients/index.js'));
const { clientSignals } = require(path.join(OUT, 'src/core/clients/signals.js'));
const { checkProfile } = require(path.join(OUT, 'src/core/clients/profile-check.js'));
const { decodeText } = require(path.join(OUT, 'src/core/text/decode.js'));

function digest(name, clientsDir) {
  const idx = new ClientIndex({ root: clientsDir, userNames: ['Sam Rivera', 'Sam'] });
  const files = list(clientsDir);
  const texts = new Map(files.map((f) => [f, decodeText(fs.readFileSync(f)).text]));
  for (const [f, text] of texts) idx.setFile(f, text);
  const out = idx.clients().map((c) => ({
    client: c,
    signals: ['en', 'es', 'it'].map((uiLang) =>
      clientSignals(c, {
        today: '2026-11-22',
        workingHours: 'Mon-Fri 09:00-18:00',
        timezone: 'Europe/Madrid',
        followupAfterDays: 2,
        feedbackWeeks: 6,
        uiLang,
      }),
    ),
    problems: c.file && texts.has(c.file) ? checkProfile(texts.get(c.file), 'en') : null,
  }));
  const json = JSON.stringify(out).split(clientsDir).join('<clients>');
  if (dump) fs.writeFileSync(`${dump}.${name}.json`, json);
  const agreements = out.reduce((s, c) => s + c.client.agreements.length, 0);
  const signals = out.reduce((s, c) => s + c.signals[0].length, 0);
  const hash = crypto.createHash('sha256').update(json).digest('hex').slice(0, 16);
  console.log(
    `${name.padEnd(10)} ${String(out.length).padStart(5)} clients ${String(agreements).padStart(6)} agreements ${String(signals).padStart(6)} signals  ${hash}`,
  );
}

digest('examples', path.join(ROOT, 'examples/workspace/clients'));
const base = fs.mkdtempSync(path.join(os.tmpdir(), 'composure-clients-parity-'));
try {
  for (const n of sizes) {
    const dir = path.join(base, `ws-${n}`);
    writeWorkspace(dir, n);
    digest(`ws-${n}`, path.join(dir, 'clients'));
    fs.rmSync(dir, { recursive: true, force: true });
  }
} finally {
  fs.rmSync(base, { recursive: true, force: true });
}
