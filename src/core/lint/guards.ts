import type { Lang } from '../lang';
import { foldText } from '../text/fold';
import { Sentences } from '../text/sentences';

/**
 * Context checks over folded text (lower case, no accents, straight apostrophes). Each works on
 * the sentence around a match, found by `sentenceBounds`.
 */

const FULL_MONTHS =
  'january|february|april|june|july|august|september|october|november|december|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre';
const ANY_MONTH = `${FULL_MONTHS}|may|march|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|ene|abr|ago|dic|gen|mag|giu|lug|ott`;
const WEEKDAYS =
  'monday|tuesday|wednesday|thursday|friday|saturday|sunday|lunes|martes|miercoles|jueves|viernes|sabado|domingo|lunedi|martedi|mercoledi|giovedi|venerdi|sabato|domenica';
const RELATIVE =
  'tomorrow|today|tonight|this (?:morning|afternoon|evening)|end of (?:the )?(?:day|business)|eod|cob|noon|midday|midnight|manana|hoy|esta (?:tarde|noche)|mediodia|medianoche|domani|oggi|stasera|stanotte|stamattina|stamani|dopodomani|in giornata|mezzogiorno|mezzanotte|fine giornata';

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

/**
 * The first word of every named anchor (and a few more words: the alternatives are split at
 * every `|`). An anchor without a digit is one of them standing alone between non-letters.
 */
const ANCHOR_FIRST_WORDS = new Set(`${FULL_MONTHS}|${WEEKDAYS}|${RELATIVE}`.split('|').map((alt) => /^[a-z]+/.exec(alt)?.[0] ?? ''));

/** True when the (folded) sentence names a concrete day or time. */
export function hasConcreteDate(sentence: string): boolean {
  // Every anchor has a digit or starts with one of those words: most sentences have neither, and
  // skip the anchor pattern (compiling it is most of what a short draft's first check costs).
  if (!/[0-9]/.test(sentence) && !sentence.split(/[^a-z]+/).some((w) => ANCHOR_FIRST_WORDS.has(w))) return false;
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
    /\b(?:te|le|os|les|se)\s+(?:(?:lo|la|los|las)\s+)?(?:mando|envio|paso|hago|tengo|doy|digo|preparo|reviso|confirmo|subo|entrego|llamo|escribo|contesto|respondo|dejo|edito|corrijo|cambio|retoco|ajusto|arreglo|maqueto|diseno|traduzco|incluyo|anado|monto|programo|redacto|actualizo|rehago|modifico|regalo)\b/,
    /\b(?:voy|vamos) a\b/,
    /\b(?:lo|la|los|las) (?:tengo|tendre|termino|entrego|envio|mando|reviso|miro|veo|preparo|hago|paso|contesto|corrijo|subo|arreglo|dejo|soluciono|cambio|ajusto|retoco|monto|publico|cierro)\b/,
    /\b\p{L}{2,}(?:are|ire|(?<!i)ere)(?:mos)?\b/u,
    /\b(?:estara|estaran) (?:listo|lista|listos|listas|hecho|terminado)\b/,
  ],
  it: [
    /\b(?:ti|le|vi|gli)\s+(?:mando|invio|faccio|giro|passo|preparo|scrivo|chiamo|aggiorno|confermo|consegno|rispondo)\b/,
    /\b(?:te|glie|ve|ce)l[oaie] (?:mando|invio|faccio|preparo|giro|passo|consegno)\b/,
    /\b(?:lo|la|li|le) (?:mando|invio|finisco|consegno|preparo|sistemo|chiudo)\b/,
    /\b(?:finisco|consegno|mando|invio|chiudo|sistemo|preparo|contatto|ricontatto|richiamo|aggiorno|pubblico|ricontrollo|rivedo)\b/,
    /\b(?:ci|lo|la|li|le|ti|gli) (?:guardo|lavoro|penso|rispondo|controllo|verifico|leggo|giro|passo)\b/,
    /\b(?:mandero|inviero|faro|finiro|contattero|chiamero|scrivero|saro|avro|consegnero|preparero|aggiornero|rispondero|pubblichero|sistemero|verifichero|controllero|ricontattero|richiamero|mandiamo|inviamo|faremo|finiremo|consegneremo)\b/,
    /\bsara (?:pronto|pronta|pronti|fatto|online)\b/,
  ],
};

/** True when the sentence is the writer's own promise ("I'll send it soon", "te lo mando pronto"). */
export function isCommitment(sentence: string, lang: Lang): boolean {
  return COMMITMENT[lang].some((re) => re.test(sentence));
}

