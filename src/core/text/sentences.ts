import { EN_WEEKDAY_ABBREVIATIONS } from '../dates/weekday-names';
import type { Lang } from '../lang';
import { foldText } from './fold';
import { lastAtOrBefore } from './lines';

/**
 * Sentence boundaries: `Intl.Segmenter` (Unicode sentence rules) run on small windows, then
 * joined again where a segment ends with an abbreviation of the language ("e.g.", "p. ej.",
 * "ecc.", "Sr.", "dott."). A line break inside a paragraph is a space (mail is hard-wrapped),
 * except before a list item; a ";" also ends a sentence for the linter's context checks.
 *
 * Work is lazy and linear: a text is cut into windows of about WINDOW characters at sure
 * boundaries, and a window is segmented only when a sentence in it is asked for (V8's segmenter
 * slows down quadratically on long strings, so it never sees a long one).
 */

/** Abbreviations per language, folded, without their final dot ("p. ej." ends in "ej"). */
export const ABBREVIATIONS: Record<Lang, readonly string[]> = {
  en: [
    'e.g',
    'eg',
    'i.e',
    'ie',
    'etc',
    'vs',
    'viz',
    'cf',
    'approx',
    'appt',
    'apt',
    'mr',
    'mrs',
    'ms',
    'dr',
    'prof',
    'st',
    'jr',
    'sr',
    'no',
    'nos',
    'vol',
    'fig',
    'p',
    'pp',
    'dept',
    'est',
    'inc',
    'ltd',
    'co',
    'corp',
    'jan',
    'feb',
    'mar',
    'apr',
    'jun',
    'jul',
    'aug',
    'sep',
    'sept',
    'oct',
    'nov',
    'dec',
    ...EN_WEEKDAY_ABBREVIATIONS,
    'a.m',
    'p.m',
    'u.s',
    'u.k',
    'ref',
    'tel',
    'ext',
    'attn',
    'min',
    'max',
    'incl',
    'excl',
    'govt',
    'ave',
    'rd',
    'mt',
  ],
  es: [
    'ej',
    'p.ej',
    'etc',
    'sr',
    'sra',
    'srta',
    'sres',
    'sras',
    'dr',
    'dra',
    'd',
    'da',
    'dna',
    'ud',
    'uds',
    'vd',
    'vds',
    'lic',
    'ing',
    'arq',
    'prof',
    'pag',
    'pags',
    'num',
    'tel',
    'aprox',
    'av',
    'avda',
    'c',
    'cia',
    's.a',
    's.l',
    'admon',
    'dpto',
    'depto',
    'vs',
    'ee.uu',
    'max',
    'min',
    'ref',
    'atte',
    'p.d',
    'pd',
    'ene',
    'feb',
    'mar',
    'abr',
    'may',
    'jun',
    'jul',
    'ago',
    'sept',
    'sep',
    'oct',
    'nov',
    'dic',
    'izq',
    'dcha',
    'cap',
    'art',
    'fdo',
    'excmo',
    'ilmo',
    'sig',
    'pta',
    'tlf',
  ],
  it: [
    'ecc',
    'es',
    'p.es',
    'sig',
    'sigg',
    'sig.ra',
    'sig.na',
    'sigra',
    'dott',
    'dott.ssa',
    'dottssa',
    'dr',
    'prof',
    'prof.ssa',
    'avv',
    'ing',
    'arch',
    'geom',
    'rag',
    'egr',
    'gent',
    'gent.mo',
    'gent.ma',
    'spett',
    'sp',
    'pag',
    'pagg',
    'tel',
    'cfr',
    'n',
    'nr',
    'ca',
    'art',
    'c.a',
    's.p.a',
    's.r.l',
    'p.s',
    'ps',
    'min',
    'max',
    'rif',
    'all',
    'v',
    'vs',
    'gen',
    'feb',
    'mar',
    'apr',
    'mag',
    'giu',
    'lug',
    'ago',
    'set',
    'ott',
    'nov',
    'dic',
    'cap',
    'sez',
    'lett',
    'cit',
    'cd',
    'cosiddetto',
  ],
};

const ABBR_SETS: Record<Lang | 'all', Set<string>> = {
  en: new Set(ABBREVIATIONS.en),
  es: new Set(ABBREVIATIONS.es),
  it: new Set(ABBREVIATIONS.it),
  all: new Set([...ABBREVIATIONS.en, ...ABBREVIATIONS.es, ...ABBREVIATIONS.it]),
};

