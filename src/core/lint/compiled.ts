import type { Lang } from '../lang';
import { buildFile, encodePack, onBuildFilesChange, packFileName, setBuildFiles, type BuildFiles } from './build-files';
import { compilePacks, graphNodes, keyHash, PhraseTrie, TrieNode, type NodeLoader, type PhraseEntry } from './matcher';
import { PACKS } from './packs';

/**
 * The phrase matcher compiled at build time. Compiling the packs (patterns.ts) costs hundreds of
 * milliseconds per language; the build does it once (`npm run build`, `npm run compile-tests`)
 * and writes each language's graph as one binary file, `matcher-<lang>.bin`: a short JSON header
 * (the phrase entries, the words), then the graph and the typo index's hash table as integer
 * arrays that are read in place, without parsing. At run time an adapter installs where the build's files
 * come from (build-files.ts; the CLI and the extension read dist/), and the linter decodes only
 * the languages a document needs. Without a source (or with stale data) the linter compiles the
 * packs itself, as before.
 *
 * The packs stay the one source of truth: the data is generated from them, never edited, and a
 * unit test checks that decoding it gives the graph a fresh compile gives.
 */

/** Bump when the encoding or the graph's shape changes: older data is then ignored. */
export const MATCHER_FORMAT = 5;

/** The first four bytes of a matcher file ("cmpm"). */
const MAGIC = 0x6d706d63;

/** The languages the build compiles (one file each). */
export const COMPILED_LANGS: readonly Lang[] = PACKS.map((p) => p.lang);

/** The integer arrays of the graph, in file order. */
const ARRAYS = [
  'hashes',
  'keyOf',
  'nextAt',
  'next',
  'epsAt',
  'eps',
  'endsAt',
  'ends',
  'gaps',
  'typoKeys',
  'typoWords',
  'typoState',
] as const;
type ArrayName = (typeof ARRAYS)[number];

/** An array of the graph: 32-bit, or 16-bit when every value fits (read in place either way). */
export type GraphArray = Int32Array | Uint16Array;

/** The hash of a fixed word, written in the header: data hashed another way is ignored. */
const HASH_CHECK = keyHash('composure');

/** One language's compiled graph. */
export interface CompiledMatcher {
  readonly format: number;
  readonly lang: Lang;
  /** Phrasings the patterns stand for (PhraseTrie.size). */
  readonly size: number;
  /**
   * Phrase entries: [rule ('' = allowed phrase), flags (1 weak, 2 question, 4 ask)], and the entry's
   * language when it is not `lang` (a trie of several packs, in tests).
   */
  readonly entries: readonly (readonly [string, number, Lang?])[];
  /** Per entry, its source pattern (read from a file only when asked for). */
  readonly patterns: readonly string[];
  /** Every word of the phrases (the keys of the word edges, once each), indexed without reading the nodes. */
  readonly words: readonly string[];
  /** Per word, its hash (keyHash). */
  readonly hashes: GraphArray;
  /** Per node, in a canonical order (node 0 is the root): 1 + the index in `words` of the key of the word edge into it, 0 for junctions. */
  readonly keyOf: GraphArray;
  /** Node i's word edges lead to the nodes `next[nextAt[i]]` up to `next[nextAt[i + 1]]` (excluded); their keys give the edges. */
  readonly nextAt: GraphArray;
  readonly next: GraphArray;
  /** Node i's junctions: `eps[epsAt[i]]` up to `eps[epsAt[i + 1]]`. */
  readonly epsAt: GraphArray;
  readonly eps: GraphArray;
  /** Node i's entries (indices in `entries`): `ends[endsAt[i]]` up to `ends[endsAt[i + 1]]`. */
  readonly endsAt: GraphArray;
  readonly ends: GraphArray;
  /** Gaps as triples: node, largest number of skipped tokens, node after the gap. */
  readonly gaps: GraphArray;
  /** The typo index of the words: its hash table's arrays (see PhraseTrie.typoIndex), used in place. */
  readonly typoKeys: GraphArray;
  readonly typoWords: GraphArray;
  readonly typoState: GraphArray;
}

/** Where the build's files come from (see build-files.ts). */
export type MatcherSource = BuildFiles;

const decoded = new Map<Lang, CompiledMatcher | null>();
/** Tries of the built-in packs alone (no user phrases), shared by every Linter. */
const shared = new Map<string, PhraseTrie>();
onBuildFilesChange(() => {
  decoded.clear();
  shared.clear();
});

/** Installs where the build's files come from (the CLI and the extension call this once). */
export function setMatcherSource(s: MatcherSource | undefined): void {
  setBuildFiles(s);
}

