// The rows both rewrite evals read: for every finding of a drafts file, its first suggestion applied
// as the editor applies it (its own range), with the sentence before and after and the corpus's
// good_rewrite when a span overlaps the finding.
import * as path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const require = createRequire(import.meta.url);
const { Linter } = require(path.join(ROOT, 'out/src/core/lint/linter.js'));
const { detectRegister } = require(path.join(ROOT, 'out/src/core/lint/rewrite/index.js'));
export const TODAY = '2026-11-27';
export const HOURS = 'Mon-Fri 09:00-18:00';

/** The sentence around [from, to): from the previous sentence end or line start to the next. */
export function sentenceAround(text, from, to) {
  let a = from;
  while (a > 0 && !/[\n]/.test(text[a - 1]) && !(/[.!?…]/.test(text[a - 2] ?? '') && /\s/.test(text[a - 1]))) a--;
  let b = to;
  while (b < text.length && text[b] !== '\n' && !(/[.!?…]/.test(text[b]) && /\s/.test(text[b + 1] ?? ' '))) b++;
  while (b < text.length && /[.!?…"'”’»)]/.test(text[b])) b++;
  return [a, b];
}

/** One row per finding with a suggestion, in document order. */
export function* rewriteRows(drafts, rewrite = { today: TODAY, workingHours: HOURS }) {
  for (const d of drafts) {
    const findings = new Linter().lint(d.text, { lang: d.lang, markdown: false, rewrite }).findings;
    const register =
      d.lang === 'en' ? 'neutral' : d.register === 'formal' || d.register === 'informal' ? d.register : detectRegister(d.text, d.lang);
    let n = 0;
    for (const f of findings) {
      const s = f.suggestions[0];
      if (!s) continue;
      n++;
      const fixed = d.text.slice(0, s.offset) + s.text + d.text.slice(s.offset + s.length);
      const [a, b] = sentenceAround(d.text, s.offset, s.offset + s.length);
      const delta = s.text.length - s.length;
      const before = d.text.slice(a, b);
      const after = fixed.slice(a, Math.max(a, b + delta));
      const gold = (d.spans ?? []).find((x) => f.offset < x.end && x.start < f.offset + f.length);
      yield {
        id: d.id,
        n,
        atStart: s.offset === a,
        lang: d.lang,
        register,
        rule: f.rule,
        finding: f,
        suggestion: s,
        text: f.text,
        before,
        after,
        good: gold?.good_rewrite,
      };
    }
  }
}
