/**
 * Word tokens over folded text (see fold.ts). A token is a run of letters and digits; an
 * apostrophe between two letters stays inside the token and is dropped from its key, so "I'm",
 * "I’m" and "Im" all give the key "im", and "l'avevo" gives "lavevo".
 */
export interface Tokens {
  /** Number of tokens. */
  count: number;
  /** Start offset of each token in the text. */
  start: Int32Array;
  /** End offset (exclusive) of each token. */
  end: Int32Array;
  /** The comparison key of each token. */
  key: string[];
}

const LETTER_RE = /[\p{L}\p{N}]/u;

/** True when the UTF-16 code unit at i starts a letter or digit. */
function isWordChar(text: string, code: number, i: number): boolean {
  if (code < 128) {
    return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code >= 65 && code <= 90);
  }
  if (code >= 0xd800 && code <= 0xdbff) return LETTER_RE.test(text.slice(i, i + 2));
  if (code >= 0xdc00 && code <= 0xdfff) return false;
  return LETTER_RE.test(text[i]);
}

/** Tokenizes folded text. `from`/`to` bound the scanned range. */
export function tokenize(folded: string, from = 0, to = folded.length): Tokens {
  let cap = Math.max(16, ((to - from) / 5) | 0);
  let start = new Int32Array(cap);
  let end = new Int32Array(cap);
  const key: string[] = [];
  let n = 0;
  let i = from;
  while (i < to) {
    const c = folded.charCodeAt(i);
    if (!isWordChar(folded, c, i)) {
      i++;
      continue;
    }
    const s = i;
    let hasApos = false;
    i++;
    while (i < to) {
      const d = folded.charCodeAt(i);
      if (isWordChar(folded, d, i)) {
        i++;
      } else if (d === 39 && i + 1 < to && isWordChar(folded, folded.charCodeAt(i + 1), i + 1)) {
        hasApos = true;
        i += 2;
      } else {
        break;
      }
    }
    if (n === cap) {
      cap *= 2;
      const ns = new Int32Array(cap);
      ns.set(start);
      start = ns;
      const ne = new Int32Array(cap);
      ne.set(end);
      end = ne;
    }
    start[n] = s;
    end[n] = i;
    const word = folded.slice(s, i);
    key.push(hasApos ? word.replace(/'/g, '') : word);
    n++;
  }
  return { count: n, start, end, key };
}

/** Splits a phrase into token keys the same way `tokenize` does. */
export function phraseKeys(foldedPhrase: string): string[] {
  const t = tokenize(foldedPhrase);
  return t.key.slice(0, t.count);
}
