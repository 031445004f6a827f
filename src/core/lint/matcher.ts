import type { Lang } from '../lang';
import { foldedCodesOf, matchFoldedToken, type Tokens } from '../text/tokenize';
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
  /** Counts only in a sentence that ends with "?". */
  readonly ask?: boolean;
  /** For user phrases: their category and optional message. */
  readonly category?: Category;
  readonly message?: string;
}

/** Fills a node decoded lazily from build-time data (see compiled.ts) the first time it is read. */
export interface NodeLoader {
  load(node: TrieNode): void;
}

/**
 * A node of the phrase graph (plain data; see compiled.ts for its build-time form). A node from
 * build-time data is filled (edges, junctions, entries, gap) only when first read, so a document
 * costs the nodes its walk reaches, not the whole graph.
 */
export class TrieNode {
  private nextMap: Map<number, TrieNode> | undefined = undefined;
  private epsList: TrieNode[] | undefined = undefined;
  private entryList: PhraseEntry[] | undefined = undefined;
  private gapTo: { max: number; node: TrieNode } | undefined = undefined;

  constructor(
    /** Dense id, for the walk's visited set (and for flattening the graph into arrays). */
    readonly id: number,
    /** The folded key of the edge that leads here, to verify a hash match (collisions are possible). */
    readonly key: string,
    /** Set until a node decoded from build-time data is filled. */
    private loader?: NodeLoader,
  ) {}

  private fill(): void {
    const loader = this.loader as NodeLoader;
    this.loader = undefined;
    loader.load(this);
  }

  get next(): Map<number, TrieNode> | undefined {
    if (this.loader) this.fill();
    return this.nextMap;
  }
  set next(v: Map<number, TrieNode> | undefined) {
    if (this.loader) this.fill();
    this.nextMap = v;
  }

  /** Nodes reached without reading a token: the junction after a word or an optional group. */
  get eps(): TrieNode[] | undefined {
    if (this.loader) this.fill();
    return this.epsList;
  }
  set eps(v: TrieNode[] | undefined) {
    if (this.loader) this.fill();
    this.epsList = v;
  }

  get entries(): PhraseEntry[] | undefined {
    if (this.loader) this.fill();
    return this.entryList;
  }
  set entries(v: PhraseEntry[] | undefined) {
    if (this.loader) this.fill();
    this.entryList = v;
  }

  /** A bounded gap out of this node: skip 0..max tokens, then continue from `node`. */
  get gap(): { max: number; node: TrieNode } | undefined {
    if (this.loader) this.fill();
    return this.gapTo;
  }
  set gap(v: { max: number; node: TrieNode } | undefined) {
    if (this.loader) this.fill();
    this.gapTo = v;
  }
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

/**
 * A typo index as its table's arrays (see TypoTable): what the build writes into a matcher file
 * and the linter reads in place.
 */
export interface TypoArrays {
  readonly keys: Int32Array;
  readonly words: Int32Array;
  readonly state: Uint16Array;
}

/**
 * The typo index: variant hash → word hash (AMBIGUOUS when two words share the variant), as an
 * open-addressing table over typed arrays, so building it makes no objects and no boxed numbers.
 */
class TypoTable {
  private readonly keys: Int32Array;
  private readonly words: Int32Array;
  /** 0 empty, 1 one word, 2 shared by two words or more. */
  private readonly state: Uint16Array;
  private readonly mask: number;

  /** A table over `arrays` (their length a power of two), used as they are: no copy. */
  constructor(arrays: TypoArrays) {
    this.keys = arrays.keys;
    this.words = arrays.words;
    this.state = arrays.state;
    this.mask = arrays.keys.length - 1;
  }

  /** An empty table with room for `expected` entries. */
  static sized(expected: number): TypoTable {
    let cap = 16;
    while (cap < expected * 2) cap *= 2;
    return new TypoTable({ keys: new Int32Array(cap), words: new Int32Array(cap), state: new Uint16Array(cap) });
  }

