// The bench's instrument and baseline (npm run bench:ui installs it in every window it opens, with
// or without Composure). Active from the start, it:
// - sets one diagnostic on the first word of every Markdown file in the turn of its open event,
//   with nothing computed. Its strike-through (a deprecated hint: class squiggly-inline-deprecated,
//   which Composure never uses) shows when the window displays a diagnostic set at once: VS Code's
//   own part of the time to a squiggle. In a window without Composure it is the baseline.
// - with COMPOSURE_TIMINGS set, logs (to its own log, each line stamped `@epoch-ms`) when it set
//   that diagnostic and every stretch in which the extension host's thread could not take its next
//   turn (a timer due every 10 ms came 40 ms late or more), whoever held it.
// - with BENCH_PROBE_CPU_PROFILE set to a folder, profiles the extension host's thread from its
//   activation until a file named `stop` appears in that folder, and writes the profile there as
//   `exthost.cpuprofile` with `exthost.json` (a wall-clock time and the profile clock's reading at
//   that moment), for the bench to say who used the thread.
const fs = require('node:fs');
const path = require('node:path');
const { Session } = require('node:inspector');
const vscode = require('vscode');

const BUSY_MS = 40;
const TICK_MS = 10;

exports.activate = (context) => {
  const log = process.env.COMPOSURE_TIMINGS ? vscode.window.createOutputChannel('Composure bench probe', { log: true }) : undefined;
  const timing = (message) => log?.info(`${message} @${Date.now()}`);
  const collection = vscode.languages.createDiagnosticCollection('composure-bench-probe');
  const mark = (doc) => {
    if (doc.languageId !== 'markdown' || doc.uri.scheme !== 'file') return;
    const d = new vscode.Diagnostic(new vscode.Range(0, 0, 0, 3), 'bench probe', vscode.DiagnosticSeverity.Hint);
    d.tags = [vscode.DiagnosticTag.Deprecated];
    collection.set(doc.uri, [d]);
    timing(`probe: diagnostic set on ${path.basename(doc.uri.path)}`);
  };
  context.subscriptions.push(collection, vscode.workspace.onDidOpenTextDocument(mark));
  vscode.workspace.textDocuments.forEach(mark);
  if (!log) return;
  context.subscriptions.push(log);
  const profileDir = process.env.BENCH_PROBE_CPU_PROFILE;
  const profiler = profileDir ? startProfile(profileDir) : undefined;
  let last = performance.now();
  let polled = last;
  const timer = setInterval(() => {
    const now = performance.now();
    const late = now - last - TICK_MS;
    if (late >= BUSY_MS) timing(`extension host busy ${Math.round(late)} ms (until now)`);
    last = now;
    if (profiler && now - polled > 500) {
      polled = now;
      if (fs.existsSync(path.join(profileDir, 'stop'))) profiler.stop();
    }
  }, TICK_MS);
  context.subscriptions.push({ dispose: () => (clearInterval(timer), profiler?.stop()) });
};

function startProfile(dir) {
  const session = new Session();
  session.connect();
  // The profile's clock is the monotonic one (microseconds), as process.hrtime reads it.
  const clock = { wall: Date.now(), monotonicUs: Number(process.hrtime.bigint() / 1000n) };
  session.post('Profiler.enable', () =>
    session.post('Profiler.setSamplingInterval', { interval: 500 }, () => session.post('Profiler.start')),
  );
  let stopped = false;
  return {
    stop: () => {
      if (stopped) return;
      stopped = true;
      session.post('Profiler.stop', (err, res) => {
        if (!err) {
          fs.writeFileSync(path.join(dir, 'exthost.cpuprofile'), JSON.stringify(res.profile));
          fs.writeFileSync(path.join(dir, 'exthost.json'), JSON.stringify(clock));
        }
        session.disconnect();
      });
    },
  };
}
