import type { Lang } from '../lang';
import { foldText } from '../text/fold';
import { matchFoldedToken, phraseHashes, type Tokens } from '../text/tokenize';
import { compileSegments, gapSize, isGapKey, type PatternClasses, type Segment } from './patterns';
import type { Category, PhrasePack } from './types';

/** What a phrase in the trie stands for. */
export interface PhraseEntry {
  /** Rule id, or '' for an allowed (innocent) phrase. */
  readonly rule: string;
  readonly lang: Lang;
  /** Weak phrases fire only when the sentence is the writer's own commitment. */
  readonly weak: boolean;
  /** The source pattern, for explanations and allow-listing. */
  readonly pattern: string;
  /** Counts only when a "?" follows it. */
  readonly question?: boolean;
  /** For user phrases: their category and optional message. */
  readonly category?: Category;
  readonly message?: string;
}

interface TrieNode {
  /** Dense id, for the walk's visited set (and for flattening the graph into arrays). */
  id: number;
  next: Map<number, TrieNode> | undefined;
  /** Nodes reached without reading a token: the junction after a word or an optional group. */
  eps: TrieNode[] | undefined;
  entries: PhraseEntry[] | undefined;
  /** The folded key of the edge that leads here, to verify a hash match (collisions are possible). */
  key: string;
  /** A bounded gap out of this node: skip 0..max tokens, then continue from `node`. */
  gap: { max: number; node: TrieNode } | undefined;
}

/** A phrase occurrence: tokens [first, last] of the text. */
export interface PhraseHit {
  readonly first: number;
  readonly last: number;
  readonly entries: readonly PhraseEntry[];
}

/** Rule id of phrases the user adds in settings. */
export const CUSTOM_RULE = 'custom-phrase';

/** Pattern words this long (folded letters) also match a token one edit away (typos). */
export const FUZZY_MIN = 7;

/** Marks a typo-index entry shared by two words (not a valid FNV hash of a long word in practice). */
const AMBIGUOUS = 0.5;


const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 16777619;
/** FNV-1a of codes[from, to) skipping index `skip` (the tokenizer's hash of a folded word). */
function hashCodes(codes: readonly number[] | Uint16Array, from: number, to: number, skip: number, swap = -1): number {
  let h = FNV_OFFSET;
  for (let k = from; k < to; k++) {
    if (k === skip) continue;
    const c = k === swap ? codes[k + 1] : k === swap + 1 && swap >= 0 ? codes[k - 1] : codes[k];
    h = Math.imul(h ^ c, FNV_PRIME);
  }
  return h;
}

/**
 * A compiled set of phrases over token keys, with bounded gaps. Matching walks the trie from
 * every token and keeps the longest phrase: work per token is bounded by the longest phrase
 * times the gap branches (at most 5 per gap), so the whole pass is linear in the text, whatever
 * users add (custom phrases are plain text, never regexes). The structure is plain data (maps,
 * arrays, numbers and strings; no closures).
 */
export class PhraseTrie {
  private nodes = 0;
  private readonly root: TrieNode = this.newNode('');
  /** Bit filter over first-token hashes: most tokens start no phrase and skip the map lookup. */
  private readonly firstFilter = new Uint8Array(8192);
  /** Hashes of every word of every phrase: tokens in it are never typo-corrected. */
  private readonly vocab = new Set<number>();
  /** Long words of the phrases (hash → folded word), candidates for typo tolerance. */
  private readonly longWords = new Map<number, string>();
  /**
   * Typo index, built on first use: hash of a long word and of each of its one-letter
   * deletions (inner letters only) → the word's hash (AMBIGUOUS when two words share it: no correction).
   */
  private fuzzy: Map<number, number> | undefined;
  /** Number of phrasings the added patterns stand for (alternatives multiplied out, gaps once). */
  size = 0;

  private newNode(key: string): TrieNode {
    return { id: this.nodes++, next: undefined, eps: undefined, entries: undefined, key, gap: undefined };
  }

  /** Adds one word path from `from`, sharing nodes with paths already there; returns its end. */
  private addPath(from: TrieNode, keys: readonly string[]): TrieNode {
    let node = from;
    for (const key of keys) {
      const k = phraseHashes(key)[0];
      if (k === undefined) continue;
      if (node === this.root) this.firstFilter[(k & 0xffff) >> 3] |= 1 << (k & 7);
      this.vocab.add(k);
      if (key.length >= FUZZY_MIN && !this.longWords.has(k)) {
        this.longWords.set(k, key);
        this.fuzzy = undefined;
      }
      node.next ??= new Map();
      let child = node.next.get(k);
      if (!child) {
        child = this.newNode(key);
        node.next.set(k, child);
      }
      node = child;
    }
    return node;
  }