  /** The entries of `tables`, one table: a variant shared in one table or between two stays shared. */
  static merged(tables: readonly TypoArrays[]): TypoTable {
    let expected = 0;
    for (const t of tables) for (let i = 0; i < t.state.length; i++) if (t.state[i] !== 0) expected++;
    const out = TypoTable.sized(expected);
    for (const t of tables)
      for (let i = 0; i < t.state.length; i++)
        if (t.state[i] !== 0) out.put(t.keys[i], t.state[i] === 2 ? 0 : t.words[i], t.state[i] === 2);
    return out;
  }

  /** The table's arrays laid out the same whatever order its entries came in (entries put in variant order), for the build. */
  canonical(): TypoArrays {
    const entries = this.entries();
    const out = TypoTable.sized(entries.length);
    for (const [v, w] of entries) out.put(v, w === AMBIGUOUS ? 0 : w, w === AMBIGUOUS);
    return { keys: out.keys, words: out.words, state: out.state };
  }

  private slot(h: number): number {
    let i = (h ^ (h >>> 15)) & this.mask;
    while (this.state[i] !== 0 && this.keys[i] !== h) i = (i + 1) & this.mask;
    return i;
  }

  /** Records that variant `h` stands for `word`; a second word makes it shared. */
  put(h: number, word: number, shared = false): void {
    const i = this.slot(h);
    if (this.state[i] === 0) {
      this.keys[i] = h;
      this.words[i] = word;
      this.state[i] = shared ? 2 : 1;
    } else if (shared || this.words[i] !== word) this.state[i] = 2;
  }

  get(h: number): number | undefined {
    const i = this.slot(h);
    const st = this.state[i];
    return st === 0 ? undefined : st === 2 ? AMBIGUOUS : this.words[i];
  }

