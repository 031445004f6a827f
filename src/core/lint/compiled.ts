import type { Lang } from '../lang';
import { compilePacks, graphNodes, keyHash, PhraseTrie, TrieNode, type NodeLoader, type PhraseEntry } from './matcher';
import { PACKS } from './packs';

/**
 * The phrase matcher compiled at build time. Compiling the packs (patterns.ts) costs hundreds of
 * milliseconds per language; the build does it once (`npm run build`, `npm run compile-tests`)
 * and writes each language's graph as one JSON document. At run time an adapter installs a
 * `MatcherSource` that hands those documents over (the CLI and the extension read
 * `dist/matcher-<lang>.json`), and the linter decodes only the languages a document needs.
 * Without a source (or with stale data) the linter compiles the packs itself, as before.
 *
 * The packs stay the one source of truth: the data is generated from them, never edited, and a
 * unit test checks that decoding it gives the graph a fresh compile gives.
 */

/** Bump when the encoding or the graph's shape changes: older data is then ignored. */
export const MATCHER_FORMAT = 3;

/** The languages the build compiles (one file each). */
export const COMPILED_LANGS: readonly Lang[] = PACKS.map((p) => p.lang);

/** One language's compiled graph, as written by the build. */
export interface CompiledMatcher {
  readonly format: number;
  readonly lang: Lang;
  /** Phrasings the patterns stand for (PhraseTrie.size). */
  readonly size: number;
  /**
   * Phrase entries: [rule ('' = allowed phrase), flags (1 weak, 2 question), source pattern], and
   * the entry's language when it is not `lang` (a trie of several packs, in tests).
   */
  readonly entries: readonly (readonly [string, number, string, Lang?])[];
  /** Per node, in a canonical order (node 0 is the root): the key of the word edge into it ('' for junctions). */
  readonly keys: readonly string[];
  /** Every word of the phrases (the keys of the word edges, once each), indexed without reading the nodes. */
  readonly words: readonly string[];
  /** Per node: the number of word edges, then the child nodes (their keys give the edges). */
  readonly next: readonly number[];
  /** Per node: the number of junctions, then the junction nodes. */
  readonly eps: readonly number[];
  /** Per node: the number of entries, then their indices in `entries`. */
  readonly ends: readonly number[];
  /** Gaps as triples: node, largest number of skipped tokens, node after the gap. */
  readonly gaps: readonly number[];
  /** The typo index of the words (see PhraseTrie.typoIndex), read only when a document needs it. */
  readonly typos: string;
}

/** Gives the compiled data of a language (the JSON text the build wrote), or undefined. */
export type MatcherSource = (lang: Lang) => string | undefined;

let source: MatcherSource | undefined;
const decoded = new Map<Lang, CompiledMatcher | null>();
/** Tries of the built-in packs alone (no user phrases), shared by every Linter. */
const shared = new Map<string, PhraseTrie>();

/** Installs where compiled matcher data comes from (the CLI and the extension call this once). */
export function setMatcherSource(s: MatcherSource | undefined): void {
  source = s;
  decoded.clear();
  shared.clear();
}

/** Encodes a trie's graph (built from one language's pack). */
export function encodeTrie(trie: PhraseTrie, lang: Lang): CompiledMatcher {
  const { root, size } = trie.graph();
  const nodes = graphNodes(root);
  const index = new Map(nodes.map((n, i) => [n, i]));
  const entryIndex = new Map<PhraseEntry, number>();
  const entries: [string, number, string, Lang?][] = [];
  const keys: string[] = [];
  const words = new Set<string>();
  const next: number[] = [];
  const eps: number[] = [];
  const ends: number[] = [];
  const gaps: number[] = [];
  const list = (into: number[], items: readonly number[] | undefined) => {
    into.push(items?.length ?? 0);
    if (items) into.push(...items);
  };
  for (const node of nodes) {
    keys.push(node.key);
    if (node.key) words.add(node.key);
    list(next, node.next && [...node.next.values()].map((c) => index.get(c) as number));
    list(
      eps,
      node.eps?.map((e) => index.get(e) as number),
    );
    list(
      ends,
      node.entries?.map((e) => {
        let i = entryIndex.get(e);
        if (i === undefined) {
          if (e.category !== undefined || e.message !== undefined)
            throw new Error(`a compiled matcher holds pack phrases only: ${e.pattern}`);
          entryIndex.set(e, (i = entries.length));
          const entry: [string, number, string, Lang?] = [e.rule, (e.weak ? 1 : 0) | (e.question ? 2 : 0), e.pattern];
          if (e.lang !== lang) entry.push(e.lang);
          entries.push(entry);
        }
        return i;
      }),
    );
    if (node.gap) gaps.push(index.get(node) as number, node.gap.max, index.get(node.gap.node) as number);
  }
  return { format: MATCHER_FORMAT, lang, size, entries, keys, words: [...words], next, eps, ends, gaps, typos: trie.typoIndex() };
}

