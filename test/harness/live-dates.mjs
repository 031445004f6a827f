// Makes a copy of the sample workspace look like a live week: every ISO date in its files and
// file names moves forward by the days between the day the sample was written for and today, so
// what was due "tomorrow" in the sample is due tomorrow in the demo. Relative dates in the notes
// ("by Friday") resolve against the moved meeting dates. Used by the demo, the UI smoke test and
// the UI benchmark on their temp copies; the repository's copy keeps its written dates.
import * as fs from 'node:fs';
import * as path from 'node:path';

/** The day the sample workspace was written for: its "today". */
export const SAMPLE_TODAY = '2026-11-22';

const DAY = 86_400_000;
const ISO = /\b(\d{4})-(\d{2})-(\d{2})\b/g;

function toUtc(iso) {
  const [y, m, d] = iso.split('-').map(Number);
  return Date.UTC(y, m - 1, d);
}

function fromUtc(ms) {
  return new Date(ms).toISOString().slice(0, 10);
}

/** Days from the sample's today to `today` (YYYY-MM-DD, local). Never negative. */
export function daysToShift(today) {
  return Math.max(0, Math.round((toUtc(today) - toUtc(SAMPLE_TODAY)) / DAY));
}

export function shiftDates(text, days) {
  if (!days) return text;
  return text.replace(ISO, (all, y, m, d) => {
    const ms = Date.UTC(Number(y), Number(m) - 1, Number(d));
    return fromUtc(ms) === all ? fromUtc(ms + days * DAY) : all;
  });
}

export function localToday() {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** Shifts the dates of a workspace copy in place; returns the folder. */
export function liveSampleWorkspace(folder, today = localToday()) {
  const days = daysToShift(today);
  if (!days) return folder;
  const walk = (dir) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) {
        walk(p);
        continue;
      }
      if (/\.(md|markdown|txt)$/i.test(e.name)) fs.writeFileSync(p, shiftDates(fs.readFileSync(p, 'utf8'), days));
      const renamed = shiftDates(e.name, days);
      if (renamed !== e.name) fs.renameSync(p, path.join(dir, renamed));
    }
  };
  walk(folder);
  return folder;
}
