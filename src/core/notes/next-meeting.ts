import { findDates } from '../dates/resolve';
import type { Lang } from '../lang';
import { WEEKDAY_NAMES } from '../dates/weekday-names';
import { foldText } from '../text/fold';

/**
 * The next meeting, read from a line (stage 3 asks; stage 5 resolves "by the next call" with it).
 * Contract: a line that starts with "next" and a kind of meeting ("Next planning: Monday the 23rd",
 * "Siguiente daily: martes 27", "Prossimo standup: lunedì", "Next stand-up Thursday 22nd", a bare
 * "Prossima: …"), or a sentence that says when we meet again ("Next call is Tuesday…", "La
 * próxima reunión será el lunes…", "Volvemos a hablar el jueves 28", "Ci risentiamo lunedì 30"),
 * gives the text that holds the date; only when that text holds a date or a time. The words are
 * data per language (folded, accents off); notes mix languages, so every language's words count.
 */

/** "next" before a kind of meeting. */
const NEXT_WORDS: Record<Lang, readonly string[]> = {
  en: ['next', 'upcoming', 'following'],
  // Short forms as written in quick notes ("prox llamada", "pross. call"); a dot after any is read.
  es: ['proxima', 'proximo', 'siguiente', 'prox'],
  it: ['prossima', 'prossimo', 'successiva', 'successivo', 'pross'],
};

/** Kinds of meeting, one or two words (folded). */
const MEETING_NOUNS: Record<Lang, readonly string[]> = {
  en: [
    'meeting',
    'call',
    'sync',
    'session',
    'check-in',
    'checkin',
    'check in',
    'catch-up',
    'catchup',
    'catch up',
    'weekly',
    'stand-up',
    'standup',
    'planning',
    'review',
    'retro',
    'demo',
    'daily',
    'one-on-one',
    '1:1',
    'workshop',
    'touchpoint',
    'chat',
    'class',
    'huddle',
    'meetup',
    'check',
    'follow-up',
    'follow up',
    'kickoff',
    'kick-off',
    'committee',
  ],
  es: [
    'reunion',
    'llamada',
    'videollamada',
    'sesion',
    'cita',
    'revision',
    'encuentro',
    'semanal',
    'clase',
    'visita',
    'seguimiento',
    'junta',
    'asamblea',
  ],
  it: [
    'riunione',
    'incontro',
    'chiamata',
    'videochiamata',
    'sessione',
    'sal',
    'appuntamento',
    'aggiornamento',
    'lezione',
    'punto',
    'visita',
    'consiglio',
    'direttivo',
    'assemblea',
    'seduta',
  ],
};

/** Sentences that say when we meet again, with the date after them. */
const AGAIN: Record<Lang, readonly string[]> = {
  en: [
    "we'll meet again",
    'we will meet again',
    "let's meet again",
    'we meet again',
    "we'll talk again",
    'we will talk again',
    "we'll speak again",
    'we reconvene',
    'reconvene',
    'meet again',
    'talk again',
    'speak again',
    'catch up again',
  ],
  es: [
    'nos volvemos a ver',
    'nos vemos de nuevo',
    'nos volvemos a reunir',
    'volvemos a reunirnos',
    'volvemos a hablar',
    'hablamos de nuevo',
    'nos volvemos a llamar',
    'volver a hablar',
    'volver a vernos',
    'volver a reunirnos',
    'vernos de nuevo',
  ],
  it: [
    'ci rivediamo',
    'ci risentiamo',
    'ci vediamo di nuovo',
    'ci aggiorniamo',
    'ci sentiamo di nuovo',
    'ci rivedremo',
    'ci risentiremo',
    'risentirci',
    'rivederci',
    'aggiornarci',
    'sentirci di nuovo',
  ],
};

const all = (table: Record<Lang, readonly string[]>) => [...new Set([...table.en, ...table.es, ...table.it])];
const alt = (words: readonly string[]) =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/ /g, '[ -]?'))
    .join('|');
const NEXT_ALT = alt(all(NEXT_WORDS));
const NOUN_ALT = alt(all(MEETING_NOUNS));

