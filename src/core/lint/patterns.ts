import { foldText } from '../text/fold';
import { phraseKeys } from '../text/tokenize';

/**
 * Phrase patterns: a small grammar over tokens, in a plain-text notation (never a regular
 * expression). A pattern expands to token sequences that are compiled into one token trie.
 *
 *   `(a|b c|)`   one of the alternatives; an empty one makes the group optional
 *   `[a b]`      optional words (same as `(a b|)`)
 *   `@name`      a token class of the pack (`PhrasePack.classes`): a lemma with its inflections,
 *                a pronoun or clitic slot per register, intensifiers, number words… The class is
 *                itself a pattern fragment, substituted where it is named, so it can also sit
 *                inside a word: `scriver@cl` with `cl: '(ti|Le|mi|)'` gives "scriverti",
 *                "scriverLe", "scrivermi" and "scriver".
 *   `~` / `~N`   a bounded gap: any 0 to N tokens (default 2, at most 4) inside one sentence,
 *                for fillers and intensifiers ("as I ~ said" also matches "as I have already
 *                clearly said"). A gap sits between two words, never at a pattern's edge.
 *
 * Everything else is literal words; case, accents and apostrophes are folded, and English
 * contractions get their long forms ("it's" → "it is") and long forms their contractions ("I would" →
 * "I'd", "it is not" → "it's not" and "it isn't"). In Italian an elided word written with its
 * apostrophe before the next group glues to it as in the text: `(l'|lo) (ho|avevo)` also gives
 * "l'ho" and "l'avevo" (one token each, "lho", "lavevo"), see `glueElisions`. At match time a long word of a pattern
 * (7+ letters) also matches a token one edit away from it (a typo: one letter missing, extra,
 * wrong or two letters swapped), see `PhraseTrie`. Expansion is capped per pattern.
 *
 * Patterns are compiled segment by segment (`compileSegments`), never multiplied out, so classes
 * and gaps cost the sum of their alternatives, not their product. `expandPattern` lists the
 * phrases of a small pattern (token keys joined by spaces, a gap being the key `~N`).
 */
export const MAX_EXPANSIONS = 20000;
/** Largest gap a pattern may ask for, in tokens. */
export const MAX_GAP = 4;
const DEFAULT_GAP = 2;

/** Token classes by name: each value is a pattern fragment. */
export type PatternClasses = Readonly<Record<string, string>>;

type Node = { kind: 'text'; text: string } | { kind: 'alt'; options: Node[][] };

const CLASS_REF = /@([a-zA-Z][a-zA-Z0-9_]*)/g;

/** Substitutes `@name` class references (classes may name other classes, up to a depth). */
export function resolveClasses(pattern: string, classes: PatternClasses | undefined): string {
  let out = pattern;
  for (let depth = 0; out.includes('@'); depth++) {
    if (depth > 4) throw new SyntaxError(`classes nest too deep in pattern: ${pattern}`);
    out = out.replace(CLASS_REF, (_, name: string) => {
      const def = classes?.[name];
      if (def === undefined) throw new SyntaxError(`unknown class @${name} in pattern: ${pattern}`);
      return def;
    });
  }
  return out;
}

function parse(pattern: string): Node[] {
  let i = 0;
  function seq(stop: string): Node[] {
    const out: Node[] = [];
    let buf = '';
    const flush = () => {
      if (buf) out.push({ kind: 'text', text: buf });
      buf = '';
    };
    while (i < pattern.length) {
      const c = pattern[i];
      if (stop.includes(c)) break;
      if (c === '(' || c === '[') {
        flush();
        i++;
        const close = c === '(' ? ')' : ']';
        const options: Node[][] = [seq(`|${close}`)];
        while (pattern[i] === '|') {
          i++;
          options.push(seq(`|${close}`));
        }
        if (pattern[i] !== close) throw new SyntaxError(`unclosed '${c}' in pattern: ${pattern}`);
        i++;
        if (c === '[') options.push([]);
        out.push({ kind: 'alt', options });
      } else if (c === ')' || c === ']' || c === '|') {
        throw new SyntaxError(`unexpected '${c}' in pattern: ${pattern}`);
      } else {
        buf += c;
        i++;
      }
    }
    flush();
    return out;
  }
  const nodes = seq('');
  if (i !== pattern.length) throw new SyntaxError(`unexpected '${pattern[i]}' in pattern: ${pattern}`);
  return nodes;
}

