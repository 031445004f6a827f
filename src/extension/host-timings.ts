import { existsSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import * as path from 'node:path';
import type * as vscode from 'vscode';
import { logTiming, timingsShown } from './log';

/** A turn of the extension host's event loop longer than this is logged as the host being busy. */
const BUSY_MS = 40;
const TICK_MS = 10;

/**
 * What the UI bench needs to see inside the extension host (only when `COMPOSURE_TIMINGS` is
 * set; nothing runs otherwise): every stretch in which the host's thread could not take its next
 * turn (a timer due every 10 ms came late), logged as a timing line, so the timeline shows when
 * the host was busy (with our work or another extension's). With `COMPOSURE_CPU_PROFILE` set to a
 * folder, the host's thread is also profiled from activation until a file named `stop` appears in
 * that folder; the profile is written there as `exthost.cpuprofile` with `exthost.json` (a wall-clock
 * time and the profile clock's reading at that moment), for the bench to say who used the thread.
 */
export function startHostTimings(): vscode.Disposable {
  if (!timingsShown) return { dispose: () => undefined };
  const profileDir = process.env.COMPOSURE_CPU_PROFILE;
  const profiler = profileDir ? startProfile(profileDir) : undefined;
  let last = performance.now();
  let polled = last;
  const timer = setInterval(() => {
    const now = performance.now();
    const late = now - last - TICK_MS;
    if (late >= BUSY_MS) logTiming(`extension host busy ${Math.round(late)} ms (until now)`);
    last = now;
    if (profiler && profileDir && now - polled > 500) {
      polled = now;
      if (existsSync(path.join(profileDir, 'stop'))) profiler.stop();
    }
  }, TICK_MS);
  timer.unref?.();
  return {
    dispose: () => {
      clearInterval(timer);
      profiler?.stop();
    },
  };
}

function startProfile(dir: string): { stop(): void } {
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
          writeFileSync(path.join(dir, 'exthost.cpuprofile'), JSON.stringify(res.profile));
          writeFileSync(path.join(dir, 'exthost.json'), JSON.stringify(clock));
        }
        session.disconnect();
      });
    },
  };
}
