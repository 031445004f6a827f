import type { Lang } from '../../lang';

/** A sentence of a draft, in document offsets. */
export interface Sentence {
  /** First character of the sentence (after leading spaces). */
  readonly start: number;
  /** First character after a greeting that opens the sentence ("Hi Sam, "), else `start`. */
  readonly body: number;
  /** End of the words: the first closing mark, or the end of the line. */
  readonly end: number;
  /** After the closing marks and closing quotes. */
  readonly stop: number;
  /** A greeting opens the sentence ("Hi Sam, sorry…", "Estimada Ana: le…"), so the body goes on in lower case. */
  readonly greetingComma: boolean;
}

const CLOSERS = '.!?…';
const QUOTES = '"\'”’»)';
const isSpace = (ch: string | undefined) => ch === ' ' || ch === '\t' || ch === '\u00a0';

/** Greetings that may open a sentence, per language; the name after them runs to a comma or colon. */
const GREETINGS: Record<Lang, RegExp> = {
  en: /^(?:hi|hello|hey|dear|good (?:morning|afternoon|evening)|morning)(?![\p{L}])[^,:!?\n]{0,40}[,:][ \t]*/iu,
  es: /^(?:hola|buenos días|buenas tardes|buenas noches|buenas|estimad[oa]s?|querid[oa]s?|apreciad[oa]s?)(?![\p{L}])[^,:!?\n]{0,40}[,:][ \t]*/iu,
  it: /^(?:ciao|salve|buongiorno|buonasera|gentile|gentilissim[oa]|egregi[oa]|car[oa]|carissim[oa])(?![\p{L}])[^,:!?\n]{0,40}[,:][ \t]*/iu,
};

/** Abbreviations whose full stop does not end a sentence ("Sr. Ruiz", "Dott. Neri"). */
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'st',
  'vs',
  'etc',
  'eg',
  'ie',
  'sr',
  'sra',
  'srta',
  'dra',
  'd',
  'dña',
  'ud',
  'uds',
  'núm',
  'pág',
  'sig',
  'sigg',
  'dott',
  'dottssa',
  'prof',
  'ing',
  'avv',
  'geom',
  'arch',
  'rag',
  'egr',
  'gent',
  'spett',
  'n',
  'nr',
  'num',
]);

function isAbbreviation(text: string, dot: number): boolean {
  let a = dot;
  while (a > 0 && /[\p{L}.]/u.test(text[a - 1])) a--;
  return ABBREVIATIONS.has(text.slice(a, dot).replace(/\./g, '').toLowerCase());
}

/** True when the closing mark at `i` ends a sentence (followed by space, a line end or the end). */
function closesAt(text: string, i: number): boolean {
  if (!CLOSERS.includes(text[i])) return false;
  if (text[i] === '.' && text[i + 1] !== '.' && isAbbreviation(text, i)) return false;
  let j = i + 1;
  while (j < text.length && (CLOSERS.includes(text[j]) || QUOTES.includes(text[j]))) j++;
  return j >= text.length || isSpace(text[j]) || text[j] === '\n' || text[j] === '\r';
}

/** The sentence holding `offset`: bounded by line ends and closing marks followed by a space. */
export function sentenceAt(text: string, offset: number, lang: Lang): Sentence {
  let a = offset;
  while (a > 0 && text[a - 1] !== '\n') {
    if (isSpace(text[a - 1])) {
      let k = a - 2;
      while (k >= 0 && QUOTES.includes(text[k])) k--;
      if (k >= 0 && CLOSERS.includes(text[k]) && !(text[k] === '.' && isAbbreviation(text, k))) break;
    }
    a--;
  }
  while (a < offset && isSpace(text[a])) a++;
  let e = offset;
  while (e < text.length && text[e] !== '\n' && text[e] !== '\r' && !closesAt(text, e)) e++;
  // A run of closing marks right at the offset belongs to this sentence ("answered!!!").
  let stop = e;
  while (stop < text.length && (CLOSERS.includes(text[stop]) || QUOTES.includes(text[stop]))) stop++;
  let end = e;
  while (end > a && isSpace(text[end - 1])) end--;
  const g = GREETINGS[lang].exec(text.slice(a, end));
  const body = g && a + g[0].length < end ? a + g[0].length : a;
  return { start: a, body, end, stop, greetingComma: !!g && body > a };
}

/** Start of the clause holding `at`: after the last comma, semicolon, colon or dash since `from`. */
export function clauseStart(text: string, from: number, at: number): number {
  let i = at;
  while (i > from && !',;:–—'.includes(text[i - 1])) i--;
  while (i < at && isSpace(text[i])) i++;
  return i;
}

/** End of the clause holding `at`: the next comma, semicolon, colon or dash before `to`, else `to`. */
export function clauseEnd(text: string, at: number, to: number): number {
  let i = at;
  while (i < to && !',;:–—'.includes(text[i])) i++;
  while (i > at && isSpace(text[i - 1])) i--;
  return i;
}