  /** Adds a phrase given as token keys (a gap being `~N`). */
  add(keys: readonly string[], entry: PhraseEntry): void {
    const segs: Segment[] = [];
    let run: string[] = [];
    for (const key of keys) {
      if (isGapKey(key)) {
        segs.push({ alts: [run] }, { gap: gapSize(key) });
        run = [];
      } else run.push(key);
    }
    segs.push({ alts: [run] });
    this.addSegments(segs, entry);
  }

  /** Adds a pattern, compiled segment by segment (see patterns.ts). */
  addPattern(pattern: string, entry: PhraseEntry, classes?: PatternClasses): void {
    const segs = compileSegments(pattern, entry.lang, classes);
    this.size += segs.reduce((n, sg) => ('gap' in sg ? n : n * sg.alts.length), 1);
    this.addSegments(segs, entry);
  }

  private addSegments(segs: readonly Segment[], entry: PhraseEntry): void {
    const first = segs[0];
    if (!first || 'gap' in first) return;
    // An optional first group: add the pattern with it and without it (the root has no junction).
    const nonEmpty = first.alts.filter((a) => a.length > 0);
    if (nonEmpty.length < first.alts.length) {
      if (nonEmpty.length) this.addSegments([{ alts: nonEmpty }, ...segs.slice(1)], entry);
      const rest = segs.slice(1);
      if (rest.length && !('gap' in rest[0])) this.addSegments(rest, entry);
      return;
    }
    let ends = nonEmpty.map((a) => this.addPath(this.root, a));
    for (let k = 1; k < segs.length; k++) {
      const seg = segs[k];
      const junction = this.newNode('');
      for (const e of new Set(ends)) (e.eps ??= []).push(junction);
      if ('gap' in seg) {
        junction.gap = { max: seg.gap, node: this.newNode('') };
        ends = [junction.gap.node];
      } else {
        ends = seg.alts.map((a) => (a.length ? this.addPath(junction, a) : junction));
      }
    }
    for (const e of new Set(ends)) (e.entries ??= []).push(entry);
  }

  private fuzzyIndex(): Map<number, number> {
    if (this.fuzzy) return this.fuzzy;
    const index = new Map<number, number>();
    const put = (h: number, word: number) => {
      const had = index.get(h);
      index.set(h, had === undefined || had === word ? word : AMBIGUOUS);
    };
    for (const [h, word] of this.longWords) {
      const codes = Array.from(word, (ch) => ch.charCodeAt(0));
      put(h, h);
      for (let k = 1; k < codes.length - 1; k++) put(hashCodes(codes, 0, codes.length, k), h);
    }
    this.fuzzy = index;
    return index;
  }

  /**
   * Typo tolerance: a long token that is no word of any phrase but is one edit away from a long
   * phrase word takes that word's hash. The first and last letters must agree: an edit there is
   * more often another word or another inflection ("sometimes", "scritta") than a typo. Returns the corrected hashes, or the
   * tokens' own array when nothing changed.
   */
  private correct(tokens: Tokens, text: string): Int32Array {
    const { count, hash, start, end } = tokens;
    if (this.longWords.size === 0) return hash;
    let out: Int32Array | undefined;
    let index: Map<number, number> | undefined;
    const codes = new Uint16Array(64);
    for (let i = 0; i < count; i++) {
      const len = end[i] - start[i];
      if (len < FUZZY_MIN - 1 || len > 40 || this.vocab.has(hash[i])) continue;
      const n = foldedCodes(text, start[i], end[i], codes);
      if (n < FUZZY_MIN - 1) continue;
      index ??= this.fuzzyIndex();
      let found: number | undefined;
      let ambiguous = false;
      const consider = (h: number) => {
        if (!index!.has(h)) return;
        const w = index!.get(h) as number;
        if (w === AMBIGUOUS || (found !== undefined && found !== w)) ambiguous = true;
        else found = w;
      };
      consider(hash[i]); // a letter missing
      for (let k = 1; k < n - 1; k++) consider(hashCodes(codes, 0, n, k)); // a letter extra or wrong
      for (let k = 1; k + 1 < n; k++) if (codes[k] !== codes[k + 1]) consider(hashCodes(codes, 0, n, -1, k)); // swapped
      if (found === undefined || ambiguous) continue;
      const word = this.longWords.get(found) as string;
      if (word.charCodeAt(0) !== codes[0]) continue;
      out ??= Int32Array.from(hash.subarray(0, count));
      out[i] = found;
    }
    return out ?? hash;
  }

