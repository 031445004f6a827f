import { t } from '../i18n';
import type { Lang } from '../lang';
import { foldText } from '../text/fold';
import { tokenize, UPPER, type Tokens } from '../text/tokenize';
import { admitsOwnMistake, clauseStart, hasConcreteDate, isCommitment, isRefusal, isRequest, sentenceBounds } from './guards';
import { compilePacks, CUSTOM_RULE, type PhraseEntry, type PhraseTrie } from './matcher';
import { PACKS } from './packs';
import { suggestRewrites, type RewriteContext } from './rewrite';
import { getRule } from './rules';
import { segment, type Directive } from './segment';
import type { LintConfig } from '../settings';
import { type Finding, type RuleDef, type Severity, type Suggestion } from './types';

export type { ExtraPhrase, LintConfig } from '../settings';

export interface LintOptions {
  /** The document's language; 'all' uses the three packs at once. */
  readonly lang: Lang | 'all';
  /** Treat the text as Markdown (fences and HTML comments are skipped). Default true. */
  readonly markdown?: boolean;
  /** Stop after this many characters (huge files); the rest is not linted. */
  readonly maxChars?: number;
  /** The client's register and the facts rewrites may need (today, working hours, rate). */
  readonly rewrite?: RewriteContext;
}

export type HeatLevel = 'calm' | 'warm' | 'hot';

export interface Heat {
  readonly level: HeatLevel;
  readonly score: number;
  /** Localized reasons, most important first. */
  readonly reasons: readonly string[];
  readonly words: number;
}

export interface LintResult {
  readonly findings: Finding[];
  readonly heat: Heat;
  /** True when the text was longer than maxChars and only its start was linted. */
  readonly truncated: boolean;
}

interface BlockResult {
  /** Where the block started when it was linted; findings are at document offsets for that start. */
  start: number;
  findings: Finding[];
  words: number;
  capsWords: number;
  exclamations: number;
}

/** Acronyms and codes that are not shouting. */
const ACRONYMS = new Set(
  ('PDF SVG PNG JPG JPEG GIF CSV XML JSON HTML CSS JS TS API URL URLS SEO SEM SMS MMS CMYK RGB HEX VAT IVA IRPF NIF CIF DNI ' +
    'CET CEST UTC GMT EST PST EUR USD GBP PO PM AM OK FAQ CEO CTO CFO COO UX UI QA KPI KPIS ROI NDA SLA GDPR RGPD CRM CMS ' +
    'ERP SAAS B2B B2C USA UK EU IBAN SWIFT BIC DNS SSL TLS HTTP HTTPS WIFI TV MP3 MP4 AWS GCP SKU ETA TBD FYI EOD EOW COB ' +
    'RSVP PS NB IT HR PR LLC LTD INC SL SRL SPA SAS SA CV AI ML AR VR ID PIN ASAP OMG WIP MVP POC RFP RFQ SOW PTO OOO ATM ' +
    'USB HDMI CPU GPU RAM SSD DM DMS VIP WC ONG PYME PYMES AUTONOMO FAQS BBVA AEAT INPS INAIL PEC SDI CAP IMU TARI').split(' '),
);

/** Words that are emphasis when written in capitals, even short ones. */
const EMPHATIC = new Set(
  ('NOT NO NEVER NOBODY NOTHING NONE NOONE ALWAYS MUST NOW PLEASE STOP URGENT ALL EVERY EVERYTHING REALLY VERY DONT DON\'T WONT ' +
    'WON\'T CANT CAN\'T TODAY YES NEED HAVE ONCE TWICE THREE TIMES AGAIN WHY WHAT WHO ANY ANYMORE EVER LAST FINAL DO DID ' +
    'NADIE NUNCA NADA SIEMPRE YA AHORA TODO TODOS TODAS URGE URGENTE DEBE DEBES TIENES VECES OTRA VEZ POR FAVOR ' +
    'NESSUNO MAI NIENTE NULLA SEMPRE SUBITO ORA ADESSO TUTTO TUTTI NON DEVE DEVI VOLTE ANCORA BASTA').split(' '),
);

