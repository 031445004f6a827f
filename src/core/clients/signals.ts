import { addDays, daysBetween, isIsoDate, type IsoDate } from '../dates/calendar';
import { t, tn } from '../i18n';
import { foldText } from '../text/fold';
import type { Lang } from '../lang';
import { shortDay } from '../dates/format';
import { parseHours, toInstant, wallClock, withinHours } from './hours';
import type { Client, Signal } from './model';

export interface SignalContext {
  /** Today, YYYY-MM-DD (the core never reads the clock). */
  readonly today: IsoDate;
  /** The user's working hours ("Mon-Fri 09:00-18:00") and IANA time zone ('' = the runtime's). */
  readonly workingHours: string;
  readonly timezone: string;
  /** Days after a meeting without a follow-up before a signal; weeks without feedback. */
  readonly followupAfterDays: number;
  readonly feedbackWeeks: number;
  readonly uiLang: Lang;
}

const FEEDBACK =
  /feedback|opini[oó]n|valoraci[oó]n|encuesta|satisfacci[oó]n|rese[nñ]a|parere|opinione|sondaggio|questionario|survey|testimonial|review call|retrospective|retro\b/i;

/** No signed contract on an active client. */
export function noContract(c: Client, ctx: SignalContext): Signal | undefined {
  if (c.profile.status !== 'active' || c.profile.contract) return undefined;
  return { code: 'no-contract', severity: 'warning', message: t(ctx.uiLang, 'signal.no-contract') };
}

/** No deposit on an active client. */
export function noDeposit(c: Client, ctx: SignalContext): Signal | undefined {
  if (c.profile.status !== 'active' || c.profile.deposit) return undefined;
  return { code: 'no-deposit', severity: 'warning', message: t(ctx.uiLang, 'signal.no-deposit') };
}

/**
 * Inbound contacts outside hours over the last 90 days: the client's agreed `hours` read in the
 * client's time zone when set, else the user's working hours in the user's time zone. Log times
 * are the user's local time unless the line carries an offset.
 */
export function afterHours(c: Client, ctx: SignalContext): Signal | undefined {
  const agreed = parseHours(c.profile.hours);
  const own = parseHours(ctx.workingHours);
  const hours = agreed ?? own;
  if (!hours) return undefined;
  const zone = agreed ? c.profile.timezone || ctx.timezone || undefined : ctx.timezone || undefined;
  const from = addDays(ctx.today, -90);
  const weekAgo = addDays(ctx.today, -7);
  let inbound = 0;
  let outside = 0;
  let recent = 0;
  for (const e of c.log) {
    if (e.direction !== 'in' || !e.time || e.date < from || e.date > ctx.today) continue;
    inbound++;
    const instant = toInstant(e.date, e.time, ctx.timezone || undefined, e.offset);
    const w = wallClock(instant, zone);
    if (!withinHours(hours, w.weekday, w.minute)) {
      outside++;
      if (e.date > weekAgo) recent++;
    }
  }
  if (outside === 0) return undefined;
  const severity = outside >= 2 && outside / inbound >= 0.25 ? 'warning' : 'info';
  return {
    code: 'after-hours',
    severity,
    message: t(ctx.uiLang, 'signal.after-hours', outside, inbound, recent),
    counts: { outside, inbound, lastWeek: recent },
  };
}

/** Many more contacts this week than the usual weekly rate over the previous eight weeks. */
export function contactSpike(c: Client, ctx: SignalContext): Signal | undefined {
  const weekAgo = addDays(ctx.today, -7);
  const start = addDays(ctx.today, -63);
  let last = 0;
  let before = 0;
  for (const e of c.log) {
    if (e.date > ctx.today || e.date < start) continue;
    if (e.date > weekAgo) last++;
    else before++;
  }
  const usual = before / 8;
  if (last < 4 || last < 2 * Math.max(usual, 1)) return undefined;
  const usualPerWeek = Math.max(1, Math.round(usual));
  return {
    code: 'contact-spike',
    severity: 'warning',
    message: t(ctx.uiLang, 'signal.contact-spike', last, usualPerWeek),
    counts: { lastWeek: last, usualPerWeek },
  };
}

/**
 * Word beginnings that make a task about money (paying, invoicing, deposits), per language, folded
 * (no accents). A task is matched word by word, so "pagina" or "display" never count.
 */
const MONEY_STEMS: Record<Lang, readonly string[]> = {
  en: ['pay', 'paid', 'invoice', 'deposit', 'fee', 'refund', 'wire', 'remit', 'reimburs'],
  es: ['pago', 'pagar', 'pague', 'pagad', 'factur', 'abon', 'anticipo', 'transferencia', 'deposito', 'cobr', 'reembols', 'honorario'],
  it: ['pagament', 'pagar', 'paghi', 'pagat', 'fattur', 'accont', 'bonific', 'saldo', 'saldar', 'caparr', 'rimbors', 'compenso'],
};
const MONEY = [...new Set(Object.values(MONEY_STEMS).flat())];

/** Whether an action item is about money changing hands. */
export function isAboutMoney(task: string): boolean {
  return foldText(task)
    .split(/[^\p{L}\p{N}]+/u)
    .some((w) => w.length > 2 && MONEY.some((s) => w.startsWith(s)));
}

function lateBy(days: number, ctx: SignalContext): string {
  return tn(ctx.uiLang, 'dates.late', days);
}

/**
 * Overdue agreements as separate signals: money owed to the user (an error: it needs action now),
 * their other overdue items (a warning) and the user's own (an error: the user is the one late).
 */
