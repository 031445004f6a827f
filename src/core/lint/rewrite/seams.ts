import type { Lang } from '../../lang';

const LEADING: Record<Lang, RegExp> = {
  en: /^(?:and|but|so)[ \t]+/iu,
  es: /^(?:y|e|pero|así que|asi que)[ \t]+/iu,
  it: /^(?:e|ed|ma|però|quindi)[ \t]+/iu,
};

/**
 * A "que"/"che" left opening a sentence whose head went ("Ribadisco, come già scritto, | che i
 * dati…"): the news after it stands alone. (English "That" opens sentences as a pronoun, so it stays.)
 */
const COMPLEMENTIZER: Record<Lang, RegExp> = {
  en: /^(?!)/u,
  es: /^que[ \t]+(?=\p{Ll})/iu,
  it: /^che[ \t]+(?=\p{Ll})/iu,
};

/** A connector or subordinator left at the end once what it introduced is gone ("…, aunque."). */
const TRAILING: Record<Lang, RegExp> = {
  en: /[,;]?[ \t]+(?:and|but|(?<![ \t]or[ \t]+)so|or|although|because|whereas)([.!?…]*)$/iu,
  es: /[,;]?[ \t]+(?:y|e|pero|o|así que|asi que|aunque|porque|ya que|sino)([.!?…]*)$/iu,
  it: /[,;]?[ \t]+(?:e|ed|ma|o|però|quindi|anche se|sebbene|benché|benche|mentre)([.!?…]*)$/iu,
};

