import type { Lang } from '../../lang';
import { PACKS } from '../packs';
import { getRule } from '../rules';
import type { Finding, RegisterText, RuleRewrites, Slot, Suggestion } from '../types';
import { detectRegister, type Register } from './register';
import { clauseEnd, clauseStart, sentenceAt, type Sentence } from './sentence';
import { dateValue, hoursValue, slot, SLOT_CLOSE, SLOT_OPEN, type RewriteFacts } from './slots';
import { dropBrokenEnds, dropFillerClauses, dropFillerSentences, FILLER_ONLY, tidySentence } from './seams';

export { detectRegister, RegisterTally, type Register } from './register';
export type { RewriteFacts } from './slots';

/** What the rewrites know about the draft beyond its text. */
export interface RewriteContext extends RewriteFacts {
  /** The client profile's `register`; detected from the draft when absent. */
  readonly register?: 'formal' | 'informal';
}

/** One replacement of a range of the document, as a rule's builder proposes it. */
interface Edit {
  readonly start: number;
  readonly end: number;
  /** New text; may hold slot marks. */
  readonly text: string;
}

/** Everything a builder may read. */
interface Ctx {
  readonly text: string;
  readonly s: Sentence;
  readonly f: Finding;
  readonly fs: number;
  readonly fe: number;
  readonly lang: Lang;
  readonly reg: Register;
  readonly rw: RuleRewrites;
  readonly facts: RewriteFacts;
  /** A date slot was already used earlier in this sentence. */
  readonly dateUsed: boolean;
  /** An earlier hedge in this sentence became a dated confirmation ("I'll confirm by … whether"). */
  readonly confirmed?: boolean;
  /** An earlier finding of the same rule in this sentence was rewritten. */
  readonly sameRuleBefore: boolean;
  /** The client's own words for the thing a sentence is about, when a builder found them. */
  readonly topic?: { readonly text: string; readonly plural: boolean };
  /** The rules of every finding in this sentence. */
  readonly rules: ReadonlySet<string>;
  /** Every finding in this sentence. */
  readonly items: readonly Finding[];
}

const CONNECTORS: Record<Lang, RegExp> = {
  en: /^(?:(?:and|but|so|also|oh|well|honestly|really|though|yet|then|plus|anyway)[ \t]+)+$/iu,
  es: /^(?:(?:y|e|pero|así que|asi que|también|tambien|oh|bueno|sinceramente|de verdad|la verdad|además|ademas|pues|en serio)[ \t]+)+$/iu,
  it: /^(?:(?:e|ed|ma|però|pero|quindi|anche|oh|beh|sinceramente|davvero|onestamente|poi|comunque|inoltre|mi|tanto)[ \t]+)+$/iu,
};
/** Words that open a clause joined to the one before by its comma ("…, so no need…"). */
const AFTER_COMMA: Record<Lang, RegExp> = {
  en: /^(?:so|but|and|or|because|since|which|while|as)[ \t]/iu,
  es: /^(?:y|e|o|pero|así que|asi que|porque|ya que|aunque|mientras)[ \t]/iu,
  it: /^(?:e|ed|o|ma|però|quindi|perché|perche|mentre|anche se)[ \t]/iu,
};
const LEADING_CONNECTOR: Record<Lang, RegExp> = {
  en: /^(?:and|but|so|or)[ \t]+/iu,
  es: /^(?:y|e|pero|así que|asi que|o)[ \t]+/iu,
  it: /^(?:e|ed|ma|però|quindi|o)[ \t]+/iu,
};
/**
 * Clitics, a plea or an exclamation left alone before a dropped phrase ("La ringrazio…", "che
 * bella…", "Le ruego me | disculpe…", "please | don't feel obliged", "scusa se te | lo ripeto"):
 * they belonged to the phrase's verb and go with it.
 */
const LEAD_WORD: Record<Lang, RegExp> = {
  en: /^(?:(?:what|how|oh|so|please|kindly)[ \t]+)+$/iu,
  es: /^(?=\S)(?:(?:le|te|les|os)[ \t]+(?:ruego|rogamos|pido|pedimos)[ \t]+(?:que[ \t]+)?)?(?:(?:qué|que|te|le|lo|la|me|se|nos|os|les|por favor|yo|nosotros|nosotras)[ \t]+){0,3}$/iu,
  it: /^(?=\S)(?:(?:scusa|scusami|mi scusi|perdonami|mi perdoni|ti chiedo|le chiedo)[ \t]+(?:se[ \t]+|di[ \t]+)?)?(?:(?:che|la|le|ti|te|mi|me|ci|ce|vi|ve|gli|glie|lo|ne|se|si|per favore|io|noi)[ \t]+){0,3}$/iu,
};
const ENDS_WITH_CONNECTOR: Record<Lang, RegExp> = {
  en: /[ \t,](?:but|and)$/iu,
  es: /[ \t,](?:pero|y)$/iu,
  it: /[ \t,](?:ma|però|pero|e)$/iu,
};
const LAST_CONNECTOR: Record<Lang, RegExp> = {
  en: /[ \t](?:and|so|but)[ \t](?!.*[ \t](?:and|so|but)[ \t])/iu,
  es: /[ \t](?:y|así que|asi que|pero)[ \t](?!.*[ \t](?:y|así que|asi que|pero)[ \t])/iu,
  it: /[ \t](?:e|quindi|ma|per cui)[ \t](?!.*[ \t](?:e|quindi|ma|per cui)[ \t])/iu,
};
const THAT: Record<Lang, RegExp> = {
  en: /^[ \t]+that[ \t]+/iu,
  es: /^[ \t]+que[ \t]+/iu,
  it: /^[ \t]+che[ \t]+/iu,
};
/**
 * A preposition of time just before a phrase ("text me on | Sundays too"): a slot that brings its
 * own ("during my working hours") replaces it too, or it is left dangling ("on during …").
 */
const TIME_PREPOSITION: Record<Lang, RegExp> = {
  en: /(?:^|[ \t])(?:on|at|in|over|during|through|throughout)[ \t]+$/iu,
  es: /(?:^|[ \t])(?:en|durante|por|a)[ \t]+$/iu,
  it: /(?:^|[ \t])(?:in|durante|di|a)[ \t]+$/iu,
};
/** An "also" right after a time phrase ("… on weekends too"): once the time is the working hours, it goes. */
const ADDITIVE_AFTER: Record<Lang, RegExp> = {
  en: /^[ \t]+(?:too|as well|also)(?![\p{L}])/iu,
  es: /^[ \t]+(?:también|tambien)(?![\p{L}])/iu,
  it: /^[ \t]+(?:anche|pure)(?![\p{L}])/iu,
};
/**
 * "There is | no charge for …", "hay | …", "c'è | …": an existential opening that a rewrite in
 * the first person ("I'll quote …") replaces too.
 */