export function overdue(c: Client, ctx: SignalContext): Signal[] {
  const late = c.agreements.filter((a) => a.due && isIsoDate(a.due) && a.due < ctx.today);
  const out: Signal[] = [];
  const oldestFirst = (list: typeof late) => [...list].sort((a, b) => (a.due as string).localeCompare(b.due as string));
  const payments = oldestFirst(late.filter((a) => !a.mine && isAboutMoney(a.task)));
  if (payments.length) {
    const p = payments[0];
    out.push({
      code: 'payment-overdue',
      severity: 'error',
      message: t(ctx.uiLang, 'signal.payment-overdue', p.task, shortDay(p.due as string, ctx.uiLang)),
      counts: { count: payments.length, oldestDaysLate: daysBetween(p.due as string, ctx.today) },
    });
  }
  for (const mine of [false, true]) {
    const list = late.filter((a) => a.mine === mine && !payments.includes(a));
    if (!list.length) continue;
    const oldestDaysLate = daysBetween(oldestFirst(list)[0].due as string, ctx.today);
    const oldest = lateBy(oldestDaysLate, ctx);
    const counts = { count: list.length, oldestDaysLate };
    out.push(
      mine
        ? { code: 'overdue-mine', severity: 'error', message: tn(ctx.uiLang, 'signal.overdue-mine', list.length, oldest), counts }
        : { code: 'overdue-theirs', severity: 'warning', message: tn(ctx.uiLang, 'signal.overdue-theirs', list.length, oldest), counts },
    );
  }
  return out;
}

/** The most recent meeting with no follow-up written after N days. */
export function missingFollowup(c: Client, ctx: SignalContext): Signal | undefined {
  const answered = new Set(c.notes.filter((n) => n.kind === 'followup').flatMap((n) => [n.meeting ?? '', n.path.split('/').pop() ?? '']));
  for (const m of c.notes) {
    if (m.kind !== 'meeting' || !m.date || !isIsoDate(m.date) || m.followedUp) continue;
    const name = m.path.split('/').pop() ?? '';
    if (answered.has(name) || [...answered].some((a) => a && m.path.endsWith(a))) continue;
    const age = daysBetween(m.date, ctx.today);
    if (age >= ctx.followupAfterDays && age <= 60) {
      return {
        code: 'no-followup',
        severity: 'warning',
        message: t(ctx.uiLang, 'signal.no-followup', shortDay(m.date, ctx.uiLang), age),
        counts: { daysSinceMeeting: age },
      };
    }
  }
  return undefined;
}

/** Weeks since feedback was last asked (a log entry that mentions feedback), for active clients. */
export function noFeedback(c: Client, ctx: SignalContext): Signal | undefined {
  if (c.profile.status !== 'active') return undefined;
  const asked = c.log.filter((e) => FEEDBACK.test(e.summary) || e.channel === 'feedback').map((e) => e.date);
  const since = asked.length ? asked[asked.length - 1] : (c.profile.contract ?? c.log[0]?.date ?? null);
  if (!since || !isIsoDate(since)) return undefined;
  const weeks = Math.floor(daysBetween(since, ctx.today) / 7);
  if (weeks < ctx.feedbackWeeks) return undefined;
  return { code: 'no-feedback', severity: 'info', message: t(ctx.uiLang, 'signal.no-feedback', weeks), counts: { weeks } };
}

const RANK = { error: 0, warning: 1, info: 2 } as const;

/**
 * The profile keys a signal reads: while a broken line may have held one of them (`error.lost`),
 * the signal is not computed, so a broken `contract:` line never reads as "no signed contract".
 */
const READS: Partial<Record<Signal['code'], readonly string[]>> = {
  'no-contract': ['status', 'contract'],
  'no-deposit': ['status', 'deposit'],
  'no-feedback': ['status', 'contract'],
  'after-hours': ['hours', 'timezone'],
};

/**
 * Every signal for a client, most severe first. A paused or ended client shows only what still
 * needs action: a broken profile and money owed. A broken profile line hides only the signals
 * that read the key it may have held.
 */
export function clientSignals(c: Client, ctx: SignalContext): Signal[] {
  const out: Signal[] = [];
  if (!isIsoDate(ctx.today)) return out;
  if (c.error)
    out.push({
      code: 'profile-error',
      severity: 'error',
      message: t(ctx.uiLang, 'signal.profile-error', c.error.message),
      line: c.error.line,
    });
  for (const b of c.badDates ?? [])
    out.push({ code: 'bad-date', severity: 'warning', message: t(ctx.uiLang, 'signal.bad-date', b.key, b.value), line: b.line });
  for (const k of c.lookalikeKeys ?? [])
    out.push({ code: 'lookalike-key', severity: 'warning', message: t(ctx.uiLang, 'signal.lookalike-key', k.key, k.known), line: k.line });
  const dormant = c.profile.status === 'ended' || c.profile.status === 'paused';
  const late = overdue(c, ctx);
  const all = dormant
    ? late.filter((s) => s.code === 'payment-overdue')
    : [
        noContract(c, ctx),
        noDeposit(c, ctx),
        afterHours(c, ctx),
        contactSpike(c, ctx),
        missingFollowup(c, ctx),
        noFeedback(c, ctx),
        ...late,
      ];
  const lost = c.error?.lost ?? [];
  for (const s of all) if (s && !(READS[s.code] ?? []).some((k) => lost.includes(k))) out.push(s);
  return out.sort((a, b) => RANK[a.severity] - RANK[b.severity]);
}

/** "Needs attention" when any signal is a warning or an error. */
export function needsAttention(signals: readonly Signal[]): boolean {
  return signals.some((s) => s.severity !== 'info');
}
