/**
 * Length-preserving text folding for matching: lower case, accents removed, curly apostrophes
 * and quotes made straight. Every output index maps to the same input index, so offsets found in
 * the folded text are offsets in the original.
 */

const FOLD: Record<string, string> = {};
const groups: Array<[string, string]> = [
  ['aàáâãäåāă', 'a'],
  ['eèéêëēėę', 'e'],
  ['iìíîïīį', 'i'],
  ['oòóôõöøō', 'o'],
  ['uùúûüūů', 'u'],
  ['nñń', 'n'],
  ['cçćč', 'c'],
  ['yýÿ', 'y'],
  ['sśšş', 's'],
  ['zźżž', 'z'],
  ["'’‘`´ʼ′", "'"],
  ['"“”«»„', '"'],
  ['-‐‑‒–—', '-'],
  [' \u00a0\u2009\u202f', ' '],
];
for (const [chars, to] of groups) for (const ch of chars) FOLD[ch] = to;
const FOLD_RE = /[àáâãäåāăèéêëēėęìíîïīįòóôõöøōùúûüūůñńçćčýÿśšşźżž’‘`´ʼ′“”«»„‐‑‒–—\u00a0\u2009\u202f]/g;

/** Folds one string; the result has exactly the same length as the input. */
export function foldText(text: string): string {
  let lower = text.toLowerCase();
  if (lower.length !== text.length) {
    // A few characters lower-case to two code units (e.g. 'İ'); fold those one by one.
    let out = '';
    for (let i = 0; i < text.length; i++) {
      const l = text[i].toLowerCase();
      out += l.length === 1 ? l : text[i];
    }
    lower = out;
  }
  return lower.replace(FOLD_RE, (ch) => FOLD[ch] ?? ch);
}