/** Upper-cases the first letter at or after `at` (skipping ¿¡, quotes and slot marks). */
function capitalAt(s: string, at: number, upper: boolean): string {
  let i = at;
  while (i < s.length && /[¿¡"'“‘«(\u0001\u0002 \t]/u.test(s[i])) i++;
  if (i >= s.length || !/\p{L}/u.test(s[i])) return s;
  // "I", "I'm" and words in capitals keep their case.
  // "I", words in capitals and Italian courtesy forms ("Le mando") keep their case.
  if (
    !upper &&
    (/^I(?![\p{L}])/u.test(s.slice(i)) || /^\p{Lu}{2}/u.test(s.slice(i)) || /^(?:Le|La|Lei|Gliel[oa]|Suo|Sua)(?![\p{L}])/u.test(s.slice(i)))
  )
    return s;
  const ch = upper ? s[i].toUpperCase() : s[i].toLowerCase();
  return s.slice(0, i) + ch + s.slice(i + 1);
}

/**
 * Tidies the seams of a rewritten sentence: single spaces, no space before punctuation, no doubled
 * or dangling commas, no connector left at either end, a capital at the start (lower case after a
 * greeting's comma), and Spanish ¿ ¡ balanced with ? !. `bodyAt` is where the sentence's words
 * start after a greeting; slot marks are kept in place.
 */
export function tidySentence(sentence: string, bodyAt: number, lang: Lang, greetingComma: boolean, editedHead: boolean): string {
  const head = sentence.slice(0, bodyAt);
  let body = sentence.slice(bodyAt);
  if (lang === 'es') {
    if (body.includes('¿') && !body.includes('?')) body = body.replace(/¿/g, '');
    if (body.includes('¡') && !body.includes('!')) body = body.replace(/¡/g, '');
  }
  body = body
    .replace(/[ \t]{2,}/g, ' ')
    .replace(/[ \t]+([,.;:!?…)])/g, '$1')
    .replace(/([,;:])(?:[ \t]*[,;:])+/g, '$1')
    .replace(/[,;:][ \t]*([.!?…])/g, '$1')
    .replace(/([¿¡])[ \t]+/g, '$1')
    .replace(/\.{2,}(?!\.)/g, (m) => (m.length === 3 ? '.' : m));
  body = body.replace(/^[ \t,;:.]+/, '');
  // A Spanish question written without its "¿" gets one where its sentence starts.
  if (lang === 'es' && !body.includes('¿') && /\?[ \t"'”’»)]*$/.test(body) && body.split('?').length === 2) {
    // "…tres semanas, ¿y ahora…?": a question tagged on after a comma and a connector starts there.
    const tag = /,[ \t]+(?=(?:y|e|o|u|pero|entonces|así que|o sea)[ \t][^,.!…]*\?[^?]*$)/iu.exec(body);
    const m = /^(?:[\s\S]*[.!…][ \t]+)?/.exec(body);
    const at = tag ? tag.index + tag[0].length : m ? m[0].length : 0;
    body = `${body.slice(0, at)}¿${body.slice(at)}`;
  }
  if (editedHead) body = body.replace(LEADING[lang], '').replace(COMPLEMENTIZER[lang], '');
  const trail = TRAILING[lang].exec(body);
  if (trail) body = body.slice(0, trail.index) + (trail[1] || '');
  if (head && !/[ \t\n]$/.test(head) && body) body = ` ${body}`;
  const out = head + body;
  if (!head) return capitalAt(out, 0, true);
  return greetingComma ? (editedHead ? capitalAt(out, bodyAt, false) : out) : capitalAt(out, bodyAt, true);
}

/** Words that say nothing alone: a sentence left with only these ("Honestly.", "De veras.", "Per carità.") goes. */
const FILLER: Record<Lang, string> = {
  en: 'honestly|of course|really|truly|seriously|to be honest|no worries|sure|anyway|too|as well|well|look|oh|ah|wow|gosh|lol|haha',
  es: 'de verdad|de veras|en serio|la verdad|claro|faltaría más|faltaria mas|por supuesto|sinceramente|que conste|igualmente|bueno|eh|vale|mira|oye|ay|ah|vaya|caramba|jaja|nada',
  it: 'davvero|sinceramente|ovviamente|certo|per carità|per carita|figurati|sia chiaro|tranquill[oa]|comunque|tanto|beh|eh|ah|guarda|senti|dai|insomma|accidenti|caspita|vabbè|vabbe|ahah',
};
export const FILLER_ONLY = Object.fromEntries(
  Object.entries(FILLER).map(([lang, words]) => [lang, new RegExp(`^[¿¡]?(?:(?:${words})[ \\t,]*)+[.!?…]*$`, 'iu')]),
) as Record<Lang, RegExp>;

/**
 * Words that only add assent or a hedge at a clause's edge of a rewritten sentence ("Por supuesto,
 * dígame…", "…, faltaría más.", "…, if all goes well."): once the sentence is calm and dated, they
 * go. Assent that answers the client ("Sure,", "Claro,", "Certo,") stays at the head.
 */
const EDGE: Record<Lang, { head: string; notTail?: string; tail: string }> = {
  en: {
    head: 'sure',
    notTail: 'too|as well',
    tail: "if all goes well|hopefully|fingers crossed|no charge|free of charge|on the house|my treat|for free|i promise|promise|it'?s nothing|it'?s no trouble|maybe|perhaps",
  },
  es: {
    head: 'claro',
    tail: 'si todo va bien|si todo sale bien|con suerte|ojalá|ojala|sin problema|sin coste|gratis|invita la casa|te lo prometo|se lo prometo|lo prometo|prometido|quizás|quizas|quizá|quiza|tal vez|(?:que )?no pasa nada|no es nada',
  },
  it: {
    head: 'certo',
    tail: 'se tutto va bene|se va tutto bene|speriamo|incrociamo le dita|nessun problema|gratis|offro io|in omaggio|te lo prometto|Le prometto|promesso|forse|non è niente|non è nulla|tanto (?:sono|sto) a casa',
  },
};
const edgeRe = (words: string) => new RegExp(`^(?:(?:${words})[ \\t]*)+$`, 'iu');
const HEAD_FILLER = Object.fromEntries(
  Object.entries(FILLER).map(([lang, words]) => {
    const keep = new Set(EDGE[lang as Lang].head.split('|'));
    return [
      lang,
      edgeRe(
        words
          .split('|')
          .filter((w) => !keep.has(w))
          .join('|'),
      ),
    ];
  }),
) as Record<Lang, RegExp>;
const TAIL_FILLER = Object.fromEntries(
  Object.entries(FILLER).map(([lang, words]) => {
    const { notTail, tail } = EDGE[lang as Lang];
    const drop = new Set(notTail?.split('|'));
    return [lang, edgeRe([...words.split('|').filter((w) => !drop.has(w)), tail].join('|'))];
  }),
) as Record<Lang, RegExp>;

/** A request withdrawn at a sentence's head ("If not, no worries", "Si no, nada, eh", "Se no fa niente"). */
const WITHDRAWN_HEAD: Record<Lang, RegExp> = {
  en: /^(?:and )?if not,?[ \t]+(?:no worries|no problem|that'?s (?:fine|ok|okay)|never mind|no pressure)(?:[ \t,]+(?:eh|ok|okay))?(?:[ \t]*[,;:.!…]+[ \t]*|[ \t]*$)/iu,
  es: /^(?:y )?si no,?[ \t]+(?:nada|no pasa nada|da igual|tranquil[oa]|sin problema)(?:[ \t,]+eh)?(?:[ \t]*[,;:.!…]+[ \t]*|[ \t]*$)/iu,
  it: /^(?:e )?(?:se no|sennò|senno|altrimenti),?[ \t]+(?:fa niente|non fa niente|niente|pazienza|tranquill[oa]|nessun problema)(?:[ \t,]+eh)?(?:[ \t]*[,;:.!…]+[ \t]*|[ \t]*$)/iu,
};

/**
 * Drops the filler clauses at the edges of each sentence of a rewrite (after `bodyAt`): a head
 * ("Bueno, eh: …", "Comunque tranquillo, …") before a comma or colon, and a tail after a comma
 * ("…, faltaría más."). The first letter keeps the case the sentence opened with.
 */
export function dropFillerClauses(sentence: string, bodyAt: number, lang: Lang): string {
  const parts = sentence.slice(bodyAt).split(/(?<=[.!?…])([ \t]+)(?=[¿¡"“«(]?\p{Lu})/u);
  let changed = false;
  for (let i = 0; i < parts.length; i += 2) {
    let part = parts[i];
    // "Si no, nada, eh: …", "If not, no worries.": a request withdrawn at the head goes.
    const off = WITHDRAWN_HEAD[lang].exec(part);
    if (off) {
      const rest = part.slice(off[0].length);
      part = /^\p{Lu}/u.test(part) ? rest.charAt(0).toUpperCase() + rest.slice(1) : rest;
      changed = true;
    }
    for (let guard = 0; guard < 3; guard++) {
      const head = /^([¿¡]?)([^,;:.!?\u0001\u0002]+)[,:][ \t]+(?=[\p{L}\p{N}¿¡"“«(\u0001])/u.exec(part);
      if (!head || !HEAD_FILLER[lang].test(head[2].trim())) break;
      const rest = part.slice(head[0].length);
      const upper = /^\p{Lu}/u.test(head[2].trim());
      part = head[1] + (upper ? rest.charAt(0).toUpperCase() : rest.charAt(0)) + rest.slice(1);
      changed = true;
    }
    const tail = /,[ \t]*([^,;:.!?\u0001\u0002]+)([.!?…]*)$/u.exec(part);
    if (tail && /[\p{L}]/u.test(part.slice(0, tail.index)) && TAIL_FILLER[lang].test(tail[1].trim())) {
      part = part.slice(0, tail.index) + (tail[2] || '');
      changed = true;
    }
    parts[i] = part;
  }
  if (!changed) return sentence;
  const kept: string[] = [];
  for (let i = 0; i < parts.length; i += 2) if (/[\p{L}\p{N}]/u.test(parts[i])) kept.push(parts[i]);
  return sentence.slice(0, bodyAt) + kept.join(' ');
}

/** An apology alone ("Sorry.", "Scusa.", "Lo siento."): left by a rewrite, it is a stub and goes. */
const APOLOGY: Record<Lang, string> = {
  en: "sorry|so sorry|apologies|my apologies|i apologi[sz]e|i'?m sorry|i am sorry",
  es: 'perdona|perdone|perdón|perdon|disculpa|disculpe|lo siento|mil perdones|perdóname|perdoname',
  it: 'scusa|scusami|mi scusi|scusate|perdonami|mi perdoni|mi dispiace',
};
/** Praise alone ("Complimenti.", "Wonderful."): what is left of a sarcastic sentence once its sting goes. */
const PRAISE: Record<Lang, string> = {
  en: 'wonderful|great|brilliant|fantastic|perfect|well done|congratulations|bravo|lovely|nice',
  es: 'genial|estupendo|perfecto|fantástico|fantastico|felicidades|enhorabuena|bravo|maravilloso|muy bien',
  it: 'complimenti|bravo|brava|bravi|bellissimo|perfetto|fantastico|ottimo|benissimo|meraviglioso',
};
const APOLOGY_ONLY = Object.fromEntries(
  Object.entries(APOLOGY).map(([lang, words]) => [
    lang,
    new RegExp(`^[¿¡]?(?:(?:${words}|${PRAISE[lang as Lang]}|${FILLER[lang as Lang]})[ \\t,]*)+[.!?…]*$`, 'iu'),
  ]),
) as Record<Lang, RegExp>;

/** Drops the sentences of a rewrite (after `bodyAt`) that are left with filler words, an apology or praise only. */
export function dropFillerSentences(sentence: string, bodyAt: number, lang: Lang): string {
  const parts = sentence.slice(bodyAt).split(/(?<=[.!?…])[ \t]+(?=[¿¡"“«(]?\p{Lu})/u);
  const kept = parts.filter((p) => !FILLER_ONLY[lang].test(p.trim()) && !APOLOGY_ONLY[lang].test(p.trim()));
  return kept.length === parts.length ? sentence : sentence.slice(0, bodyAt) + kept.join(' ');
}

/**
 * Words that cannot end a sentence: articles, prepositions, subordinators, possessives, degree
 * words and a bare first-person "to be" ("I'm terribly.", "Le chiedo scusa se.", "Gracias por
 * el."). A rewrite that leaves one at a sentence's end cut a phrase out of the middle of its clause.
 */
const DANGLING: Record<Lang, RegExp> = {
  en: /^(?:a|an|the|of|to|for|with|at|by|from|about|into|if|that|because|whether|than|so|very|terribly|awfully|extremely|incredibly|deeply|such|my|your|our|their|i'?m|i'?ll)$/iu,
  es: /^(?:el|la|los|las|un|una|unos|unas|de|del|a|al|en|con|por|para|sin|que|si|porque|aunque|cuando|muy|tan|mi|mis|tu|tus|su|sus)$/iu,
  it: /^(?:il|lo|la|i|gli|le|un|una|uno|di|del|della|dei|delle|a|al|alla|da|dal|in|nel|nella|con|per|su|sul|sulla|che|se|perché|perche|quando|molto)$/iu,
};
/** Words that open a phrase of place or time, not a sentence ("right before the sale.", "por email."). */
const FRAGMENT_HEAD: Record<Lang, RegExp> = {
  en: /^(?:(?:right|just|even|only|and)[ \t]+)?(?:before|after|by|in|on|at|for|with|from|during|via|through|over|about|like)(?![\p{L}])/iu,
  es: /^(?:(?:justo|incluso|solo|sólo|y)[ \t]+)?(?:por|en|con|para|de|desde|antes|después|despues|durante|sin|a|vía|via|sobre|como)(?![\p{L}])/iu,
  it: /^(?:(?:proprio|giusto|anche|solo|e)[ \t]+)?(?:per|in|con|da|di|a|prima|dopo|durante|via|su|senza|come|nel|nella|sul|sulla)(?![\p{L}])/iu,
};
const PLEA_WORD = /(?<![\p{L}])(?:please|por favor|per favore|per piacere)(?![\p{L}])/iu;

/**
 * Cuts what a rewrite left broken (after `bodyAt`): a sentence ending on a word that cannot end one
 * loses the clause holding that word (the whole sentence when it has one clause); when the head was
 * edited, a first sentence left as a short phrase of place or time ("Right before the sale.", "Por
 * email.") goes. `original` is the text before the rewrite: an ending it already had stays.
 */
export function dropBrokenEnds(sentence: string, bodyAt: number, lang: Lang, original: string, editedHead: boolean): string {
  const parts = sentence.slice(bodyAt).split(/(?<=[.!?…])[ \t]+(?=[¿¡"“«(]?\p{Lu})/u);
  let changed = false;
  for (let i = 0; i < parts.length; i++) {
    let part = parts[i];
    for (let guard = 0; guard < 3; guard++) {
      const end = /([\p{L}'’]+)[ \t]*([.!?…]*)[ \t"'”’»)]*$/u.exec(part);
      if (!end || !DANGLING[lang].test(end[1]) || original.includes(`${end[1]}${end[2]}`)) break;
      const cut = Math.max(part.lastIndexOf(',', end.index), part.lastIndexOf(';', end.index), part.lastIndexOf(':', end.index));
      part = cut > 0 && /[\p{L}\p{N}]/u.test(part.slice(0, cut)) ? part.slice(0, cut) + (end[2] || '.') : '';
      changed = true;
    }
    if (i === 0 && editedHead && part) {
      const words = part.match(/[\p{L}\p{N}]+/gu) ?? [];
      if (words.length <= 4 && FRAGMENT_HEAD[lang].test(part.replace(/^[¿¡"“«(]+/u, '')) && !PLEA_WORD.test(part) && !/\?/.test(part)) {
        part = '';
        changed = true;
      }
    }
    parts[i] = part;
  }
  if (!changed) return sentence;
  return sentence.slice(0, bodyAt) + parts.filter((p) => /[\p{L}\p{N}]/u.test(p)).join(' ');
}