/** "Next planning: …", "Next stand-up Thursday 22nd", "Next call is …", at the start of a line (folded). */
const LEADING = new RegExp(
  `^(?:\\*\\*|__)?(?:the |our |la |el |il |nuestra |la nostra )?(?:${NEXT_ALT})\\.? (?:${NOUN_ALT})(?![\\p{L}])(?:\\*\\*|__)?(?:\\s*(?::{1,2}|-)\\s*|\\s+(?:(?:is|will be|=|sera|es|e|sara|si terra|tendra lugar)\\s+)?)`,
  'u',
);
/** A bare "Next: …", "Prossima: …": only when a date or time follows at once. */
const LEADING_BARE = new RegExp(`^(?:\\*\\*|__)?(?:the |la |el |il )?(?:${NEXT_ALT})(?:\\*\\*|__)?\\s*:{1,2}\\s*(?:\\*\\*|__)?`, 'u');
/** A kind of meeting alone (folded). */
const NOUN = new RegExp(`(?<![\\p{L}])(?:${NOUN_ALT})(?![\\p{L}])`, 'u');
/** A label that names a kind of meeting (one word may come before it): "Retro:", "Planning sprint 25:" (folded). */
const KIND_LABEL = new RegExp(
  `^(?:\\*\\*|__)?(?:[\\p{L}-]{1,15} )?(?:${NOUN_ALT})(?![\\p{L}])[\\p{L}\\d ]{0,20}(?:\\*\\*|__)?:(?!\\d)\\s*`,
  'u',
);
/** A word and a kind of meeting, the day at once: "Follow-up call next Monday", "Client call Friday 11" (folded). */
const KIND_LEAD = new RegExp(`^(?:\\*\\*|__)?[\\p{L}-]{1,15} (?:${NOUN_ALT})(?![\\p{L}])(?:\\*\\*|__)?\\s+`, 'u');
/** "next" and a kind of meeting, then "is" / "será" / "sarà", inside a sentence (folded, bounded). */
const INSIDE = new RegExp(
  `(?<![\\p{L}])(?:${NEXT_ALT}) (?:${NOUN_ALT})(?![\\p{L}])[^.]{0,60}?(?<![\\p{L}])(?:will be|is|sera|es|queda|tendra lugar|sara|e|si terra)\\s+(?:(?:set|scheduled|fissat[oa]|fijad[oa]|convocat[oa]|convocad[oa]) (?:for|per|para) )?|(?<![\\p{L}])(?:${alt(all(AGAIN))})(?![\\p{L}])\\s*`,
  'u',
);
/** Verbs that say we meet, for a recurring meeting said in a sentence ("We meet every Wednesday", "Nos vemos cada martes") (folded). */
const MEET_VERBS: Record<Lang, readonly string[]> = {
  en: ['meet', 'meets', 'talk', 'sync', 'catch up', 'speak'],
  es: ['nos vemos', 'nos reunimos', 'hablamos', 'nos llamamos', 'quedamos'],
  it: ['ci sentiamo', 'ci vediamo', 'ci troviamo', 'ci riuniamo', 'ci aggiorniamo'],
};
const WEEKDAY_ALT = all(WEEKDAY_NAMES).join('|');
/** "every Tuesday", "cada martes", "todos los lunes", "ogni martedì", "tutti i lunedì" (folded): the weekday from where it is named. */
const RECURRING = new RegExp(`(?<![\\p{L}])(?:every|each|cada|todos los|ogni|tutti i) (?=(?:${WEEKDAY_ALT})(?![\\p{L}]))`, 'u');
const MEETS = new RegExp(`(?<![\\p{L}])(?:${NOUN_ALT}|${alt(all(MEET_VERBS))})(?![\\p{L}])`, 'u');

/**
 * A meeting that recurs on a weekday ("Weekly check-in every Tuesday at 10:00", "Ci sentiamo ogni
 * martedì alle 18"): the text from the weekday, whose next occurrence after the meeting is the next
 * one. Read only when no line names the next meeting itself.
 */