  /** Every entry as [variant, word or AMBIGUOUS], sorted by variant. */
  entries(): Array<[number, number]> {
    const out: Array<[number, number]> = [];
    for (let i = 0; i < this.state.length; i++)
      if (this.state[i] !== 0) out.push([this.keys[i], this.state[i] === 2 ? AMBIGUOUS : this.words[i]]);
    return out.sort((a, b) => a[0] - b[0]);
  }
}

const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 16777619;
/** The tokenizer's hash of a folded key (keys hold exactly the folded codes it hashes). */
export function keyHash(key: string): number {
  let h = FNV_OFFSET;
  for (let k = 0; k < key.length; k++) h = Math.imul(h ^ key.charCodeAt(k), FNV_PRIME);
  return h;
}

/**
 * True when the token's letters and `word` differ by exactly one inner edit (a letter missing,
 * extra or wrong, or two neighbours swapped); first and last letters must agree.
 */
function withinOneEdit(codes: ArrayLike<number>, n: number, word: string): boolean {
  const m = word.length;
  if (Math.abs(n - m) > 1 || codes[0] !== word.charCodeAt(0) || codes[n - 1] !== word.charCodeAt(m - 1)) return false;
  let i = 0;
  while (i < n && i < m && codes[i] === word.charCodeAt(i)) i++;
  if (i === n && i === m) return false; // the same word
  let a = n - 1;
  let b = m - 1;
  while (a >= i && b >= i && codes[a] === word.charCodeAt(b)) {
    a--;
    b--;
  }
  if (n === m) {
    if (a === i && b === i) return true; // one letter wrong
    return a === i + 1 && b === i + 1 && codes[i] === word.charCodeAt(i + 1) && codes[i + 1] === word.charCodeAt(i); // swapped
  }
  return n > m ? a === i && b === i - 1 : b === i && a === i - 1; // one letter extra / missing
}

const BASE = 0x01000193;
/** Powers of BASE (mod 2^32), for the typo index's polynomial hashes. */
const POW = new Int32Array(66);
POW[0] = 1;
for (let k = 1; k < POW.length; k++) POW[k] = Math.imul(POW[k - 1], BASE);

/**
 * Polynomial hashes of a word's variants for the typo index, each in O(1) from prefix and
 * suffix hashes: `emit(whole)`, then one per inner deletion and one per inner swap.
 * pre[k] = hash of codes[0, k); suf[k] = hash of codes[k, n).
 */
function variantHashes(
  codes: ArrayLike<number>,
  n: number,
  pre: Int32Array,
  suf: Int32Array,
  emit: (h: number, kind: number) => void,
): void {
  pre[0] = 0;
  for (let k = 0; k < n; k++) pre[k + 1] = (Math.imul(pre[k], BASE) + codes[k]) | 0;
  suf[n] = 0;
  for (let k = n - 1; k >= 0; k--) suf[k] = (Math.imul(codes[k], POW[n - 1 - k]) + suf[k + 1]) | 0;
  emit(pre[n], 0);
  // Delete codes[k] (inner letters only): prefix shifted by the suffix's length, plus the suffix.
  for (let k = 1; k < n - 1; k++) emit((Math.imul(pre[k], POW[n - 1 - k]) + suf[k + 1]) | 0, 1);
  // Swap codes[k] and codes[k + 1] (inner pairs).
  for (let k = 1; k + 2 < n; k++) {
    if (codes[k] === codes[k + 1]) continue;
    const mid = (Math.imul(codes[k + 1], BASE) + codes[k]) | 0;
    emit((Math.imul(pre[k], POW[n - k]) + Math.imul(mid, POW[n - k - 2]) + suf[k + 2]) | 0, 2);
  }
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
  private fuzzy: TypoTable | undefined;
  /** Quick filter for the typo index: (first letter, last letter) → bit mask of word lengths ±1. */
  private fuzzyEdges: Map<number, number> | undefined;
  /**
   * Typo corrections already decided, by token hash: the token's folded letters (to rule out a
   * hash collision) and the word's hash it takes, or undefined for none. Reset with the index.
   */
  private typoMemo = new Map<number, { letters: string; to: number | undefined }>();
  /**
   * Typo indexes compiled at build time (see compiled.ts and `typoIndex`), and how many of
   * `longWords` they cover: while they cover them all, the index is read from them instead of
   * being computed word by word.
   */
  private typoParts: Array<TypoArrays | (() => TypoArrays)> | undefined = [];
  private typoCovered = 0;
  /** Per node: the start token of the walk that last visited it, and the offsets visited then. */
  private stampStart = new Int32Array(0);
  private stampLow = new Uint32Array(0);
  private stampHigh = new Uint32Array(0);
  /** Walks started so far: the stamp of the current walk. */
  private walks = 0;
  /** Number of phrasings the added patterns stand for (alternatives multiplied out, gaps once). */
  size = 0;

  private newNode(key: string): TrieNode {
    return new TrieNode(this.nodes++, key);
  }

  /**
   * Indexes a word edge (first-word filter, vocabulary, long words for typo tolerance); the
   * decoder of build-time data (compiled.ts) calls it for each edge it recreates.
   */
  noteEdge(fromRoot: boolean, key: string, k: number): void {
    if (fromRoot) this.firstFilter[(k & 0xffff) >> 3] |= 1 << (k & 7);
    this.noteWord(key, k);
  }

  /** True when a token (by hash) is a word of the phrases: an ordinary word of the language, not a name or a code. */
  hasWord(hash: number): boolean {
    return this.vocab.has(hash);
  }

  /** How many long words (typo candidates) the phrases have. */
  get longWordCount(): number {
    return this.longWords.size;
  }

  /** Indexes a word of the phrases (vocabulary, long words for typo tolerance) wherever its edges are. */
  noteWord(key: string, k: number): void {
    this.vocab.add(k);
    if (key.length >= FUZZY_MIN && !this.longWords.has(k)) {
      this.longWords.set(k, key);
      this.fuzzy = undefined;
      this.fuzzyEdges = undefined;
    }
  }

  /** Reserves `n` node ids for a graph decoded from build-time data; returns the first. */
  reserveIds(n: number): number {
    const first = this.nodes;
    this.nodes += n;
    return first;
  }

  /** The graph's root and the number of phrasings, for compiled.ts (encoding at build time). */
  graph(): { readonly root: TrieNode; readonly size: number } {
    return { root: this.root, size: this.size };
  }

  /**
   * Merges a decoded graph (ids from `reserveIds`, edges indexed with `noteEdge`) into this trie,
   * exactly as if its phrases had been added now: word paths from the root are shared, and the
   * junctions and entries of a shared node are appended after this trie's own.
   */
  graft(root: TrieNode, size: number): void {
    this.size += size;
    mergeNodes(this.root, root);
  }

  /** Adds one word path from `from`, sharing nodes with paths already there; returns its end. */
  private addPath(from: TrieNode, keys: readonly string[]): TrieNode {
    let node = from;
    for (const key of keys) {
      if (!key) continue;
      const k = keyHash(key);
      this.noteEdge(node === this.root, key, k);
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

  private fuzzyIndex(): TypoTable {
    if (this.fuzzy) return this.fuzzy;
    const prebuilt =
      this.typoParts && this.typoCovered === this.longWords.size
        ? this.typoParts.map((p) => (typeof p === 'function' ? p() : p))
        : undefined;
    // One language's index is used in place; several are merged (a variant shared by two words stays shared).
    if (prebuilt) return (this.fuzzy = prebuilt.length === 1 ? new TypoTable(prebuilt[0]) : TypoTable.merged(prebuilt));
    let expected = 0;
    for (const word of this.longWords.values()) expected += word.length - 1;
    const index = TypoTable.sized(expected);
    for (const [h, word] of this.longWords) {
      const codes = Array.from(word, (ch) => ch.charCodeAt(0));
      const n = codes.length;
      // The word itself and its inner deletions; a token matches by its own hash (a letter
      // missing), its deletions (a letter extra, or wrong) or a swap undone.
      variantHashes(codes, n, new Int32Array(n + 1), new Int32Array(n + 1), (v, kind) => {
        if (kind !== 2) index.put(v, h);
      });
    }
    this.fuzzy = index;
    return index;
  }

  /**
   * The typo index's quick filter, (first letter, last letter) → lengths: made from the long words
   * alone, so a document whose long words pass none of it never reads the typo index itself.
   */
  private typoEdges(): Map<number, number> {
    if (this.fuzzyEdges) return this.fuzzyEdges;
    const edges = new Map<number, number>();
    for (const word of this.longWords.values()) {
      // Letters, not UTF-16 units (a long word is folded Latin letters, but stay exact).
      const codes = SURROGATE.test(word) ? Array.from(word, (ch) => ch.charCodeAt(0)) : undefined;
      const n = codes ? codes.length : word.length;
      const edge = codes ? (codes[0] << 16) | codes[n - 1] : (word.charCodeAt(0) << 16) | word.charCodeAt(n - 1);
      edges.set(edge, (edges.get(edge) ?? 0) | (7 << (Math.min(n, 30) - 1)));
    }
    this.fuzzyEdges = edges;
    this.typoMemo = new Map();
    return edges;
  }

  /**
   * The typo index for the build: its hash table's arrays, laid out the same for the same
   * entries, which the linter reads in place (no parsing, no table to build) when a document
   * first has a word to correct.
   */
  typoIndex(): TypoArrays {
    return this.fuzzyIndex().canonical();
  }

  /**
   * Adds a typo index compiled at build time (`typoIndex`, or a function giving it when first
   * needed) for the long words noted since
   * `coveredFrom` words (the decoder notes a graph's words, then gives its index); words noted
   * otherwise (user phrases) make the index be computed word by word again.
   */
  addTypoIndex(packed: TypoArrays | (() => TypoArrays), coveredFrom: number): void {
    if (this.typoParts && this.typoCovered === coveredFrom) {
      this.typoParts.push(packed);
      this.typoCovered = this.longWords.size;
    } else this.typoParts = undefined;
    this.fuzzy = undefined;
    this.fuzzyEdges = undefined;
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
    let index: TypoTable | undefined;
    let edgeMap: Map<number, number> | undefined;
    const codes = new Uint16Array(64);
    const pre = new Int32Array(65);
    const suf = new Int32Array(65);
    let n = 0;
    let found: number | undefined;
    let ambiguous = false;
    const consider = (h: number) => {
      const w = index!.get(h);
      if (w === undefined) return;
      if (w === AMBIGUOUS || (found !== undefined && found !== w)) ambiguous = true;
      else found = w;
    };
    const emit = (v: number, kind: number) => {
      if (kind !== 2) consider(v);
      else {
        // a swap undone must give the word itself
        const w = index!.get(v);
        if (w !== undefined && w !== AMBIGUOUS && this.longWords.get(w)?.length === n) consider(v);
      }
    };
    for (let i = 0; i < count; i++) {
      const len = end[i] - start[i];
      if (len < FUZZY_MIN - 1 || len > 40 || this.vocab.has(hash[i])) continue;
      n = foldedCodesOf(text, start[i], end[i], codes);
      if (n < FUZZY_MIN - 1 || n > codes.length) continue;
      edgeMap ??= this.typoEdges();
      // Words come back: a token decided before is looked up (its letters compared, not trusted to the hash).
      const memo = this.typoMemo.get(hash[i]);
      let to: number | undefined;
      if (memo && sameLetters(memo.letters, codes, n)) to = memo.to;
      else {
        // Only a token that shares its first and last letters with a long word of about its length.
        const edges = edgeMap.get((codes[0] << 16) | codes[n - 1]) ?? 0;
        if ((edges & (1 << Math.min(n, 31))) !== 0) {
          index ??= this.fuzzyIndex();
          found = undefined;
          ambiguous = false;
          variantHashes(codes, n, pre, suf, emit);
          if (found !== undefined && !ambiguous && withinOneEdit(codes, n, this.longWords.get(found) as string)) to = found;
        }
        if (this.typoMemo.size >= TYPO_MEMO_MAX) this.typoMemo.clear();
        this.typoMemo.set(hash[i], { letters: String.fromCharCode(...codes.subarray(0, n)), to });
      }
      if (to === undefined) continue;
      out ??= Int32Array.from(hash.subarray(0, count));
      out[i] = to;
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
    let walkId = 0;
    if (this.stampStart.length < this.nodes || this.walks > 0x7ffffff0 - count) {
      this.walks = 0;
      this.stampStart = new Int32Array(this.nodes).fill(-1);
      this.stampLow = new Uint32Array(this.nodes);
      this.stampHigh = new Uint32Array(this.nodes);
    }
    const stampStart = this.stampStart;
    const stampLow = this.stampLow;
    const stampHigh = this.stampHigh;
    /** Per token: the key its folded letters were found equal to. */
    const verified: Array<string | undefined> = new Array(count);
    const step = (node: TrieNode, j: number): TrieNode | undefined => {
      const child = node.next?.get(hash[j]);
      if (!child) return undefined;
      // A corrected token is checked against the word it was corrected to (by hash above).
      if (fixed && hash[j] !== tokens.hash[j]) return child;
      // A token equals at most one key: once its letters matched a key, other keys compare by string.
      const known = verified[j];
      if (known !== undefined) return known === child.key ? child : undefined;
      if (matchFoldedToken(text, tokens.start[j], tokens.end[j], child.key, 0) !== child.key.length) return undefined;
      verified[j] = child.key;
      return child;
    };
    // Visits `node` having read tokens up to j; each (node, j) once per start, so work stays bounded.
    const walk = (node: TrieNode, j: number): void => {
      const off = j - start;
      if (off >= 64) return;
      const id = node.id;
      if (stampStart[id] !== walkId) {
        stampStart[id] = walkId;
        stampLow[id] = 0;
        stampHigh[id] = 0;
      }
      const bit = 1 << (off & 31);
      if (off < 32) {
        if (stampLow[id] & bit) return;
        stampLow[id] |= bit;
      } else {
        if (stampHigh[id] & bit) return;
        stampHigh[id] |= bit;
      }
      if (node.entries) {
        // The longest phrase wins; phrases of the same length (from different patterns) all count.
        if (j > bestLast) {
          bestLast = j;
          best = node.entries;
        } else if (j === bestLast && best && best !== node.entries) {
          best = [...best, ...node.entries.filter((e) => !best!.includes(e))];
        }
      }
      // Indexed loops: a cold process walks in the interpreter, where for…of allocates an iterator and a result per step.
      const eps = node.eps;
      if (eps) for (let e = 0; e < eps.length; e++) walk(eps[e], j);
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
      const eps = node.eps;
      if (eps) for (let e = 0; e < eps.length; e++) walkFrom(eps[e], k);
    };
    for (let i = 0; i < count; i++) {
      const h = hash[i];
      if ((filter[(h & 0xffff) >> 3] & (1 << (h & 7))) === 0) continue;
      const node = step(this.root, i);
      if (!node) continue;
      bestLast = -1;
      best = undefined;
      start = i;
      walkId = ++this.walks;
      walk(node, i);
      if (best) hits.push({ first: i, last: bestLast, entries: best });
    }
    return hits;
  }
}

/**
 * Every node reachable from `root`, in a canonical order (depth first: word edges in insertion
 * order, then junctions, then the gap), whatever the nodes' ids.
 */
export function graphNodes(root: TrieNode): TrieNode[] {
  const order: TrieNode[] = [];
  const seen = new Set<TrieNode>();
  const stack = [root];
  while (stack.length) {
    const node = stack.pop() as TrieNode;
    if (seen.has(node)) continue;
    seen.add(node);
    order.push(node);
    const out: TrieNode[] = [];
    if (node.next) out.push(...node.next.values());
    if (node.eps) out.push(...node.eps);
    if (node.gap) out.push(node.gap.node);
    for (let k = out.length - 1; k >= 0; k--) stack.push(out[k]);
  }
  return order;
}

/** Merges node `b` into `a`: shared word edges recursively, junctions and entries appended. */
function mergeNodes(a: TrieNode, b: TrieNode): void {
  // A node without edges takes the other's (a decoded graph's root is read once, by this merge).
  if (b.next && !a.next) a.next = b.next;
  else if (b.next)
    for (const [k, child] of b.next) {
      const own = a.next?.get(k);
      if (own) mergeNodes(own, child);
      else (a.next ??= new Map()).set(k, child);
    }
  if (b.eps) a.eps = a.eps ? [...a.eps, ...b.eps] : b.eps;
  if (b.entries) a.entries = a.entries ? [...a.entries, ...b.entries] : b.entries;
  if (b.gap) {
    // Gaps leave junctions, which no word edge reaches: two graphs never share one.
    if (a.gap) throw new Error('cannot merge two gaps on one node');
    a.gap = b.gap;
  }
}

const SURROGATE = /[\ud800-\udfff]/;

/** Typo decisions remembered per trie before the memo starts again. */
const TYPO_MEMO_MAX = 50_000;

/** True when `letters` is exactly codes[0, n). */
function sameLetters(letters: string, codes: Uint16Array, n: number): boolean {
  if (letters.length !== n) return false;
  for (let k = 0; k < n; k++) if (letters.charCodeAt(k) !== codes[k]) return false;
  return true;
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
    for (const [rule, patterns] of Object.entries(pack.askPhrases ?? {})) {
      for (const p of patterns) trie.addPattern(p, { rule, lang: pack.lang, weak: false, pattern: p, ask: true }, pack.classes);
    }
    for (const p of pack.allow) trie.addPattern(p, { rule: '', lang: pack.lang, weak: false, pattern: p }, pack.classes);
  }
  addUserPhrases(trie, extra, allowed);
  return trie;
}

/** Adds the user's phrases and allowed phrases (settings) to a trie. */
export function addUserPhrases(
  trie: PhraseTrie,
  extra: readonly { lang: Lang; phrase: string; category: Category; message?: string }[],
  allowed: readonly { lang: Lang; phrase: string }[],
): void {
  // User phrases are literal text: brackets and bars are not pattern syntax for them.
  const literal = (p: string) => p.replace(/[()[\]|@~]/g, ' ');
  for (const e of extra) {
    trie.addPattern(literal(e.phrase), {
      rule: CUSTOM_RULE,
      lang: e.lang,
      weak: false,
      pattern: e.phrase,
      category: e.category,
      message: e.message,
    });
  }
  for (const a of allowed) trie.addPattern(literal(a.phrase), { rule: '', lang: a.lang, weak: false, pattern: a.phrase });
}