function expandNodes(nodes: Node[], prefixes: string[]): string[] {
  let acc = prefixes;
  for (const n of nodes) {
    if (n.kind === 'text') {
      acc = acc.map((p) => p + n.text);
    } else {
      const next: string[] = [];
      for (const opt of n.options) next.push(...expandNodes(opt, acc));
      acc = next;
    }
    if (acc.length > MAX_EXPANSIONS) throw new RangeError(`pattern expands to more than ${MAX_EXPANSIONS} phrases`);
  }
  return acc;
}

const EN_CONTRACTIONS: Array<[RegExp, string]> = [
  [/\bi'm\b/g, 'i am'],
  [/\b(it|that|there|what|he|she)'s\b/g, '$1 is'],
  [/\b(you|we|they)'re\b/g, '$1 are'],
  [/\b(i|you|we|they|it|that)'ll\b/g, '$1 will'],
  [/\b(i|you|we|they)'ve\b/g, '$1 have'],
  [/\b(i|you|we|they)'d\b/g, '$1 would'],
  [/\bcan't\b/g, 'cannot'],
  [/\bwon't\b/g, 'will not'],
  [/\b(is|are|was|were|do|does|did|has|have|had|could|should|would)n't\b/g, '$1 not'],
];

/** The other way: a pattern's long form also matches the contraction people type ("I would" → "I'd"). */
const EN_SHORT_FORMS: Array<[RegExp, string]> = [
  [/\bi am\b/g, "i'm"],
  [/\b(it|that|there|what|he|she) is\b/g, "$1's"],
  [/\b(you|we|they) are\b/g, "$1're"],
  [/\b(i|you|we|they|it|that) will\b/g, "$1'll"],
  [/\b(i|you|we|they) have\b/g, "$1've"],
  [/\b(i|you|we|they) would\b/g, "$1'd"],
];
/** Negations contracted: applied before or after the pronoun forms, as both are typed ("it's not", "it isn't"). */
const EN_SHORT_NEGATIONS: Array<[RegExp, string]> = [
  [/\bcan ?not\b/g, "can't"],
  [/\bwill not\b/g, "won't"],
  [/\b(is|are|was|were|do|does|did|has|have|had|could|should|would) not\b/g, "$1n't"],
];

/** An English phrase with its contractions in long form, and with its long forms contracted. */
function enVariants(folded: string): string[] {
  const out = [folded];
  let long = folded;
  if (folded.includes("'")) for (const [re, to] of EN_CONTRACTIONS) long = long.replace(re, to);
  const contract = (text: string, rules: ReadonlyArray<[RegExp, string]>) => rules.reduce((t, [re, to]) => t.replace(re, to), text);
  const pronounFirst = contract(contract(long, EN_SHORT_FORMS), EN_SHORT_NEGATIONS);
  const negationFirst = contract(contract(long, EN_SHORT_NEGATIONS), EN_SHORT_FORMS);
  for (const v of [long, pronounFirst, negationFirst]) if (!out.includes(v)) out.push(v);
  return out;
}

const GAP_RE = /~([0-9]?)/g;

/** True when a key of an expanded phrase is a gap (`~N`). */
export const isGapKey = (key: string): boolean => key.charCodeAt(0) === 126;
/** The largest number of tokens a gap key skips. */
export const gapSize = (key: string): number => Number(key.slice(1));

/** Token keys of one expanded phrase (gaps become `~N` keys); undefined when it is empty. */
function phraseToKeys(phrase: string, pattern: string): string[] | undefined {
  const parts = phrase.split(GAP_RE);
  // split with one capture group: [text, size, text, size, text…]
  const keys: string[] = [];
  for (let k = 0; k < parts.length; k += 2) {
    const words = phraseKeys(parts[k]);
    if (k > 0) {
      const size = parts[k - 1] === '' ? DEFAULT_GAP : Number(parts[k - 1]);
      if (size < 1 || size > MAX_GAP) throw new RangeError(`gap ~${size} out of 1..${MAX_GAP} in pattern: ${pattern}`);
      if (!keys.length || !words.length) throw new SyntaxError(`a gap must sit between two words in pattern: ${pattern}`);
      keys.push(`~${size}`);
    }
    keys.push(...words);
  }
  return keys.length ? keys : undefined;
}

/** One position of a compiled pattern: alternatives (token-key lists; `[]` = optional) or a gap. */
export type Segment = { readonly alts: readonly (readonly string[])[] } | { readonly gap: number };

/**
 * Splits a top-level node sequence at the spaces that separate words; nodes glued together
 * ("scriver(ti|Le)", "(i|we)('ve| have)") stay in one segment.
 */
function splitSegments(nodes: Node[]): Node[][] {
  const segs: Node[][] = [];
  let cur: Node[] = [];
  const close = () => {
    if (cur.length) segs.push(cur);
    cur = [];
  };
  for (const n of nodes) {
    if (n.kind === 'alt') {
      cur.push(n);
      continue;
    }
    for (const piece of n.text.split(/(\s+)/)) {
      if (!piece) continue;
      if (/^\s+$/.test(piece)) close();
      else cur.push({ kind: 'text', text: piece });
    }
  }
  close();
  return segs;
}

/** Compiled segments by language and source: classes recur across patterns and compile once. */
const SEGMENT_CACHE = new Map<string, Segment>();

/**
 * Elided words per language (folded, without the apostrophe): written "l'" before a space in a
 * pattern, they join the next word as they do in the text ("l'ho" is the one token "lho"). Not
 * truncations like "po'" ("un po' di" is three tokens in the text too).
 */
const ELISIONS: Partial<Record<string, RegExp>> = {
  it: /(?:^|\s)(?:l|gliel|un|dell|all|dall|nell|sull|coll|quest|quell|nessun|qualcun|ciascun|c|d|m|t|s|v|n|com|dov|senz|mezz|tutt)'$/,
};
/** Per compiled segment, its alternatives (space-joined keys) that end with an elided word. */
const ELIDED = new WeakMap<Segment, Set<string>>();

/**
 * Joins each segment that has an elided alternative with the segment after it: every pair of
 * alternatives, and for an elided one also the glued form ("l" + "ho" → "lho"). Before a gap
 * or at the end nothing follows to glue to, and the segment stays as it is.
 */
function glueElisions(segs: Segment[]): Segment[] {
  const out: Segment[] = [];
  for (let i = 0; i < segs.length; i++) {
    const seg = segs[i];
    const next = segs[i + 1];
    const elided = ELIDED.get(seg);
    if (!elided || !next || 'gap' in seg || 'gap' in next) {
      out.push(seg);
      continue;
    }
    const alts = new Map<string, readonly string[]>();
    for (const a of seg.alts) {
      const glue = elided.has(a.join(' '));
      for (const b of next.alts) {
        const plain = [...a, ...b];
        alts.set(plain.join(' '), plain);
        if (glue && b.length) {
          const glued = [...a.slice(0, -1), a[a.length - 1] + b[0], ...b.slice(1)];
          alts.set(glued.join(' '), glued);
        }
      }
    }
    out.push({ alts: [...alts.values()] });
    i++;
  }
  return out;
}

/** The source text of a parsed node (a cache key). */
function nodeSource(n: Node): string {
  return n.kind === 'text' ? n.text : `(${n.options.map((o) => o.map(nodeSource).join('')).join('|')})`;
}

/** Folds one alternative and gives its token keys (English contractions also in long form). */
function altKeys(alt: string, lang: string | undefined): string[][] {
  const folded = foldText(alt).replace(/\s+/g, ' ').trim();
  const variants = lang === 'en' ? enVariants(folded) : [folded];
  return variants.map((v) => phraseKeys(v));
}

/**
 * Compiles a pattern into segments without multiplying them out: the matcher chains them, so
 * a pattern of ten groups of ten costs a hundred edges, not ten billion phrases.
 */
export function compileSegments(pattern: string, lang?: string, classes?: PatternClasses): Segment[] {
  const out: Segment[] = [];
  for (const seg of splitSegments(parse(resolveClasses(pattern, classes)))) {
    const cacheKey = `${lang ?? ''}\u0000${seg.map(nodeSource).join('')}`;
    const cached = SEGMENT_CACHE.get(cacheKey);
    if (cached) {
      if ('gap' in cached && !(out.length && !('gap' in out[out.length - 1])))
        throw new SyntaxError(`a gap must sit between two words in pattern: ${pattern}`);
      out.push(cached);
      continue;
    }
    if (seg.length === 1 && seg[0].kind === 'text' && seg[0].text.startsWith('~')) {
      const m = /^~([0-9]?)$/.exec(seg[0].text);
      if (!m) throw new SyntaxError(`a gap must stand alone in pattern: ${pattern}`);
      const size = m[1] === '' ? DEFAULT_GAP : Number(m[1]);
      if (size < 1 || size > MAX_GAP) throw new RangeError(`gap ~${size} out of 1..${MAX_GAP} in pattern: ${pattern}`);
      const prev = out[out.length - 1];
      if (!prev || 'gap' in prev) throw new SyntaxError(`a gap must sit between two words in pattern: ${pattern}`);
      const gap = { gap: size };
      SEGMENT_CACHE.set(cacheKey, gap);
      out.push(gap);
      continue;
    }
    const seen = new Map<string, string[]>();
    const elision = lang ? ELISIONS[lang] : undefined;
    let elided: Set<string> | undefined;
    for (const alt of expandNodes(seg, [''])) {
      if (alt.includes('~')) throw new SyntaxError(`a gap must stand alone in pattern: ${pattern}`);
      for (const keys of altKeys(alt, lang)) {
        seen.set(keys.join(' '), keys);
        if (elision?.test(foldText(alt).trim()) && keys.length) (elided ??= new Set()).add(keys.join(' '));
      }
    }
    const compiled = { alts: [...seen.values()] };
    if (elided) ELIDED.set(compiled, elided);
    SEGMENT_CACHE.set(cacheKey, compiled);
    out.push(compiled);
  }
  const last = out[out.length - 1];
  if (last && 'gap' in last) throw new SyntaxError(`a gap must sit between two words in pattern: ${pattern}`);
  return lang && ELISIONS[lang] ? glueElisions(out) : out;
}

/** How many phrasings a pattern stands for (gaps counted once), without expanding it. */
export function countPattern(pattern: string, lang?: string, classes?: PatternClasses): number {
  return compileSegments(pattern, lang, classes).reduce((n, s) => ('gap' in s ? n : n * s.alts.length), 1);
}

/** The token-key sequences (space-joined) a pattern stands for (for tests and small patterns). */
export function expandPattern(pattern: string, lang?: string, classes?: PatternClasses): string[] {
  const raw = expandNodes(parse(resolveClasses(pattern, classes)), ['']);
  const out = new Set<string>();
  for (const phrase of raw) {
    const folded = foldText(phrase).replace(/\s+/g, ' ').trim();
    const variants = lang === 'en' ? enVariants(folded) : [folded];
    const elision = lang ? ELISIONS[lang] : undefined;
    if (elision && folded.includes("' ")) {
      // The glued form of each elided word followed by a word (as compileSegments does).
      const glued = folded.replace(/(\S+') (?=[^\s~])/g, (m, word: string) => (elision.test(word) ? word : m));
      if (glued !== folded) variants.push(glued);
    }
    for (const v of variants) {
      const keys = phraseToKeys(v, pattern);
      if (keys) out.add(keys.join(' '));
    }
  }
  return [...out];
}