export function recurringMeetingText(text: string): string | undefined {
  const s = text.slice(0, 300);
  const folded = foldText(s);
  const m = RECURRING.exec(folded);
  return m && MEETS.test(folded) ? s.slice(m.index + m[0].length).trim() : undefined;
}

/** "same time next week", "misma hora la semana que viene", "stessa ora la settimana prossima": a week after the meeting (folded). */
export const SAME_TIME_NEXT_WEEK =
  /(?<![\p{L}])(?:same (?:time|day|slot)|misma hora|mismo dia|stessa ora|stesso giorno) (?:next week|la semana que viene|la proxima semana|la settimana prossima|la prossima settimana)(?![\p{L}])/u;

/** "by the next call", "para la próxima reunión", "entro la prossima riunione" (folded). */
const UNTIL_NEXT = new RegExp(
  `(?<![\\p{L}])(?:by|before|for|at|until|para|antes de|hasta|entro|per|prima di|prima de)(?: (?:the|la|el|il|lo))? (?:${NEXT_ALT}) (?:${NOUN_ALT})(?![\\p{L}])`,
  'u',
);

const TIME = /\b\d{1,2}(?::\d{2})?\s*(?:am|pm|h\b)|\b\d{1,2}[:.]\d{2}\b|\b(?:alle|ore|a las)\s+\d{1,2}\b/i;
const DAY_OF_MONTH = /(?<![\p{L}\d])(?:the \d{1,2}(?:st|nd|rd|th)|(?:el|il|l') ?\d{1,2})(?![\d/])/u;

/** True when the text says a day or a time. */
export function saysWhen(text: string, lang: Lang): boolean {
  const folded = foldText(text);
  return TIME.test(folded) || DAY_OF_MONTH.test(folded) || findDates(text, '2000-01-01', lang).length > 0;
}

/** The text after a next-meeting phrase, when it says a day or a time. */
const when = (rest: string, lang: Lang): string | undefined => {
  const r = rest.trim();
  return r && saysWhen(r, lang) ? r : undefined;
};
/**
 * The part of a line that says when the next meeting is, or undefined. Bounded: only the first
 * 400 characters are read; folding keeps the length, so offsets carry over to the original text.
 */
export function nextMeetingText(text: string, lang: Lang): string | undefined {
  const s = text.slice(0, 400);
  const folded = foldText(s);
  const lead = LEADING.exec(folded);
  if (lead) return when(s.slice(lead[0].length), lang);
  const bare = LEADING_BARE.exec(folded);
  if (bare) {
    const rest = s.slice(bare[0].length);
    const first = findDates(rest, '2000-01-01', lang)[0];
    if (first && first.index <= 2) return when(rest, lang);
    if (/^\s*\d{1,2}[:.h]\d{2}/.test(rest)) return when(rest, lang);
    // "Next: design review Thu 10 Dec", "Siguiente: retro el jueves 17": a kind of meeting, then its day.
    return first && first.index <= 60 && NOUN.test(foldText(rest.slice(0, first.index))) ? when(rest, lang) : undefined;
  }
  const inside = INSIDE.exec(folded);
  return inside ? when(s.slice(inside.index + inside[0].length), lang) : undefined;
}

/**
 * A meeting named by its kind only, then its day: "Retro: Monday 7 Dec at 4pm", "Planning sprint
 * 25: lunedì 14", "Follow-up call next Monday 10:00", "Seguimiento: lunes 14". The text from the
 * day; the caller takes it only for a day after the meeting and when no line says "next".
 */
export function meetingKindText(text: string, lang: Lang): string | undefined {
  const s = text.slice(0, 200);
  const folded = foldText(s);
  const lead = KIND_LABEL.exec(folded) ?? KIND_LEAD.exec(folded);
  if (!lead) return undefined;
  const rest = s.slice(lead[0].length);
  const first = findDates(rest, '2000-01-01', lang)[0];
  return first && first.index <= 1 ? when(rest, lang) : undefined;
}

/** Where a due says "by the next meeting" (folded text), or null. */
export function untilNextMeeting(folded: string): { index: number; length: number } | null {
  const m = UNTIL_NEXT.exec(folded);
  return m ? { index: m.index, length: m[0].length } : null;
}