/** Compiled tries for the built-in packs (no user phrases), shared by every Linter. */
const SHARED_TRIES = new Map<string, PhraseTrie>();

/** The linter for one configuration. Keeps a per-block cache so re-linting after an edit is cheap. */
export class Linter {
  private readonly tries = new Map<string, PhraseTrie>();
  private cache = new Map<string, Map<string, BlockResult>>();
  private readonly disabled: Set<string>;

  constructor(
    private readonly config: LintConfig = {},
    /** Language of messages (the UI's), not of the draft. */
    private readonly uiLang: Lang = 'en',
  ) {
    this.disabled = new Set(config.disabledRules ?? []);
    const sev = Object.values(config.severity ?? {});
    this.overrides = sev.some((v) => v !== 'off');
    this.filtering = this.disabled.size > 0 || sev.includes('off');
  }

  /** Whether severity overrides or rule/category filters are configured (skips work when not). */
  private readonly overrides: boolean;
  private readonly filtering: boolean;

  private trie(lang: Lang | 'all'): PhraseTrie {
    let trie = this.tries.get(lang);
    const plain = !this.config.extraPhrases?.length && !this.config.allowedPhrases?.length;
    if (!trie && plain) trie = SHARED_TRIES.get(lang);
    if (!trie) {
      const langs: Lang[] = lang === 'all' ? ['en', 'es', 'it'] : [lang];
      const extras = (this.config.extraPhrases ?? []).flatMap((e) =>
        (e.lang ? [e.lang] : langs).filter((l) => langs.includes(l)).map((l) => ({ ...e, lang: l })),
      );
      const allowed = (this.config.allowedPhrases ?? []).flatMap((phrase) => langs.map((l) => ({ phrase, lang: l })));
      trie = compilePacks(PACKS.filter((p) => langs.includes(p.lang)), extras, allowed);
      if (plain) SHARED_TRIES.set(lang, trie);
    }
    this.tries.set(lang, trie);
    return trie;
  }

  /** Number of phrases (after expanding patterns) for a language, for docs and benchmarks. */
  phraseCount(lang: Lang | 'all'): number {
    return this.trie(lang).size;
  }

  /** Lints a whole document. Unchanged blocks come from the cache. */
  lint(text: string, opts: LintOptions): LintResult {
    const maxChars = opts.maxChars ?? Infinity;
    const truncated = text.length > maxChars;
    const source = truncated ? text.slice(0, maxChars) : text;
    const seg = segment(source, { markdown: opts.markdown ?? true });
    const trie = this.trie(opts.lang);
    const prev = this.cache.get(opts.lang);
    const next = new Map<string, BlockResult>();
    const findings: Finding[] = [];
    let words = 0;
    let capsWords = 0;
    let exclamations = 0;
    for (const block of seg.blocks) {
      const blockText = source.slice(block.start, block.end);
      let r = prev?.get(blockText) ?? next.get(blockText);
      if (!r) r = this.lintBlock(blockText, block.start, trie, opts.lang);
      else if (r.start !== block.start) r = { ...r, start: block.start, findings: r.findings.map((f) => shift(f, block.start - r!.start)) };
      next.set(blockText, r);
      words += r.words;
      capsWords += r.capsWords;
      exclamations += r.exclamations;
      for (const f of r.findings) findings.push(f);
    }
    this.cache = new Map([[opts.lang, next]]);
    let kept = applyDirectives(dropRepeatedNames(findings), seg.directives, seg.lineStarts);
    if (this.filtering) kept = kept.filter((f) => this.enabled(f));
    const withSeverity = this.overrides ? kept.map((f) => {
      const severity = this.severityOf(f);
      return severity === f.severity ? f : { ...f, severity };
    }) : kept;
    const withFixes = suggestRewrites(source, withSeverity, opts.rewrite);
    return { findings: withFixes, heat: this.heat(withFixes, words, capsWords, exclamations), truncated };
  }

