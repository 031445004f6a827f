import { detectLanguage } from '../detect-lang';
import { fmString, parseFrontMatter, type FrontMatter } from '../frontmatter';
import { t } from '../i18n';
import { isLang, type Lang } from '../lang';
import type { Settings } from '../settings';
import { getRule } from './rules';
import type { Linter, LintResult } from './linter';
import type { RewriteContext } from './rewrite';
import { normalizeLineBreaks } from './segment';

/** Front matter key the "Hold This Reply" command writes: local date-time `YYYY-MM-DDTHH:MM`. */
export const HOLD_KEY = 'hold_until';

/** Largest text linted in full; longer drafts are linted up to here and say so. */
export const MAX_LINT_CHARS = 1_000_000;

export interface DraftContext {
  readonly settings: Pick<Settings, 'language' | 'defaultLanguage'> & Partial<Pick<Settings, 'workingHours'>>;
  /** The `lang` of the client whose folder holds the draft. */
  readonly clientLang?: Lang;
  /** The `register` and `rate` of the client whose folder holds the draft (for rewrites). */
  readonly client?: { readonly register?: 'formal' | 'informal'; readonly rate?: string };
  /** Today, `YYYY-MM-DD`, for dates in rewrites; defaults to the date of `now`. */
  readonly today?: string;
  /** Now, as local `YYYY-MM-DDTHH:MM`, for holds. Omit to ignore holds. */
  readonly now?: string;
  readonly uiLang: Lang;
  readonly markdown?: boolean;
  /** Names the document, so a re-lint after an edit reuses its own last pass (see `LintOptions.doc`). */
  readonly doc?: string;
}

export interface DraftResult extends LintResult {
  readonly lang: Lang;
  /** How the language was chosen. */
  readonly langSource: 'setting' | 'front matter' | 'client' | 'detected' | 'default';
  /** The hold's end when the draft is on hold now. */
  readonly holdUntil?: string;
  /** True when front matter says `composure: off`. */
  readonly off: boolean;
}

/** Picks a draft's language: forced setting, front matter, the client's, detection, default. */
export function draftLanguage(text: string, fm: FrontMatter, ctx: DraftContext): Pick<DraftResult, 'lang' | 'langSource'> {
  if (ctx.settings.language !== 'auto') return { lang: ctx.settings.language, langSource: 'setting' };
  const fmLang = fmString(fm.data, 'lang')?.toLowerCase();
  if (isLang(fmLang)) return { lang: fmLang, langSource: 'front matter' };
  if (ctx.clientLang) return { lang: ctx.clientLang, langSource: 'client' };
  const body = fm.range ? text.slice(fm.range.end) : text;
  const detected = detectLanguage(body);
  if (detected) return { lang: detected, langSource: 'detected' };
  return { lang: ctx.settings.defaultLanguage, langSource: 'default' };
}

/** What rewrites know: the register (draft front matter, else the client's), today, hours, rate. */
function rewriteContext(fm: FrontMatter, ctx: DraftContext): RewriteContext {
  const reg = fmString(fm.data, 'register')?.toLowerCase();
  const register = reg === 'formal' || reg === 'informal' ? reg : ctx.client?.register;
  return { register, today: ctx.today ?? ctx.now?.slice(0, 10), workingHours: ctx.settings.workingHours, rate: ctx.client?.rate };
}

/** Lints a reply draft: language, per-document off switch, the linter, and an active hold. */
export function lintDraft(linter: Linter, original: string, ctx: DraftContext): DraftResult {
  // CR, LF and CRLF alike: a lone CR becomes LF (same length, so offsets hold).
  const text = normalizeLineBreaks(original);
  const fm = parseFrontMatter(text);
  const { lang, langSource } = draftLanguage(text, fm, ctx);
  const off = fm.data.composure === 'off' || fm.data.composure === false;
  const result = off
    ? { findings: [], heat: { level: 'calm' as const, score: 0, reasons: [], words: 0 }, truncated: false }
    : linter.lint(text, { lang, markdown: ctx.markdown ?? true, maxChars: MAX_LINT_CHARS, rewrite: rewriteContext(fm, ctx), doc: ctx.doc });
  const hold = fmString(fm.data, HOLD_KEY);
  let holdUntil: string | undefined;
  let findings = result.findings;
  if (hold && ctx.now && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(hold) && hold.slice(0, 16) > ctx.now.slice(0, 16)) {
    holdUntil = hold.slice(0, 16);
    const keyAt = text.indexOf(`${HOLD_KEY}:`);
    const rule = getRule('reply-on-hold');
    if (rule && keyAt >= 0) {
      const lineEnd = text.indexOf('\n', keyAt);
      const length = (lineEnd < 0 ? text.length : lineEnd) - keyAt;
      findings = [
        {
          rule: rule.id,
          category: rule.category,
          severity: rule.severity,
          offset: keyAt,
          length,
          text: text.slice(keyAt, keyAt + length),
          message: `${rule.title[ctx.uiLang]}: ${t(ctx.uiLang, 'lint.hold.until', holdUntil.replace('T', ' '))} ${rule.why[ctx.uiLang]}`,
          suggestions: [],
          lang,
        },
        ...findings,
      ];
    }
  }
  // Findings quote the draft as written (a lone CR stays a CR).
  const quoted = text === original ? findings : findings.map((f) => ({ ...f, text: original.slice(f.offset, f.offset + f.length) }));
  return { ...result, findings: quoted, lang, langSource, holdUntil, off };
}