/**
 * Adds the phrases of compiled data to `trie`, as `compilePacks` would have added the pack: fresh
 * nodes and entries, then the root merged. Only the root is filled now; every other node is
 * filled from the data the first time a walk (or a merge) reads it, so start-up does not pay for
 * the whole graph. The words are indexed (vocabulary, typo candidates) at once.
 */
export function decodeInto(trie: PhraseTrie, data: CompiledMatcher): void {
  const count = data.keys.length;
  const first = trie.reserveIds(count);
  const { next, eps, ends, keys } = data;
  // Where each node's lists start in `next`, `eps` and `ends` (each list is its length, then its items).
  const nextAt = new Int32Array(count);
  const epsAt = new Int32Array(count);
  const endsAt = new Int32Array(count);
  for (let i = 0, n = 0, e = 0, d = 0; i < count; i++) {
    nextAt[i] = n;
    n += next[n] + 1;
    epsAt[i] = e;
    e += eps[e] + 1;
    endsAt[i] = d;
    d += ends[d] + 1;
  }
  const gapAt = new Map<number, number>();
  for (let g = 0; g < data.gaps.length; g += 3) gapAt.set(data.gaps[g], g);
  const entries: PhraseEntry[] = data.entries.map(([rule, flags, pattern, lang = data.lang]) =>
    flags & 2 ? { rule, lang, weak: (flags & 1) !== 0, pattern, question: true } : { rule, lang, weak: (flags & 1) !== 0, pattern },
  );
  const nodes = new Array<TrieNode | undefined>(count);
  const loader: NodeLoader = {
    load(node: TrieNode): void {
      const i = node.id - first;
      let n = nextAt[i];
      const edges = next[n++];
      if (edges) {
        const map = new Map<number, TrieNode>();
        for (const end = n + edges; n < end; n++) {
          const child = nodeAt(next[n]);
          const k = keyHash(child.key);
          map.set(k, child);
          if (i === 0) trie.noteEdge(true, child.key, k);
        }
        node.next = map;
      }
      let e = epsAt[i];
      const junctions = eps[e++];
      if (junctions) {
        const list: TrieNode[] = [];
        for (const end = e + junctions; e < end; e++) list.push(nodeAt(eps[e]));
        node.eps = list;
      }
      let d = endsAt[i];
      const own = ends[d++];
      if (own) {
        const list: PhraseEntry[] = [];
        for (const end = d + own; d < end; d++) list.push(entries[ends[d]]);
        node.entries = list;
      }
      const g = gapAt.get(i);
      if (g !== undefined) node.gap = { max: data.gaps[g + 1], node: nodeAt(data.gaps[g + 2]) };
    },
  };
  const nodeAt = (i: number): TrieNode => (nodes[i] ??= new TrieNode(first + i, keys[i], loader));
  const wordsBefore = trie.longWordCount;
  for (const w of data.words) trie.noteWord(w, keyHash(w));
  trie.addTypoIndex(data.typos, wordsBefore);
  trie.graft(nodeAt(0), data.size);
}

/** The JSON text the build writes for a language: its pack compiled now. */
export function compileMatcherData(lang: Lang): string {
  const pack = PACKS.find((p) => p.lang === lang);
  if (!pack) throw new Error(`no phrase pack for ${lang}`);
  return JSON.stringify(encodeTrie(compilePacks([pack]), lang));
}

/** The compiled data of a language from the installed source, when present and current. */
function compiledData(lang: Lang): CompiledMatcher | undefined {
  let data = decoded.get(lang);
  if (data === undefined) {
    const text = source?.(lang);
    const parsed = text === undefined ? undefined : (JSON.parse(text) as CompiledMatcher);
    data = parsed && parsed.format === MATCHER_FORMAT && parsed.lang === lang ? parsed : null;
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