  private enabled(f: Finding): boolean {
    if (this.disabled.has(f.rule)) return false;
    return this.config.severity?.[f.category] !== 'off';
  }

  private severityOf(f: Finding): Severity {
    const s = this.config.severity?.[f.category];
    return s && s !== 'off' ? s : f.severity;
  }

  private lintBlock(raw: string, at: number, trie: PhraseTrie, lang: Lang | 'all'): BlockResult {
    const text = maskInline(raw);
    const tokens = tokenize(text, 0, text.length, true);
    const findings: Finding[] = [];
    const hits = trie.match(tokens, text);
    let foldedText: string | undefined;
    const folded = () => (foldedText ??= foldText(text));
    const allowSpans: Array<[number, number]> = [];
    type Candidate = { start: number; end: number; entry: PhraseEntry; hint?: boolean };
    const candidates: Candidate[] = [];
    for (const h of hits) {
      const start = tokens.start[h.first];
      const end = tokens.end[h.last];
      for (const entry of h.entries) {
        if (entry.rule === '') allowSpans.push([start, end]);
        else candidates.push({ start, end, entry });
      }
    }
    const inAllowed = (s: number, e: number) => allowSpans.some(([a, b]) => a <= s && e <= b);
    // Longest first, so that a shorter phrase of the same category inside a longer one is dropped.
    candidates.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
    const taken: Candidate[] = [];
    for (const c of candidates) {
      if (inAllowed(c.start, c.end)) continue;
      const cat = c.entry.category ?? getRule(c.entry.rule)?.category;
      // One phrase, one category: a match inside a longer one is dropped, and same-category
      // matches never overlap.
      if (taken.some((t) => (t.start <= c.start && c.end <= t.end) || (t.start < c.end && c.start < t.end && (t.entry.category ?? getRule(t.entry.rule)?.category) === cat))) continue;
      if (c.entry.question && !/^[\s"'”’»)]*\?/.test(text.slice(c.end, c.end + 4))) continue;
      const verdict = c.entry.weak || getRule(c.entry.rule)?.guards ? this.guardVerdict(c.entry, folded(), c.start, c.end) : 'keep';
      if (verdict === 'drop') continue;
      taken.push({ ...c, hint: verdict === 'hint' });
    }
    taken.sort((a, b) => a.start - b.start);
    for (const c of taken) {
      const f = this.phraseFinding(raw, at, c.start, c.end, c.entry, lang);
      if (f) findings.push(c.hint ? { ...f, severity: 'hint' } : f);
    }
    const caps = findCaps(raw, tokens);
    for (const [s, e] of caps.runs) findings.push(this.metricFinding(raw, at, 'shouting', s, e, lang, capsFix(raw, s, e)));
    const punct = findStackedPunctuation(raw);
    for (const [s, e] of punct.runs) findings.push(this.metricFinding(raw, at, 'stacked-punctuation', s, e, lang, punctuationFix(raw.slice(s, e))));
    findings.sort((a, b) => a.offset - b.offset);
    return { start: at, findings, words: tokens.count, capsWords: caps.words, exclamations: punct.exclamations };
  }

  /**
   * Applies the rule's guards: 'drop' the match, 'keep' it, or keep it as a 'hint' (vague timing
   * in a request to the reader rather than in the writer's own promise).
   */
  private guardVerdict(entry: PhraseEntry, folded: string, start: number, end: number): 'drop' | 'keep' | 'hint' {
    const rule = getRule(entry.rule);
    const guards = rule?.guards ?? [];
    if (!entry.weak && guards.length === 0) return 'keep';
    const [ss, se] = sentenceBounds(folded, start, end);
    const sentence = folded.slice(ss, se);
    if (entry.weak && !isCommitment(sentence, entry.lang)) return 'drop';
    for (const g of guards) {
      if (g === 'unanchored' && hasConcreteDate(sentence)) return 'drop';
      if (g === 'commitment' && !isCommitment(sentence, entry.lang)) return 'drop';
      if (g === 'not-refusal' && isRefusal(folded.slice(clauseStart(folded, ss, start), start), entry.lang)) return 'drop';
      if (g === 'not-own-fix') {
        const [ps] = ss > 1 ? sentenceBounds(folded, ss - 1, ss - 1) : [ss];
        if (admitsOwnMistake(folded.slice(ps, se), entry.lang)) return 'drop';
      }
    }
    if (guards.includes('unanchored') && isRequest(sentence, entry.lang) && !isCommitment(sentence, entry.lang)) return 'hint';
    return 'keep';
  }

  private phraseFinding(raw: string, at: number, start: number, end: number, entry: PhraseEntry, lang: Lang | 'all'): Finding | undefined {
    const matched = raw.slice(start, end);
    if (entry.rule === CUSTOM_RULE) {
      const category = entry.category ?? 'people_pleasing';
      const why = entry.message ?? t(this.uiLang, 'lint.custom.why', t(this.uiLang, `category.${category}`));
      return {
        rule: CUSTOM_RULE, category, severity: 'warning', offset: at + start, length: end - start, text: matched,
        message: `${t(this.uiLang, 'lint.custom.title')}: “${matched}”. ${why}`,
        suggestions: [removal(raw, at, start, end)], lang: entry.lang,
      };
    }
    const rule = getRule(entry.rule);
    if (!rule) return undefined;
    // Suggestions are built from the whole sentence once the document is linted (see rewrite/).
    const suggestions: Suggestion[] = [];
    return {
      rule: rule.id, category: rule.category, severity: rule.severity, offset: at + start, length: end - start, text: matched,
      message: this.message(rule, matched), suggestions, lang: lang === 'all' ? entry.lang : lang,
    };
  }

  private metricFinding(raw: string, at: number, ruleId: string, start: number, end: number, lang: Lang | 'all', fix: string): Finding {
    const rule = getRule(ruleId) as RuleDef;
    const matched = raw.slice(start, end);
    return {
      rule: rule.id, category: rule.category, severity: rule.severity, offset: at + start, length: end - start, text: matched,
      message: this.message(rule, matched), suggestions: [{ kind: 'rewrite', text: fix, offset: at + start, length: end - start, safe: true }],
      lang: lang === 'all' ? 'en' : lang,
    };
  }

  private message(rule: RuleDef, matched: string): string {
    const shown = matched.length > 60 ? `${matched.slice(0, 57)}…` : matched;
    return `${rule.title[this.uiLang]}: “${shown}”. ${rule.why[this.uiLang]}`;
  }

  private heat(findings: readonly Finding[], words: number, capsWords: number, exclamations: number): Heat {
    let caps = 0;
    let punct = 0;
    let sarcasm = 0;
    let defensive = 0;
    for (const f of findings) {
      if (f.rule === 'shouting') caps++;
      else if (f.rule === 'stacked-punctuation') punct++;
      else if (f.rule === 'sarcasm') sarcasm++;
      else if (f.category === 'defensive') defensive++;
    }
    const capsShare = words ? capsWords / words : 0;
    const exclaimRate = words ? (exclamations * 100) / words : 0;
    const parts: Array<[number, string]> = [];
    if (sarcasm) parts.push([2 * sarcasm, t(this.uiLang, 'heat.reason.sarcasm', sarcasm)]);
    if (caps) parts.push([1.5 * caps, t(this.uiLang, 'heat.reason.caps', caps)]);
    if (punct) parts.push([1.5 * punct, t(this.uiLang, 'heat.reason.punct', punct)]);
    if (defensive) parts.push([1.25 * defensive, t(this.uiLang, 'heat.reason.defensive', defensive)]);
    if (capsShare >= 0.08 && words >= 10) parts.push([2, t(this.uiLang, 'heat.reason.capsShare', Math.round(capsShare * 100))]);
    if (exclaimRate >= 5 && words >= 10) parts.push([1, t(this.uiLang, 'heat.reason.exclaim', Math.round(exclaimRate))]);
    parts.sort((a, b) => b[0] - a[0]);
    const score = parts.reduce((s, p) => s + p[0], 0);
    const level: HeatLevel = score >= 4 ? 'hot' : score >= 2 ? 'warm' : 'calm';
    return { level, score, reasons: parts.map((p) => p[1]), words };
  }
}

/** A block-relative finding moved to document offsets. */
function shift(f: Finding, by: number): Finding {
  return { ...f, offset: f.offset + by, suggestions: f.suggestions.map((s) => ({ ...s, offset: s.offset + by })) };
}

/**
 * A single word in capitals that comes back in capitals elsewhere in the document is a name or an
 * acronym (QUALCOMM, NYMEX), not shouting.
 */
function dropRepeatedNames(findings: Finding[]): Finding[] {
  const counts = new Map<string, number>();
  for (const f of findings) if (f.rule === 'shouting' && !/\s/.test(f.text)) counts.set(f.text, (counts.get(f.text) ?? 0) + 1);
  if (![...counts.values()].some((n) => n > 1)) return findings;
  return findings.filter((f) => !(f.rule === 'shouting' && (counts.get(f.text) ?? 0) > 1 && !EMPHATIC.has(f.text.toUpperCase())));
}

/** Blanks inline code and URLs (same length), which are never the writer's tone. */
function maskInline(text: string): string {
  let out = text;
  if (out.includes('<!--')) out = out.replace(/<!--.*?-->/g, (m) => ' '.repeat(m.length));
  if (out.includes('`')) out = out.replace(/`[^`\n]+`/g, (m) => ' '.repeat(m.length));
  if (out.includes('://') || out.includes('](')) out = out.replace(/\]\([^)\s]*\)|https?:\/\/\S+/g, (m) => ' '.repeat(m.length));
  if (out.includes('@')) out = out.replace(/[\w.+-]+@[\w-]+\.[\w.]+/g, (m) => ' '.repeat(m.length));
  return out;
}

const CAPS_GAP = /^[ \t,'’-]*(?:\p{Lu}[ \t,'’-]+)*$/u;

/**
 * Runs of words in capitals used for emphasis ("PLEASE DO NOT", "NOBODY"), from the tokenizer's
 * per-token flags: ordinary prose costs nothing extra. Returns the runs and the caps-word count.
 */
function findCaps(text: string, tokens: Tokens): { runs: Array<[number, number]>; words: number } {
  const runs: Array<[number, number]> = [];
  let words = 0;
  let runStart = -1;
  let runEnd = -1;
  let runWords = 0;
  let runLetters = 0;
  let runStrong = false;
  const flush = () => {
    const loneEmphatic = runWords === 1 && EMPHATIC.has(text.slice(runStart, runEnd).toUpperCase());
    if (runStart >= 0 && runStrong && (runLetters >= 4 || runWords >= 2 || loneEmphatic)) runs.push([runStart, runEnd]);
    runStart = -1;
    runWords = 0;
    runLetters = 0;
    runStrong = false;
  };
  for (let k = 0; k < tokens.count; k++) {
    if (tokens.flags[k] !== UPPER) continue;
    const s = tokens.start[k];
    const e = tokens.end[k];
    const w = text.slice(s, e);
    const bare = w.replace(/['’`´ʼ]/g, '');
    if (ACRONYMS.has(bare) || isHeadingLine(text, s)) {
      flush();
      continue;
    }
    words++;
    const strong = EMPHATIC.has(bare) || EMPHATIC.has(w.toUpperCase()) || bare.length >= 6;
    if (runStart >= 0 && CAPS_GAP.test(text.slice(runEnd, s))) {
      runEnd = e;
    } else {
      flush();
      runStart = s;
      runEnd = e;
    }
    runWords++;
    runLetters += bare.length;
    runStrong ||= strong;
  }
  flush();
  return { runs, words };
}