  /**
   * Finds phrase hits in `text` (the original text the tokens come from); a phrase never runs
   * across a sentence end ("sorry. Again").
   */
  match(tokens: Tokens, text: string): PhraseHit[] {
    const hits: PhraseHit[] = [];
    if (!this.root.next) return hits;
    const { count } = tokens;
    const hash = this.correct(tokens, text);
    const fixed = hash !== tokens.hash;
    const filter = this.firstFilter;
    let bestLast = -1;
    let best: PhraseEntry[] | undefined;
    let start = 0;
    const seen = new Set<number>();
    const step = (node: TrieNode, j: number): TrieNode | undefined => {
      const child = node.next?.get(hash[j]);
      if (!child) return undefined;
      // A corrected token is checked against the word it was corrected to (by hash above).
      if (fixed && hash[j] !== tokens.hash[j]) return child;
      return matchFoldedToken(text, tokens.start[j], tokens.end[j], child.key, 0) === child.key.length ? child : undefined;
    };
    // Visits `node` having read tokens up to j; each (node, j) once per start, so work stays bounded.
    const walk = (node: TrieNode, j: number): void => {
      const mark = node.id * 64 + (j - start);
      if (j - start >= 64 || seen.has(mark)) return;
      seen.add(mark);
      if (node.entries) {
        // The longest phrase wins; phrases of the same length (from different patterns) all count.
        if (j > bestLast) {
          bestLast = j;
          best = node.entries;
        } else if (j === bestLast && best && best !== node.entries) {
          best = [...best, ...node.entries.filter((e) => !best!.includes(e))];
        }
      }
      if (node.eps) for (const e of node.eps) walk(e, j);
      if (j + 1 >= count || crossesSentence(text, tokens.end[j], tokens.start[j + 1])) return;
      const child = step(node, j + 1);
      if (child) walk(child, j + 1);
      const gap = node.gap;
      if (!gap) return;
      for (let k = j + 1; k <= j + 1 + gap.max && k < count; k++) {
        if (k > j + 1 && crossesSentence(text, tokens.end[k - 1], tokens.start[k])) break;
        walkFrom(gap.node, k);
      }
    };
    // Reads token k from `node` or from a node its junctions lead to.
    const walkFrom = (node: TrieNode, k: number): void => {
      const child = step(node, k);
      if (child) walk(child, k);
      if (node.eps) for (const e of node.eps) walkFrom(e, k);
    };
    for (let i = 0; i < count; i++) {
      const h = hash[i];
      if ((filter[(h & 0xffff) >> 3] & (1 << (h & 7))) === 0) continue;
      const node = step(this.root, i);
      if (!node) continue;
      bestLast = -1;
      best = undefined;
      start = i;
      seen.clear();
      walk(node, i);
      if (best) hits.push({ first: i, last: bestLast, entries: best });
    }
    return hits;
  }
}

/** Writes the folded letters of text[start, end) (apostrophes skipped) into `out`; returns how many. */
function foldedCodes(text: string, start: number, end: number, out: Uint16Array): number {
  const folded = foldText(text.slice(start, end));
  let n = 0;
  for (let k = 0; k < folded.length && n < out.length; k++) {
    const c = folded.charCodeAt(k);
    if (c === 39) continue;
    out[n++] = c;
  }
  return n;
}

/** True when the gap between two tokens holds a sentence end or a blank line. */
function crossesSentence(text: string, from: number, to: number): boolean {
  let newlines = 0;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === 46 || c === 33 || c === 63 || c === 59) return true; // . ! ? ;
    if (c === 10 && ++newlines > 1) return true;
  }
  return false;
}

/** Compiles phrase packs (and extra user phrases) into one trie. */
export function compilePacks(
  packs: readonly PhrasePack[],
  extra: readonly { lang: Lang; phrase: string; category: Category; message?: string }[] = [],
  allowed: readonly { lang: Lang; phrase: string }[] = [],
): PhraseTrie {
  const trie = new PhraseTrie();
  for (const pack of packs) {
    for (const [rule, patterns] of Object.entries(pack.phrases)) {
      for (const p of patterns) trie.addPattern(p, { rule, lang: pack.lang, weak: false, pattern: p }, pack.classes);
    }
    for (const [rule, patterns] of Object.entries(pack.weakPhrases ?? {})) {
      for (const p of patterns) trie.addPattern(p, { rule, lang: pack.lang, weak: true, pattern: p }, pack.classes);
    }
    for (const [rule, patterns] of Object.entries(pack.questionPhrases ?? {})) {
      for (const p of patterns) trie.addPattern(p, { rule, lang: pack.lang, weak: false, pattern: p, question: true }, pack.classes);
    }
    for (const p of pack.allow) trie.addPattern(p, { rule: '', lang: pack.lang, weak: false, pattern: p }, pack.classes);
  }
  // User phrases are literal text: brackets and bars are not pattern syntax for them.
  const literal = (p: string) => p.replace(/[()[\]|@~]/g, ' ');
  for (const e of extra) {
    trie.addPattern(literal(e.phrase), { rule: CUSTOM_RULE, lang: e.lang, weak: false, pattern: e.phrase, category: e.category, message: e.message });
  }
  for (const a of allowed) trie.addPattern(literal(a.phrase), { rule: '', lang: a.lang, weak: false, pattern: a.phrase });
  return trie;
}