const EXISTENTIAL: Record<Lang, RegExp> = {
  en: /^(?:there(?:'s|’s| is| will be|'ll be|’ll be| would be))[ \t]+$/iu,
  es: /^(?:no[ \t]+)?(?:hay|habrá|habra)[ \t]+$/iu,
  it: /^(?:non[ \t]+)?(?:c'è|c’è|ci sarà|ci sara)[ \t]+$/iu,
};

/** A reminder that is also a new sending ("I'm resending…", "te lo reenvío…", "ti rimando…"). */
const RESEND: Record<Lang, RegExp> = {
  en: /^(?:(?:i'?m|i am|we'?re|we are)[ \t]+)?(?:re-?sending|re-?attaching|forwarding|sending)(?![\p{L}])/iu,
  es: /^(?:(?:te|le|os|les)[ \t]+)?(?:(?:lo|la|los|las)[ \t]+)?(?:reenvío|reenvio|reenviamos|vuelvo a enviar|vuelvo a mandar|mando|envío|envio|adjunto|vuelvo a adjuntar)(?![\p{L}])/iu,
  it: /^(?:(?:ti|le|vi|gli|te|glie)[ \t]*(?:l['’]|lo |la |li |le )?)?(?:rimando|rigiro|reinoltro|inoltro|rinvio|rimandiamo|riallego|allego)(?![\p{L}])/iu,
};
/** The count that makes a sending a reproach, at its end ("…for the third time", "…por cuarta vez", "…per la quarta volta"). */
const REPEAT_END: Record<Lang, RegExp> = {
  en: /[ \t]+(?:(?:yet |once )?again|for the \p{L}+ time|one more time)$/iu,
  es: /[ \t]+(?:por (?:la )?\p{L}+ vez|otra vez|de nuevo|una vez más|una vez mas)$/iu,
  it: /[ \t]+(?:ancora una volta|di nuovo|nuovamente|un['’]altra volta|per l['’]ennesima volta|per la \p{L}+ volta)$/iu,
};

/** Words that start the tail of a reminder ("in my last two emails,", "la semana pasada:"). */
const REMINDER_TAIL: Record<Lang, RegExp> = {
  en: /^(?:[ \t]*,?[ \t]+and)?[ \t]+(?:in|on|of|from|before|last|earlier|previously|twice|three times|several|many|multiple|yesterday|at|during|over|when|already|now|again|repeatedly|clearly|explicitly|very clearly|in writing|\d|january|february|march|april|may|june|july|august|september|october|november|december)(?![\p{L}])[^,;:.!?\n]{0,60}?[,;:][ \t]*/iu,
  es: /^[ \t]+(?:en|del|de|durante|cuando|también|tambien|antes|ya|anteriormente|ayer|varias|dos|tres|mil|hace|por|claramente|hasta la saciedad|\d|la (?:semana|otra|última|ultima)|el (?:otro|mes|lunes|martes|miércoles|jueves|viernes|pasado|\d)|de (?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre))(?![\p{L}])[^,;:.!?\n]{0,60}?[,;:][ \t]*/iu,
  it: /^[ \t]+(?:(?:nell|dell|all|l)['’](?=\p{L})|(?:in|nel|nella|del|della|dello|di|durante|quando|anche|al|a voce|prima|già|gia|ieri|stamattina|stamani|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica|più|piu|due|tre|mille|per (?:email|mail|telefono|iscritto)|la (?:settimana|volta|scorsa)|lo scorso|il (?:mese|giorno|lunedì|martedì|mercoledì|giovedì|venerdì|\d)|gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre|alla|nero su bianco|fino alla nausea|chiaramente|esplicitamente|\d)(?![\p{L}]))[^,;:.!?\n]{0,60}?[,;:][ \t]*/iu,
};

/** An aside then "que"/"che" after a sarcastic frame ("…, a tre giorni dalla stampa, che…"). */
const THAT_AFTER_ASIDE: Partial<Record<Lang, RegExp>> = {
  es: /^[^,;:.!?\n]{0,60}(?:,[^,;:.!?\n]{1,60})?,[ \t]*que[ \t]+/iu,
  it: /^[^,;:.!?\n]{0,60}(?:,[^,;:.!?\n]{1,60})?,[ \t]*che[ \t]+/iu,
};

/** The same tail ending in "that" ("… in my email of the 5th that the domain…"): the pointer goes, its news stays. */
const REMINDER_TAIL_THAT = Object.fromEntries(
  Object.entries(REMINDER_TAIL).map(([lang, re]) => [
    lang,
    new RegExp(re.source.replace(/\[,;:\]\[ \\t\]\*$/, '[ \\t](?:that|que|che)[ \\t]+'), 'iu'),
  ]),
) as Record<Lang, RegExp>;
/** Words before a pointer that belong to it ("As I said…", "Tal y como le expliqué…", "Come già Le dicevo…"). */
const REMINDER_LEAD: Record<Lang, RegExp> = {
  en: /^(?:(?:and|but|so|as|like|just|i'?m telling you|i am telling you|let me say (?:it|this)|i'?ll say (?:it|this))[ \t]+)+$/iu,
  es: /^(?:(?:y|pero|tal y|tal|ya|según|segun|como|que|le|te|os|les|(?:te|se|os) lo (?:digo|repito)|le (?:digo|repito))[ \t]+)+$/iu,
  it: /^(?:(?:e|ma|così|cosi|come|già|gia|che|le|ti|vi|gli|mi|(?:te|ve|glie)(?:lo)? (?:dico|ripeto)|(?:faccio|facciamo) (?:presente|notare)|ricordo|permetto di ricordar(?:ti|le|vi)|tengo a (?:precisare|ricordare|sottolineare))[ \t]+)+$/iu,
};
/** Words that make a pointer an aside ("As I said…", "Tal y como le comenté…", "Come già scritto…"). */
const AS_LEAD: Record<Lang, RegExp> = {
  en: /^(?:(?:and|but|just)[ \t]+)?(?:as|like)[ \t]/iu,
  es: /^(?:(?:y|pero)[ \t]+)?(?:tal y como|tal como|como|según|segun|conforme)[ \t]/iu,
  it: /^(?:(?:e|ma)[ \t]+)?(?:come|così come|cosi come|secondo quanto)[ \t]/iu,
};
/** A reminder whose tail of when and where may run long ("…en mi correo del 2 de noviembre sobre…"). */
const REMINDER_TAIL_LONG = Object.fromEntries(
  Object.entries(REMINDER_TAIL).map(([lang, re]) => [lang, new RegExp(re.source.replace('{0,60}?', '{0,240}?'), 'iu')]),
) as Record<Lang, RegExp>;
/**
 * A pointing phrase that opens with the object it points at, fronted before it ("il problema del
 * login | te l'avevo segnalato", "eso | te lo dije"): the sentence is only the pointer.
 */
const CLITIC_OBJECT: Partial<Record<Lang, RegExp>> = {
  es: /^(?:te|se|os|me)[ \t]+(?:lo|la|los|las)[ \t]/iu,
  it: /^(?:te|ve|ce|me|glie)(?:[ \t]*l['’]|[ \t]*(?:lo|la|li|le)[ \t])/iu,
};

/**
 * What may follow a pointer to an earlier message up to the end of its sentence and still be part
 * of the pointer ("… in the deck we presented in September", "… and again on the 9th"): the
 * whole sentence is then the reproach and goes.
 */
const REMINDER_TO_END: Partial<Record<Lang, RegExp>> = {
  en: /^(?:[ \t]*,?[ \t]+and[ \t]+again|[ \t]*,[ \t]*(?:slide|page|section|point|where|in which|which)|[ \t]+\d+|[ \t]+(?:in|on|of|from|dated|last|earlier|back|before|(?:that[ \t]+|which[ \t]+)?(?:i|we)[ \t]+(?:sent|shared|presented|showed|circulated|gave|emailed|wrote|forwarded|attached)))(?![\p{L}])[^,;:!?\n]*$/iu,
};

/**
 * What follows a pointing verb ("…I raised | the hosting question back in June."): its object and
 * when or where it was said, so the sentence is only a pointer.
 */
const REMINDER_OBJECT_TO_END: Partial<Record<Lang, RegExp>> = {
  en: /^[ \t]+(?:the|this|that|these|those|it|my|our|your)(?![\p{L}])[^,;:!?\n]{0,60}?[ \t](?:back|last|earlier|before|previously|already|in|on|during|at)(?![\p{L}])[^,;:!?\n]*$/iu,
};
const POINTING_VERB: Partial<Record<Lang, RegExp>> = {
  en: /(?:raised|flagged|mentioned|covered|addressed|highlighted|noted|brought up|pointed out|laid out|spelled out|spelt out)$/iu,
};

/**
 * Words of a clause that only adds more out-of-hours times ("or over the weekend", "también en
 * festivos", "o domenica", "evenings and Sundays included"): once the offer says "during my working
 * hours", such a clause contradicts it and goes too.
 */
const OUT_OF_HOURS_WORDS: Record<Lang, ReadonlySet<string>> = {
  en: new Set(
    'if it its s or and also even too including included on at over in the all any day days week weekend weekends evening evenings night nights late tonight sunday sundays saturday saturdays holiday holidays bank christmas easter break breaks as well of time hour hours early morning mornings midnight'.split(
      ' ',
    ),
  ),
  es: new Set(
    'aunque sea sean un una dos tres cuatro cinco seis siete ocho nueve diez once doce o y e también tambien incluso incluidos incluidas incluido incluida en el la los las por de del fin fines semana semanas sábado sábados sabado sabados domingo domingos festivo festivos noche noches madrugada tarde tardes vacaciones navidad navidades puente puentes cualquier hora horas día días dia dias a al'.split(
      ' ',
    ),
  ),
  it: new Set(
    'se è anche o e compreso compresi compresa comprese inclusi incluse incluso inclusa il la le i di del della nel nei nella nelle fine settimana weekend sabato sabati domenica domeniche festivi festivo festività feste ponte ponti sera serata sere notte notti tardi giorno giorni qualsiasi qualunque ora ore orario a al alle durante ferie natale pasqua'.split(
      ' ',
    ),
  ),
};
/** The joining words of OUT_OF_HOURS_WORDS: a run of out-of-hours words must hold a time besides them. */
const OUT_OF_HOURS_JOINERS: Record<Lang, ReadonlySet<string>> = {
  en: new Set('if it its s or and also even too including included on at over in the all any as well of'.split(' ')),
  es: new Set(
    'aunque sea sean un una o y e también tambien incluso incluidos incluidas incluido incluida en el la los las por de del a al'.split(
      ' ',
    ),
  ),
  it: new Set(
    'se è anche o e compreso compresi compresa comprese inclusi incluse incluso inclusa il la le i di del della nel nei nella nelle a al alle durante'.split(
      ' ',
    ),
  ),
};
/** Words that join one more time to an offer ("… tonight | or Saturday", "…, | anche durante le feste"). */
const OR_WORD: Record<Lang, RegExp> = { en: /^(?:or|and)$/iu, es: /^(?:o|y|e|u)$/iu, it: /^(?:o|e|oppure)$/iu };

/**
 * The out-of-hours words next to an availability rewrite, on one side of [start, end): before it
 * ("estaremos disponibles | el sábado y el domingo | a cualquier hora", also across one comma),
 * or after it from an "or" ("call me … | or Saturday | if…"). Ends on a time word, not a joiner.
 */
function outOfHoursRun(c: Ctx, start: number, end: number): { start: number; end: number } {
  const set = OUT_OF_HOURS_WORDS[c.lang];
  const joiners = OUT_OF_HOURS_JOINERS[c.lang];
  const word = /[\p{L}\p{N}]+/gu;
  // After: "or" then time words.
  let e = end;
  const after = c.text.slice(end, c.s.end);
  const words = [...after.matchAll(word)];
  if (words.length && OR_WORD[c.lang].test(words[0][0]) && isBlank(after.slice(0, words[0].index))) {
    let last = -1;
    for (let i = 1; i < words.length && set.has(words[i][0].toLowerCase()); i++) {
      if (!joiners.has(words[i][0].toLowerCase())) last = i;
      const gap = after.slice(words[i - 1].index + words[i - 1][0].length, words[i].index);
      if (!isBlank(gap)) break;
    }
    if (last > 0) e = end + words[last].index + words[last][0].length;
    // A run that stops inside the next offer ("tonight | or at any | hour you like") takes all of it.
    const next = c.items.find((f) => f.rule === c.f.rule && f.offset < e && f.offset + f.length > e);
    if (next) e = next.offset + next.length;
  }
  // Before: time words back to a word that is not one (one comma allowed between).
  let st = start;
  const before = c.text.slice(c.s.body, start);
  const back = [...before.matchAll(word)];
  let first = -1;
  let commas = 0;
  for (let i = back.length - 1; i >= 0; i--) {
    const w = back[i][0].toLowerCase();
    const gap = before.slice(back[i].index + back[i][0].length, i === back.length - 1 ? before.length : back[i + 1].index);
    if (!/^[ \t]*,?[ \t]*$/.test(gap) || (gap.includes(',') && ++commas > 1) || !set.has(w)) break;
    first = i;
  }
  // A coordinator right before the offer starts a new clause ("…in the coming days, and | I'm on call"):
  // the times before it belong to the clause before.
  if (first >= 0 && OR_WORD[c.lang].test(back[back.length - 1][0])) first = -1;
  const from0 = first >= 0 ? c.s.body + back[first].index : start;
  if (c.items.some((f) => f !== c.f && f.offset < start && f.offset + f.length > from0)) first = -1;
  if (first >= 0) {
    const run = back.slice(first);
    if (run.some((m) => !joiners.has(m[0].toLowerCase()))) {
      const from = c.s.body + back[first].index;
      // The run's own comma before it goes too ("reperibile, anche nel weekend, | …").
      st = from > c.s.body && /,[ \t]*$/.test(c.text.slice(c.s.body, from)) ? lastNonSpace(c.text, from) : from;
    }
  }
  return { start: st, end: e };
}

/** A clause that says the writer is always reachable ("my phone is always on", "que yo siempre lo tengo encima"). */
const ALWAYS_ON: Record<Lang, RegExp> = {
  en: /^(?:(?:so|and|as|since|because|anyway)[ \t]+)*(?:i'?ll keep my phone on|(?:my|the) phone(?:'s| is) (?:always |)on|i(?:'m| am) (?:(?:basically|pretty much|practically|almost|literally)[ \t]+)?(?:always|never) (?:free|around|available|online|reachable|offline|far|(?:at|on|by|glued to) (?:my|the) \p{L}+)|i(?:'m| am) on call|any ?time (?:suits|works for) me|i (?:don'?t|do not) mind)(?![\p{L}])[^,;:.!?\n]*$/iu,
  es: /^(?:(?:que|y|porque|total|ya que)[ \t]+)*(?:yo[ \t]+)?(?:siempre[ \t]+)?(?:(?:estoy|ando)[ \t]+siempre(?:[ \t]+(?:aquí|aqui|ahí|ahi))?(?=[ \t]*$)|(?<=siempre[ \t]+)(?:estoy|ando)(?:[ \t]+(?:aquí|aqui|ahí|ahi))?(?=[ \t]*$)|lo (?:tengo|llevo) (?:siempre )?(?:encima|encendido|a mano)|(?:estoy|ando) (?:(?:casi|prácticamente|practicamente) )?(?:siempre )?(?:pendiente|conectad[oa]|disponible|localizable|online|en línea|(?:pegad[oa] al|con el|delante del) (?:móvil|movil|ordenador|portátil|portatil))|tengo el (?:móvil|movil|teléfono|telefono) (?:siempre )?(?:encendido|encima)|no me importa|me da igual)(?![\p{L}])[^,;:.!?\n]*$/iu,
  it: /^(?:(?:tanto|che|e|perché|perche|comunque)[ \t]+)*(?:io[ \t]+)?(?:ci sono (?:sempre|comunque)|sono sempre (?:qui|lì|li)(?=[ \t]*$)|il (?:telefono|cellulare) lo tengo sempre (?:acceso|accesso|con me)|sono (?:(?:praticamente|quasi|comunque) )?sempre (?:connessa|connesso|sveglia|sveglio|reperibile|disponibile|online|raggiungibile|(?:al|attaccat[oa] al|davanti al) (?:pc|computer|telefono|cellulare|portatile))|per me (?:qualsiasi|qualunque) ora va bene|per me va bene (?:qualsiasi|qualunque) ora)(?![\p{L}])[^,;:.!?\n]*$/iu,
};

/** Words after a free-work phrase that still belong to it ("sin coste alguno", "without charging extra"). */
const COST_QUALIFIER: Record<Lang, RegExp> = {
  en: /^(?:[ \t]+(?:extra|additional|at all|whatsoever|of charge))+(?![\p{L}])/iu,
  es: /^(?:[ \t]+(?:alguno|alguna|extra|adicional|adicionales|ninguno|ninguna|de ningún tipo|nada|yo|nosotros))+(?![\p{L}])/iu,
  it: /^(?:[ \t]+(?:aggiuntivo|aggiuntiva|aggiuntivi|aggiuntive|extra|in più|in piu|nulla|niente|io|noi))+(?![\p{L}])/iu,
};
/**
 * A clause after free work that plays its size down ("…, it's only forty or so", "…, non è
 * niente"): once the work is quoted, it goes with the offer.
 */
const SMALL_WORK: Record<Lang, RegExp> = {
  en: /^(?:(?:and|honestly)[ \t]+)?(?:(?:it|that)(?:'s|’s| is)|they(?:'re|’re| are))[ \t]+(?:only|just|nothing|no big deal|(?:all )?part of|included in)(?![\p{L}])[^,;:.!?\n]*$/iu,
  es: /^(?:(?:y|total|que|si)[ \t]+)?(?:(?:es|son)[ \t]+(?:solo|sólo|nada más|poca cosa|parte del|\p{N}+ minutos|un momento|un momentito|un rato|un ratito)|no es nada|(?:entra|va|está|esta) (?:en|incluido en) el)(?![\p{L}])[^,;:.!?\n]*$/iu,
  it: /^(?:(?:e|tanto|che)[ \t]+)?(?:(?:per me[ \t]+)?(?:è|sono)[ \t]+(?:solo|soltanto|giusto|poca roba|una sciocchezza|un attimo|un attimino|un minuto|un momento|\p{N}+ minuti)|non è (?:niente|nulla)|fa parte del|rientra nel)(?![\p{L}])[^,;:.!?\n]*$/iu,
};

/** A connector that joins a clause to the offer after it ("It's only 400 words so | I won't charge"). */
const TRAILING_JOIN: Record<Lang, RegExp> = {
  en: /[ \t]+(?:so|and|but)[ \t]+(?=(?:[\p{L}'’]+[ \t]+){0,3}$)/iu,
  es: /[ \t]+(?:y|así que|asi que|pero)[ \t]+(?=(?:[\p{L}]+[ \t]+){0,3}$)/iu,
  it: /[ \t]+(?:e|quindi|ma|per cui)[ \t]+(?=(?:[\p{L}'’]+[ \t]*){0,3}$)/iu,
};
/** A clause that only reassures ("no worries", "tranqui", "non ti preoccupare"): beside free work made a quote it goes. */
const REASSURE: Record<Lang, RegExp> = {
  en: /^(?:(?:and|so)[ \t]+)?(?:no worries|don'?t worry(?: about it)?|no problem|relax|no stress)$/iu,
  es: /^(?:(?:y|que)[ \t]+)?(?:tranqui|tranquil[oa]|no te preocupes|no se preocupe|sin problema|no pasa nada)$/iu,
  it: /^(?:(?:e|ma)[ \t]+)?(?:tranquill[oa]|tranqui|non ti preoccupare|non preoccuparti|non si preoccupi|figurati|nessun problema)$/iu,
};
/** A sentence that is only "again" ("AGAIN.", "OTRA VEZ.", "DI NUOVO."). */
const REPEAT_ONLY: Record<Lang, RegExp> = {
  en: /^(?:once |yet )?again$/iu,
  es: /^(?:otra vez|de nuevo|una vez más|una vez mas)$/iu,
  it: /^(?:ancora|di nuovo|un['’]altra volta|ancora una volta)$/iu,
};
/** An out-of-hours time named anywhere in a sentence ("on Sunday evening", "el domingo", "stanotte"). */
const OFF_HOURS_TIME: Record<Lang, RegExp> = {
  en: /(?<![\p{L}])(?:weekends?|saturdays?|sundays?|tonight|midnight|overnight|at night|bank holidays?)(?![\p{L}])/iu,
  es: /(?<![\p{L}])(?:sábados?|sabados?|domingos?|fin(?:es)? de semana|finde|esta noche|de noche|por la noche|madrugada|festivos?)(?![\p{L}])/iu,
  it: /(?<![\p{L}])(?:sabato|sabati|domenica|domeniche|weekend|fine settimana|stanotte|stasera|di notte|di sera|festivi|festivo)(?![\p{L}])/iu,
};
/** The name after an out-of-hours time ("il ponte | dell'Immacolata", "the bank holiday | of May"). */
const TIME_NAME: Record<Lang, RegExp> = {
  en: /^[ \t]+of[ \t]+[^,;:.!?\n]*/iu,
  es: /^[ \t]+(?:de|del)[ \t]+[^,;:.!?\n]*/iu,
  it: /^(?:[ \t]+(?:di|del|della|dello|dei|degli|delle)[ \t]+|[ \t]+dell['’])[^,;:.!?\n]*/iu,
};
/** A request to hear back already made in the sentence ("let me know", "me dices", "fammi sapere"). */
const ASKS_BACK: Record<Lang, RegExp> = {
  en: /(?<![\p{L}])(?:let me know|tell me|keep me posted|get back to me)(?![\p{L}])/iu,
  es: /(?<![\p{L}])(?:me dices|me dice|dime|dígame|digame|avísame|avisame|avíseme|aviseme|me avisas|me avisa|me comentas|me comenta|me cuentas|me cuenta)(?![\p{L}])/iu,
  it: /(?<![\p{L}])(?:fammi sapere|mi fai sapere|mi faccia sapere|dimmi|mi dica|mi dici|fammi un fischio|mi avvisi|avvisami)(?![\p{L}])/iu,
};

/** Words after an open-ended amount that still belong to it ("as many rounds | as it takes", "las que | haga falta"). */
const AMOUNT_REST: Record<Lang, RegExp> = {
  en: /^[ \t]+as (?:it takes|you (?:need|like|want|wish)|needed|necessary|required)(?![\p{L}])/iu,
  es: /^[ \t]+(?:(?:que|como) )?(?:haga falta|hagan falta|necesites|necesite|quieras|quiera|sean necesarias|sean necesarios)(?![\p{L}])/iu,
  it: /^[ \t]+(?:che |quante |quanti )?(?:servono|ti servono|Le servono|vuoi|vuole|desideri|desidera|sono necessarie|sono necessari)(?![\p{L}])/iu,
};
/** Words after a vague time that still belong to it ("at some point this week", "un ratito", "un attimino"). */
const VAGUE_REST: Record<Lang, RegExp> = {
  en: /^(?:-ish|[ \t]+(?:this week|next week|this month|a bit|or so|or two|on my end|on my side|at my end|at our end|on our side)(?:[ \t]+(?:maybe|perhaps|hopefully))?|[ \t]+(?:maybe|perhaps|hopefully))(?![\p{L}])/iu,
  es: /^[ \t]+(?:(?:un ratito|un rato|un hueco|esta semana|la semana que viene|este mes|por mi parte|por nuestra parte|por mi lado)(?:[ \t]+(?:quizás|quizas|quizá|quiza|tal vez|con suerte))?|quizás|quizas|quizá|quiza|tal vez|con suerte)(?![\p{L}])/iu,
  it: /^[ \t]+(?:(?:un attimino|un attimo|questa settimana|la settimana prossima|questo mese|di respiro|da parte mia|da parte nostra)(?:[ \t]+forse)?|forse|si spera)(?![\p{L}])/iu,
};
/** Words before a vague time that soften it ("a little | later", "un poco | más tarde"): the date takes them too. */
const VAGUE_BEFORE: Record<Lang, RegExp> = {
  en: /(?<![\p{L}])(?:a little bit|a little|a bit|slightly|(?:sometime |some time )?(?:next|this) week)[ \t]+$/iu,
  es: /(?<![\p{L}])(?:un poquito|un poco|(?:a lo largo de )?(?:la semana que viene|la próxima semana|la proxima semana|esta semana))[ \t]+$/iu,
  it: /(?<![\p{L}])(?:un po['’]|un pochino|un attimo|(?:nel corso del)?la settimana prossima|(?:nel corso del)?la prossima settimana|questa settimana)[ \t]*$/iu,
};
/** A condition on receiving something the writer waits on ("once they're in", "una vez lo reciba", "appena arrivano"). */
const CONDITION: Record<Lang, RegExp> = {
  en: /(?<![\p{L}])(?:once|as soon as|after|until|when)[ \t][^,;:.!?\n]{0,40}?(?<![\p{L}])(?:in|arrives?|arrived|receive[ds]?|get|have|sent|send|approved?|confirm(?:ed)?|signed)(?![\p{L}])/iu,
  es: /(?<![\p{L}])(?:una vez|cuando|en cuanto|tan pronto como|después de que|despues de que|nada más|nada mas|hasta que)[ \t][^,;:.!?\n]{0,40}?(?<![\p{L}])(?:reciba|recibamos|recibo|recibido|recibidos|llegue|lleguen|envíe|envie|envíes|envies|mande|mandes|manden|apruebe|aprueben|apruebes|confirme|confirmes|firme|firmen)(?![\p{L}])/iu,
  it: /(?<![\p{L}])(?:una volta|quando|appena|non appena|dopo che|dopo aver|dopo avere|finché|finche)[ \t][^,;:.!?\n]{0,40}?(?<![\p{L}])(?:ricevo|ricevuto|ricevuti|ricevuta|riceviamo|riceverò|arriva|arrivano|arrivato|arrivati|arriveranno|mandi|manda|mandate|invii|invia|approva|approvi|approvato|conferma|confermi|confermato|firma|firmato)(?![\p{L}])/iu,
};
/** A vague time inside a hedge ("…tenerlo resuelto | cuanto antes", "…to send it | soon"). */
const VAGUE_IN: Record<Lang, RegExp> = {
  en: /(?<![\p{L}])(?:soon|shortly|asap|at some point(?: this week| next week)?|sometime(?: this week| next week)?|in the next few days|as soon as (?:i|we) can|(?:later )?this week|next week)(?![\p{L}])/iu,
  es: /(?<![\p{L}])(?:cuanto antes|en breve|pronto|lo antes posible|en cuanto (?:pueda|podamos)|en unos días|en unos dias|un día de estos|esta semana|la semana que viene|próximamente|proximamente)(?![\p{L}])/iu,
  it: /(?<![\p{L}])(?:a breve|presto|appena (?:posso|possibile)|prima possibile|quanto prima|nei prossimi giorni|in settimana|entro qualche giorno|tra qualche giorno|questa settimana)(?![\p{L}])/iu,
};
/** A hedged attempt and the verb it hedges ("I'll try to | sort", "Intentaré | tenerlo", "Cercherò di | mandarlo"). */
const TRY: Record<Lang, RegExp> = {
  en: /^i(?:'ll|’ll| will) (?:try|do my best|try my best|see if i can)(?: to| and)? (\S.*)$/iu,
  es: /^(?:intentar[eé]|procurar[eé]|trataré de|tratare de) (\S.*)$/iu,
  it: /^(?:cercher[oò] di|prover[oò] a) (\S.*)$/iu,
};
/** What a minimised question asks ("I was merely wondering | whether…"): it keeps a verb that asks. */
const ASK_AFTER = /^[ \t]+(?:whether|if|si|se)(?![\p{L}])/iu;
const ASK: Record<Lang, string> = { en: "I'd like to know", es: 'quisiera saber', it: 'vorrei sapere' };
/**
 * Words that open a sentence by pointing back at the one before ("In any case,", "Detto ciò,"):
 * when that sentence goes, they go too.
 */
const BACK_POINTER: Record<Lang, RegExp> = {
  en: /^(?:in any case|anyway|either way|that said|having said that|that being said|regardless|all the same|even so|still)[ \t]*,[ \t]*(?=\p{L})/iu,
  es: /^(?:en cualquier caso|en todo caso|de todos modos|de todas formas|dicho esto|aun así|aun asi|igualmente)[ \t]*,[ \t]*(?=\p{L})/iu,
  it: /^(?:in ogni caso|comunque|detto ciò|detto cio|detto questo|ad ogni modo|in qualsiasi caso|tuttavia)[ \t]*,[ \t]*(?=\p{L})/iu,
};
/**
 * Words that mark free work as a favour ("per questa volta", "just this once", "por esta vez"):
 * a clause of only these next to a free-work offer goes when the offer becomes a quote.
 */
const FAVOUR: Record<Lang, RegExp> = {
  en: /^(?:just )?(?:this once|this one time|as a one-off|as a favou?r|as a gesture of goodwill|on this occasion)$/iu,
  es: /^(?:(?:solo|sólo) )?(?:por esta vez|esta vez|por una vez|como excepción|como excepcion|como favor|como gesto)$/iu,
  it: /^(?:solo )?(?:per questa volta|questa volta|per una volta|in via eccezionale|eccezionalmente|come favore|come gesto)$/iu,
};

/** The writer speaks as "we" in the clause before a phrase ("estaremos localizables…", "siamo reperibili…"). */
const WE: Record<Lang, RegExp> = {
  en: /(?<![\p{L}'’])(?:we|we'?ll|we'?re|we'?d|us|our)(?![\p{L}'’])/iu,
  es: /(?<![\p{L}])(?:\p{L}+(?:emos|amos|imos)|nosotros|nosotras|nuestr[oa]s?)(?![\p{L}])/iu,
  it: /(?<![\p{L}])(?:\p{L}+iamo|\p{L}+remo|noi|nostr[oaie])(?![\p{L}])/iu,
};
/** Words that say the client was late sending something ("if you had sent…", "si me hubieras mandado…"). */
const SENT: Record<Lang, RegExp> = {
  en: /(?<![\p{L}])(?:sent|given|shared|provided|delivered|supplied|forwarded|handed)(?![\p{L}])/iu,
  es: /(?<![\p{L}])(?:mandad[oa]s?|enviad[oa]s?|pasad[oa]s?|dad[oa]s?|facilitad[oa]s?|entregad[oa]s?)(?![\p{L}])/iu,
  it: /(?<![\p{L}])(?:mandat[oaie]|inviat[oaie]|passat[oaie]|dat[oaie]|fornit[oaie]|consegnat[oaie]|girat[oaie])(?![\p{L}])/iu,
};

/** Words that say the client answered late ("if you had replied…", "si hubieran respondido…"). */
const REPLIED: Record<Lang, RegExp> = {
  en: /(?<![\p{L}])(?:replied|answered|responded|got back)(?![\p{L}])/iu,
  es: /(?<![\p{L}])(?:respondid[oa]s?|contestad[oa]s?)(?![\p{L}])/iu,
  it: /(?<![\p{L}])(?:rispost[oaie]|replicat[oaie])(?![\p{L}])/iu,
};
/** A plural "you" in a reproach ("se mi aveste…", "si ustedes hubieran…", "si me hubierais…"). */
const PLURAL_YOU: Partial<Record<Lang, RegExp>> = {
  es: /(?<![\p{L}])(?:ustedes|vosotros|vosotras|hubierais|hubieseis|habríais|habriais|dijisteis|avisasteis|mandasteis|enviasteis|pasasteis)(?![\p{L}])/iu,
  it: /(?<![\p{L}])(?:voi|aveste|foste|avreste|sareste|diceste|mandaste|avvisaste)(?![\p{L}])/iu,
};

/** A plea that makes a sentence a request ("please", "por favor", "per favore"). */
const PLEA: Record<Lang, RegExp> = {
  en: /(?<![\p{L}])(?:please|pls|plz)(?![\p{L}])/iu,
  es: /(?<![\p{L}])(?:por favor|porfa|porfavor)(?![\p{L}])/iu,
  it: /(?<![\p{L}])(?:per favore|per piacere|perfavore|please)(?![\p{L}])/iu,
};

/** A heated rhetorical question that is a whole sentence ("Are you kidding?!", "Ma scherziamo?!"): it goes. */
const RHETORICAL: Record<Lang, RegExp> = {
  en: /^(?:(?:oh )?come on|are you (?:kidding|serious|joking)(?: me)?|seriously|really|you can'?t be serious|is this a joke|what on earth|how (?:is|was) that possible)$/iu,
  es: /^(?:pero )?(?:estamos de broma|es una broma|en serio|me tomas el pelo|me está tomando el pelo|me esta tomando el pelo|hablas en serio|habla en serio|de verdad|venga ya|cómo es posible|como es posible)$/iu,
  it: /^(?:ma )?(?:scherziamo|scherzi|scherza|stiamo scherzando|sul serio|davvero|dici sul serio|dice sul serio|dai|come è possibile|com'è possibile|com’è possibile)$/iu,
};
/** A head before a colon that says the shouting is meant to be read this time ("te lo scrivo in maiuscolo così magari stavolta…:"). */
const SARCASTIC_HEAD: Record<Lang, RegExp> = {
  en: /(?<![\p{L}])(?:in (?:capitals|caps|capital letters|bold)|maybe this time|so (?:that )?(?:you|it) (?:reads?|sees?|gets? read)|one (?:more|last) time|let me spell it out)(?![\p{L}])/iu,
  es: /(?<![\p{L}])(?:en mayúsculas|en mayusculas|en negrita|a ver si (?:así|asi|esta vez|ahora)|una vez más|una vez mas|por si no quedó claro|por si no quedo claro)(?![\p{L}])/iu,
  it: /(?<![\p{L}])(?:in maiuscolo|in grassetto|magari stavolta|così stavolta|cosi stavolta|una volta per tutte|ancora una volta|se non fosse chiaro)(?![\p{L}])/iu,
};

/** A thing a decision is about ("on the layout", "con los colores", "sul colore"), in the client's words. */
const DECISION_TOPIC: Record<Lang, RegExp> = {
  en: /(?<![\p{L}])(?:on|about)[ \t]+(?:the|your|this|that|these|those)[ \t]+[\p{L}\p{N}'’ -]{1,40}?(?=[ \t]+(?:is|are|was|will|would|i|you|anyway|too|then)(?![\p{L}])|[ \t]*[,;:.!?]|$)/iu,
  es: /(?<![\p{L}])(?:con|sobre)[ \t]+(?:el|la|los|las|tu|su|este|esta|estos|estas)[ \t]+[\p{L}\p{N} -]{1,40}?(?=[ \t]+(?:me|te|le|yo|tú|tu|usted|lo|es|está|decid\p{L}*|elij\p{L}*)(?![\p{L}])|[ \t]*[,;:.!?]|$)/iu,
  it: /(?<![\p{L}])(?:sul|sulla|sui|sugli|sulle|sullo|per il|per la|per i|per gli|per le|per lo)[ \t]+[\p{L}\p{N} -]{1,40}?(?=[ \t]+(?:decid\p{L}*|scegli\p{L}*|vedi|veda|fai|faccia|io|tu|Lei|mi|ti|a)(?![\p{L}])|[ \t]*[,;:.!?]|$)/iu,
};

/** A clause that only says the extra work is no trouble ("it's no trouble", "no es ningún problema"). */
const NO_TROUBLE: Record<Lang, RegExp> = {
  en: /^(?:(?:honestly|really|truly)[ \t,]+)?(?:(?:it|that|this)(?:'s|’s| is)[ \t]+)?(?:no|zero)[ \t]+(?:trouble|bother|problem|hassle|worries)(?:[ \t]+at all)?$/iu,
  es: /^(?:(?:de verdad|en serio)[ \t,]+)?(?:no (?:es|supone|hay) (?:ningún|ningun|ninguna) (?:problema|molestia)|no pasa nada)$/iu,
  it: /^(?:davvero[ \t,]+)?(?:non (?:c'è|c’è|è) (?:nessun |alcun )?(?:problema|disturbo)|nessun problema|non si preoccupi|non ti preoccupare)$/iu,
};

/** Waving-away words after the thing they wave away ("por lo de las fotos extra | tranqui"). */
const WAVE_TAIL: Record<Lang, RegExp> = {
  en: /(?:[ \t]+(?:no worries|no problem|don'?t worry))+$/iu,
  es: /(?:[ \t]+(?:tranqui|tranquil[oa]|sin problema|ni te preocupes|no te preocupes|no se preocupe))+$/iu,
  it: /(?:[ \t]+(?:tranquill[oaie]|tranqui|figurati|nessun problema|non ti preoccupare|non preoccuparti|non si preoccupi))+$/iu,
};

/** "to be" by number, for a sentence whose subject is the client's own words. */
const BE: Record<Lang, readonly [string, string]> = { en: ['is', 'are'], es: ['es', 'son'], it: ['è', 'sono'] };
/**
 * A thing named after a preposition ("about the three extra pages", "por las dos landings
 * adicionales", "per le traduzioni in tedesco", "lo de las cinco pantallas"), to be the subject of a
 * scope sentence; with an article or a number, up to its clause's end.
 */
const TOPIC: Record<Lang, RegExp> = {
  en: /(?<![\p{L}])(?:about|for|re|regarding)[ \t]+((?:the|these|those|this|that|your|an?|\d+)[ \t]+[^,;:.!?\n]{1,60})$/iu,
  es: /(?<![\p{L}])(?:por|sobre|con|lo de|respecto a)[ \t]+((?:el|la|los|las|un|una|unos|unas|dos|tres|cuatro|cinco|seis|\d+)[ \t]+[^,;:.!?\n]{1,60})$/iu,
  it: /(?<![\p{L}])(?:per|riguardo a|quanto a)[ \t]+((?:il|lo|la|i|gli|le|l['’]|un|una|uno|due|tre|quattro|cinque|sei|\d+)[ \t]*[^,;:.!?\n]{1,60})$/iu,
};
const PLURAL: Record<Lang, RegExp> = {
  en: /^(?:these|those|\d+|two|three|four|five|six)[ \t]|^[^ ]+[ \t].*[^s]s$/iu,
  es: /^(?:los|las|unos|unas|dos|tres|cuatro|cinco|seis|\d+)[ \t]/iu,
  it: /^(?:i|gli|le|due|tre|quattro|cinque|sei|\d+)[ \t]/iu,
};

const COST_WORD =
  /(?<![\p{L}])(?:costs?|price|charges?|fees?|costes?|costos?|precios?|cargos?|costi|prezzo|prezzi|spesa|spese)(?![\p{L}])/iu;

/** The topic named in [from, to) that ends a clause there, if any: its words and number. */
function topicOf(c: Ctx, from: number, to: number): { text: string; plural: boolean } | undefined {
  const region = c.text.slice(from, to);
  // The thing ends where the waving-away starts ("los dos banners nuevos | no es ningún problema").
  for (const part of region.split(/[,;:]|(?<![\p{L}])(?:no|not|non|nessun|ningún|ningun|don'?t|do not)(?![\p{L}])/iu)) {
    const m = TOPIC[c.lang].exec(part.trim());
    // "the extra cost for the banner" is money, not work: no subject for "is extra work".
    if (m && !COST_WORD.test(m[1])) return { text: m[1].trim(), plural: PLURAL[c.lang].test(m[1].trim()) };
  }
  return undefined;
}

/** Past an Italian elision's apostrophe ("tra un po'"): the phrase's last word ends there. */
function elided(text: string, fe: number, lang: Lang): number {
  return lang === 'it' && /['’]/.test(text[fe] ?? '') && /\p{L}/u.test(text[fe - 1] ?? '') && !/\p{L}/u.test(text[fe + 1] ?? '')
    ? fe + 1
    : fe;
}

/**
 * A part of the day right after an out-of-hours day ("call me on Sunday | morning", "anche sabato |
 * pomeriggio, nessun problema"): once the day is the working hours, it goes with it.
 */
const DAYPART: Record<Lang, RegExp> = {
  en: /^[ \t]+(?:morning|afternoon|evening|night)s?(?:[ \t]*,?[ \t]*no problem)?(?![\p{L}])/iu,
  es: /^[ \t]+(?:por la (?:mañana|tarde|noche)|a mediodía|a mediodia)(?:[ \t]*,?[ \t]*sin (?:ningún |ningun )?problema)?(?![\p{L}])/iu,
  it: /^[ \t]+(?:(?:di |in )?(?:mattina|mattinata|pomeriggio|sera|serata)|di notte)(?:[ \t]*,?[ \t]*nessun problema)?(?![\p{L}])/iu,
};

/** A clause that only grants the client is busy ("I know you're swamped", "sé que está muy ocupada"). */
const BUSY: Record<Lang, RegExp> = {
  en: /^(?:(?:and|but)[ \t]+)?i (?:know|realise|realize|appreciate|understand)(?: that)? (?:you(?:'re|’re| are)|you must be|things are|it(?:'s|’s| is)) (?:(?:so|very|really|super|pretty|incredibly|crazy|extremely) )?(?:swamped|busy|snowed under|flat out|slammed|stretched|a (?:busy|hectic|crazy) (?:time|week|period|month))(?: (?:right now|at the moment|these days|this week|at the minute))?[.!…]*$/iu,
  es: /^(?:(?:y|pero)[ \t]+)?(?:ya )?(?:sé|se|entiendo|me imagino|imagino) que (?:(?:usted|tú|tu) )?(?:está|estás|esta|estas|anda|andas) (?:(?:usted|tú) )?(?:muy |super |súper |hasta arriba|liad[oa]|ocupad[oa]|a tope|desbordad[oa])(?:[ \t]*(?:liad[oa]|ocupad[oa]|a tope|de trabajo))?(?: (?:estos días|estos dias|esta semana|ahora))?[.!…]*$/iu,
  it: /^(?:(?:e|ma)[ \t]+)?(?:lo )?so (?:bene )?che (?:(?:sei|è|e) (?:molto |super |davvero |parecchio )?(?:impegnat[oa]|pien[oa]|sommers[oa]|di corsa|oberat[oa])|(?:è|e) un periodo (?:molto |davvero )?(?:pieno|intenso|impegnativo|complicato|di fuoco)(?: per (?:te|Lei|lei|voi))?)(?: (?:in questi giorni|in questo periodo|adesso))?[.!…]*$/iu,
};

/** An intensifier clause right after an apology ("sorry, really, …", "perdona, de verdad, …"). */
const INTENSIFIER_AFTER: Record<Lang, RegExp> = {
  en: /^[ \t]*,[ \t]*(?:really|truly|honestly|seriously)(?=[ \t]*[,.!;…])/iu,
  es: /^[ \t]*,[ \t]*(?:de verdad|en serio|de veras|sinceramente)(?=[ \t]*[,.!;…])/iu,
  it: /^[ \t]*,[ \t]*(?:davvero|sul serio|veramente|sinceramente)(?=[ \t]*[,.!;…])/iu,
};

/** A first-person "to be" just before a phrase ("I'm just a message away"). */
const COPULA: Record<Lang, RegExp> = {
  en: /(?<![\p{L}'’])(?:i'?m|i am|i'?ll be|i will be)[ \t]+$/iu,
  es: /(?<![\p{L}])(?:estoy|estaré|estare)[ \t]+$/iu,
  it: /(?<![\p{L}])(?:sono|sarò|saro)[ \t]+$/iu,
};

/** Extends an availability rewrite ending at `end` over the out-of-hours clauses that follow it. */
function outOfHoursTail(c: Ctx, end: number): number {
  let at = end;
  for (let guard = 0; guard < 6 && at < c.s.end; guard++) {
    const sep = /^(?:[ \t]*[,;][ \t]*|[ \t]+)/.exec(c.text.slice(at, c.s.end));
    if (!sep) break;
    const from = at + sep[0].length;
    const to = clauseEnd(c.text, from, c.s.end);
    const clause = c.text.slice(from, to);
    const words = clause.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
    const times = words.length > 0 && words.every((w) => OUT_OF_HOURS_WORDS[c.lang].has(w) || /^\p{N}+$/u.test(w));
    if (!times && !ALWAYS_ON[c.lang].test(clause)) break;
    at = to;
  }
  return at;
}

function pick(t: RegisterText | undefined, reg: Register): string | undefined {
  if (t === undefined) return undefined;
  return typeof t === 'string' ? t : reg === 'formal' ? t.formal : t.informal;
}

/** Fills `{date}`, `{hours}`, `{rate}`, `{during}`, `{paid}`, `{then}` with known facts as slots; undefined when one is unknown. */
function fill(c: Ctx, raw: string | undefined, depth = 0): string | undefined {
  if (raw === undefined || depth > 3) return raw;
  let missing = false;
  const out = raw.replace(/\{(\w+)\}/g, (_m, k: string) => {
    if (k === 'date') {
      const v = dateValue(c.facts, c.lang);
      if (!v) missing = true;
      return v ? slot(v) : '';
    }
    if (k === 'hours') {
      const v = hoursValue(c.facts, c.lang);
      if (!v) missing = true;
      return v ? slot(v) : '';
    }
    if (k === 'topic' || k === 'be') {
      if (!c.topic) missing = true;
      return !c.topic ? '' : k === 'topic' ? c.topic.text : BE[c.lang][c.topic.plural ? 1 : 0];
    }
    if (k === 'rate') {
      if (!c.facts.rate) missing = true;
      return c.facts.rate ? slot(c.facts.rate) : '';
    }
    const sub = textOf(c, k);
    if (sub === undefined) missing = true;
    return sub ?? '';
  });
  return missing ? undefined : out;
}

/** A named text of the rule, filled; `name` falls back to `namePlain` when a fact is unknown. */
function textOf(c: Ctx, name: string): string | undefined {
  const texts = c.rw.texts ?? {};
  // "Estaremos disponibles…": the working hours are ours too.
  if (texts[`${name}We`] && WE[c.lang].test(c.text.slice(clauseStart(c.text, c.s.body, c.fs), c.fs)))
    return fill(c, pick(texts[`${name}We`], c.reg)) ?? fill(c, pick(texts[`${name}WePlain`], c.reg)) ?? textOf(c, `${name}Plain`);
  return fill(c, pick(texts[name], c.reg)) ?? fill(c, pick(texts[`${name}Plain`], c.reg));
}

/**
 * A swap pattern, compiled when first needed (they hold no state: no `g` flag), and the words
 * one of which a phrase must start with to match it (see `leadWords`).
 */
interface SwapPattern {
  re: RegExp | undefined;
  readonly src: string;
  readonly lead: readonly string[] | undefined;
}
const swapPatterns = new Map<string, SwapPattern>();
function swapPattern(src: string): SwapPattern {
  let p = swapPatterns.get(src);
  if (!p) swapPatterns.set(src, (p = { re: undefined, src, lead: leadWords(src) }));
  return p;
}

/** Text whose case-insensitive comparison is plain lower-casing (Latin-1 and the curly apostrophes). */
const LATIN1 = /^[\u0000-\u00ff\u2018\u2019]*$/;
/** Literal text of a pattern: letters, spaces, apostrophes. */
const LITERAL = /^[\p{L}' ’]+$/u;

/**
 * The lower-case words a pattern anchored at the start begins with: "^(?:a|b c|d) …" or "^word …"
 * (undefined when it may start otherwise). A phrase that starts with none of them cannot match,
 * so its swap is skipped without compiling the pattern: compiling a case-insensitive Unicode
 * pattern costs far more than matching it, and a cold `composure lint` would compile them all.
 */
function leadWords(src: string): readonly string[] | undefined {
  if (!src.startsWith('^') || hasTopLevelBar(src)) return undefined;
  let alts: string[];
  if (src[1] === '(') {
    const from = src.startsWith('(?:', 1) ? 4 : 2;
    const close = src.indexOf(')', from);
    if (close < 0 || '?*{'.includes(src[close + 1] ?? '')) return undefined;
    alts = src.slice(from, close).split('|');
  } else {
    let j = 1;
    while (j < src.length && LITERAL.test(src[j])) j++;
    if ('?*{'.includes(src[j] ?? '')) j--; // a quantifier applies to the letter before it
    alts = [src.slice(1, j)];
  }
  if (alts.some((a) => !a || !LITERAL.test(a) || !LATIN1.test(a))) return undefined;
  return alts.map((a) => a.toLowerCase());
}

/** Whether a pattern is an alternation at its top level ("^a|b": "b" is not anchored). */
function hasTopLevelBar(src: string): boolean {
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) return true;
  }
  return false;
}

/** Whether `matched` may match the swap (false only when it starts with none of its lead words). */
function mayMatch(p: SwapPattern, matched: string, lower: string): boolean {
  return !p.lead || !LATIN1.test(matched) || p.lead.some((w) => lower.startsWith(w));
}

/** Whether a phrase may match a swap pattern (false: the pattern cannot match it), for tests. */
export const swapMayMatch = (src: string, matched: string): boolean => mayMatch(swapPattern(src), matched, matched.toLowerCase());

/** The first swap matching the phrase: its filled replacement ("" = drop the clause). */
function swap(c: Ctx): string | undefined {
  const matched = c.text.slice(c.fs, c.fe);
  const lower = matched.toLowerCase();
  for (const [src, to] of c.rw.swaps ?? []) {
    const p = swapPattern(src);
    if (!mayMatch(p, matched, lower)) continue;
    const m = (p.re ??= new RegExp(src, 'iu')).exec(matched);
    if (!m) continue;
    const target = pick(to, c.reg) ?? '';
    if (target === '') return '';
    const filled = fill(
      c,
      target.replace(/\$(\d)/g, (_x, n: string) => m[Number(n)] ?? ''),
    );
    if (filled !== undefined) return filled;
  }
  return undefined;
}

const isBlank = (s: string) => /^[ \t]*$/.test(s);

/** Drops a vague time with its softener and vague rest ("at some point this week"), or its whole clause. */
function dropVague(c: Ctx): Edit {
  if (isBlank(c.text.slice(clauseStart(c.text, c.s.body, c.fs), c.fs)) && c.fe === clauseEnd(c.text, c.fe, c.s.end)) return dropClause(c);
  const soft = VAGUE_BEFORE[c.lang].exec(c.text.slice(c.s.body, c.fs));
  const start = soft ? c.s.body + soft.index : c.fs;
  const end = c.fe + (VAGUE_REST[c.lang].exec(c.text.slice(c.fe, c.s.end))?.[0].length ?? 0);
  return { start: start > c.s.body && /[ \t]/.test(c.text[start - 1]) ? start - 1 : start, end, text: '' };
}

/** Drops the clause holding the phrase (with its comma, a leading connector, a "?" that was its own). */
function dropClause(c: Ctx, from = c.fs): Edit {
  const { text, s } = c;
  const cs = clauseStart(text, s.body, from);
  const prefix = text.slice(cs, from).replace(/[¿¡]/g, '');
  const start = isBlank(prefix) || CONNECTORS[c.lang].test(prefix) || LEAD_WORD[c.lang].test(prefix) ? cs : from;
  // A phrase that ends with its own connector ("no offence, but") goes alone.
  if (ENDS_WITH_CONNECTOR[c.lang].test(text.slice(c.fs, c.fe))) {
    let e = c.fe;
    while (e < s.end && /[ \t]/.test(text[e])) e++;
    return { start, end: e, text: '' };
  }
  let ce = clauseEnd(text, c.fe, s.end);
  // A "that/que/che" clause after the phrase belongs to it.
  if (THAT[c.lang].test(text.slice(c.fe, c.fe + 6))) ce = s.end;
  if (ce < s.end) {
    // Head or middle clause: take its comma (and a connector after it when the clause opened the sentence).
    let e = ce + 1;
    while (e < s.end && /[ \t]/.test(text[e])) e++;
    if (start === s.body) {
      // "Non sono un grafico, figurati, ma…": a filler clause after the dropped head goes too.
      const next = clauseEnd(text, e, s.end);
      if (next < s.end && FILLER_ONLY[c.lang].test(text.slice(e, next))) {
        e = next + 1;
        while (e < s.end && /[ \t]/.test(text[e])) e++;
      }
      const m = LEADING_CONNECTOR[c.lang].exec(text.slice(e, s.end));
      if (m) e += m[0].length;
    }
    // A parenthetical clause (", to be honest,") also takes the comma before it.
    if (start === cs && cs > s.body && text[ce] === ',' && ',;'.includes(text[lastNonSpace(text, cs)])) {
      // "…it, day or night, so…": the comma before a connector stays.
      return { start: lastNonSpace(text, cs), end: e, text: AFTER_COMMA[c.lang].test(text.slice(e, s.end)) ? ', ' : ' ' };
    }
    return { start, end: e, text: '' };
  }
  // Last clause: take the comma before it; a "?" or "!" that belonged to it becomes ".".
  let st = start;
  if (start === cs && cs > s.body) st = lastNonSpace(text, cs);
  const closing = text.slice(s.end, s.stop);
  if (st > s.body && /[?!]/.test(closing)) return { start: st, end: s.stop, text: '.' };
  return { start: st, end: s.end, text: '' };
}

function lastNonSpace(text: string, at: number): number {
  let i = at - 1;
  while (i > 0 && /[ \t]/.test(text[i])) i--;
  return i;
}

/** Replaces the phrase's clause, from `from` to the end of the sentence, with a whole sentence. */
function replaceTail(c: Ctx, sentence: string, from = clauseStart(c.text, c.s.body, c.fs)): Edit {
  const { text, s } = c;
  if (from > s.body) {
    const comma = lastNonSpace(text, from);
    if (',;:'.includes(text[comma])) return { start: comma, end: s.stop, text: `. ${sentence}` };
  }
  return { start: s.body, end: s.stop, text: sentence };
}

const conn0 = (c: Ctx, clause: string) => !!LAST_CONNECTOR[c.lang].exec(clause);

/** Replaces [start, ce) with `t` and ends the sentence there: the next clause starts a new one. */
function endSentenceAfter(c: Ctx, start: number, ce: number, t: string): Edit {
  let e = ce + 1;
  while (e < c.s.end && /[ \t]/.test(c.text[e])) e++;
  const m = LEADING_CONNECTOR[c.lang].exec(c.text.slice(e, c.s.end));
  if (m) e += m[0].length;
  if (e >= c.s.end) return { start, end: ce, text: t };
  return { start, end: e + 1, text: `${t}. ${c.text[e].toUpperCase()}` };
}

/** Replaces the phrase itself; a text starting with ">" replaces through the end of its clause. */
const replacePhrase = (c: Ctx, t: string): Edit => {
  if (t === '') return dropClause(c);
  if (t === '<') return dropSentence(c);
  if (t.startsWith('>')) return { start: c.fs, end: clauseEnd(c.text, c.fe, c.s.end), text: t.slice(1) };
  return { start: c.fs, end: c.fe, text: t };
};

/** `null`: no rewrite is offered (one would contradict the rest of the sentence). */
type Builder = (c: Ctx) => Edit | undefined | null;

const dropSentence = (c: Ctx): Edit => ({ start: c.s.body, end: c.s.stop, text: '' });

/** The per-rule builders: the unit each rule's rewrite replaces and how it is rebuilt. */
const BUILDERS: Record<string, Builder> = {
  'reproachful-reminder': (c) => {
    // "Ti rimando il preventivo per la terza volta": the sending stays, its count goes.
    const count = RESEND[c.lang].test(c.text.slice(c.fs, c.fe)) ? REPEAT_END[c.lang].exec(c.text.slice(c.fs, c.fe)) : null;
    if (count) return { start: c.fs + count.index, end: c.fe, text: '' };
    const after = c.text.slice(c.fe, c.s.end);
    const pointerOnly = REMINDER_OBJECT_TO_END[c.lang]?.test(after) && POINTING_VERB[c.lang]?.test(c.text.slice(c.fs, c.fe));
    // "I did point out in the call on the 3rd that the plugin needed…": the news after "that" stays.
    const news = REMINDER_TAIL_THAT[c.lang].test(after);
    if (!news && (pointerOnly || REMINDER_TO_END[c.lang]?.test(after))) {
      if (isBlank(c.text.slice(c.s.body, c.fs))) return dropSentence(c);
      // "…, and I did warn about it in the deck, slide 9.": the pointer's clause goes with its comma.
      const cs = clauseStart(c.text, c.s.body, c.fs);
      const prefix = c.text.slice(cs, c.fs);
      if (cs > c.s.body && (isBlank(prefix) || CONNECTORS[c.lang].test(prefix)))
        return { start: lastNonSpace(c.text, cs), end: c.s.end, text: '' };
    }
    // "Según le indiqué por teléfono y por escrito, …": a pointer opened by "as" is an aside up to
    // its comma, whatever words tell when and where it was said.
    {
      const cs = clauseStart(c.text, c.s.body, c.fs);
      const ce = clauseEnd(c.text, c.fe, c.s.end);
      if (AS_LEAD[c.lang].test(c.text.slice(cs, c.s.end)) && c.text[ce] === ',' && !REMINDER_TAIL_THAT[c.lang].test(after)) {
        let e = ce + 1;
        while (e < c.s.end && /[ \t]/.test(c.text[e])) e++;
        const before = lastNonSpace(c.text, cs);
        if (cs > c.s.body && ',;'.includes(c.text[before])) return { start: before, end: e, text: ' ' };
        return { start: cs, end: e, text: '' };
      }
    }
    const lead = (prefix: string) =>
      isBlank(prefix) || CONNECTORS[c.lang].test(prefix) || REMINDER_LEAD[c.lang].test(prefix) || LEAD_WORD[c.lang].test(prefix);
    /** Only when and where from `at` to the sentence's end ("…, in the call with Ada."). */
    const whenWhereToEnd = (at: number) => {
      const rest = c.text.slice(at, c.s.end);
      return isBlank(rest) || REMINDER_TAIL_LONG[c.lang].exec(` ${rest.trim()},`)?.[0].length === rest.trim().length + 2;
    };
    // The fronted object is the sentence's only other words ("eso, te lo dije"); after a clause
    // of news ("…no more rounds after this, I've told you a thousand times") it is no object.
    const ownStart = clauseStart(c.text, c.s.body, c.fs);
    const fronted =
      !!CLITIC_OBJECT[c.lang]?.test(c.text.slice(c.fs, c.fe)) &&
      (ownStart === c.s.body || (c.text.slice(c.s.body, c.fs).match(/[\p{L}\p{N}]+/gu) ?? []).length <= 4) &&
      !CONNECTORS[c.lang].test(c.text.slice(ownStart, c.fs));
    const tail = REMINDER_TAIL[c.lang].exec(after) ?? /^[ \t]*[,;:][ \t]*/.exec(after);
    if (tail && fronted && whenWhereToEnd(c.fe + tail[0].length)) return dropSentence(c);
    if (tail) {
      const cs = clauseStart(c.text, c.s.body, c.fs);
      const prefix = c.text.slice(cs, c.fs);
      const before = lastNonSpace(c.text, c.fs);
      // ", as I said before," inside a sentence: both commas go.
      if (isBlank(prefix) && cs > c.s.body && c.text[before] === ',' && /,[ \t]*$/.test(tail[0]))
        return { start: before, end: c.fe + tail[0].length, text: ' ' };
      return { start: lead(prefix) ? cs : c.fs, end: c.fe + tail[0].length, text: '' };
    }
    const that = THAT[c.lang].exec(after) ?? REMINDER_TAIL_THAT[c.lang].exec(after);
    if (that) {
      const cs = clauseStart(c.text, c.s.body, c.fs);
      return { start: lead(c.text.slice(cs, c.fs)) ? cs : c.fs, end: c.fe + that[0].length, text: `${textOf(c, 'that') ?? ''} ` };
    }
    // "I told you so during the meeting on the 3rd.": only the when and where is left, so the clause goes.
    if (REMINDER_TAIL[c.lang].exec(`${after},`)?.[0].length === after.length + 1 || whenWhereToEnd(c.fe)) {
      const cs = clauseStart(c.text, c.s.body, c.fs);
      if (lead(c.text.slice(cs, c.fs)) && cs === c.s.body && clauseEnd(c.text, c.fe, c.s.end) === c.s.end) return dropSentence(c);
      if (fronted) return dropSentence(c);
      return dropClause(c);
    }
    if (isBlank(after)) return dropClause(c);
    return { start: c.fs, end: c.fe + (/^[ \t]*/.exec(after)?.[0].length ?? 0), text: '' };
  },
  'blame-shifting': (c) => {
    const cs = clauseStart(c.text, c.s.body, c.fs);
    const clause = c.text.slice(cs, c.fs);
    // "I wasn't the one who moved | the launch date.": what is left is only the object of the blame.
    if (c.lang === 'en' && isBlank(clause) && /\b(?:one|ones|person|people)[ \t]+(?:who|that)[ \t]+\S+$/iu.test(c.text.slice(c.fs, c.fe)))
      return dropClause(c, cs);
    if ((c.lang === 'en' && isBlank(clause)) || /^(?:it'?s|its|that'?s|thats|it is|that is|this is)[ \t]+$/iu.test(clause)) {
      const after = c.text.slice(c.fe, clauseEnd(c.text, c.fe, c.s.end));
      const that = /^[ \t]+that[ \t]+/iu.exec(after);
      const rest = after.slice(that?.[0].length ?? 0).trim();
      // "It's not my job to chase the bank": the infinitive is the blame's own complement and goes with it.
      if (c.lang === 'en' && rest.split(/\s+/).length >= 3 && !/^(?:anymore|either|really|at all|to)\b/i.test(rest)) {
        return { start: cs, end: c.fe + (that?.[0].length ?? /^[ \t]*/.exec(after)?.[0].length ?? 0), text: '' };
      }
    }
    if (THAT[c.lang].test(c.text.slice(c.fe, c.fe + 6)) && c.lang !== 'en') return dropSentence(c);
    // The blame is the main clause of an "if" sentence: what is left would be a bare condition.
    if (/^(?:if|si|se)[ \t]/iu.test(c.text.slice(c.s.body, cs)) && clauseEnd(c.text, c.fe, c.s.end) === c.s.end) return dropSentence(c);
    // Little left besides the blame ("La culpa es suya, no del equipo."): the sentence goes.
    const rest = `${c.text.slice(c.s.body, cs)} ${c.text.slice(clauseEnd(c.text, c.fe, c.s.end), c.s.end)}`;
    if ((rest.match(/[\p{L}\p{N}]+/gu) ?? []).length <= 3 && !conn0(c, clause)) return dropSentence(c);
    // "I sent it on time and the error was not on my side": only the blaming half goes.
    const conn = LAST_CONNECTOR[c.lang].exec(clause);
    if (conn && /[\p{L}]/u.test(clause.slice(0, conn.index)))
      return { start: cs + conn.index, end: clauseEnd(c.text, c.fe, c.s.end), text: '' };
    return dropClause(c, cs);
  },
  'hindsight-reproach': (c) => {
    // Late material ("if you had sent the texts on time") asks for material on time, not for notice;
    // a late answer asks for an answer. Only the reproach's own clause says which ("…, esto no habría
    // pasado" is not a sending).
    const own = c.text.slice(clauseStart(c.text, c.s.body, c.fs), clauseEnd(c.text, c.fe, c.s.end));
    const kind = SENT[c.lang].test(own) ? 'sentenceSend' : REPLIED[c.lang].test(own) ? 'sentenceReply' : 'sentence';
    // "Se mi aveste mandato…", "Si ustedes hubieran…": the request goes to the same plural "you".
    const plural = PLURAL_YOU[c.lang]?.test(c.text.slice(c.fs, c.fe)) ? textOf(c, `${kind}Plural`) : undefined;
    const sentence = plural || textOf(c, kind) || textOf(c, 'sentence') || '';
    const before = c.text.slice(c.s.body, c.fs);
    const m = /(?:[,;][ \t]+(?:but|pero|ma|però|and|y|e)[ \t]+|;[ \t]*)(?=[^,;]*$)/iu.exec(before);
    if (m && /[\p{L}]/u.test(before.slice(0, m.index))) return { start: c.s.body + m.index, end: c.s.stop, text: `. ${sentence}` };
    if (/^(?:if|si|se)[ \t]/iu.test(before)) return { start: c.s.body, end: c.s.stop, text: sentence };
    return replaceTail(c, sentence);
  },
  'self-justification': (c) => {
    // "We followed the media plan to the letter": without the insistence it is a plain fact.
    const t = swap(c);
    if (t) return { start: c.fs, end: c.fe, text: t };
    const clause = textOf(c, 'clause');
    if (!clause) return dropClause(c);
    const ce = clauseEnd(c.text, c.fe, c.s.end);
    const cs = clauseStart(c.text, c.s.body, c.fs);
    const prefix = c.text.slice(cs, c.fs);
    return { start: isBlank(prefix) || CONNECTORS[c.lang].test(prefix) ? c.fs : cs, end: ce, text: clause };
  },
  'combative-preamble': (c) => {
    const t = swap(c);
    return t ? replacePhrase(c, t) : dropClause(c);
  },
  'needless-apology': (c) => {
    const e = dropClause(c);
    const left = c.text.slice(c.s.body, e.start) + c.text.slice(e.end, c.s.end);
    // "Sorry to bother you, I know you're swamped.": the nod to the client's load only excused the apology.
    if (!/[\p{L}\p{N}]/u.test(left) || BUSY[c.lang].test(left.trim())) {
      const g = c.s.body > c.s.start ? textOf(c, 'greeting') : undefined;
      return g ? { start: c.s.body, end: c.s.stop, text: g } : dropSentence(c);
    }
    return e;
  },
  'over-apology': (c) => {
    const t = swap(c) ?? textOf(c, 'plain') ?? '';
    const e = replacePhrase(c, t);
    // "Mil perdones, de verdad, …": the intensifier goes with the apology it inflated.
    const more = e.text && e.end === c.fe ? INTENSIFIER_AFTER[c.lang].exec(c.text.slice(c.fe, c.s.end)) : null;
    return more ? { ...e, end: e.end + more[0].length } : e;
  },
  'minimising-just': (c) => {
    let t = swap(c);
    // "I was merely wondering whether…": the question stays, asked plainly (a statement, so no "?").
    if ((t === undefined || t === '') && ASK_AFTER.test(c.text.slice(c.fe, c.s.end))) {
      const ask = c.fs === c.s.body ? ASK[c.lang].charAt(0).toUpperCase() + ASK[c.lang].slice(1) : ASK[c.lang];
      const rest = c.text.slice(c.fe, c.s.end);
      if (/\?/.test(c.text.slice(c.s.end, c.s.stop)) && clauseEnd(c.text, c.fe, c.s.end) === c.s.end && !rest.includes('¿'))
        return { start: c.fs, end: c.s.stop, text: `${ask}${rest}.` };
      t = ASK[c.lang];
    }
    if (t === undefined || t === '') return dropClause(c);
    // "I'm writing to check if…?" is a statement now: its "?" (and a Spanish "¿") go.
    const opens = c.text[c.fs - 1] === '¿' || c.text[c.fs - 1] === '¡';
    const toEnd = clauseEnd(c.text, c.fe, c.s.end) === c.s.end;
    if (
      toEnd &&
      (c.fs === c.s.body || (opens && c.fs - 1 === c.s.body)) &&
      /\?/.test(c.text.slice(c.s.end, c.s.stop)) &&
      !/\?[ \t]*$/.test(t)
    ) {
      return { start: opens ? c.fs - 1 : c.fs, end: c.s.stop, text: `${t}${c.text.slice(c.fe, c.s.end)}.` };
    }
    return replacePhrase(c, t);
  },
  'reassurance-seeking': (c) => dropClause(c),
  'comprehension-check': (c) => {
    const e = dropClause(c);
    const left = c.text.slice(c.s.body, e.start) + c.text.slice(e.end, c.s.end);
    if (!/[\p{L}\p{N}]/u.test(left)) return { start: c.s.body, end: c.s.stop, text: textOf(c, 'invite') ?? '' };
    return e;
  },
  'giving-up-position': (c) => {
    const t = swap(c);
    if (t === '') return dropClause(c);
    if (t !== undefined) {
      if (c.sameRuleBefore) return dropClause(c);
      return { start: c.fs, end: c.fe, text: c.dateUsed ? (textOf(c, 'then') ?? t) : t };
    }
    if (c.sameRuleBefore) return dropClause(c);
    // "Si no te cuadra algo me dices, que yo me adapto…": the sentence already asks to hear back,
    // so the deference goes and no second request is added.
    const own = clauseStart(c.text, c.s.body, c.fs);
    // After "Mi faccia sapere:" the deference is what is asked, and the decision is asked for below.
    const asked = own > c.s.body && c.text[lastNonSpace(c.text, own)] === ',' ? ASKS_BACK[c.lang].exec(c.text.slice(c.s.body, c.fs)) : null;
    if (asked) {
      // "Fammi sapere tu, io mi adeguo…": a short head that only asks becomes the dated request.
      const head = c.text.slice(c.s.body, own);
      const decided = textOf(c, 'decide');
      if (decided && asked.index === 0 && (head.match(/[\p{L}\p{N}]+/gu) ?? []).length <= 4 && clauseEnd(c.text, c.fe, c.s.end) === c.s.end)
        return { start: c.s.body, end: c.s.stop, text: decided };
      return dropClause(c, own);
    }
    // "…no soy quién para opinar, pero quizá convendría…": the writer's own view follows, so the
    // deference goes and the view stays, with no decision handed back.
    const ce = clauseEnd(c.text, c.fe, c.s.end);
    // The words before the deference in its clause ("Quizá | no soy quién…", "Mi rendo conto che forse | …") go with it.
    if (ce < c.s.end && /^(?:but|pero|ma|però)[ \t]/iu.test(c.text.slice(ce + 1).trimStart()))
      return dropClause(c, clauseStart(c.text, c.s.body, c.fs));
    const from = clauseStart(c.text, c.s.body, c.fs);
    // "Whatever you pick for the fonts": the fonts stay in the question.
    const found = DECISION_TOPIC[c.lang].exec(c.text.slice(from, c.s.end));
    const topic = found ? { text: found[0].charAt(0).toLowerCase() + found[0].slice(1), plural: false } : undefined;
    const decide = (topic && textOf({ ...c, topic }, 'decideTopic')) || textOf(c, 'decide') || '';
    // A short head before the comma ("Para la reunión, …", "Nel caso, …") keeps its comma; one that
    // the new sentence already says ("Mi faccia sapere: …") goes.
    const comma = lastNonSpace(c.text, from);
    if (from > c.s.body && ',:'.includes(c.text[comma])) {
      const head = c.text.slice(c.s.body, comma);
      if ((head.match(/[\p{L}\p{N}]+/gu) ?? []).length <= 3) {
        if (decide.toLowerCase().startsWith(head.toLowerCase())) return { start: c.s.body, end: c.s.stop, text: decide };
        if (c.text[comma] === ',') return { start: from, end: c.s.stop, text: decide.charAt(0).toLowerCase() + decide.slice(1) };
      }
    }
    return replaceTail(c, decide, from);
  },
  'withdrawn-request': (c) => dropClause(c),
  'waving-away-cost': (c) => {
    // The free work in the same sentence gets the quote; the waving-away alone goes, and when the
    // free work is named inside it ("Don't worry about | the extra slides, they're on me"), its name stays.
    if (c.rules.has('free-work') && !c.sameRuleBefore) {
      const ce = clauseEnd(c.text, c.fe, c.s.end);
      const free = c.items.find((f) => f.rule === 'free-work' && f.offset >= c.fs && f.offset < c.fe);
      const cs = clauseStart(c.text, c.s.body, c.fs);
      const named = free ? TOPIC[c.lang].exec(c.text.slice(cs, Math.min(ce, c.fe))) : null;
      if (named) return { start: cs, end: cs + named.index + named[0].length - named[1].length, text: '' };
      // "Tranqui por lo de las fotos extra, | te las edito gratis": the offer's clitic points back at
      // the thing named here, so the thing stays, fronted ("Las fotos extra, te las…").
      const next = c.items.find((f) => f.rule === 'free-work' && f.offset >= ce);
      const clitic = CLITIC_OBJECT[c.lang];
      if (
        next &&
        clitic &&
        ce < c.s.end &&
        clitic.test(c.text.slice(clauseStart(c.text, ce + 1, next.offset), next.offset + next.length))
      ) {
        const topic = topicOf(c, cs, ce);
        const thing = topic?.text.replace(WAVE_TAIL[c.lang], '');
        if (thing) {
          const first = cs === c.s.body ? thing.charAt(0).toUpperCase() : thing.charAt(0).toLowerCase();
          return { start: cs, end: ce, text: first + thing.slice(1) };
        }
      }
    }
    if (c.sameRuleBefore || c.rules.has('free-work')) return dropClause(c);
    const t = swap(c);
    if (t === '') return dropClause(c);
    const ce = clauseEnd(c.text, c.fe, c.s.end);
    // "No worries about the three extra pages, …": the pages are the subject of the scope sentence.
    const topic = t === undefined ? topicOf(c, c.s.body, ce) : undefined;
    const scope = (topic && textOf({ ...c, topic }, 'topicScope')) || t || textOf(c, 'scope') || '';
    const cs = clauseStart(c.text, c.s.body, c.fs);
    const prefix = c.text.slice(cs, c.fs);
    const start = topic ? c.s.body : isBlank(prefix) || CONNECTORS[c.lang].test(prefix) ? cs : c.fs;
    // "…, honestly it's no trouble.": a second waving-away closing the sentence goes with it.
    const closing = c.items.find((f) => f !== c.f && f.rule === c.f.rule && f.offset >= ce);
    const rest = c.text.slice(ce, c.s.end).replace(/^[ \t]*[,;:][ \t]*/, '');
    if ((closing && clauseEnd(c.text, closing.offset + closing.length, c.s.end) === c.s.end) || NO_TROUBLE[c.lang].test(rest))
      return { start, end: c.s.stop, text: `${scope}.` };
    if (ce < c.s.end) return endSentenceAfter(c, start, ce, scope);
    // A calm scope sentence ends with a full stop, not the "!" of the waving-away.
    return /!/.test(c.text.slice(c.s.end, c.s.stop)) ? { start, end: c.s.stop, text: `${scope}.` } : { start, end: ce, text: scope };
  },
  sarcasm: (c) => {
    const t = swap(c);
    if (t) return replacePhrase(c, t);
    if (THAT[c.lang].test(c.text.slice(c.fe, c.fe + 6))) return dropSentence(c);
    // "Apprendo con piacere, a tre giorni dalla consegna, che…": the frame opens the sentence and its "che" comes after an aside.
    if (c.fs === c.s.body && THAT_AFTER_ASIDE[c.lang]?.test(c.text.slice(c.fe, c.s.end))) return dropSentence(c);
    return dropClause(c);
  },
  'vague-timing': (c) => {
    // A time that waits on a condition ("…once they're in", "Una vez lo reciba, …") or on a
    // confirmation already dated in the sentence gets no date of its own: the vague words go.
    let outside = c.text.slice(c.s.body, c.s.end);
    for (const f of c.items)
      if (f.rule === c.f.rule && f.offset >= c.s.body && f.offset < c.s.end)
        outside = outside.slice(0, f.offset - c.s.body) + ' '.repeat(f.length) + outside.slice(f.offset - c.s.body + f.length);
    if (CONDITION[c.lang].test(outside) || c.confirmed) return dropVague(c);
    const whole = isBlank(c.text.slice(clauseStart(c.text, c.s.body, c.fs), c.fs)) && c.fe === clauseEnd(c.text, c.fe, c.s.end);
    if (c.sameRuleBefore && whole) return dropClause(c);
    const t = swap(c);
    if (t === '') return dropClause(c);
    if (t !== undefined) return replacePhrase(c, t);
    const by = c.dateUsed ? textOf(c, 'then') : textOf(c, 'by');
    // "at some point this week", "appena mi libero un attimino": the date takes the vague rest too.
    if (by !== undefined) {
      const soft = VAGUE_BEFORE[c.lang].exec(c.text.slice(c.s.body, c.fs));
      return {
        start: soft ? c.s.body + soft.index : c.fs,
        end: c.fe + (VAGUE_REST[c.lang].exec(c.text.slice(c.fe, c.s.end))?.[0].length ?? 0),
        text: by,
      };
    }
    // "ASAP I'll send the files": the phrase opens a longer clause, so only the phrase goes.
    if (!whole && isBlank(c.text.slice(clauseStart(c.text, c.s.body, c.fs), c.fs)) && c.fe < clauseEnd(c.text, c.fe, c.s.end)) {
      let e = c.fe;
      while (e < c.s.end && /[ \t,]/.test(c.text[e])) e++;
      return { start: c.fs, end: e, text: '' };
    }
    return dropClause(c);
  },
  'non-promise': (c) => {
    // "I'll try to sort it at some point this week, but no promises": a hedge with a vague time is
    // no promise of a date; it becomes a dated answer on whether the writer can.
    const hedged = c.rules.has('vague-timing') || c.items.some((f) => f !== c.f && f.rule === c.f.rule);
    // The phrase may hold its own vague time ("Intentaré tenerlo resuelto cuanto antes"): it goes.
    const tried = !c.dateUsed ? TRY[c.lang].exec(c.text.slice(c.fs, c.fe)) : null;
    const vague = tried ? VAGUE_IN[c.lang].exec(tried[1]) : null;
    const whether = tried && (hedged || vague) ? textOf(c, 'whether') : undefined;
    if (tried && whether) {
      const rest = vague ? `${tried[1].slice(0, vague.index)} ${tried[1].slice(vague.index + vague[0].length)}`.trim() : tried[1];
      if (rest) return { start: c.fs, end: c.fe, text: `${whether} ${rest.replace(/[ \t]+/g, ' ')}` };
    }
    const t = swap(c);
    if (t === '') return dropClause(c);
    if (t !== undefined) return replacePhrase(c, t);
    return { start: c.fs, end: clauseEnd(c.text, c.fe, c.s.end), text: textOf(c, 'confirm') ?? '' };
  },
  'unlimited-availability': (c) => {
    if (c.sameRuleBefore) return dropClause(c);
    const t = swap(c);
    if (t === '') return dropClause(c);
    let e = replacePhrase(c, t ?? textOf(c, 'during') ?? '');
    // "I'm just a message away": the bare "during my working hours" needs "available" after the verb.
    const available = t === undefined ? textOf(c, 'available') : undefined;
    const copula = available ? COPULA[c.lang].exec(c.text.slice(c.s.body, c.fs)) : null;
    if (copula && available) e = { start: c.s.body + copula.index, end: e.end, text: available };
    else if (e.text && e.start === c.fs && e.end === c.fe) {
      // The working hours replace the time phrase with its "too" and, when the slot opens the
      // replacement, the preposition before it: "text me on Sundays too" → "text me during my working hours".
      const extra = ADDITIVE_AFTER[c.lang].exec(c.text.slice(c.fe, c.s.end));
      const prep = t === undefined ? TIME_PREPOSITION[c.lang].exec(c.text.slice(clauseStart(c.text, c.s.body, c.fs), c.fs)) : null;
      const start = prep ? c.fs - prep[0].length + (/^[ \t]/.test(prep[0]) ? 1 : 0) : c.fs;
      e = { start, end: extra ? c.fe + extra[0].length : c.fe, text: e.text };
    }
    if (!e.text) return e;
    const part = e.end >= c.fe ? DAYPART[c.lang].exec(c.text.slice(e.end, c.s.end)) : null;
    if (part) e = { ...e, end: e.end + part[0].length };
    const run = outOfHoursRun(c, e.start, e.end);
    const lead = run.start < e.start && c.text[run.start] === ',' ? ' ' : '';
    let end = outOfHoursTail(c, run.end);
    // "…durante il ponte | dell'Immacolata": the name of the out-of-hours time goes with it.
    const last = /([\p{L}]+)[ \t]*$/u.exec(c.text.slice(e.start, e.end));
    const named = last && OUT_OF_HOURS_WORDS[c.lang].has(last[1].toLowerCase()) ? TIME_NAME[c.lang].exec(c.text.slice(end, c.s.end)) : null;
    if (named) end += named[0].length;
    // "…work on it over the weekend and send it back on Sunday evening": an out-of-hours time left
    // elsewhere in the sentence would contradict "during my working hours", so no rewrite is offered.
    const rest = `${c.text.slice(clauseStart(c.text, c.s.body, run.start), run.start)} ${c.text.slice(end, clauseEnd(c.text, end, c.s.end))}`;
    if (OFF_HOURS_TIME[c.lang].test(rest) && !c.items.some((f) => f !== c.f && f.rule === c.f.rule)) return null;
    // "…, any time suits me.": an always-reachable clause closing the sentence goes too.
    const closing = c.text.lastIndexOf(',', c.s.end - 1);
    if (closing >= end && ALWAYS_ON[c.lang].test(c.text.slice(closing + 1, c.s.end).trim()))
      return { start: run.start, end: c.s.end, text: lead + e.text + c.text.slice(end, closing) };
    return { start: run.start, end, text: lead + e.text };
  },
  'free-work': (c) => {
    if (c.sameRuleBefore) return dropClause(c);
    // "sin coste alguno", "senza alcun costo aggiuntivo": the qualifier goes with the phrase.
    const more = COST_QUALIFIER[c.lang].exec(c.text.slice(c.fe, c.s.end));
    const cc = more ? { ...c, fe: c.fe + more[0].length } : c;
    const t = swap(cc);
    if (t === '') return dropClause(cc);
    let e = replacePhrase(cc, t ?? textOf(cc, 'paid') ?? '');
    // "as many rounds | as it takes" → "the rounds agreed in the quote": the open end goes too.
    const rest = e.text && e.end === cc.fe ? AMOUNT_REST[c.lang].exec(c.text.slice(cc.fe, c.s.end)) : null;
    if (rest) e = { ...e, end: e.end + rest[0].length };
    // "…for free, it's only forty or so": the playing-down goes with the gift.
    const small = e.text ? /^[ \t]*,[ \t]*/.exec(c.text.slice(e.end, c.s.end)) : null;
    if (small && SMALL_WORK[c.lang].test(c.text.slice(e.end + small[0].length, c.s.end))) e = { ...e, end: c.s.end };
    // "…, tranquilla, per me è un attimo, e | non te le metto in fattura", "It's only 400 words so |
    // I won't charge": clauses that reassure or play the work down go with the gift.
    if (e.text) {
      let cs0 = clauseStart(c.text, c.s.body, c.fs);
      const join = cs0 < e.start ? TRAILING_JOIN[c.lang].exec(c.text.slice(cs0, e.start)) : null;
      const own = join ? c.text.slice(cs0, cs0 + join.index).trim() : '';
      if (join && (SMALL_WORK[c.lang].test(own) || REASSURE[c.lang].test(own)))
        e = { start: cs0, end: e.end, text: c.text.slice(cs0 + join.index + join[0].length, e.start) + e.text };
      let moved = false;
      for (let guard = 0; guard < 3 && cs0 > c.s.body; guard++) {
        const comma = lastNonSpace(c.text, cs0);
        if (c.text[comma] !== ',') break;
        const from = clauseStart(c.text, c.s.body, comma);
        const prev = c.text.slice(from, comma).trim();
        if (from <= c.s.body || !(SMALL_WORK[c.lang].test(prev) || REASSURE[c.lang].test(prev))) break;
        cs0 = from;
        moved = true;
      }
      if (moved) {
        const keep = e.start > clauseStart(c.text, c.s.body, c.fs) ? c.text.slice(clauseStart(c.text, c.s.body, c.fs), e.start) : '';
        e = { start: lastNonSpace(c.text, cs0), end: e.end, text: keep ? ` ${keep}${e.text}` : `, ${e.text}` };
      }
      const after = /^[ \t]*,[ \t]*/.exec(c.text.slice(e.end, c.s.end));
      if (after && clauseEnd(c.text, e.end + after[0].length, c.s.end) === c.s.end) {
        const tail = c.text.slice(e.end + after[0].length, c.s.end);
        if (REASSURE[c.lang].test(tail.trim())) e = { ...e, end: c.s.end };
      }
    }
    // "There is | no charge for the mock-up" → "I'll quote the mock-up": a rewrite with its own
    // subject (written capitalised in the pack) replaces the existential opening too.
    const cs = clauseStart(c.text, c.s.body, c.fs);
    if (e.start === c.fs && cs < c.fs && /^\p{Lu}/u.test(e.text) && EXISTENTIAL[c.lang].test(c.text.slice(cs, c.fs)))
      return { ...e, start: cs };
    // "Le due pagine, per questa volta, | gliele regalo": the favour goes with the gift.
    if (e.text && cs > c.s.body && e.start >= cs) {
      const comma = lastNonSpace(c.text, cs);
      const from = clauseStart(c.text, c.s.body, comma);
      if (from > c.s.body && c.text[comma] === ',' && FAVOUR[c.lang].test(c.text.slice(from, comma).trim()))
        return { start: lastNonSpace(c.text, from), end: e.end, text: ` ${c.text.slice(cs, e.start)}${e.text}` };
    }
    return e;
  },
  shouting: (c) => {
    // Shouted words next to the flagged ones ("SUL SERIO", "NO PIENSO") come down with them.
    let fs = c.fs;
    let fe = c.fe;
    for (let m; (m = /(?:^|[ \t])(\p{Lu}{2,})[ \t]+$/u.exec(c.text.slice(c.s.body, fs)));)
      fs = c.s.body + m.index + m[0].length - m[0].trimStart().length;
    for (let m; (m = /^[ \t]+(\p{Lu}{2,})(?![\p{L}])/u.exec(c.text.slice(fe, c.s.end)));) fe += m[0].length;
    c = { ...c, fs, fe };
    // "AGAIN.": a sentence that is only a shouted "again" is the reproach itself and goes.
    if (isBlank(c.text.slice(c.s.body, c.fs)) && isBlank(c.text.slice(c.fe, c.s.end)) && REPEAT_ONLY[c.lang].test(c.text.slice(c.fs, c.fe)))
      return dropSentence(c);
    let lower = c.text.slice(c.fs, c.fe).toLowerCase();
    if (c.lang === 'en') lower = lower.replace(/(?<![\p{L}])i(?=[ '’]|$)/gu, 'I');
    // "I'll put it in capitals, maybe this time: …": the sarcastic head goes with the capitals.
    const colon = c.text.lastIndexOf(':', c.fs);
    if (colon > c.s.body && SARCASTIC_HEAD[c.lang].test(c.text.slice(c.s.body, colon)))
      return { start: c.s.body, end: c.fe, text: c.text.slice(colon + 1, c.fs).trimStart() + lower };
    return { start: c.fs, end: c.fe, text: lower };
  },
  'stacked-punctuation': (c) => {
    const run = c.text.slice(c.fs, c.fe);
    if (RHETORICAL[c.lang].test(c.text.slice(c.s.body, c.fs).replace(/[¿¡]/g, '').trim())) return dropSentence(c);
    const sentence = c.text.slice(c.s.start, c.s.stop);
    if (run.includes('?')) return { start: c.fs, end: c.fe, text: '?' };
    // A request ("please stop…!!") is made calmly, with a full stop; news keeps one "!".
    if ((c.lang === 'es' && !sentence.includes('¡')) || PLEA[c.lang].test(sentence)) return { start: c.fs, end: c.fe, text: '.' };
    return { start: c.fs, end: c.fe, text: '!' };
  },
};

/** Rules whose rewrite holds a date slot (so a later date in the same sentence says "by then"). */
const usesDate = (t: string) => t.includes(SLOT_OPEN);

/** Applies edits (sorted, non-overlapping) to a slice of the document. */
function applyEdits(text: string, from: number, to: number, edits: readonly Edit[]): string {
  let out = '';
  let at = from;
  for (const e of edits) {
    out += text.slice(at, e.start) + e.text;
    at = e.end;
  }
  return out + text.slice(at, to);
}

/** Strips slot marks, returning the plain text and the slots in it. */
function unmark(marked: string): { text: string; slots: Slot[] } {
  const slots: Slot[] = [];
  // Most rewrites hold no slot: the text as it is (no copy made character by character).
  if (!marked.includes(SLOT_OPEN) && !marked.includes(SLOT_CLOSE)) return { text: marked, slots };
  let text = '';
  let open = -1;
  let from = 0;
  for (let i = 0; i < marked.length; i++) {
    const ch = marked[i];
    if (ch !== SLOT_OPEN && ch !== SLOT_CLOSE) continue;
    text += marked.slice(from, i);
    from = i + 1;
    if (ch === SLOT_OPEN) open = text.length;
    else {
      if (open >= 0) slots.push({ start: open, length: text.length - open });
      open = -1;
    }
  }
  return { text: text + marked.slice(from), slots };
}

/** The smallest whole-word range of `old` (at `base`) that turns it into `next`, as a suggestion. */
function diffSuggestion(old: string, next: string, base: number, slots: readonly Slot[], safe: boolean): Suggestion {
  let p = 0;
  while (p < old.length && p < next.length && old[p] === next[p]) p++;
  while (p > 0 && /[\p{L}\p{N}'’]/u.test(old[p - 1])) p--;
  let q = 0;
  while (q < old.length - p && q < next.length - p && old[old.length - 1 - q] === next[next.length - 1 - q]) q++;
  while (q > 0 && /[\p{L}\p{N}'’]/u.test(old[old.length - q])) q--;
  const text = next.slice(p, next.length - q);
  const inside = slots
    .filter((s) => s.start >= p && s.start + s.length <= next.length - q)
    .map((s) => ({ start: s.start - p, length: s.length }));
  return {
    kind: text.trim() === '' ? 'remove' : 'rewrite',
    text,
    offset: base + p,
    length: old.length - p - q,
    ...(inside.length ? { slots: inside } : {}),
    ...(safe ? { safe: true } : {}),
  };
}

interface Planned {
  readonly finding: Finding;
  readonly index: number;
  readonly edit?: Edit | null;
}

/**
 * Gives every finding its suggestions, built from the sentence around it: the first suggestion of
 * every finding in a sentence is the same rewrite of the whole sentence (all its findings fixed
 * together, seams tidied), in the draft's register, with facts the text lacks as slots; then the
 * finding's own fix alone, when it differs.
 */
const MAX_FINDINGS_PER_SENTENCE = 12;
const MAX_SENTENCE_CHARS = 2000;

export function suggestRewrites(
  text: string,
  findings: readonly Finding[],
  ctx: RewriteContext = {},
  /** The document's register per language (default: `detectRegister` on `text`). */
  register?: (lang: Lang) => Register,
): Finding[] {
  if (!findings.length) return [...findings];
  const registers = new Map<Lang, Register>();
  const registerOf = (lang: Lang) => {
    let r = registers.get(lang);
    if (!r) registers.set(lang, (r = register ? register(lang) : detectRegister(text, lang, ctx.register)));
    return r;
  };
  // Group findings by sentence, in document order.
  const bySentence = new Map<number, { s: Sentence; items: Array<{ f: Finding; index: number }> }>();
  // Findings come in document order: one sentence is found once, however many findings it holds.
  let last: Sentence | undefined;
  findings.forEach((f, index) => {
    if (!BUILDERS[f.rule]) return;
    const s = last && last.start <= f.offset && f.offset < Math.max(last.stop, last.end) ? last : sentenceAt(text, f.offset, f.lang);
    last = s;
    let g = bySentence.get(s.start);
    if (!g) bySentence.set(s.start, (g = { s, items: [] }));
    g.items.push({ f, index });
  });
  const out = [...findings];
  for (const { s, items } of bySentence.values()) {
    // A run-on "sentence" (thousands of characters, dozens of findings) is no sentence to rewrite
    // whole: its findings keep their own suggestions, and the pass stays linear.
    if (items.length > MAX_FINDINGS_PER_SENTENCE || s.stop - s.start > MAX_SENTENCE_CHARS) continue;
    items.sort((a, b) => a.f.offset - b.f.offset);
    const planned: Planned[] = [];
    const findingsHere = items.map((x) => x.f);
    const rules = new Set(findingsHere.map((f) => f.rule));
    let dateUsed = false;
    let confirmed = false;
    const seen = new Set<string>();
    for (const { f, index } of items) {
      const lang = f.lang;
      const pack = PACKS.find((p) => p.lang === lang);
      const c: Ctx = {
        text,
        s,
        f,
        fs: f.offset,
        fe: elided(text, Math.min(f.offset + f.length, Math.max(s.stop, f.offset + f.length)), lang),
        lang,
        reg: registerOf(lang),
        rw: pack?.rewrites[f.rule] ?? {},
        facts: ctx,
        dateUsed,
        confirmed,
        sameRuleBefore: seen.has(f.rule),
        rules,
        items: findingsHere,
      };
      const edit = BUILDERS[f.rule](c);
      if (edit && usesDate(edit.text)) {
        if (f.rule === 'non-promise' && !dateUsed) confirmed = true;
        dateUsed = true;
      }
      seen.add(f.rule);
      planned.push({ finding: f, index, edit });
    }
    // Combine: keep edits in order, dropping one that overlaps an edit already kept.
    const kept: Edit[] = [];
    const members: Planned[] = [];
    for (const p of planned) {
      if (p.edit === null) out[p.index] = { ...p.finding, suggestions: [] };
      if (!p.edit) continue;
      const e = p.edit;
      const clash = kept.findIndex((k) => e.start < k.end && k.start < e.end);
      if (clash >= 0) {
        const k = kept[clash];
        // A wider edit (a whole sentence) takes the place of the narrower one it holds; two
        // removals that touch become one.
        if (e.start <= k.start && k.end <= e.end) kept[clash] = e;
        else if (/^[.,]?$/.test(e.text.trim()) && /^[.,]?$/.test(k.text.trim()))
          kept[clash] = { start: Math.min(k.start, e.start), end: Math.max(k.end, e.end), text: e.end >= k.end ? e.text : k.text };
        members.push(p);
        continue;
      }
      kept.push(e);
      members.push(p);
    }
    kept.sort((a, b) => a.start - b.start);
    const from = Math.min(s.start, ...kept.map((e) => e.start));
    const to = Math.max(s.stop, ...kept.map((e) => e.end));
    const lang = items[0].f.lang;
    const combined = buildSuggestion(
      text,
      from,
      to,
      s,
      kept,
      lang,
      members.every((m) => !!getRule(m.finding.rule)?.safeFix),
    );
    for (const p of members) {
      const suggestions: Suggestion[] = [combined];
      if (p.edit && kept.length > 1) {
        const own = buildSuggestion(text, Math.min(s.start, p.edit.start), Math.max(s.stop, p.edit.end), s, [p.edit], lang, false);
        if (own.text !== combined.text || own.offset !== combined.offset) suggestions.push(own);
      }
      out[p.index] = { ...p.finding, suggestions };
    }
  }
  return out;
}

/** The suggestion that applies `edits` to the sentence, tidies its seams and keeps only the changed words. */
function buildSuggestion(
  text: string,
  from: number,
  to: number,
  s: Sentence,
  edits: readonly Edit[],
  lang: Lang,
  safe: boolean,
): Suggestion {
  const marked = applyEdits(text, from, to, edits);
  const bodyAt = s.body - from;
  // A change of case only ("PERO SI…" → "pero si…") keeps the sentence's opening words.
  const editedHead = edits.some((e) => e.start <= s.body && e.text.toLowerCase() !== text.slice(e.start, e.end).toLowerCase());
  let tidied = dropBrokenEnds(
    dropFillerSentences(dropFillerClauses(tidySentence(marked, bodyAt, lang, s.greetingComma, editedHead), bodyAt, lang), bodyAt, lang),
    bodyAt,
    lang,
    text.slice(from, to),
    editedHead,
  );
  let end = to;
  if (!/[\p{L}\p{N}]/u.test(unmark(tidied).text.slice(bodyAt))) {
    // The whole sentence goes: take the space after it (or before it, at a line end).
    tidied = tidied.slice(0, bodyAt).replace(/[ \t]+$/, '');
    if (bodyAt === 0) {
      while (end < text.length && /[ \t]/.test(text[end])) end++;
      // The next sentence opened by pointing back at this one ("In any case, …"): that opening goes too.
      const back = end > to ? BACK_POINTER[lang].exec(text.slice(end, end + 60)) : null;
      if (back && end + back[0].length < text.length) {
        const at = end + back[0].length;
        return diffSuggestion(text.slice(from, at + 1), text[at].toUpperCase(), from, [], safe);
      }
      if (end >= text.length || text[end] === '\n' || text[end] === '\r') {
        let b = from;
        while (b > 0 && /[ \t]/.test(text[b - 1])) b--;
        return diffSuggestion(text.slice(b, to), '', b, [], safe);
      }
    }
  }
  const { text: next, slots } = unmark(tidied);
  return diffSuggestion(text.slice(from, end), next, from, slots, safe);
}