/** The name of a language's compiled matcher as the build writes it. */
export const matcherFileName = (lang: Lang): string => `matcher-${lang}.bin`;

/** Encodes a trie's graph (built from one language's pack). */
export function encodeTrie(trie: PhraseTrie, lang: Lang): CompiledMatcher {
  const { root, size } = trie.graph();
  const nodes = graphNodes(root);
  const index = new Map(nodes.map((n, i) => [n, i]));
  const entryIndex = new Map<PhraseEntry, number>();
  const entries: [string, number, string, Lang?][] = [];
  const words = new Map<string, number>();
  const keyOf: number[] = [];
  const lists = { next: [0], nextItems: [] as number[], eps: [0], epsItems: [] as number[], ends: [0], endsItems: [] as number[] };
  const gaps: number[] = [];
  const list = (at: number[], into: number[], items: readonly number[] | undefined) => {
    if (items) into.push(...items);
    at.push(into.length);
  };
  for (const node of nodes) {
    if (node.key && !words.has(node.key)) words.set(node.key, words.size);
    keyOf.push(node.key ? (words.get(node.key) as number) + 1 : 0);
    list(lists.next, lists.nextItems, node.next && [...node.next.values()].map((c) => index.get(c) as number));
    list(
      lists.eps,
      lists.epsItems,
      node.eps?.map((e) => index.get(e) as number),
    );
    list(
      lists.ends,
      lists.endsItems,
      node.entries?.map((e) => {
        let i = entryIndex.get(e);
        if (i === undefined) {
          if (e.category !== undefined || e.message !== undefined)
            throw new Error(`a compiled matcher holds pack phrases only: ${e.pattern}`);
          entryIndex.set(e, (i = entries.length));
          const entry: [string, number, string, Lang?] = [e.rule, (e.weak ? 1 : 0) | (e.question ? 2 : 0) | (e.ask ? 4 : 0), e.pattern];
          if (e.lang !== lang) entry.push(e.lang);
          entries.push(entry);
        }
        return i;
      }),
    );
    if (node.gap) gaps.push(index.get(node) as number, node.gap.max, index.get(node.gap.node) as number);
  }
  return {
    format: MATCHER_FORMAT,
    lang,
    size,
    entries: entries.map(([rule, flags, , entryLang]) => (entryLang ? [rule, flags, entryLang] : [rule, flags])),
    patterns: entries.map((e) => e[2]),
    words: [...words.keys()],
    hashes: Int32Array.from(words.keys(), keyHash),
    keyOf: Int32Array.from(keyOf),
    nextAt: Int32Array.from(lists.next),
    next: Int32Array.from(lists.nextItems),
    epsAt: Int32Array.from(lists.eps),
    eps: Int32Array.from(lists.epsItems),
    endsAt: Int32Array.from(lists.ends),
    ends: Int32Array.from(lists.endsItems),
    gaps: Int32Array.from(gaps),
    ...typoArrays(trie),
  };
}

/** The typo index of a trie as the arrays of a matcher file. */
function typoArrays(trie: PhraseTrie): Pick<CompiledMatcher, 'typoKeys' | 'typoWords' | 'typoState'> {
  const { keys, words, state } = trie.typoIndex();
  return { typoKeys: keys, typoWords: words, typoState: state };
}

/** Arrays of hashes, always 32 bits (the typo table is used in place as Int32Array). */
const HASH_ARRAYS: ReadonlySet<ArrayName> = new Set(['hashes', 'typoKeys', 'typoWords']);

/** Rounds up to a multiple of 4 (every part of a matcher file starts 4-byte aligned). */
const align = (n: number) => (n + 3) & ~3;

/**
 * The file of compiled data: magic, header length, the JSON header, then parts each 4-byte
 * aligned: the patterns (JSON), read only when needed, and the graph's arrays and the typo index's
 * table (little-endian, 32 or 16 bits each, as the header says), read in place.
 */
