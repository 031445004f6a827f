import type * as Jsonc from 'jsonc-parser';
import type { Lang } from './lang';
import { t } from './i18n';
import { isLang } from './lang';
import { lineOfOffset } from './text/lines';

/** The kinds of problem the linter finds; settings set a severity per category. */
export const CATEGORIES = ['defensive', 'people_pleasing', 'heat', 'vague_commitment', 'boundary_leak'] as const;
/** What kind of problem a finding is. */
export type Category = (typeof CATEGORIES)[number];

export const SEVERITIES = ['error', 'warning', 'info', 'hint'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** User configuration of the linter (settings and `.composure.json`). */
export interface LintConfig {
  /** Severity per category; 'off' turns a category off. */
  readonly severity?: Partial<Record<Category, Severity | 'off'>>;
  /** Rule ids to turn off. */
  readonly disabledRules?: readonly string[];
  /** Phrases never to flag, plain text (any language). */
  readonly allowedPhrases?: readonly string[];
  /** Extra phrases to flag, plain text, per language. */
  readonly extraPhrases?: readonly ExtraPhrase[];
  /** Whether the learned intent backstop reports sentences next to a rule finding (default on). */
  readonly learnedBackstop?: boolean;
}

export interface ExtraPhrase {
  readonly phrase: string;
  readonly category: Category;
  /** Language of the phrase; omitted means every language. */
  readonly lang?: Lang;
  readonly message?: string;
}

/**
 * Composure's settings, read the same way by the CLI and the extension: VS Code settings
 * (`composure.*` in settings.json) with `.composure.json` at the workspace root on top.
 */
export interface Settings {
  /** Folder of client notes, relative to the workspace root. */
  clientsFolder: string;
  /** Forces the language of drafts; 'auto' reads front matter, the client, then detects. */
  language: 'auto' | Lang;
  /** Language used when nothing else decides. */
  defaultLanguage: Lang;
  /** Globs of files linted as reply drafts. */
  lintInclude: string[];
  lint: LintConfig;
  /** Minutes a "Hold This Reply" lasts. */
  holdMinutes: number;
  /** The user's name, used in follow-ups and to tell "mine" from "theirs". */
  userName: string;
  userAliases: string[];
  signature: string;
  /** The user's working hours, e.g. "Mon-Fri 09:00-18:00". */
  workingHours: string;
  /** The user's IANA time zone; empty means the system's. */
  timezone: string;
  followupRegister: 'informal' | 'formal';
  /** Working days the client has to confirm a follow-up. */
  followupConfirmDays: number;
  /** Days after a meeting without a follow-up before a signal. */
  followupAfterDays: number;
  /** Weeks without asking for feedback before a signal. */
  feedbackWeeks: number;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = {
  clientsFolder: 'clients',
  language: 'auto',
  defaultLanguage: 'en',
  lintInclude: ['**/drafts/**/*.{md,markdown,txt}'],
  lint: {},
  holdMinutes: 60,
  userName: '',
  userAliases: [],
  signature: '',
  workingHours: 'Mon-Fri 09:00-18:00',
  timezone: '',
  followupRegister: 'informal',
  followupConfirmDays: 2,
  followupAfterDays: 2,
  feedbackWeeks: 6,
};

/** Problems found while reading settings (shown to the user, never thrown). */
export type SettingsWarnings = string[];

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const strArray = (v: unknown): string[] | undefined => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : undefined);
const num = (v: unknown, min: number, max: number): number | undefined =>
  typeof v === 'number' && Number.isFinite(v) ? Math.min(max, Math.max(min, v)) : undefined;

/**
 * Builds settings from a flat map of `composure.*` keys (VS Code style) and an optional
 * `.composure.json` object (keys without the prefix, nested allowed). Unknown or ill-typed values
 * fall back to defaults, with a warning.
 */
export function resolveSettings(
  flat: Record<string, unknown>,
  composureJson?: Record<string, unknown>,
  warnings: SettingsWarnings = [],
  uiLang: Lang = 'en',
): Settings {
  const get = (key: string): unknown => {
    const fromJson = composureJson ? lookup(composureJson, key) : undefined;
    return fromJson !== undefined ? fromJson : (flat[`composure.${key}`] ?? lookup(flat, `composure.${key}`));
  };
  const s: Settings = { ...DEFAULT_SETTINGS, lint: {} };
  s.clientsFolder = clientsFolder(get('clientsFolder'), warnings, uiLang) ?? s.clientsFolder;
  const language = get('language');
  if (language === 'auto' || isLang(language)) s.language = language;
  const dl = get('defaultLanguage');
  if (isLang(dl)) s.defaultLanguage = dl;
  s.lintInclude = strArray(get('lint.include')) ?? s.lintInclude;
  s.holdMinutes = num(get('holdMinutes'), 1, 7 * 24 * 60) ?? s.holdMinutes;
  s.userName = str(get('userName')) ?? s.userName;
  s.userAliases = strArray(get('userAliases')) ?? s.userAliases;
  s.signature = str(get('signature')) ?? s.signature;
  s.workingHours = str(get('workingHours')) ?? s.workingHours;
  s.timezone = str(get('timezone')) ?? s.timezone;
  const reg = get('followup.register');
  if (reg === 'formal' || reg === 'informal') s.followupRegister = reg;
  s.followupConfirmDays = num(get('followup.confirmDays'), 1, 30) ?? s.followupConfirmDays;
  s.followupAfterDays = num(get('signals.followupAfterDays'), 1, 60) ?? s.followupAfterDays;
  s.feedbackWeeks = num(get('signals.feedbackWeeks'), 1, 52) ?? s.feedbackWeeks;

  const severity: Partial<Record<Category, Severity | 'off'>> = {};
  const sevIn = get('lint.severity');
  if (sevIn && typeof sevIn === 'object') {
    for (const [k, v] of Object.entries(sevIn as Record<string, unknown>)) {
      if (!(CATEGORIES as readonly string[]).includes(k)) warnings.push(t(uiLang, 'settings.unknownCategory', k));
      else if (v === 'off' || (SEVERITIES as readonly unknown[]).includes(v)) severity[k as Category] = v as Severity | 'off';
      else warnings.push(t(uiLang, 'settings.badSeverity', k, String(v)));
    }
  }
  const extra: ExtraPhrase[] = [];
  const extraIn = get('lint.extraPhrases');
  if (Array.isArray(extraIn)) {
    for (const e of extraIn) {
      const phrase = str((e as Record<string, unknown>)?.phrase);
      const category = (e as Record<string, unknown>)?.category;
      const lang = (e as Record<string, unknown>)?.lang;
      if (!phrase || !(CATEGORIES as readonly unknown[]).includes(category)) {
        warnings.push(t(uiLang, 'settings.extraPhrase', CATEGORIES.join(', ')));
        continue;
      }
      extra.push({
        phrase,
        category: category as Category,
        lang: isLang(lang) ? lang : undefined,
        message: str((e as Record<string, unknown>).message),
      });
    }
  }
  s.lint = {
    severity,
    disabledRules: strArray(get('lint.disabledRules')) ?? [],
    allowedPhrases: strArray(get('lint.allowedPhrases')) ?? [],
    extraPhrases: extra,
    learnedBackstop: get('lint.learnedBackstop') !== false,
  };
  return s;
}

/**
 * The clients folder, relative and inside the workspace: `..`, absolute and drive paths are refused
 * with a warning (Composure writes there).
 */
function clientsFolder(v: unknown, warnings: SettingsWarnings, uiLang: Lang): string | undefined {
  const raw = str(v);
  if (raw === undefined) return undefined;
  const parts = raw
    .replace(/\\/g, '/')
    .split('/')
    .filter((p) => p !== '' && p !== '.');
  if (/^(?:[A-Za-z]:)?[\\/]/.test(raw) || parts.includes('..')) {
    warnings.push(t(uiLang, 'settings.clientsFolder', raw));
    return undefined;
  }
  return parts.join('/') || undefined;
}

function lookup(obj: Record<string, unknown>, dotted: string): unknown {
  if (dotted in obj) return obj[dotted];
  let cur: unknown = obj;
  for (const part of dotted.split('.')) {
    if (!cur || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string, unknown>)[part];
  }
  return cur;
}

/** Parses JSON with comments and trailing commas (VS Code's settings.json); throws on an error. */
export function parseJsonc(text: string): unknown {
  const r = parseJsoncObject(text, false);
  if ('error' in r) throw new SyntaxError(r.error);
  return r.value;
}

/**
 * `jsonc-parser`, loaded the first time a settings file is read: a command run where there is
 * none (`composure lint` on a draft outside any workspace) starts without it.
 */
let jsonc: typeof Jsonc | undefined;
function loadJsonc(): typeof Jsonc {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on first use, see above
  return (jsonc ??= require('jsonc-parser') as typeof Jsonc);
}

/**
 * Parses a JSONC settings file with `jsonc-parser` (comments, trailing commas, strings kept as
 * written). The error names the first problem and its line.
 */
export function parseJsoncObject(
  text: string,
  requireObject = true,
  uiLang: Lang = 'en',
): { value: Record<string, unknown> } | { error: string } {
  const { parse, printParseErrorCode } = loadJsonc();
  const errors: Jsonc.ParseError[] = [];
  const value = parse(text, errors, { allowTrailingComma: true, disallowComments: false, allowEmptyContent: true }) as unknown;
  if (errors.length) {
    const e = errors[0];
    const line = lineOfOffset(text, e.offset) + 1;
    return { error: t(uiLang, 'json.invalid', printParseErrorCode(e.error), line) };
  }
  if (value === undefined) return { value: {} };
  if (requireObject && (value === null || typeof value !== 'object' || Array.isArray(value))) return { error: t(uiLang, 'json.notObject') };
  return { value: value as Record<string, unknown> };
}
