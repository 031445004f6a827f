import type { Lang } from '../lang';

/**
 * Context checks over folded text (lower case, no accents, straight apostrophes). Each works on
 * the sentence around a match, found by `sentenceBounds`.
 */

const FULL_MONTHS = 'january|february|april|june|july|august|september|october|november|december|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre';
const ANY_MONTH = `${FULL_MONTHS}|may|march|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|ene|abr|ago|dic|gen|mag|giu|lug|ott`;
const WEEKDAYS = 'monday|tuesday|wednesday|thursday|friday|saturday|sunday|lunes|martes|miercoles|jueves|viernes|sabado|domingo|lunedi|martedi|mercoledi|giovedi|venerdi|sabato|domenica';
const RELATIVE = 'tomorrow|today|tonight|this (?:morning|afternoon|evening)|end of (?:the )?(?:day|business)|eod|cob|noon|midday|midnight|manana|hoy|esta (?:tarde|noche)|mediodia|medianoche|domani|oggi|stasera|stanotte|stamattina|stamani|dopodomani|in giornata|mezzogiorno|mezzanotte|fine giornata';

const ANCHOR_RE = new RegExp(
  [
    `(?<![\\p{L}\\p{N}])(?:${FULL_MONTHS}|${WEEKDAYS}|${RELATIVE})(?![\\p{L}\\p{N}])`,
    `\\d{1,2}[:.h]\\d{2}(?!\\d)`,
    `(?<!\\d)\\d{1,2} ?(?:am|pm|a\\.m\\.|p\\.m\\.|h|hrs)(?![\\p{L}\\p{N}])`,
    `(?<![\\p{L}\\p{N}])(?:at|by|before|a las|antes de las|alle|entro le|ore) \\d{1,2}(?!\\d)`,
    `(?<!\\d)\\d{1,2}/\\d{1,2}(?!\\d)`,
    `\\d{4}-\\d{2}-\\d{2}`,
    `(?<!\\d)\\d{1,2}(?:st|nd|rd|th|º|°)(?![\\p{L}])`,
    `(?<!\\d)\\d{1,2} (?:de )?(?:${ANY_MONTH})(?![\\p{L}])`,
    `(?<![\\p{L}])(?:${ANY_MONTH})\\.? \\d{1,2}(?!\\d)`,
  ].join('|'),
  'u',
);

/** True when the (folded) sentence names a concrete day or time. */
export function hasConcreteDate(sentence: string): boolean {
  // "24/7" and "h24" are availability, not dates.
  return ANCHOR_RE.test(sentence.replace(/24 ?\/ ?7|\bh24\b|24 ore su 24|24 horas/g, ' '));
}