export function writeMatcherFile(data: CompiledMatcher): Uint8Array {
  const utf8 = new TextEncoder();
  const patterns = utf8.encode(JSON.stringify(data.patterns));
  const widths = ARRAYS.map((name) => (!HASH_ARRAYS.has(name) && data[name].every((x) => x >= 0 && x < 0x10000) ? 2 : 4));
  const header = utf8.encode(
    JSON.stringify({
      format: data.format,
      lang: data.lang,
      size: data.size,
      hashCheck: HASH_CHECK,
      entries: data.entries,
      words: data.words,
      patterns: patterns.length,
      arrays: ARRAYS.map((name, k) => [widths[k], data[name].length]),
    }),
  );
  let size = align(align(8 + header.length) + patterns.length);
  ARRAYS.forEach((name, k) => (size = align(size + widths[k] * data[name].length)));
  const bytes = new Uint8Array(size);
  const view = new DataView(bytes.buffer);
  view.setUint32(0, MAGIC, true);
  view.setUint32(4, header.length, true);
  bytes.set(header, 8);
  let at = align(8 + header.length);
  bytes.set(patterns, at);
  at = align(at + patterns.length);
  ARRAYS.forEach((name, k) => {
    for (const x of data[name]) {
      if (widths[k] === 2) view.setUint16(at, x, true);
      else view.setInt32(at, x, true);
      at += widths[k];
    }
    at = align(at);
  });
  return bytes;
}

const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

/**
 * Reads a matcher file: the arrays are views of the file's bytes (copied only on a big-endian
 * machine or at an unaligned offset); the patterns and the typo index are decoded the first time
 * they are read. Undefined for anything else: another format, a truncated file.
 */
export function readMatcherFile(bytes: Uint8Array): CompiledMatcher | undefined {
  if (bytes.length < 8) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.getUint32(0, true) !== MAGIC) return undefined;
  const headerLength = view.getUint32(4, true);
  if (8 + headerLength > bytes.length) return undefined;
  const header = JSON.parse(new TextDecoder().decode(bytes.subarray(8, 8 + headerLength))) as Pick<
    CompiledMatcher,
    'format' | 'lang' | 'size' | 'entries' | 'words'
  > & { hashCheck: number; patterns: number; arrays: [number, number][] };
  if (header.format !== MATCHER_FORMAT || header.hashCheck !== HASH_CHECK || header.arrays?.length !== ARRAYS.length) return undefined;
  const patternsAt = align(8 + headerLength);
  let at = align(patternsAt + header.patterns);
  const arrays = {} as Record<ArrayName, GraphArray>;
  for (let k = 0; k < ARRAYS.length; k++) {
    const [width, n] = header.arrays[k];
    if ((width !== 2 && width !== 4) || at + width * n > bytes.length) return undefined;
    const Type = width === 2 ? Uint16Array : Int32Array;
    if (LITTLE_ENDIAN && (bytes.byteOffset + at) % width === 0)
      arrays[ARRAYS[k]] = new Type(bytes.buffer as ArrayBuffer, bytes.byteOffset + at, n);
    else {
      const a = new Type(n);
      for (let i = 0; i < n; i++) a[i] = width === 2 ? view.getUint16(at + 2 * i, true) : view.getInt32(at + 4 * i, true);
      arrays[ARRAYS[k]] = a;
    }
    at = align(at + width * n);
  }
  if (at !== bytes.length) return undefined;
  const { format, lang, size, entries, words } = header;
  let patterns: readonly string[] | undefined;
  return {
    format,
    lang,
    size,
    entries,
    words,
    ...arrays,
    get patterns() {
      return (patterns ??= JSON.parse(new TextDecoder().decode(bytes.subarray(patternsAt, patternsAt + header.patterns))) as string[]);
    },
  };
}

/** A phrase entry decoded from build-time data: its source pattern is read only when asked for. */
class DecodedEntry implements PhraseEntry {
  constructor(
    readonly rule: string,
    readonly lang: Lang,
    readonly weak: boolean,
    private readonly data: CompiledMatcher,
    private readonly index: number,
  ) {}

  get pattern(): string {
    return this.data.patterns[this.index];
  }
}

/** A decoded entry counted only when a "?" follows it. */
class DecodedQuestion extends DecodedEntry {
  readonly question = true;
}

/** A decoded entry counted only in a sentence that ends with "?". */
class DecodedAsk extends DecodedEntry {
  readonly ask = true;
}

/**
 * Adds the phrases of compiled data to `trie`, as `compilePacks` would have added the pack: fresh
 * nodes and entries, then the root merged. Only the root is filled now; every other node is
 * filled from the data the first time a walk (or a merge) reads it, so start-up does not pay for
 * the whole graph. The words are indexed (vocabulary, typo candidates) at once.
 */
