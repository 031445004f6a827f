import type { Lang } from '../lang';
import { matchFoldedToken, phraseHashes, type Tokens } from '../text/tokenize';
import { expandPattern } from './patterns';
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
  next: Map<number, TrieNode> | undefined;
  entries: PhraseEntry[] | undefined;
  /** For nodes that end a phrase: its folded tokens, to verify a hash match. */
  phrase: string | undefined;
}

/** A phrase occurrence: tokens [first, last] of the text. */
export interface PhraseHit {
  readonly first: number;
  readonly last: number;
  readonly entries: readonly PhraseEntry[];
}

/** Rule id of phrases the user adds in settings. */
export const CUSTOM_RULE = 'custom-phrase';

const newNode = (): TrieNode => ({ next: undefined, entries: undefined, phrase: undefined });

/**
 * A compiled set of phrases over token keys. Matching walks the trie from every token and keeps
 * the longest phrase: work per token is bounded by the longest phrase, so the whole pass is
 * linear in the text, whatever users add (custom phrases are plain text, never regexes).
 */
export class PhraseTrie {
  private readonly root = newNode();
  /** Bit filter over first-token hashes: most tokens start no phrase and skip the map lookup. */
  private readonly firstFilter = new Uint8Array(8192);
  /** Number of distinct phrases (after pattern expansion). */
  size = 0;

  add(keys: readonly string[], entry: PhraseEntry): void {
    let node = this.root;
    const phrase = keys.join(' ');
    const hashes = phraseHashes(phrase);
    if (hashes.length) this.firstFilter[(hashes[0] & 0xffff) >> 3] |= 1 << (hashes[0] & 7);
    for (const k of hashes) {
      node.next ??= new Map();
      let child = node.next.get(k);
      if (!child) {
        child = newNode();
        node.next.set(k, child);
      }
      node = child;
    }
    if (!node.entries) this.size++;
    node.phrase = phrase;
    (node.entries ??= []).push(entry);
  }

  /** Adds every expansion of a pattern. */
  addPattern(pattern: string, entry: PhraseEntry): void {
    for (const phrase of expandPattern(pattern, entry.lang)) this.add(phrase.split(' '), entry);
  }

  /**
   * Finds phrase hits in `text` (the original text the tokens come from); a phrase never runs
   * across a sentence end ("sorry. Again").
   */
  match(tokens: Tokens, text: string): PhraseHit[] {
    const hits: PhraseHit[] = [];
    const rootNext = this.root.next;
    if (!rootNext) return hits;
    const { count, hash, start, end } = tokens;
    const filter = this.firstFilter;
    for (let i = 0; i < count; i++) {
      const h = hash[i];
      if ((filter[(h & 0xffff) >> 3] & (1 << (h & 7))) === 0) continue;
      let node = rootNext.get(h);
      if (!node) continue;
      let bestLast = -1;
      let best: PhraseEntry[] | undefined;
      let bestPhrase = '';
      let j = i;
      for (;;) {
        if (node.entries) {
          bestLast = j;
          best = node.entries;
          bestPhrase = node.phrase as string;
        }
        if (!node.next || j + 1 >= count || crossesSentence(text, end[j], start[j + 1])) break;
        const child: TrieNode | undefined = node.next.get(hash[j + 1]);
        if (!child) break;
        node = child;
        j++;
      }
      if (best && verify(text, tokens, i, bestLast, bestPhrase)) hits.push({ first: i, last: bestLast, entries: best });
    }
    return hits;
  }
}

/** Confirms a hash match against the phrase's folded tokens (hash collisions are possible). */
function verify(text: string, tokens: Tokens, first: number, last: number, phrase: string): boolean {
  let pos = 0;
  for (let k = first; k <= last; k++) {
    if (k > first) {
      if (phrase.charCodeAt(pos) !== 32) return false;
      pos++;
    }
    pos = matchFoldedToken(text, tokens.start[k], tokens.end[k], phrase, pos);
    if (pos < 0) return false;
  }
  return pos === phrase.length;
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
      for (const p of patterns) trie.addPattern(p, { rule, lang: pack.lang, weak: false, pattern: p });
    }
    for (const [rule, patterns] of Object.entries(pack.weakPhrases ?? {})) {
      for (const p of patterns) trie.addPattern(p, { rule, lang: pack.lang, weak: true, pattern: p });
    }
    for (const [rule, patterns] of Object.entries(pack.questionPhrases ?? {})) {
      for (const p of patterns) trie.addPattern(p, { rule, lang: pack.lang, weak: false, pattern: p, question: true });
    }
    for (const p of pack.allow) trie.addPattern(p, { rule: '', lang: pack.lang, weak: false, pattern: p });
  }
  // User phrases are literal text: brackets and bars are not pattern syntax for them.
  const literal = (p: string) => p.replace(/[()[\]|]/g, ' ');
  for (const e of extra) {
    trie.addPattern(literal(e.phrase), { rule: CUSTOM_RULE, lang: e.lang, weak: false, pattern: e.phrase, category: e.category, message: e.message });
  }
  for (const a of allowed) trie.addPattern(literal(a.phrase), { rule: '', lang: a.lang, weak: false, pattern: a.phrase });
  return trie;
}
