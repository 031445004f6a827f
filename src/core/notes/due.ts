import { addDays, daysInMonth, nextDayOfMonth, weekday, type IsoDate } from '../dates/calendar';
import { findDates, isVagueDue, resolveDate, type DateMatch } from '../dates/resolve';
import type { Lang } from '../lang';
import { foldText } from '../text/fold';
import { untilNextMeeting } from './next-meeting';

/**
 * Stage 5, due: when an item is due, resolved against the meeting date (never today). Contract:
 * return the due as written (`dueText`), the resolved date or null, and the task without the
 * date's words. Never invent precision: a month or part of one ("in March", "mid-March", "a
 * mediados de marzo", "a metà marzo") and "to be scheduled" stay unresolved; a day of the month
 * alone ("the 9th", "el 15", "il 12") is its next occurrence after the meeting; "within 24 hours"
 * is the next day; "the week of 31 August" is that week's Friday. Without a meeting date only
 * dates written with their year resolve.
 */
export interface DueFound {
  readonly task: string;
  readonly due: IsoDate | null;
  readonly dueText: string | null;
  /** A vague promise ("soon", "ASAP", "pronto", "a breve"). */
  readonly vague: boolean;
  /** A date chosen for a span ("next week" → its Friday). */
  readonly inexact: boolean;
  /** A due that names a month or part of one, or is still to be scheduled: kept as written, unresolved. */
  readonly imprecise: boolean;
  /** "by the next meeting": due on the next meeting's date when the note states it. */
  readonly untilNext?: boolean;
}

const FULL_MONTHS =
  'january|february|march|april|june|july|august|september|october|november|december|' +
  'enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|' +
  'gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|novembre|dicembre';
const SHORT_MONTHS = 'may|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|ene|abr|ago|dic|gen|mag|giu|lug|set|ott';
const MONTH_PREFIX =
  'in|by|during|for|early|mid|late|end of|the end of|beginning of|start of|en|para|durante|a principios de|a mediados de|a finales de|a fines de|' +
  'principios de|mediados de|finales de|fines de|a fin de|fin de|final de|entro|a|per|inizio|a inizio|a meta|meta|fine|a fine|verso|entro fine';

/** "in March", "mid-March", "early April", "a mediados de marzo", "a metà marzo", "fine marzo", "ott–nov" (folded; bounded). */
const MONTH_ONLY = new RegExp(
  `(?<![\\p{L}\\d])(?<!\\d )(?:(?:(?:${MONTH_PREFIX})[ -]){1,3}(?:${FULL_MONTHS}|${SHORT_MONTHS})|(?:${FULL_MONTHS})|(?:${SHORT_MONTHS})\\.? ?- ?(?:${SHORT_MONTHS}|${FULL_MONTHS}))` +
    `\\.?(?: ?- ?(?:${FULL_MONTHS}|${SHORT_MONTHS})\\.?)?(?: (?:de |del )?\\d{4})?(?![\\p{L}\\d])(?! ?\\d{1,2}(?!\\d))`,
  'u',
);
const BARE_MONTH = new RegExp(`^(?:${FULL_MONTHS}|(?:${SHORT_MONTHS})\\.?)$`);
const overlaps = (d: DateMatch, m: RegExpExecArray) => d.index < m.index + m[0].length && m.index < d.index + d.text.length;

const TO_SCHEDULE =
  /(?<![\p{L}])(?:to be (?:scheduled|decided|confirmed|defined)|tbd|tbc|por (?:programar|definir|confirmar)|a (?:definir|confirmar)|pendiente de fecha|da (?:programmare|definire|confermare|fissare|stabilire))(?![\p{L}])/u;