const NEGATION: Record<Lang, RegExp> = {
  // "don't worry", "no need to worry", "never mind": reassurance, not a refusal.
  en: /\b(?:not|won't|wont|can't|cannot|(?:don't|dont|never)(?! (?:worry|stress|fret|hesitate|mind)\b)|isn't|no longer|refuse to|am not|'m not)\b|(?<!\bdo)n't\b/,
  es: /\b(?:no|nunca|jamas|tampoco)\b/,
  it: /\b(?:non|mai|neanche|nemmeno|neppure)\b/,
};

/** Reassurance whose negation refuses nothing ("no te preocupes, que no te cobro nada"). */
const REASSURANCE: Record<Lang, RegExp> = {
  en: /\b(?:don't|dont|do not) worry\b|\bno (?:worries|problem)\b/g,
  es: /\bno (?:te|se|os) (?:preocupes|preocupe|preocupeis|preocupen)\b|\bno (?:pasa nada|hay problema)\b/g,
  it: /\bnon (?:ti preoccupare|si preoccupi|preoccuparti|vi preoccupate|c'e problema|ce problema)\b/g,
};

/** True when the clause before the match refuses ("I'm NOT redoing it for free"). */
export function isRefusal(clauseBefore: string, lang: Lang): boolean {
  return NEGATION[lang].test(clauseBefore.replace(REASSURANCE[lang], ' '));
}

const OWN_MISTAKE: Record<Lang, RegExp> = {
  en: /\b(?:my|our) (?:mistake|error|typo|fault|oversight|bad|slip|slip-up|slipup|mix-up|mixup|blunder|omission|miscalculation)\b|\bi (?:misread|misspelled|mistyped|made a mistake|made an error|messed up|got it wrong|overlooked|mixed up|miscalculated|used the wrong|sent the wrong|attached the wrong)\b|\b(?:typo|misprint)\b|\b(?:the|that|this) (?:delay|mistake|error|slip|mix-up|mixup|oversight) (?:was|is) (?:mine|ours|on me|on us)\b/,
  es: /\b(?:mi|nuestro|nuestra) (?:error|fallo|culpa|despiste)\b|\berrata\b|\bme (?:equivoque|confundi|despiste)\b|\b(?:fue|es) (?:un error|culpa) m[i]a?\b/,
  it: /\b(?:mio|mia|nostro|nostra) (?:errore|sbaglio|svista|colpa)\b|\berrore mio\b|\brefuso\b|\bho sbagliato\b|\bmi sono sbagliat[oa]\b/,
};

/** True when the text admits the writer's own mistake (fixing it for free is fine). */
export function admitsOwnMistake(text: string, lang: Lang): boolean {
  return OWN_MISTAKE[lang].test(text);
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

/**
 * Vague timing that promises nothing: advice about the reader's own action ("you could try again
 * later", "deberías intentarlo más adelante"), the writer's own need ("I need to choose asap"), or
 * news reported from someone else ("the host has announced new prices soon", "esce a breve, dice
 * lo sviluppatore").
 */
const NOT_A_PROMISE: Record<Lang, RegExp> = {
  en: /\b(?:you (?:should|could|can|might|may|must|need to|have to|will need to|ll need to|'ll need to|will have to|'ll have to|ll have to|'d better|d better)|(?:i|we) (?:need|needed|must decide|have to decide|have to choose)|try (?:again|it) (?:later|soon)|(?:has|have|had) announced|announced that|announces|according to|reportedly|(?:says|tells (?:me|us)|told (?:me|us)) that)\b/,
  es: /\b(?:deberias|deberia usted|deberian|deberiais|puedes|podrias|puede usted|podria usted|podeis|podriais|tienes que|tendras que|tendra usted que|hay que|conviene|te recomiendo|le recomiendo|os recomiendo|necesito|necesitamos|intenta|intentalo|intente|intentelo|vuelve a intentar|vuelva a intentar|(?:ha|han|habia|habian) (?:anunciado|comunicado|informado)|anuncia|anuncian|dice que|dicen que|(?:me|nos) (?:ha|han) dicho|(?:me|nos) (?:dijo|dijeron)|segun (?:el|la|los|las|ellos|ellas))\b/,
  it: /\b(?:dovresti|dovreste|potresti|potreste|puoi|potete|devi|dovrai|bisogna|conviene|ti consiglio|le consiglio|vi consiglio|ho bisogno|abbiamo bisogno|mi serve|ci serve|riprova|riprovi|riprovate|riprovare|(?:ha|hanno|aveva|avevano) (?:annunciato|comunicato|fatto sapere)|annuncia|annunciano|(?:mi|ci) (?:ha|hanno|aveva|avevano) detto|dice|dicono|secondo (?:il|la|lo|i|le|gli|loro|lui|lei)|(?:il|la|lo|l'|i|gli|le) (?:comune|banca|corriere|tipografia|fornitore|notaio|commercialista|tribunale|catasto|regione|provincia|ministero|questura|asl|inps|inail|agenzia delle entrate|assicurazione|spedizioniere|provider|ufficio tecnico|soprintendenza|cliente finale|produttore|grossista) (?:dovrebbe|dovrebbero|deve|devono|ha detto|hanno detto|conta|contano|prevede|prevedono|pensa|pensano|[a-z]{3,}(?:era|ira|ara|eranno|iranno|aranno)))\b/,
};

/** True when the sentence gives advice about the reader's action, states the writer's need or a third party's expected step ("il Comune dovrebbe rispondere a breve"), promising nothing. */
export function isNotAPromise(sentence: string, lang: Lang): boolean {
  return NOT_A_PROMISE[lang].test(sentence);
}

/**
 * Where a sentence turns to another clause: a semicolon, or a comma or colon before "and", "but",
 * "y", "pero", "e", "ma"… ("I'll fix it shortly, and if needed I can log in tonight"), or such a
 * conjunction followed by a comma ("… en unos días y, si hace falta, …"). A date on the far side of
 * one anchors nothing on this side.
 */
const CLAUSE_TURN: Record<Lang, RegExp> = {
  en: /;|[,:] ?(?=(?:and|but|while|whereas|although|though|so|plus)\b)|(?<= )(?=(?:and|but|so),)/g,
  es: /;|[,:] ?(?=(?:y|e|pero|aunque|mientras|asi que|sino)\b)|(?<= )(?=(?:y|e|pero|aunque),)/g,
  it: /;|[,:] ?(?=(?:e|ed|ma|pero|mentre|anche se|quindi|percio)\b)|(?<= )(?=(?:e|ma|quindi),)/g,
};

/** A date given as the latest day ("at the latest Friday", "como muy tarde el lunes") anchors the whole sentence. */
const DEADLINE: Record<Lang, RegExp> = {
  en: /\b(?:at the latest|no later than|latest by|in any case|either way)\b/,
  es: /\b(?:como muy tarde|como mucho|a mas tardar|en cualquier caso|en todo caso|sin falta)\b/,
  it: /\b(?:al piu tardi|entro e non oltre|in ogni caso|comunque entro|massimo entro|senza fallo)\b/,
};

/** [start, end) of the clause of `sentence` around `at` (the whole sentence when a date in it is given as the latest day). */
function clauseAround(sentence: string, at: number, lang: Lang): [number, number] {
  if (DEADLINE[lang].test(sentence)) return [0, sentence.length];
  const re = CLAUSE_TURN[lang];
  re.lastIndex = 0;
  let start = 0;
  let end = sentence.length;
  for (let m = re.exec(sentence); m; m = re.exec(sentence)) {
    if (m.index <= at) start = m.index + m[0].length;
    else {
      end = m.index;
      break;
    }
    if (m[0].length === 0) re.lastIndex++;
  }
  return [start, end];
}

const NEGATION_ALL: Record<Lang, RegExp> = {
  en: new RegExp(NEGATION.en.source, 'g'),
  es: new RegExp(NEGATION.es.source, 'g'),
  it: new RegExp(NEGATION.it.source, 'g'),
};

/**
 * The context checks of one paragraph, each computed once per sentence: a paragraph with many
 * matches in one long sentence costs the sentence's length once, not once per match.
 */
export class GuardContext {
  private foldedText: string | undefined;
  private sentenceIndex: Sentences | undefined;
  private readonly memo = new Map<string, boolean>();
  private readonly clauses = new Map<number, number[]>();
  private readonly negations = new Map<string, Array<[number, number]>>();
  private readonly questions = new Map<number, boolean>();

  constructor(
    /** The paragraph (original case, inline code and links masked). */
    private readonly text: string,
    private readonly lang: Lang | 'all',
  ) {}

  /** The paragraph folded, with line breaks and tabs as spaces (hard-wrapped mail reads as one line). */
  get folded(): string {
    return (this.foldedText ??= foldText(this.text).replace(/[\n\r\t]/g, ' '));
  }

  get sentences(): Sentences {
    return (this.sentenceIndex ??= new Sentences(this.text, this.lang));
  }

  /** [start, end) of the sentence holding `at`. */
  sentence(at: number): [number, number] {
    return this.sentences.bounds(at);
  }

  /** The sentence around `at` ends with a question mark ("…, chi se ne accorge?!"). */
  asks(at: number): boolean {
    const [, e] = this.sentences.bounds(at);
    let v = this.questions.get(e);
    if (v === undefined) {
      // Only the marks closing the sentence are read, once per sentence.
      let k = e - 1;
      while (k >= 0 && /\s/.test(this.text[k])) k--;
      v = false;
      for (let marks = 0; k >= 0 && marks < 8; k--, marks++) {
        const c = this.text[k];
        if (c === '?') v = true;
        else if (!/[!.…"'”’»)]/.test(c)) break;
      }
      this.questions.set(e, v);
    }
    return v;
  }

  private cached(kind: string, s: number, e: number, lang: Lang, test: (sentence: string, lang: Lang) => boolean): boolean {
    const key = `${kind}|${s}|${lang}`;
    let v = this.memo.get(key);
    if (v === undefined) {
      v = test(this.folded.slice(s, e), lang);
      this.memo.set(key, v);
    }
    return v;
  }

  commitment(s: number, e: number, lang: Lang): boolean {
    return this.cached('c', s, e, lang, isCommitment);
  }

  concreteDate(s: number, e: number): boolean {
    return this.cached('d', s, e, 'en', (x) => hasConcreteDate(x));
  }

  /**
   * The sentence anchors the match at `at` with a concrete date: one in the match's own clause, or
   * one anywhere in the sentence unless the match's clause is the writer's own promise ("lo arreglo
   * en breves, y si hace falta me conecto esta noche": tonight is another offer).
   */
  anchored(s: number, e: number, at: number, lang: Lang): boolean {
    if (!this.concreteDate(s, e)) return false;
    const sentence = this.folded.slice(s, e);
    const [cs, ce] = clauseAround(sentence, at - s, lang);
    if (cs === 0 && ce === sentence.length) return true;
    const clause = sentence.slice(cs, ce);
    return hasConcreteDate(clause) || !isCommitment(clause, lang);
  }

  request(s: number, e: number, lang: Lang): boolean {
    return this.cached('r', s, e, lang, isRequest);
  }

  notAPromise(s: number, e: number, lang: Lang): boolean {
    return this.cached('n', s, e, lang, isNotAPromise);
  }

  /** The writer admits a mistake in this sentence or the one before. */
  ownMistake(s: number, e: number, lang: Lang): boolean {
    const [ps] = s > 0 ? this.sentences.bounds(s - 1) : [s];
    return this.cached('m', ps, e, lang, admitsOwnMistake);
  }

  /** The clause before `at` (from the last comma or colon of its sentence) refuses. */
  refusesBefore(s: number, e: number, at: number, lang: Lang): boolean {
    let marks = this.clauses.get(s);
    if (!marks) {
      marks = [];
      const f = this.folded;
      for (let k = s; k < e; k++) {
        const c = f.charCodeAt(k);
        if (c === 44 || c === 58) marks.push(k + 1);
      }
      this.clauses.set(s, marks);
    }
    let clause = s;
    let lo = 0;
    let hi = marks.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (marks[mid] <= at) {
        clause = marks[mid];
        lo = mid + 1;
      } else hi = mid - 1;
    }
    const key = `${s}|${lang}`;
    let negs = this.negations.get(key);
    if (!negs) {
      negs = [];
      const re = NEGATION_ALL[lang];
      re.lastIndex = 0;
      const sentence = this.folded.slice(s, e);
      // Negations inside reassurance ("no te preocupes", "non si preoccupi") refuse nothing.
      const calm: Array<[number, number]> = [];
      const rr = REASSURANCE[lang];
      rr.lastIndex = 0;
      for (let m = rr.exec(sentence); m; m = rr.exec(sentence)) calm.push([m.index, m.index + m[0].length]);
      for (let m = re.exec(sentence); m; m = re.exec(sentence)) {
        if (!calm.some(([a, b]) => m!.index >= a && m!.index < b)) negs.push([s + m.index, s + m.index + m[0].length]);
        if (m[0].length === 0) re.lastIndex++;
      }
      this.negations.set(key, negs);
    }
    // The first negation that starts in the clause ends first: it decides.
    let l = 0;
    let h = negs.length;
    while (l < h) {
      const mid = (l + h) >> 1;
      if (negs[mid][0] < clause) l = mid + 1;
      else h = mid;
    }
    return l < negs.length && negs[l][1] <= at;
  }
}
