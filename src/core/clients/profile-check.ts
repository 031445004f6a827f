import { isIsoDate } from '../dates/calendar';
import { fmString, frontMatterKeyLines, parseFrontMatter, type FrontMatter } from '../frontmatter';
import { t } from '../i18n';
import type { Lang } from '../lang';
import type { BadDate, LookalikeKey, ProfileError } from './model';
import { lookalikeKeys } from './profile-keys';

/** A problem in a client profile, on its line: the extension shows it in the Problems panel. */
export interface ProfileProblem {
  /** Stable id (the diagnostic code). */
  readonly code: 'profile-error' | 'bad-date' | 'lookalike-key';
  readonly severity: 'error' | 'warning' | 'info';
  readonly message: string;
  /** 1-based line in the profile. */
  readonly line: number;
}

/**
 * Problems in a client profile's text (client.md or a one-file client), each on its own line: a
 * YAML error on the broken line (the other keys are still read) and dates that are not real days.
 */
export function checkProfile(text: string, uiLang: Lang): ProfileProblem[] {
  const fm = parseFrontMatter(text);
  const out: ProfileProblem[] = [];
  if (fm.error)
    out.push({ code: 'profile-error', severity: 'error', message: t(uiLang, 'profile.yamlError', fm.error.message), line: fm.error.line });
  for (const b of badDates(text, fm.data) ?? [])
    out.push({ code: 'bad-date', severity: 'warning', message: t(uiLang, 'signal.bad-date', b.key, b.value), line: b.line });
  for (const k of lookalikes(text, fm.data) ?? [])
    out.push({ code: 'lookalike-key', severity: 'warning', message: t(uiLang, 'signal.lookalike-key', k.key, k.known), line: k.line });
  return out;
}

/** Keys Composure does not know that look like one it does (`regster`, `idioma`), each on its 1-based line. */
export function lookalikes(text: string, data: Record<string, unknown>): LookalikeKey[] | undefined {
  const out = lookalikeKeys(data).map(({ key, known }) => ({ key, known, line: (frontMatterKeyLines(text, key)[0] ?? 0) + 1 }));
  return out.length ? out : undefined;
}

/** The profile keys signals read: a broken line with no key may have held any of them that is missing. */
const SIGNAL_KEYS = ['status', 'contract', 'deposit', 'hours', 'timezone'];

/** A profile's YAML problem with the keys whose value it may have cost (their signals are not computed). */
export function profileError(fm: FrontMatter): ProfileError | undefined {
  if (!fm.error) return undefined;
  const { message, line, key } = fm.error;
  const lost = key === undefined ? SIGNAL_KEYS.filter((k) => fm.data[k] === undefined) : fm.data[key] === undefined ? [key] : [];
  return { message, line, lost };
}

/** Profile keys that hold a calendar date. */
const DATE_KEYS = ['contract', 'deposit'];

/** Date-shaped profile values that are not real days (2026-13-45, 2026-02-30, 10000-01-01). */
export function badDates(text: string, data: Record<string, unknown>): BadDate[] | undefined {
  const out: BadDate[] = [];
  for (const key of DATE_KEYS) {
    const value = fmString(data, key);
    const m = value && /^(\d+-\d+-\d+)(?:[T ]\S*)?$/.exec(value);
    if (!m || isIsoDate(m[1])) continue;
    const lines = frontMatterKeyLines(text, key);
    out.push({ key, value: value as string, line: (lines[lines.length - 1] ?? 0) + 1 });
  }
  return out.length ? out : undefined;
}