/** Windows are cut near this size at a sure boundary (or at a space inside a huge sentence). */
const WINDOW = 800;
/** A window longer than this is cut at a space even inside a sentence. */
const HARD_WINDOW = 2000;

const segmenters = new Map<string, Intl.Segmenter>();
function segmenter(lang: Lang | 'all'): Intl.Segmenter {
  const locale = lang === 'all' ? 'en' : lang;
  let s = segmenters.get(locale);
  if (!s) {
    s = new Intl.Segmenter(locale, { granularity: 'sentence' });
    segmenters.set(locale, s);
  }
  return s;
}

/** Characters the Unicode sentence rules never break after: Latin text, spaces, quotes and dashes, without . ! ? or line breaks. */
const NO_BREAK = /^[\u0000-\u0009\u000b\u000c\u000e-\u0020\u0022-\u002d\u002f-\u003e\u0040-\u0084\u0086-\u024f\u2010-\u2023\u2025\u2027]*$/;
/** Marks, closing quotes and spaces that may end the last sentence of a text. */
const TRAILER = /[\s.!?"'”’»)\]]/;

/**
 * True when `chunk` is one sentence for the Unicode sentence rules: no terminal mark or line
 * break before the marks, closing quotes and spaces that end it (anything else: ask Intl.Segmenter).
 */
export function isOneSentence(chunk: string): boolean {
  let end = chunk.length;
  while (end > 0 && TRAILER.test(chunk[end - 1])) end--;
  return NO_BREAK.test(end === chunk.length ? chunk : chunk.slice(0, end));
}

const isSpace = (c: number): boolean => c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0;
const isTerminal = (c: number): boolean => c === 46 || c === 33 || c === 63 || c === 0x2026;
const isLetter = (ch: string): boolean => /\p{L}/u.test(ch);

/**
 * True when the "." at `dot` ends an abbreviation of the language (or an initial, "J. Smith"),
 * so it does not end the sentence.
 */
export function isAbbreviationDot(text: string, dot: number, lang: Lang | 'all'): boolean {
  if (text.charCodeAt(dot) !== 46) return false;
  let s = dot;
  // The word before the dot, with inner dots ("e.g", "dott.ssa"), at most 12 characters back.
  while (s > 0 && dot - s < 12) {
    const ch = text[s - 1];
    if (ch === '.' || isLetter(ch)) s--;
    else break;
  }
  if (s === dot) return false;
  if (s > 0 && isLetter(text[s - 1])) return false; // longer than any abbreviation
  const word = foldText(text.slice(s, dot)).replace(/^\.+/, '');
  if (!word) return false;
  if (word.length === 1 && word !== 'i') return true; // an initial, or "p." in "p. ej."
  return ABBR_SETS[lang].has(word);
}

/** Whether a line break at `nl` starts a list item or a heading (a sentence end) rather than wrapping. */
function breaksBeforeItem(text: string, nl: number, to: number): boolean {
  let i = nl + 1;
  while (i < to && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
  if (i >= to) return true;
  const c = text.charCodeAt(i);
  if (c === 45 || c === 42 || c === 43 || c === 0x2022 || c === 35 || c === 62) return true; // - * + • # >
  if (c >= 48 && c <= 57) {
    let j = i;
    while (j < to && text.charCodeAt(j) >= 48 && text.charCodeAt(j) <= 57) j++;
    const d = text.charCodeAt(j);
    return (d === 46 || d === 41) && (j + 1 >= to || isSpace(text.charCodeAt(j + 1)));
  }
  return false;
}

/** The sentences of one text (a paragraph), found lazily window by window. */
export class Sentences {
  /** Window start offsets (ascending); a window ends where the next one starts. */
  private readonly windows: number[];
  /** Sentence starts per window, once segmented. */
  private readonly starts: Array<number[] | undefined>;

  constructor(
    private readonly text: string,
    private readonly lang: Lang | 'all',
  ) {
    this.windows = this.cutWindows();
    this.starts = new Array(this.windows.length);
  }

  /** [start, end) of the sentence holding offset `at` (trailing spaces belong to the sentence). */
  bounds(at: number): [number, number] {
    const starts = this.sentenceStarts(at);
    const k = lastAtOrBefore(starts.list, at);
    const start = starts.list[k];
    const end = k + 1 < starts.list.length ? starts.list[k + 1] : starts.end;
    return [start, end];
  }

  /** [start, end) of the sentence before the one holding `at`, or that sentence at the text's start. */
  previous(at: number): [number, number] {
    const [s] = this.bounds(at);
    return s > 0 ? this.bounds(s - 1) : this.bounds(at);
  }

  /** Every sentence start, in order (segments the whole text). */
  all(): number[] {
    const out: number[] = [];
    for (let w = 0; w < this.windows.length; w++) out.push(...this.window(w));
    return out;
  }

  private sentenceStarts(at: number): { list: number[]; end: number } {
    const w = Math.max(0, lastAtOrBefore(this.windows, Math.min(at, this.text.length - 1)));
    const end = w + 1 < this.windows.length ? this.windows[w + 1] : this.text.length;
    return { list: this.window(w), end };
  }

  private window(w: number): number[] {
    let list = this.starts[w];
    if (list) return list;
    const from = this.windows[w];
    const to = w + 1 < this.windows.length ? this.windows[w + 1] : this.text.length;
    list = this.segmentWindow(from, to);
    this.starts[w] = list;
    return list;
  }

  /** Cuts the text into windows at sure sentence ends (a terminal mark, space, then a capital). */
  private cutWindows(): number[] {
    const text = this.text;
    const cuts = [0];
    if (text.length <= WINDOW) return cuts;
    let last = 0;
    for (let i = WINDOW; i < text.length; i++) {
      if (i - last < WINDOW) {
        i = last + WINDOW - 1;
        continue;
      }
      const c = text.charCodeAt(i);
      if (isSpace(c)) {
        const p = text.charCodeAt(i - 1);
        const n = i + 1 < text.length ? text[i + 1] : '';
        const sure =
          isTerminal(p) && !isAbbreviationDot(text, i - 1, this.lang) && n !== '' && n === n.toUpperCase() && n !== n.toLowerCase();
        if (sure || i - last >= HARD_WINDOW) {
          cuts.push(i + 1);
          last = i + 1;
        }
      }
    }
    return cuts;
  }

  private segmentWindow(from: number, to: number): number[] {
    const text = this.text;
    // Line breaks become spaces (same length) unless a list item or heading follows.
    let chunk = text.slice(from, to);
    if (chunk.includes('\n')) {
      let out = '';
      let prev = 0;
      for (let i = chunk.indexOf('\n'); i >= 0; i = chunk.indexOf('\n', i + 1)) {
        if (!breaksBeforeItem(chunk, i, chunk.length)) {
          out += `${chunk.slice(prev, i)} `;
          prev = i + 1;
        }
      }
      chunk = out + chunk.slice(prev);
    }
    const starts = [from];
    // Most short blocks are one sentence: Intl.Segmenter (whose first use loads ICU data) is asked only when it could break.
    if (!isOneSentence(chunk))
      for (const seg of segmenter(this.lang).segment(chunk)) {
        const s = from + seg.index;
        if (s === from) continue;
        if (this.joinsPrevious(s)) continue;
        starts.push(s);
      }
    // A ";" ends a sentence too, for the context checks.
    if (!chunk.includes(';')) return starts;
    const out: number[] = [];
    let k = 0;
    for (let i = chunk.indexOf(';'); i >= 0; i = chunk.indexOf(';', i + 1)) {
      let j = i + 1;
      while (j < chunk.length && isSpace(chunk.charCodeAt(j))) j++;
      if (j === i + 1 || j >= chunk.length) continue;
      while (k < starts.length && starts[k] <= from + j) out.push(starts[k++]);
      if (out[out.length - 1] !== from + j) out.push(from + j);
    }
    while (k < starts.length) out.push(starts[k++]);
    return out;
  }

  /** True when the segment starting at `s` continues the previous one (after an abbreviation). */
  private joinsPrevious(s: number): boolean {
    const text = this.text;
    let e = s;
    while (e > 0 && isSpace(text.charCodeAt(e - 1))) e--;
    if (e === 0) return false;
    if (text.charCodeAt(e - 1) === 46 && isAbbreviationDot(text, e - 1, this.lang)) return true;
    // A line that does not end a sentence, followed by a lower-case word, goes on.
    const next = text[s];
    return next !== undefined && next !== next.toUpperCase() && !isTerminal(text.charCodeAt(e - 1)) && text.charCodeAt(e - 1) !== 58;
  }
}
