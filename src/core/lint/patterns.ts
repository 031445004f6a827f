import { foldText } from '../text/fold';
import { phraseKeys } from '../text/tokenize';

/**
 * Phrase patterns, a tiny plain-text notation (never a regular expression):
 *   `(a|b c|)`  one of the alternatives (an empty one makes the group optional)
 *   `[a b]`     optional words
 * Everything else is literal words. "as I (already|allready|) (said|told you)" expands to six
 * phrases. Expansion is capped so that a pattern cannot explode.
 */
export const MAX_EXPANSIONS = 20000;

type Node = { kind: 'text'; text: string } | { kind: 'alt'; options: Node[][] };

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
  [/\bi'm\b/g, 'i am'], [/\b(it|that|there|what|he|she)'s\b/g, '$1 is'], [/\b(you|we|they)'re\b/g, '$1 are'],
  [/\b(i|you|we|they|it|that)'ll\b/g, '$1 will'], [/\b(i|you|we|they)'ve\b/g, '$1 have'],
  [/\b(i|you|we|they)'d\b/g, '$1 would'], [/\bcan't\b/g, 'cannot'], [/\bwon't\b/g, 'will not'],
  [/\b(is|are|was|were|do|does|did|has|have|had|could|should|would)n't\b/g, '$1 not'],
];

/** The token-key sequences (space-joined) a pattern stands for. */
export function expandPattern(pattern: string, lang?: string): string[] {
  const raw = expandNodes(parse(pattern), ['']);
  const out = new Set<string>();
  for (const phrase of raw) {
    const folded = foldText(phrase);
    const variants = [folded];
    if (lang === 'en' && folded.includes("'")) {
      let expanded = folded;
      for (const [re, to] of EN_CONTRACTIONS) expanded = expanded.replace(re, to);
      if (expanded !== folded) variants.push(expanded);
    }
    for (const v of variants) {
      const keys = phraseKeys(v);
      if (keys.length) out.add(keys.join(' '));
    }
  }
  return [...out];
}