/** True when the line holding `at` is a Markdown heading. */
function isHeadingLine(text: string, at: number): boolean {
  let i = at;
  while (i > 0 && text.charCodeAt(i - 1) !== 10) i--;
  while (i < at && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
  return text.charCodeAt(i) === 35;
}

/** True when `at` starts a sentence: only spaces back to the block start or a sentence end. */
function atSentenceStart(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i--;
  if (i < 0) return true;
  return '.!?¡¿:\n'.includes(text[i]);
}

function capsFix(text: string, s: number, e: number): string {
  const lower = text.slice(s, e).toLowerCase().replace(/\bi\b(?=[ '’])/g, 'I');
  return atSentenceStart(text, s) ? lower.charAt(0).toUpperCase() + lower.slice(1) : lower;
}

/** Runs of two or more closing marks with a "!" ("!!", "?!", "!?!") or three "?" in a row. */
function findStackedPunctuation(text: string): { runs: Array<[number, number]>; exclamations: number } {
  const runs: Array<[number, number]> = [];
  let exclamations = 0;
  let nextBang = text.indexOf('!');
  let nextQuestion = text.indexOf('?');
  while (nextBang >= 0 || nextQuestion >= 0) {
    const i = nextBang < 0 ? nextQuestion : nextQuestion < 0 ? nextBang : Math.min(nextBang, nextQuestion);
    let j = i;
    let bangs = 0;
    for (; j < text.length; j++) {
      const d = text.charCodeAt(j);
      if (d === 33) bangs++;
      else if (d !== 63) break;
    }
    exclamations += bangs;
    if ((j - i >= 2 && bangs > 0) || j - i >= 3) runs.push([i, j]);
    if (nextBang >= 0 && nextBang < j) nextBang = text.indexOf('!', j);
    if (nextQuestion >= 0 && nextQuestion < j) nextQuestion = text.indexOf('?', j);
  }
  return { runs, exclamations };
}

function punctuationFix(run: string): string {
  return run.includes('?') ? '?' : '!';
}

/** A suggestion that removes a phrase tidily: with its trailing comma, and re-capitalising. */
function removal(text: string, at: number, start: number, end: number, safe = false): Suggestion {
  let e = end;
  while (e < text.length && (text[e] === ' ' || text[e] === '\t')) e++;
  if (text[e] === ',' || text[e] === ';' || text[e] === ':') {
    e++;
    while (e < text.length && text[e] === ' ') e++;
  } else {
    e = end;
  }
  let s = start;
  const sentenceStart = atSentenceStart(text, start);
  if (e === end) {
    // Nothing after to absorb: take the space before instead ("… for free." → "….").
    while (s > 0 && text[s - 1] === ' ') s--;
    if (sentenceStart) s = start;
  }
  let replacement = '';
  if (sentenceStart && e < text.length && /\p{Ll}/u.test(text[e])) {
    replacement = text[e].toUpperCase();
    e++;
  }
  return { kind: 'remove', text: replacement, offset: at + s, length: e - s, safe };
}

const lineOf = (lineStarts: number[], offset: number): number => {
  let lo = 0;
  let hi = lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lineStarts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
};

/** Drops findings silenced by inline directives. */
function applyDirectives(findings: Finding[], directives: readonly Directive[], lineStarts: number[]): Finding[] {
  if (!directives.length) return findings;
  const matches = (d: Directive, f: Finding) => d.rules.length === 0 || d.rules.includes(f.rule) || d.rules.includes(f.category);
  return findings.filter((f) => {
    const line = lineOf(lineStarts, f.offset);
    let disabled = false;
    for (const d of directives) {
      if (d.line > line) break;
      if (!matches(d, f)) continue;
      if (d.kind === 'disable') disabled = true;
      else if (d.kind === 'enable') disabled = false;
      else if (d.kind === 'disable-next-line' && d.line === line - 1) return false;
      else if (d.kind === 'disable-line' && d.line === line) return false;
    }
    return !disabled;
  });
}