const COMMITMENT: Record<Lang, RegExp[]> = {
  en: [
    /\b(?:i|we)\s?(?:'ll|'d|will|shall|would|can|could|am going to|'m going to|are going to|'re going to|plan to|hope to|expect to|aim to|intend to|should be able to|promise to)\b/,
    /\bi(?:'m| am) (?:sending|going|getting|finishing|working|preparing|wrapping|putting|following)\b/,
    /\byou(?:'ll| will) (?:have|get|receive|hear|see)\b/,
    /\b(?:will|should) (?:be (?:ready|done|sent|finished|there|with you|in your inbox|live)|follow|arrive|reach you|land)\b/,
    /\b(?:expect|look out for) (?:it|them|the)\b/,
  ],
  es: [
    /\b(?:te|le|os|les|se)\s+(?:(?:lo|la|los|las)\s+)?(?:mando|envio|paso|hago|tengo|doy|digo|preparo|reviso|confirmo|subo|entrego|llamo|escribo|contesto|respondo)\b/,
    /\b(?:voy|vamos) a\b/,
    /\b(?:lo|la|los|las) (?:tengo|tendre|termino|entrego|envio|mando)\b/,
    /\b\p{L}{2,}(?:are|ire|(?<!i)ere)(?:mos)?\b/u,
    /\b(?:estara|estaran) (?:listo|lista|listos|listas|hecho|terminado)\b/,
  ],
  it: [
    /\b(?:ti|le|vi|gli)\s+(?:mando|invio|faccio|giro|passo|preparo|scrivo|chiamo|aggiorno|confermo|consegno|rispondo)\b/,
    /\b(?:te|glie|ve|ce)l[oaie] (?:mando|invio|faccio|preparo|giro|passo|consegno)\b/,
    /\b(?:lo|la|li|le) (?:mando|invio|finisco|consegno|preparo|sistemo|chiudo)\b/,
    /\b(?:finisco|consegno|mando|invio|chiudo|sistemo|preparo|contatto|ricontatto|richiamo|aggiorno|pubblico)\b/,
    /\b(?:mandero|inviero|faro|finiro|contattero|chiamero|scrivero|saro|avro|consegnero|preparero|aggiornero|rispondero|pubblichero|sistemero|verifichero|controllero|ricontattero|richiamero|mandiamo|inviamo|faremo|finiremo|consegneremo)\b/,
    /\bsara (?:pronto|pronta|pronti|fatto|online)\b/,
  ],
};

/** True when the sentence is the writer's own promise ("I'll send it soon", "te lo mando pronto"). */
export function isCommitment(sentence: string, lang: Lang): boolean {
  return COMMITMENT[lang].some((re) => re.test(sentence));
}

const NEGATION: Record<Lang, RegExp> = {
  en: /\b(?:not|won't|wont|can't|cannot|don't|dont|isn't|never|no longer|refuse to|am not|'m not)\b|n't\b/,
  es: /\b(?:no|nunca|jamas|tampoco)\b/,
  it: /\b(?:non|mai|neanche|nemmeno|neppure)\b/,
};

/** True when the clause before the match refuses ("I'm NOT redoing it for free"). */
export function isRefusal(clauseBefore: string, lang: Lang): boolean {
  return NEGATION[lang].test(clauseBefore);
}

const OWN_MISTAKE: Record<Lang, RegExp> = {
  en: /\b(?:my|our) (?:mistake|error|typo|fault|oversight|bad)\b|\bi (?:misread|misspelled|mistyped|made a mistake|made an error|messed up|got it wrong|overlooked)\b|\b(?:typo|misprint)\b/,
  es: /\b(?:mi|nuestro|nuestra) (?:error|fallo|culpa|despiste)\b|\berrata\b|\bme (?:equivoque|confundi|despiste)\b|\b(?:fue|es) (?:un error|culpa) m[i]a?\b/,
  it: /\b(?:mio|mia|nostro|nostra) (?:errore|sbaglio|svista|colpa)\b|\berrore mio\b|\brefuso\b|\bho sbagliato\b|\bmi sono sbagliat[oa]\b/,
};

/** True when the text admits the writer's own mistake (fixing it for free is fine). */
export function admitsOwnMistake(text: string, lang: Lang): boolean {
  return OWN_MISTAKE[lang].test(text);
}

/** The sentence around [from, to) in `text`: bounded by . ! ? ; a blank line or the text's ends. */
export function sentenceBounds(text: string, from: number, to: number): [number, number] {
  let s = from;
  while (s > 0) {
    const c = text.charCodeAt(s - 1);
    if (c === 46 || c === 33 || c === 63 || c === 59) break;
    if (c === 10 && s >= 2 && text.charCodeAt(s - 2) === 10) break;
    s--;
  }
  let e = to;
  while (e < text.length) {
    const c = text.charCodeAt(e);
    if (c === 46 || c === 33 || c === 63 || c === 59) break;
    if (c === 10 && text.charCodeAt(e + 1) === 10) break;
    e++;
  }
  return [s, e];
}

/** Start of the clause that holds `at` (after the last comma, colon or sentence end). */
export function clauseStart(text: string, sentenceStart: number, at: number): number {
  for (let k = at - 1; k >= sentenceStart; k--) {
    const c = text.charCodeAt(k);
    if (c === 44 || c === 58 || c === 8212 || c === 8211) return k + 1;
  }
  return sentenceStart;
}

const REQUEST: Record<Lang, RegExp> = {
  en: /\b(?:let me know|please|could you|can you|would you|send me|get back to me|reply|respond|confirm|pay|call me back)\b/,
  es: /\b(?:avisame|aviseme|dime|digame|por favor|podrias|podria|puedes|puede usted|enviame|mandame|envieme|mandeme|confirmame|confirmeme|contesta|responde|paga|pagad)\b/,
  it: /\b(?:fammi sapere|mi faccia sapere|per favore|potresti|potrebbe|puoi|mandami|inviami|mi mandi|mi invii|confermami|mi confermi|rispondi|paga|pagate)\b/,
};

/** True when the sentence asks the reader to do something ("let me know ASAP"). */
export function isRequest(sentence: string, lang: Lang): boolean {
  return REQUEST[lang].test(sentence);
}