export function decodeInto(trie: PhraseTrie, data: CompiledMatcher): void {
  const { words, hashes, keyOf, nextAt, next, epsAt, eps, endsAt, ends, gaps, typoKeys, typoWords, typoState } = data;
  const count = keyOf.length;
  const first = trie.reserveIds(count);
  const gapAt = new Map<number, number>();
  for (let g = 0; g < gaps.length; g += 3) gapAt.set(gaps[g], g);
  // Entries are made when a node that ends a phrase is first filled (one object each, shared).
  const entries = new Array<PhraseEntry | undefined>(data.entries.length);
  const entryAt = (j: number): PhraseEntry => {
    let entry = entries[j];
    if (!entry) {
      const [rule, flags, lang = data.lang] = data.entries[j];
      entry = new (flags & 2 ? DecodedQuestion : flags & 4 ? DecodedAsk : DecodedEntry)(rule, lang, (flags & 1) !== 0, data, j);
      entries[j] = entry;
    }
    return entry;
  };
  const nodes = new Array<TrieNode | undefined>(count);
  const loader: NodeLoader = {
    load(node: TrieNode): void {
      const i = node.id - first;
      if (nextAt[i] < nextAt[i + 1]) {
        const map = new Map<number, TrieNode>();
        for (let n = nextAt[i]; n < nextAt[i + 1]; n++) {
          const c = next[n];
          const child = nodeAt(c);
          const k = hashes[keyOf[c] - 1];
          map.set(k, child);
          if (i === 0) trie.noteEdge(true, child.key, k);
        }
        node.next = map;
      }
      if (epsAt[i] < epsAt[i + 1]) {
        const list: TrieNode[] = [];
        for (let e = epsAt[i]; e < epsAt[i + 1]; e++) list.push(nodeAt(eps[e]));
        node.eps = list;
      }
      if (endsAt[i] < endsAt[i + 1]) {
        const list: PhraseEntry[] = [];
        for (let d = endsAt[i]; d < endsAt[i + 1]; d++) list.push(entryAt(ends[d]));
        node.entries = list;
      }
      const g = gapAt.get(i);
      if (g !== undefined) node.gap = { max: gaps[g + 1], node: nodeAt(gaps[g + 2]) };
    },
  };
  const nodeAt = (i: number): TrieNode => (nodes[i] ??= new TrieNode(first + i, keyOf[i] ? words[keyOf[i] - 1] : '', loader));
  const wordsBefore = trie.longWordCount;
  words.forEach((w, k) => trie.noteWord(w, hashes[k]));
  trie.addTypoIndex(() => ({ keys: typoKeys as Int32Array, words: typoWords as Int32Array, state: typoState as Uint16Array }), wordsBefore);
  trie.graft(nodeAt(0), data.size);
}

/** The pack of a language (the one source of truth). */
function packOf(lang: Lang) {
  const pack = PACKS.find((p) => p.lang === lang);
  if (!pack) throw new Error(`no phrase pack for ${lang}`);
  return pack;
}

/** The matcher file the build writes for a language: its pack compiled now. */
export function compileMatcherData(lang: Lang): Uint8Array {
  return writeMatcherFile(encodeTrie(compilePacks([packOf(lang)]), lang));
}

/** Every file the build writes next to the bundles for the packs, by name: per language its compiled matcher and its pack. */
export function buildFilesOfPacks(): Array<[string, Uint8Array | string]> {
  return COMPILED_LANGS.flatMap((lang): Array<[string, Uint8Array | string]> => [
    [matcherFileName(lang), compileMatcherData(lang)],
    [packFileName(lang), encodePack(packOf(lang))],
  ]);
}

/** The compiled data of a language from the installed source, when present and current. */
function compiledData(lang: Lang): CompiledMatcher | undefined {
  let data = decoded.get(lang);
  if (data === undefined) {
    const bytes = buildFile(matcherFileName(lang));
    const parsed = bytes && readMatcherFile(bytes);
    data = parsed && parsed.lang === lang ? parsed : null;
    decoded.set(lang, data);
  }
  return data ?? undefined;
}

/**
 * A new trie holding the packs of `langs`, from compiled data when every language has some,
 * else compiled from the packs now. Always a fresh trie: callers may add user phrases to it.
 */
export function loadPacksTrie(langs: readonly Lang[]): PhraseTrie {
  const data = langs.map(compiledData);
  if (data.some((d) => d === undefined)) return compilePacks(PACKS.filter((p) => langs.includes(p.lang)));
  const trie = new PhraseTrie();
  // PACKS order, as compilePacks adds them: the merged graph is the one a joint compile gives.
  for (const pack of PACKS) {
    const d = data[langs.indexOf(pack.lang)];
    if (d) decodeInto(trie, d);
  }
  return trie;
}

/** The shared trie of the packs of `langs` (built once; never give it user phrases). */
export function sharedPacksTrie(langs: readonly Lang[]): PhraseTrie {
  const key = langs.join('+');
  let trie = shared.get(key);
  if (!trie) shared.set(key, (trie = loadPacksTrie(langs)));
  return trie;
}