const ORDINAL: Record<Lang, RegExp> = {
  en: /(?<![\p{L}\d])(?:(?:by|on|before|until|for) )?the (\d{1,2})(?:st|nd|rd|th)(?![\p{L}\d])(?! (?:of )?(?:week|month))/u,
  es: /(?<![\p{L}\d])(?:(?:para|antes|hasta) )?(?:el|del) (?:dia )?(\d{1,2})(?![\p{L}\d/:-]|\.\d)(?! (?:de |del )?(?:\p{L}))/u,
  it: /(?<![\p{L}\d])(?:(?:entro|per|prima del|prima di) )?(?:il|l'|del) ?(\d{1,2})(?![\p{L}\d/:-]|\.\d)(?! (?:di )?(?:\p{L}))/u,
};
const HOURS = /(?<![\p{L}])(?:within|in|entro|tra|fra|en|dentro de) (24|48|72) ?(?:hours|hrs|h|ore|horas)(?![\p{L}])/u;
/** "before", "antes del", "prima di" just before a day: due the day before it (folded). */
const BEFORE_DAY = /(?<![\p{L}])(?:before|antes del?|prima del?|prima di)(?: (?:the|el|il))? $/u;
const WEEK_OF = /(?<![\p{L}])(?:(?:the )?week of|(?:la )?semana del|(?:la )?settimana del)(?![\p{L}])/u;

/** Obsidian Tasks emoji: priority marks go, dates are read (📅 due, ✅ done). */
const TASK_EMOJI = /[⏫🔼🔽🔺⏬]\uFE0F?/gu;
const EMOJI_DATE = /\s*(📅|🗓️?|⏳|🛫|➕|✅)\uFE0F?\s*(\d{4}-\d{2}-\d{2})?/gu;

const lastOfMonth = (ref: IsoDate): IsoDate => {
  const [y, m] = ref.split('-').map(Number);
  return `${ref.slice(0, 8)}${String(daysInMonth(y, m)).padStart(2, '0')}`;
};
void lastOfMonth;

export { nextDayOfMonth };

const fridayOfWeek = (d: IsoDate): IsoDate => addDays(d, 4 - ((weekday(d) + 6) % 7));

/** Removes a date phrase and the preposition before it, without cutting a word. */
export function removePhrase(task: string, index: number, length: number): string {
  const before = task
    .slice(0, index)
    .replace(
      /(?:(?<![\p{L}])(?:by|before|on|until|due|for|no later than|antes del?|para el|para|hasta el|hasta|el|entro il|entro|per il|prima di|il|a|en|del|di|de)\s*)+$/iu,
      '',
    );
  return `${before}${task.slice(index + length)}`
    .replace(/\(\s*[,;]?\s*\)/g, '')
    .replace(/\s{2,}/g, ' ')
    .replace(/\s+([,.;])/g, '$1')
    .replace(/[\s,;:–—-]+$/, '')
    .trim();
}

/**
 * Said of work already done, just before its date: "(sent 2 Nov)", "(enviado el 27/11)",
 * "(inviata il 2/11)", "(subida el viernes)" (folded). Such a date is a status, not a due.
 */
const DONE_ON =
  /(?<![\p{L}])(?:sent|done|delivered|shipped|paid|signed|uploaded|finished|completed|received|enviad[oa]s?|mandad[oa]s?|subid[oa]s?|entregad[oa]s?|pagad[oa]s?|firmad[oa]s?|hech[oa]s?|recibid[oa]s?|inviat[oaie]|mandat[oaie]|consegnat[oaie]|pagat[oaie]|firmat[oaie]|fatt[oaie]|caricat[oaie]|ricevut[oaie])(?: (?:on|el|il|l'|the))?\s*$/u;

/** Reads the due of an item. `ref` is the meeting date (or null: nothing relative resolves). */
export function readDue(raw: string, ref: IsoDate | null, lang: Lang, given?: string): DueFound {
  let task = raw.replace(TASK_EMOJI, '');
  let dueText: string | undefined;
  let due: IsoDate | null = null;
  const inexact = false;

  // Obsidian Tasks: "📅 2026-11-27" is the due; "✅ 2026-11-28" says done; ⏳ 🛫 ➕ are other dates.
  if (/[📅🗓⏳🛫➕✅]/u.test(task)) {
    task = task
      .replace(EMOJI_DATE, (_m, mark: string, date: string | undefined) => {
        if ((mark === '📅' || mark.startsWith('🗓')) && date && !dueText) [dueText, due] = [date, date];
        else if (mark === '⏳' && date && !dueText) [dueText, due] = [date, date];
        return ' ';
      })
      .replace(/\s{2,}/g, ' ')
      .trim();
  }

  // "due: 2026-11-27", "deadline: Friday", "fecha: …", "entro: …" written on the item.
  if (!dueText && given === undefined) {
    const marker = /(?:^|[\s(—–-])(?:due|deadline|by|fecha|plazo|entrega|scadenza|entro)\s{0,3}:\s{0,3}([^;,)]{1,60})/iu.exec(task);
    if (marker) {
      dueText = marker[1].trim();
      task = `${task.slice(0, marker.index)} ${task.slice(marker.index + marker[0].length)}`
        .replace(/\(\s*\)/g, '')
        .replace(/\s{2,}/g, ' ')
        .trim();
    }
  }
  if (given !== undefined) dueText = given;

  if (dueText && !due && untilNextMeeting(foldText(dueText)))
    return { ...finish(task, null, dueText, false, false, lang), untilNext: true };
  if (dueText && !due) {
    const r = resolveText(dueText, ref, lang);
    return finish(task, r.due, dueText, r.inexact, r.imprecise, lang);
  }
  if (dueText) return finish(task, due, dueText, inexact, false, lang);

  // A date phrase inside the task.
  const folded = foldText(task);
  const hours = HOURS.exec(folded);
  if (hours) {
    const text = task.slice(hours.index, hours.index + hours[0].length);
    return finish(
      removePhrase(task, hours.index, hours[0].length),
      ref ? addDays(ref, Number(hours[1]) >= 48 ? Number(hours[1]) / 24 : 1) : null,
      text,
      false,
      false,
      lang,
    );
  }
  // "by the next call", "para la próxima reunión": the next meeting's date, filled in by the reader.
  const untilNext = untilNextMeeting(folded);
  if (untilNext) {
    const text = task.slice(untilNext.index, untilNext.index + untilNext.length);
    return { ...finish(removePhrase(task, untilNext.index, untilNext.length), null, text, false, false, lang), untilNext: true };
  }
  // A date that says when something was done ("(sent 2 Nov)") is no due.
  let found = findDates(task, ref ?? '1970-01-01', lang).filter((d) => !DONE_ON.test(folded.slice(Math.max(0, d.index - 24), d.index)));
  let month = MONTH_ONLY.exec(folded);
  if (month) {
    const named = month;
    const days = found.filter((d) => !BARE_MONTH.test(foldText(d.text).trim()));
    // A month that is part of a whole date ("28 de octubre") is that date's.
    if (days.some((d) => overlaps(d, named))) month = null;
    // A day said first is the item's due; a month after it is for the rest ("Friday, and the rest mid-January").
    else if (days.some((d) => d.index < named.index && !BARE_MONTH.test(foldText(d.text).trim()))) [month, found] = [null, days];
    // A month named alone ("the December newsletter", "i lavori di ottobre") is what the task is
    // about when another date says when it is due ("the 9th", "entro fine mese").
    else if (BARE_MONTH.test(named[0].trim()) && (days.length || ORDINAL[lang].test(folded))) [month, found] = [null, days];
  }
  if (month) {
    const text = task.slice(month.index, month.index + month[0].length).trim();
    return finish(removePhrase(task, month.index, month[0].length), null, text, false, true, lang);
  }
  const sched = TO_SCHEDULE.exec(folded);
  if (found.length) {
    const last = pickDue(found, task, lang);
    const span = widen(task, folded, last);
    const text = task.slice(span.index, span.index + span.length);
    const r = resolveText(text, ref, lang, last);
    // "before Monday" is due the day before it, and says so.
    const before = r.due && !r.inexact ? BEFORE_DAY.exec(folded.slice(Math.max(0, span.index - 16), span.index)) : null;
    const due = before && r.due ? addDays(r.due, -1) : r.due;
    const said = before ? task.slice(span.index - before[0].length, span.index + span.length) : text;
    return finish(removePhrase(task, span.index, span.length), due, said, r.inexact, r.imprecise, lang);
  }
  if (sched) {
    const text = task.slice(sched.index, sched.index + sched[0].length);
    return finish(removePhrase(task, sched.index, sched[0].length), null, text, false, true, lang);
  }
  const dom = ORDINAL[lang].exec(folded);
  if (dom) {
    const text = task.slice(dom.index, dom.index + dom[0].length);
    const day = ref ? nextDayOfMonth(ref, Number(dom[1])) : null;
    // "before the 18th", "antes del 15", "prima del 12": the day before it, as "before Monday" is.
    const before = /^(?:before|antes|prima)(?![\p{L}])/u.test(dom[0]);
    return finish(removePhrase(task, dom.index, dom[0].length), day && before ? addDays(day, -1) : day, text, false, false, lang);
  }
  const vague =
    /(?<![\p{L}])(?:asap|soon|shortly|as soon as possible|pronto|lo antes posible|cuanto antes|en breve|a breve|il prima possibile|quanto prima|al più presto|al piu presto)(?![\p{L}])/iu.exec(
      task,
    );
  if (vague) {
    return finish(
      task
        .replace(vague[0], '')
        .replace(/\s{2,}/g, ' ')
        .replace(/[\s,;:–—-]+$/, '')
        .trim(),
      null,
      vague[0],
      false,
      false,
      lang,
    );
  }
  return finish(task, null, null, false, false, lang);
}

/** A time of the same day written after a day ("Thursday EOD", "giovedì in giornata", "el lunes por la tarde"), folded. */
const SAME_DAY: Record<Lang, RegExp> = {
  en: /^(?:eod|cob|close of business|end of (?:the )?day|tonight)$/,
  es: /^(?:esta tarde|esta noche|antes de que acabe el dia)$/,
  it: /^(?:in giornata|entro sera|stasera|fine giornata)$/,
};

/**
 * The due among several dates in a task: the last one; a time of day right after a day belongs
 * to that day ("giovedì in giornata" is Thursday, not today), and the span covers both.
 */
function pickDue(found: DateMatch[], task: string, lang: Lang): DateMatch {
  const last = found[found.length - 1];
  const prev = found[found.length - 2];
  if (!prev || !SAME_DAY[lang].test(foldText(last.text).trim())) return last;
  const gap = task.slice(prev.index + prev.text.length, last.index);
  if (!/^[\s,]{0,3}$/.test(gap)) return last;
  return { ...prev, text: task.slice(prev.index, last.index + last.text.length) };
}

/** A matched date plus the words around it that belong to it ("the week of 31 August", "mid-March"). */
function widen(task: string, folded: string, d: DateMatch): { index: number; length: number } {
  const before = folded.slice(Math.max(0, d.index - 20), d.index);
  const wk = /(?:(?:the )?week of|(?:la )?semana del|(?:la )?settimana del) $/.exec(before);
  if (wk) return { index: d.index - wk[0].length, length: d.text.length + wk[0].length };
  void task;
  return { index: d.index, length: d.text.length };
}

/** Resolves a due written on its own ("Friday", "mid-March", "27/11", "week of 31 Aug"). */
function resolveText(
  text: string,
  ref: IsoDate | null,
  lang: Lang,
  match?: DateMatch,
): { due: IsoDate | null; inexact: boolean; imprecise: boolean } {
  const folded = foldText(text).trim();
  const m = match ?? findDates(text, ref ?? '1970-01-01', lang)[0];
  const hasYear = /\d{4}/.test(text);
  // A month alone, or a part of one, is never a day.
  const month = MONTH_ONLY.exec(folded);
  if (month && month[0].trim().length >= folded.replace(/[.\s]+$/, '').length - 1 && !/\d{1,2}(?!\d)/.test(folded.replace(/\d{4}/, ''))) {
    return { due: null, inexact: false, imprecise: true };
  }
  if (TO_SCHEDULE.test(folded)) return { due: null, inexact: false, imprecise: true };
  if (!m) {
    const dom = ORDINAL[lang].exec(folded) ?? /^(\d{1,2})(?:st|nd|rd|th|º|°)?$/.exec(folded);
    if (dom && ref) return { due: nextDayOfMonth(ref, Number(dom[1])), inexact: false, imprecise: false };
    const hours = HOURS.exec(folded);
    if (hours && ref) return { due: addDays(ref, Number(hours[1]) >= 48 ? Number(hours[1]) / 24 : 1), inexact: false, imprecise: false };
    return { due: null, inexact: false, imprecise: false };
  }
  if (!ref && !hasYear) return { due: null, inexact: false, imprecise: false };
  if (WEEK_OF.test(folded)) return { due: fridayOfWeek(m.date), inexact: true, imprecise: false };
  return { due: m.date, inexact: m.inexact, imprecise: false };
}

function finish(task: string, due: IsoDate | null, dueText: string | null, inexact: boolean, imprecise: boolean, lang: Lang): DueFound {
  const vague = !!dueText && !due && !imprecise && isVagueDue(dueText, lang);
  return { task, due, dueText, vague, inexact, imprecise };
}

/** A deadline stated once ("Deadline: 27/11/2026") resolved for every task without its own. */
export function sectionDeadline(text: string, ref: IsoDate | null, lang: Lang): DateMatch | undefined {
  if (!ref && !/\d{4}/.test(text)) return undefined;
  return resolveDate(text, ref ?? '1970-01-01', lang);
}
