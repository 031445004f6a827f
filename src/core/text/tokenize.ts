import { foldText } from './fold';

/**
 * Word tokens, found in one pass over the original text with folding done on the fly (lower
 * case, accents removed, apostrophes dropped), so no folded copy and no string per token is made.
 * A token is a run of letters and digits; an apostrophe between two letters stays inside it:
 * "I'm", "I’m" and "Im" all give the token "im", and "l'avevo" gives "lavevo". Each token carries
 * the 32-bit FNV-1a hash of its folded form, which is what the phrase trie is keyed on.
 */
export interface Tokens {
  count: number;
  start: Int32Array;
  end: Int32Array;
  hash: Int32Array;
  /** Per token: UPPER when every letter is a capital (two or more) and it has no digit (codes like "A4" are not shouting). */
  flags: Uint8Array;
}

export const UPPER = 1;

const LATIN_LIMIT = 0x250;
/** Folded code for each Latin code point; 0 means "not a word character". */
const FOLDED = new Uint16Array(LATIN_LIMIT);
/** 1 = capital letter, 2 = lower-case or caseless letter, 3 = digit (Latin range). */
const KIND = new Uint8Array(LATIN_LIMIT);
const LETTER_RE = /[\p{L}\p{N}]/u;
for (let c = 0; c < LATIN_LIMIT; c++) {
  const ch = String.fromCharCode(c);
  if (!LETTER_RE.test(ch)) continue;
  const f = foldText(ch);
  FOLDED[c] = f.length === 1 ? f.charCodeAt(0) : c;
  KIND[c] = /\p{N}/u.test(ch) ? 3 : ch !== ch.toLowerCase() ? 1 : 2;
}

function kindOf(text: string, code: number, i: number): number {
  if (code < LATIN_LIMIT) return KIND[code];
  const ch = text[i];
  return /\p{N}/u.test(ch) ? 3 : ch !== ch.toLowerCase() ? 1 : 2;
}
const isApostrophe = (c: number): boolean =>
  c === 39 || c === 0x2019 || c === 0x2018 || c === 0x60 || c === 0xb4 || c === 0x2bc || c === 0x2032;

/** Folded code of a word character, or 0 when `code` is not a letter or digit. */
function foldedCode(text: string, code: number, i: number): number {
  if (code < LATIN_LIMIT) return FOLDED[code];
  if (code >= 0xd800 && code <= 0xdfff) return LETTER_RE.test(text.slice(i, i + 2)) ? code : 0;
  const ch = text[i];
  if (!LETTER_RE.test(ch)) return 0;
  const f = foldText(ch);
  return f.length === 1 ? f.charCodeAt(0) : code;
}

const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 16777619;

let scratch: Tokens | undefined;

/**
 * Tokenizes text[from, to). With `reuse`, the result lives in a shared buffer that the next
 * `reuse` call overwrites: for hot loops that are done with the tokens before tokenizing again.
 */
export function tokenize(text: string, from = 0, to = text.length, reuse = false): Tokens {
  const need = Math.max(16, ((to - from) / 4) | 0);
  let cap: number;
  let start: Int32Array;
  let end: Int32Array;
  let hash: Int32Array;
  let flags: Uint8Array;
  if (reuse && scratch && scratch.start.length >= need) {
    ({ start, end, hash, flags } = scratch);
    cap = start.length;
  } else {
    cap = reuse ? Math.max(need, 4096) : need;
    start = new Int32Array(cap);
    end = new Int32Array(cap);
    hash = new Int32Array(cap);
    flags = new Uint8Array(cap);
  }
  let n = 0;
  let i = from;
  while (i < to) {
    const c0 = text.charCodeAt(i);
    let f = c0 < LATIN_LIMIT ? FOLDED[c0] : foldedCode(text, c0, i);
    if (f === 0) {
      i++;
      continue;
    }
    const s = i;
    let h = FNV_OFFSET;
    let uppers = 0;
    let others = 0;
    let digits = 0;
    let c = text.charCodeAt(i);
    for (;;) {
      h = Math.imul(h ^ f, FNV_PRIME);
      const k = c < LATIN_LIMIT ? KIND[c] : kindOf(text, c, i);
      if (k === 1) uppers++;
      else if (k === 3) digits++;
      else others++;
      i++;
      if (i >= to) break;
      c = text.charCodeAt(i);
      f = c < LATIN_LIMIT ? FOLDED[c] : foldedCode(text, c, i);
      if (f !== 0) continue;
      if (c !== 32 && isApostrophe(c) && i + 1 < to) {
        const g = foldedCode(text, text.charCodeAt(i + 1), i + 1);
        if (g !== 0) {
          i++;
          f = g;
          c = text.charCodeAt(i);
          continue;
        }
      }
      break;
    }
    if (n === cap) {
      cap *= 2;
      const grow = (a: Int32Array) => {
        const b = new Int32Array(cap);
        b.set(a);
        return b;
      };
      start = grow(start);
      end = grow(end);
      hash = grow(hash);
      const nf = new Uint8Array(cap);
      nf.set(flags);
      flags = nf;
    }
    start[n] = s;
    end[n] = i;
    hash[n] = h;
    flags[n] = uppers >= 2 && others === 0 && !digits ? UPPER : 0;
    n++;
  }
  const result = { count: n, start, end, hash, flags };
  if (reuse) scratch = result;
  return result;
}

/** The folded form of each token of a phrase, e.g. "I’m so sorry" → ["im", "so", "sorry"]. */
export function phraseKeys(phrase: string): string[] {
  const folded = foldText(phrase);
  const t = tokenize(phrase);
  const keys: string[] = [];
  for (let k = 0; k < t.count; k++) keys.push(folded.slice(t.start[k], t.end[k]).replace(/'/g, ''));
  return keys;
}

/** The hash of each token of a phrase. */
export function phraseHashes(phrase: string): number[] {
  const t = tokenize(phrase);
  return Array.from(t.hash.subarray(0, t.count));
}

/**
 * Compares the token text[start, end) (folded, apostrophes skipped) with `key` from `pos`.
 * Returns the position after the token in `key`, or -1 when they differ.
 */
export function matchFoldedToken(text: string, start: number, end: number, key: string, pos: number): number {
  let p = pos;
  for (let i = start; i < end; i++) {
    const f = foldedCode(text, text.charCodeAt(i), i);
    if (f === 0) continue; // an apostrophe inside the word
    if (key.charCodeAt(p) !== f) return -1;
    p++;
  }
  return p;
}

/**
 * Writes the folded codes of the token text[start, end) (apostrophes skipped) into `out`, up to
 * its length; returns how many letters the token has. No string is made.
 */
export function foldedCodesOf(text: string, start: number, end: number, out: Uint16Array): number {
  let n = 0;
  for (let i = start; i < end; i++) {
    const f = foldedCode(text, text.charCodeAt(i), i);
    if (f === 0) continue;
    if (n < out.length) out[n] = f;
    n++;
  }
  return n;
}
