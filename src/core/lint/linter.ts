import { t, tn } from '../i18n';
import type { Lang } from '../lang';
import { lineAtOffset, LineIndex } from '../text/lines';
import { tokenize, UPPER, type Tokens } from '../text/tokenize';
import { GuardContext } from './guards';
import { intentPicks } from './intent/backstop';
import { loadPacksTrie, sharedPacksTrie } from './compiled';
import { addUserPhrases, CUSTOM_RULE, type PhraseEntry, type PhraseTrie } from './matcher';
import { RegisterTally, suggestRewrites, type Register, type RewriteContext } from './rewrite';
import { getRule } from './rules';
import { normalizeLineBreaks, resegment, type Directive, type SegmentTable } from './segment';
import {
  isCode,
  isComplaint,
  isEmphatic,
  isFriendly,
  isPersonal,
  isQuoted,
  isStressed,
  lineShape,
  punctuationStrength,
  speaksToSomeone,
} from './shouting';
import type { LintConfig } from '../settings';
import { CATEGORIES, type Category, type Finding, type RuleDef, type Severity, type Suggestion } from './types';

export type { ExtraPhrase, LintConfig } from '../settings';

export interface LintOptions {
  /** The document's language; 'all' uses the three packs at once. */
  readonly lang: Lang | 'all';
  /** Treat the text as Markdown (fences and HTML comments are skipped). Default true. */
  readonly markdown?: boolean;
  /** Stop after this many characters (huge files); the rest is not linted. */
  readonly maxChars?: number;
  /**
   * Names the document (an editor keeps one per open document), so re-linting it after an edit
   * reuses its own last pass even when other documents were linted in between. Default: one
   * shared slot.
   */
  readonly doc?: string;
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
  /** Its single-word `shouting` texts (a name when repeated elsewhere in the document). */
  readonly shouted: readonly string[];
  /** Languages of its findings other than English (bit 1 es, bit 2 it), for the registers. */
  readonly langs: number;
  /**
   * The block's findings with their suggestions, for the findings kept last time (`sig` names
   * them, the facts and the registers), at document offsets for `start`. One box for the copies
   * of a block (a paragraph repeated in the document, a block moved by an edit): their rewrites
   * are the same but for the offsets, so the copies build them once.
   */
  readonly rewrites: { last?: { sig: string; start: number; findings: Finding[] } };
  /**
   * The block's findings as the last lint returned them (kept, with their severity, suggestions
   * built when read), at document offsets for `start`: the very same objects are returned again
   * while the block is there and the facts (`facts`), the kept findings (`keep`, `*` for all) and
   * the registers of its languages (`regs`) are the same.
   */
  shown?: { facts: string; keep: string; regs: string; start: number; findings: Finding[] };
}

/** A document's last pass: its segmentation and each block's result, in block order. */
interface DocMemo {
  lang: Lang | 'all';
  table: SegmentTable;
  results: BlockResult[];
  /** Register markers counted per paragraph (rewrites in es/it). */
  registers: RegisterTally;
}

/** Documents whose last pass a linter keeps (an editor forgets a document when it closes). */
const MAX_MEMOS = 16;

/** One bit per category, to tell overlapping matches of the same category apart in one pass. */
const CATEGORY_BIT = new Map<Category, number>(CATEGORIES.map((c, i) => [c, 1 << i]));

/** The linter for one configuration. Keeps a per-block cache so re-linting after an edit is cheap. */
export class Linter {
  private readonly tries = new Map<string, PhraseTrie>();
  /** Per document (`LintOptions.doc`), its last pass, for re-linting it after an edit; most recent last. */
  private readonly memos = new Map<string, DocMemo>();
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
    if (!trie) {
      const langs: Lang[] = lang === 'all' ? ['en', 'es', 'it'] : [lang];
      if (!this.config.extraPhrases?.length && !this.config.allowedPhrases?.length) trie = sharedPacksTrie(langs);
      else {
        const extras = (this.config.extraPhrases ?? []).flatMap((e) =>
          (e.lang ? [e.lang] : langs).filter((l) => langs.includes(l)).map((l) => ({ ...e, lang: l })),
        );
        const allowed = (this.config.allowedPhrases ?? []).flatMap((phrase) => langs.map((l) => ({ phrase, lang: l })));
        trie = loadPacksTrie(langs);
        addUserPhrases(trie, extras, allowed);
      }
      this.tries.set(lang, trie);
    }
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
    // A lone CR (old Mac line ends) is a line break like LF and CRLF; replacing it keeps every offset.
    const source = normalizeLineBreaks(truncated ? text.slice(0, maxChars) : text);
    const key = opts.doc ?? '';
    const memo = this.memos.get(key);
    // Only the edited stretch is segmented again; blocks before and after it keep their results.
    const table = resegment(memo?.table, source, opts.markdown ?? true);
    const results = this.blockResults(table, memo?.lang === opts.lang ? memo : undefined, opts.lang);
    const registers = memo?.registers ?? new RegisterTally();
    this.memos.delete(key);
    this.memos.set(key, { lang: opts.lang, table, results, registers });
    if (this.memos.size > MAX_MEMOS) this.memos.delete(this.memos.keys().next().value as string);
    let words = 0;
    let capsWords = 0;
    let exclamations = 0;
    let shouted: Map<string, number> | undefined;
    let repeated = false;
    for (const r of results) {
      words += r.words;
      capsWords += r.capsWords;
      exclamations += r.exclamations;
      for (const w of r.shouted) {
        const n = (shouted?.get(w) ?? 0) + 1;
        (shouted ??= new Map()).set(w, n);
        if (n > 1) repeated = true;
      }
    }
    // Which findings are kept, decided per finding: the findings of the whole document are gathered
    // in one list only when it has directives (they need document order).
    let placed: Set<Finding> | undefined;
    if (table.directives.length) {
      const findings: Finding[] = [];
      for (const r of results) for (const f of r.findings) findings.push(f);
      placed = new Set(applyDirectives(findings, table.directives, table.lineStarts));
    }
    const names = repeated ? shouted : undefined;
    const kept =
      names || placed || this.filtering
        ? (f: Finding) => !(names && isRepeatedName(f, names)) && (!placed || placed.has(f)) && (!this.filtering || this.enabled(f))
        : undefined;
    // A finding quotes the text as written: a lone CR stays a CR in it.
    const quote = source === text ? undefined : (f: Finding) => text.slice(f.offset, f.offset + f.length);
    const withFixes = this.rewrite(source, table.starts, results, kept, opts.rewrite, registers, quote);
    return { findings: withFixes, heat: this.heat(withFixes, words, capsWords, exclamations), truncated };
  }

  /**
   * Line positions in the text of a document's last pass (`LintOptions.doc`), from the line starts
   * the segmentation keeps up to date, so positioning findings after a keystroke costs no scan.
   */
  lineIndex(doc = ''): LineIndex | undefined {
    const memo = this.memos.get(doc);
    return memo && new LineIndex(memo.table.lineStarts);
  }

  /** Drops what the linter kept of a document's last pass (when the editor closes it). */
  forget(doc: string): void {
    this.memos.delete(doc);
  }

  /**
   * Each block's result. Blocks the re-segmentation kept (before and after the edited stretch)
   * take the last pass's result at once; the few segmented again take the result of a last-pass
   * block of the same text in that stretch (a paragraph typed back or moved), else are linted
   * now. A result's findings stay at the offsets it was linted at unless the document has
   * directives (they need document offsets); `rewrite` moves what it returns.
   */
  private blockResults(table: SegmentTable, last: DocMemo | undefined, lang: Lang | 'all'): BlockResult[] {
    const { count, starts, ends, text: source } = table;
    const placed = table.directives.length > 0;
    const results = new Array<BlockResult>(count);
    const reuse = last ? table.reuse : undefined;
    const take = (k: number, r: BlockResult) => {
      results[k] = placed && r.start !== starts[k] ? moved(r, starts[k]) : r;
    };
    let lo = 0;
    let hi = count;
    let oldLo = 0;
    let oldHi = last?.table.count ?? 0;
    if (last && reuse) {
      for (let k = 0; k < reuse.prefix; k++) take(k, last.results[k]);
      for (let k = reuse.suffix, o = reuse.oldSuffix; k < count; k++, o++) take(k, last.results[o]);
      [lo, hi, oldLo, oldHi] = [reuse.prefix, reuse.suffix, reuse.prefix, reuse.oldSuffix];
    }
    if (lo === hi) return results;
    // The last pass's blocks in the stretch segmented again, by text.
    const byText = new Map<string, BlockResult>();
    if (last)
      for (let o = oldLo; o < oldHi; o++) byText.set(last.table.text.slice(last.table.starts[o], last.table.ends[o]), last.results[o]);
    // Results taken in this stretch, and where their block first stands in the text.
    const used = new Map<BlockResult, number>();
    for (let k = lo; k < hi; k++) {
      const blockText = source.slice(starts[k], ends[k]);
      let r = byText.get(blockText);
      if (!r) byText.set(blockText, (r = this.lintBlock(detached(blockText), starts[k], this.trie(lang), lang)));
      const first = used.get(r);
      if (first === undefined) used.set(r, starts[k]);
      else r = moved(r, starts[k], sameMargins(source, first, starts[k], blockText.length));
      take(k, r);
    }
    return results;
  }

  private withSeverity(f: Finding): Finding {
    if (!this.overrides) return f;
    const severity = this.severityOf(f);
    return severity === f.severity ? f : { ...f, severity };
  }

  /**
   * Gives the kept findings their suggestions, block by block: a sentence never spans two blocks,
   * so a block whose kept findings, facts and registers are unchanged keeps its rewrites from the
   * last pass (a keystroke rewrites one paragraph, not the document). The rewrites of a block are
   * built when a finding's `suggestions` is first read (the CLI prints them all; an editor reads
   * them for a quick fix), so a lint that only shows findings never builds them.
   */
  private rewrite(
    source: string,
    starts: Int32Array,
    blocks: readonly BlockResult[],
    /** Whether a finding is kept (all are when absent). */
    kept: ((f: Finding) => boolean) | undefined,
    facts: RewriteContext | undefined,
    tally: RegisterTally,
    quote: ((f: Finding) => string) | undefined,
  ): Finding[] {
    const registers = new Map<Lang, Register>();
    const registerOf = (lang: Lang): Register => {
      let r = registers.get(lang);
      if (!r) registers.set(lang, (r = tally.detect(source, lang, facts?.register)));
      return r;
    };
    // What a block's rewrites depend on besides its findings, each a string made once per pass
    // (comparing them allocates nothing, so a block left as it was costs a few comparisons).
    const factsKey = facts ? JSON.stringify([facts.register, facts.today, facts.workingHours, facts.rate]) : '';
    const regsOf: string[] = [];
    const out: Finding[] = [];
    for (let b = 0; b < blocks.length; b++) {
      const r = blocks[b];
      if (!r.findings.length) continue;
      const at = starts[b];
      // The block's kept findings, by index, when a filter dropped some of them.
      let index: number[] | undefined;
      if (kept) {
        let all = true;
        for (let i = 0; i < r.findings.length && all; i++) all = kept(r.findings[i]);
        if (!all) {
          index = [];
          for (let i = 0; i < r.findings.length; i++) if (kept(r.findings[i])) index.push(i);
          if (!index.length) continue;
        }
      }
      const keep = index ? index.join(',') : '*';
      const regs = r.langs ? (regsOf[r.langs] ??= registersKey(r.langs, registerOf)) : '';
      let shown = r.shown;
      if (quote || shown?.start !== at || shown.facts !== factsKey || shown.keep !== keep || shown.regs !== regs) {
        const mine = index ?? r.findings.map((_, i) => i);
        let built: Finding[] | undefined;
        const rewritten = (): Finding[] => (built ??= this.rewriteBlock(source, r, at, mine, factsKey, facts, registerOf));
        const findings = mine.map((i, n) => {
          const f = this.withSeverity(shift(r.findings[i], at - r.start));
          return withLazySuggestions(f, quote ? quote(f) : f.text, rewritten, n);
        });
        shown = r.shown = { facts: factsKey, keep, regs, start: at, findings };
      }
      for (const f of shown.findings) out.push(f);
    }
    return out;
  }

  /** The block's kept findings (`index` into its findings) with their suggestions, from its last rewrite when it still holds. */
  private rewriteBlock(
    source: string,
    r: BlockResult,
    at: number,
    index: readonly number[],
    factsKey: string,
    facts: RewriteContext | undefined,
    registerOf: (lang: Lang) => Register,
  ): Finding[] {
    let sig = `${factsKey}|${index.length === r.findings.length ? '*' : index.join(',')}`;
    for (const i of index) if (r.findings[i].lang !== 'en') sig += `|${r.findings[i].lang}:${registerOf(r.findings[i].lang)}`;
    const rw = r.rewrites.last;
    if (rw?.sig !== sig) {
      const mine = index.map((i) => this.withSeverity(shift(r.findings[i], at - r.start)));
      return (r.rewrites.last = { sig, start: at, findings: suggestRewrites(source, mine, facts, registerOf) }).findings;
    }
    // The same rewrites at another place (the block moved, or is a copy): moved, the box kept as it was.
    const by = at - rw.start;
    return by === 0 ? rw.findings : rw.findings.map((f) => shift(f, by));
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
    const n = tokens.count;
    const hits = trie.match(tokens, text);
    const ctx = new GuardContext(text, lang);
    type Candidate = { first: number; last: number; start: number; end: number; entry: PhraseEntry; category: Category };
    const candidates: Candidate[] = [];
    // For each token, the last token of the furthest-reaching allowed phrase that starts at or before it.
    let allowReach: Int32Array | undefined;
    for (const h of hits) {
      // A phrase listed as weak for a rule stays weak even when a pattern of the same rule also expands to it.
      const weakRules = h.entries.length > 1 ? new Set(h.entries.filter((e) => e.weak).map((e) => e.rule)) : undefined;
      for (const entry of h.entries) {
        if (!entry.weak && weakRules?.has(entry.rule)) continue;
        if (entry.rule === '') {
          allowReach ??= new Int32Array(n).fill(-1);
          if (allowReach[h.first] < h.last) allowReach[h.first] = h.last;
          continue;
        }
        const category = entry.category ?? getRule(entry.rule)?.category;
        if (category)
          candidates.push({ first: h.first, last: h.last, start: tokens.start[h.first], end: tokens.end[h.last], entry, category });
      }
    }
    if (allowReach) for (let k = 1; k < n; k++) if (allowReach[k] < allowReach[k - 1]) allowReach[k] = allowReach[k - 1];
    // Longest first: a match inside a longer one is part of it (one phrase, one category), and
    // matches of the same category never overlap; otherwise every match is reported, so two
    // problems in one sentence are two findings.
    candidates.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
    const occupied = new Uint8Array(n);
    // For each token, the last token of the longest kept match starting there (-1: none).
    const reachFrom = new Int32Array(n).fill(-1);
    let longest = 0;
    const taken: Candidate[] = [];
    for (const c of candidates) {
      if (allowReach && allowReach[c.first] >= c.last) continue;
      let inside = false;
      for (let k = c.first; k >= 0 && k > c.first - longest - 1 && !inside; k--) inside = reachFrom[k] >= c.last;
      if (inside) continue;
      const bit = CATEGORY_BIT.get(c.category) ?? 0;
      let clash = false;
      for (let k = c.first; k <= c.last && !clash; k++) clash = (occupied[k] & bit) !== 0;
      if (clash) continue;
      if (c.entry.question && !/^[\s"'”’»)]*\?/.test(text.slice(c.end, c.end + 4))) continue;
      if (c.entry.ask && !ctx.asks(c.start)) continue;
      if ((c.entry.weak || getRule(c.entry.rule)?.guards) && !this.guardsPass(c.entry, ctx, c.start)) continue;
      for (let k = c.first; k <= c.last; k++) occupied[k] |= bit;
      if (reachFrom[c.first] < c.last) reachFrom[c.first] = c.last;
      longest = Math.max(longest, c.last - c.first + 1);
      taken.push(c);
    }
    taken.sort((a, b) => a.start - b.start);
    const heat = findHeat(text, tokens, ctx, lang, taken, trie);
    const findings: Finding[] = [];
    // Runs of capitals are sorted and never overlap, and `taken` is sorted by start: one forward
    // pass finds the first run at or after each phrase.
    let capAt = 0;
    for (const c of joinListed(text, taken)) {
      if (SHOUTED_IS_HEAT.has(c.entry.rule)) {
        while (capAt < heat.caps.length && heat.caps[capAt][0] < c.start) capAt++;
        const cap = heat.caps[capAt];
        if (cap && cap[1] <= c.end) continue;
      }
      const f = this.phraseFinding(raw, at, c.start, c.end, c.entry, lang);
      if (f) findings.push(f);
    }
    for (const [s, e] of heat.caps) findings.push(this.metricFinding(raw, at, 'shouting', s, e, lang, capsFix(raw, s, e)));
    for (const [s, e] of heat.punct)
      findings.push(this.metricFinding(raw, at, 'stacked-punctuation', s, e, lang, punctuationFix(raw.slice(s, e))));
    if (this.config.learnedBackstop !== false) for (const f of this.intentFindings(text, raw, at, findings, lang)) findings.push(f);
    findings.sort((a, b) => a.offset - b.offset);
    return blockResult(at, findings, n, heat.capsWords, heat.exclamations);
  }

  /**
   * The learned backstop's findings in a block (intent/backstop.ts): only when a rule found
   * something there, on the sentences no rule found anything in. Information, with
   * no suggestion: the model says what a sentence reads as, not how to rewrite it.
   */
  private intentFindings(text: string, raw: string, at: number, found: readonly Finding[], lang: Lang | 'all'): Finding[] {
    const spans: Array<[number, number]> = [];
    let draftLang: Lang | undefined = lang === 'all' ? undefined : lang;
    for (const f of found) {
      spans.push([f.offset - at, f.offset - at + f.length]);
      draftLang ??= f.lang;
    }
    if (!spans.length || !draftLang) return [];
    return intentPicks(text, draftLang, spans).map(({ start, end, category }) => {
      const matched = raw.slice(start, end);
      const shown = matched.length > 60 ? `${matched.slice(0, 57)}…` : matched;
      const name = t(this.uiLang, `category.${category}`);
      return {
        rule: `intent-${category}`,
        category,
        severity: 'info',
        offset: at + start,
        length: end - start,
        text: matched,
        message: `${t(this.uiLang, 'lint.intent.title', name)}: “${shown}”${/[.!?…]$/.test(shown) ? '' : '.'} ${t(this.uiLang, 'lint.intent.why', name)}`,
        suggestions: [],
        lang: draftLang,
      };
    });
  }

  /**
   * Applies the rule's guards to a match at `start`. Vague timing that promises nothing (a request
   * to the reader, advice about the reader's own action, the writer's own need) is not a vague
   * commitment.
   */
  private guardsPass(entry: PhraseEntry, ctx: GuardContext, start: number): boolean {
    const guards = getRule(entry.rule)?.guards ?? [];
    const [ss, se] = ctx.sentence(start);
    const l = entry.lang;
    if (entry.weak && !ctx.commitment(ss, se, l)) return false;
    for (const g of guards) {
      if (g === 'unanchored' && ctx.anchored(ss, se, start, l)) return false;
      if (g === 'commitment' && !ctx.commitment(ss, se, l)) return false;
      if (g === 'not-refusal' && ctx.refusesBefore(ss, se, start, l)) return false;
      if (g === 'not-own-fix' && ctx.ownMistake(ss, se, l)) return false;
    }
    if (guards.includes('unanchored') && !ctx.commitment(ss, se, l) && (ctx.request(ss, se, l) || ctx.notAPromise(ss, se, l))) return false;
    return true;
  }

  private phraseFinding(raw: string, at: number, start: number, end: number, entry: PhraseEntry, lang: Lang | 'all'): Finding | undefined {
    const matched = raw.slice(start, end);
    if (entry.rule === CUSTOM_RULE) {
      const category = entry.category ?? 'people_pleasing';
      const why = entry.message ?? t(this.uiLang, 'lint.custom.why', t(this.uiLang, `category.${category}`));
      return {
        rule: CUSTOM_RULE,
        category,
        severity: 'warning',
        offset: at + start,
        length: end - start,
        text: matched,
        message: `${t(this.uiLang, 'lint.custom.title')}: “${matched}”. ${why}`,
        suggestions: [removal(raw, at, start, end)],
        lang: entry.lang,
      };
    }
    const rule = getRule(entry.rule);
    if (!rule) return undefined;
    // Suggestions are built from the whole sentence once the document is linted (see rewrite/).
    return this.ruleFinding(rule, raw, at, start, end, lang === 'all' ? entry.lang : lang, []);
  }

  private metricFinding(raw: string, at: number, ruleId: string, start: number, end: number, lang: Lang | 'all', fix: string): Finding {
    const suggestion: Suggestion = { kind: 'rewrite', text: fix, offset: at + start, length: end - start, safe: true };
    return this.ruleFinding(getRule(ruleId) as RuleDef, raw, at, start, end, lang === 'all' ? 'en' : lang, [suggestion]);
  }

  /** A rule's finding on `raw[start, end)` of the block at `at`. */
  private ruleFinding(rule: RuleDef, raw: string, at: number, start: number, end: number, lang: Lang, suggestions: Suggestion[]): Finding {
    const matched = raw.slice(start, end);
    return {
      rule: rule.id,
      category: rule.category,
      severity: rule.severity,
      offset: at + start,
      length: end - start,
      text: matched,
      message: this.message(rule, matched),
      suggestions,
      lang,
    };
  }

  private message(rule: RuleDef, matched: string): string {
    const shown = matched.length > 60 ? `${matched.slice(0, 57)}…` : matched;
    return `${rule.title[this.uiLang]}: “${shown}”. ${rule.why[this.uiLang]}`;
  }

  private heat(findings: readonly Finding[], words: number, capsWords: number, exclamations: number): Heat {
    let caps = 0;
    let capsWeight = 0;
    let punct = 0;
    let sarcasm = 0;
    let defensive = 0;
    for (const f of findings) {
      if (f.rule === 'shouting') {
        caps++;
        // A shouted clause ("I TOLD YOU THREE TIMES") weighs more than one stressed word.
        capsWeight += SHOUTED_CLAUSE.test(f.text) ? 2 : 1.5;
      } else if (f.rule === 'stacked-punctuation') punct++;
      else if (f.rule === 'sarcasm') sarcasm++;
      else if (f.category === 'defensive' && !f.rule.startsWith('intent-')) defensive++;
    }
    const capsShare = words ? capsWords / words : 0;
    const exclaimRate = words ? (exclamations * 100) / words : 0;
    const parts: Array<[number, string]> = [];
    if (sarcasm) parts.push([2 * sarcasm, tn(this.uiLang, 'heat.reason.sarcasm', sarcasm)]);
    if (caps) parts.push([capsWeight, tn(this.uiLang, 'heat.reason.caps', caps)]);
    if (punct) parts.push([1.5 * punct, tn(this.uiLang, 'heat.reason.punct', punct)]);
    if (defensive) parts.push([1.25 * defensive, tn(this.uiLang, 'heat.reason.defensive', defensive)]);
    if (capsShare >= 0.08 && words >= 10) parts.push([2, t(this.uiLang, 'heat.reason.capsShare', Math.round(capsShare * 100))]);
    if (exclaimRate >= 5 && words >= 10) parts.push([1, t(this.uiLang, 'heat.reason.exclaim', Math.round(exclaimRate))]);
    parts.sort((a, b) => b[0] - a[0]);
    const score = parts.reduce((s, p) => s + p[0], 0);
    const level: HeatLevel = score >= 4 ? 'hot' : score >= 2 ? 'warm' : 'calm';
    return { level, score, reasons: parts.map((p) => p[1]), words };
  }
}

/** A finding moved by `by` characters (itself when `by` is 0). */
function shift(f: Finding, by: number): Finding {
  if (by === 0) return f;
  return { ...f, offset: f.offset + by, suggestions: f.suggestions.map((s) => ({ ...s, offset: s.offset + by })) };
}

/** A finding's suggestions until first read: its block's rewrite and its place there. */
const LAZY = Symbol('suggestions');
interface Lazy {
  block: (() => Finding[]) | undefined;
  n: number;
  value: readonly Suggestion[] | undefined;
}

function readSuggestions(this: { [LAZY]: Lazy }): readonly Suggestion[] {
  const lazy = this[LAZY];
  if (!lazy.value) {
    lazy.value = (lazy.block as () => Finding[])()[lazy.n].suggestions;
    lazy.block = undefined;
  }
  return lazy.value;
}

/** One getter for every finding (a getter written in each object literal gives each its own slow shape). */
const SUGGESTIONS: PropertyDescriptor = { get: readSuggestions, enumerable: true, configurable: true };

/**
 * A copy of a finding quoting `text`, whose `suggestions` are the `n`th finding's of its block's
 * rewrite, built when first read (an own, enumerable property, in its place: JSON and deep
 * comparisons see it like any other).
 */
function withLazySuggestions(f: Finding, text: string, block: () => Finding[], n: number): Finding {
  const o: Omit<Finding, 'suggestions' | 'lang'> = {
    rule: f.rule,
    category: f.category,
    severity: f.severity,
    offset: f.offset,
    length: f.length,
    text,
    message: f.message,
  };
  Object.defineProperty(o, 'suggestions', SUGGESTIONS);
  Object.defineProperty(o, LAZY, { value: { block, n, value: undefined } });
  (o as { lang?: Lang }).lang = f.lang;
  return o as Finding;
}

const ES = 1;
const IT = 2;

/** The languages other than English among findings, as bits. */
function langBits(findings: readonly Finding[]): number {
  let bits = 0;
  for (const f of findings) bits |= f.lang === 'es' ? ES : f.lang === 'it' ? IT : 0;
  return bits;
}

/** The registers of the languages in `bits`, as a key. */
function registersKey(bits: number, registerOf: (lang: Lang) => Register): string {
  return `${bits & ES ? registerOf('es') : ''}|${bits & IT ? registerOf('it') : ''}`;
}

const NO_WORDS: readonly string[] = [];

/** The single-word `shouting` texts among findings (see `isRepeatedName`). */
function shoutedWords(findings: readonly Finding[]): readonly string[] {
  let words: string[] | undefined;
  for (const f of findings) if (isShoutedWord(f)) (words ??= []).push(f.text);
  return words ?? NO_WORDS;
}

const isShoutedWord = (f: Finding): boolean => f.rule === 'shouting' && !/\s/.test(f.text);

/**
 * A copy of a block's text that does not point into the document: a slice keeps its whole parent
 * string alive, so the findings kept for a paragraph would keep the document version it was linted
 * in (0.6 MB for a 10,000-line draft, one per paragraph edited).
 */
function detached(s: string): string {
  return ` ${s}`.slice(1);
}

/**
 * A copy of a block result (its own finding objects) at a new start; with `shareRewrites`, it
 * shares the block's rewrites (built once for both, see `BlockResult.rewrites`).
 */
function moved(r: BlockResult, start: number, shareRewrites = true): BlockResult {
  const by = start - r.start;
  return blockResult(
    start,
    r.findings.map((f) => ({ ...shift(f, by) })),
    r.words,
    r.capsWords,
    r.exclamations,
    shareRewrites ? r.rewrites : undefined,
  );
}

/** The spaces and tabs before `at` on its line, or after it up to the line end (`dir` -1 or 1). */
function margin(text: string, at: number, dir: -1 | 1): number {
  let n = 0;
  for (let i = dir < 0 ? at - 1 : at; i >= 0 && i < text.length; i += dir) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9) break;
    n++;
  }
  return n;
}

/**
 * Whether two copies of a block (`length` characters at `a` and at `b`) stand alike in their
 * lines: a rewrite that removes a whole sentence takes the spaces around it, so copies with other
 * indentation or trailing spaces get rewrites of their own.
 */
function sameMargins(text: string, a: number, b: number, length: number): boolean {
  return margin(text, a, -1) === margin(text, b, -1) && margin(text, a + length, 1) === margin(text, b + length, 1);
}

/** A block's result, every field set, so the per-keystroke walk over all blocks reads one shape. */
function blockResult(
  start: number,
  findings: Finding[],
  words: number,
  capsWords: number,
  exclamations: number,
  rewrites: BlockResult['rewrites'] = {},
): BlockResult {
  return {
    start,
    findings,
    words,
    capsWords,
    exclamations,
    shouted: shoutedWords(findings),
    langs: langBits(findings),
    rewrites,
    shown: undefined,
  };
}

/**
 * A single word in capitals that comes back in capitals elsewhere in the document is a name or an
 * acronym (QUALCOMM, NYMEX), not shouting. `counts`: the document's single-word shouting texts.
 */
function isRepeatedName(f: Finding, counts: ReadonlyMap<string, number>): boolean {
  return isShoutedWord(f) && (counts.get(f.text) ?? 0) > 1 && !isEmphatic(f.text, f.lang);
}

const isWordChar = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
const isWhite = (c: number): boolean => c === 32 || c === 9 || c === 10 || c === 13 || c === 12 || c === 11 || c === 0xa0;

/**
 * Blanks (same length) what is never the writer's tone: HTML comments and inline code on one line,
 * Markdown link targets, URLs and e-mail addresses. A hand scanner with forward-only searches,
 * linear in the text whatever it holds.
 */
function maskInline(text: string): string {
  const n = text.length;
  const ranges: Array<[number, number]> = [];
  let nextNl = -2;
  const newlineAfter = (i: number): number => {
    if (nextNl !== -1 && nextNl < i) {
      nextNl = text.indexOf('\n', i);
    }
    return nextNl < 0 ? n : nextNl;
  };
  // HTML comments and inline code, each closed on its own line.
  if (text.includes('<!--') || text.includes('`')) {
    let close = -2;
    for (let i = 0; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c === 60 && text.startsWith('<!--', i)) {
        if (close !== -1 && close < i + 4) close = text.indexOf('-->', i + 4);
        if (close < 0) break;
        if (close < newlineAfter(i)) {
          ranges.push([i, close + 3]);
          i = close + 2;
        }
      } else if (c === 96) {
        const nl = newlineAfter(i);
        let j = i + 1;
        while (j < nl && text.charCodeAt(j) !== 96) j++;
        if (j < nl && j > i + 1) {
          ranges.push([i, j + 1]);
          i = j;
        } else if (j < nl) {
          i = j - 1; // "``": the second backtick may open a span
        } else {
          i = nl;
        }
      }
    }
  }
  // Link targets "](…)", URLs, e-mail addresses.
  if (text.includes('](') || text.includes('://') || text.includes('@')) {
    let lastAt = -1;
    for (let i = 0; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c === 93 && text.charCodeAt(i + 1) === 40) {
        let j = i + 2;
        while (j < n && text.charCodeAt(j) !== 41 && !isWhite(text.charCodeAt(j))) j++;
        if (j < n && text.charCodeAt(j) === 41) ranges.push([i, j + 1]);
        i = j;
      } else if (c === 104 && (text.startsWith('http://', i) || text.startsWith('https://', i))) {
        let j = i;
        while (j < n && !isWhite(text.charCodeAt(j))) j++;
        ranges.push([i, j]);
        i = j;
      } else if (c === 64) {
        let s = i;
        while (s > lastAt + 1 && (isWordChar(text.charCodeAt(s - 1)) || '.+-'.includes(text[s - 1]))) s--;
        let j = i + 1;
        let dot = -1;
        while (j < n && (isWordChar(text.charCodeAt(j)) || text.charCodeAt(j) === 45 || text.charCodeAt(j) === 46)) {
          if (text.charCodeAt(j) === 46 && dot < 0 && j > i + 1) dot = j;
          j++;
        }
        lastAt = i;
        if (s < i && dot > 0 && dot + 1 < j) {
          ranges.push([s, j]);
          i = j - 1;
        }
      }
    }
  }
  if (!ranges.length) return text;
  ranges.sort((a, b) => a[0] - b[0]);
  let out = '';
  let pos = 0;
  for (const [s, e] of ranges) {
    if (e <= pos) continue;
    const from = Math.max(s, pos);
    out += text.slice(pos, from) + ' '.repeat(e - from);
    pos = e;
  }
  return out + text.slice(pos);
}

/** A shouted run of three words or more ("I TOLD YOU THREE TIMES"), which weighs more on the heat meter. */
const SHOUTED_CLAUSE = /\S\s+\S+\s+\S/;

/**
 * Rules whose phrase, when it carries its own shouted words ("I've asked you THREE times",
 * "te lo mando POR TERCERA VEZ"), reads as heat: the capitals are the finding, not a second one
 * on the same words.
 */
const SHOUTED_IS_HEAT: ReadonlySet<string> = new Set(['reproachful-reminder']);

/**
 * Blame that follows blame with only punctuation between ("no es cosa mía, viene del plugin que
 * instalasteis vosotros", "not my fault, your host changed it") is one exoneration said twice: one
 * finding over both. `taken` is sorted by start; one pass.
 */
const JOINED_RULES: ReadonlySet<string> = new Set(['blame-shifting']);
/** Between two joined matches: a comma, semicolon or colon, after at most the one word that ends the first clause ("vuestro hosting; nosotros…"). */
const JOIN_GAP = /^[ \t]*(?:[\p{L}\p{N}]+[ \t]*)?[,;:][ \t]*$/u;

function joinListed<T extends { start: number; end: number; entry: { rule: string } }>(text: string, taken: readonly T[]): T[] {
  const out: T[] = [];
  for (const c of taken) {
    const prev = out[out.length - 1];
    if (
      prev &&
      prev.entry.rule === c.entry.rule &&
      JOINED_RULES.has(c.entry.rule) &&
      c.start >= prev.end &&
      c.start - prev.end <= 24 &&
      JOIN_GAP.test(text.slice(prev.end, c.start))
    )
      out[out.length - 1] = { ...prev, end: c.end };
    else out.push(c);
  }
  return out;
}

/** Longest run of ordinary words in capitals read as stress inside a lower-case line. */
const STRESS_WORDS = 3;

const CAPS_GAP = /^[ \t,'’-]*(?:\p{Lu}[ \t,'’-]+)*$/u;

interface HeatRuns {
  caps: Array<[number, number]>;
  punct: Array<[number, number]>;
  capsWords: number;
  exclamations: number;
}

/**
 * Shouting and stacked punctuation in one paragraph (see shouting.ts for what counts). Runs of
 * capitals come from the tokenizer's per-token flags, so ordinary prose costs nothing extra; the
 * sentence context is looked up only for the few runs found.
 */
function findHeat(
  text: string,
  tokens: Tokens,
  ctx: GuardContext,
  lang: Lang | 'all',
  taken: ReadonlyArray<{ start: number; end: number; category: Category }>,
  vocab: { hasWord(hash: number): boolean },
): HeatRuns {
  type Run = {
    start: number;
    end: number;
    emphatic: boolean;
    personal: boolean;
    /** Every word is a word of the language's phrases (an ordinary word, not a name or a code). */
    known: boolean;
    words: number;
    letters: number;
  };
  const runs: Run[] = [];
  let cur: Run | undefined;
  let lastTokenEnd = -1;
  const flush = () => {
    if (cur && cur.words > 0) runs.push(cur);
    cur = undefined;
  };
  for (let k = 0; k < tokens.count; k++) {
    if (tokens.flags[k] !== UPPER) continue;
    const s = tokens.start[k];
    const e = tokens.end[k];
    if (!cur || !CAPS_GAP.test(text.slice(lastTokenEnd, s))) {
      flush();
      cur = { start: -1, end: -1, emphatic: false, personal: false, known: true, words: 0, letters: 0 };
    }
    lastTokenEnd = e;
    if (isCode(text, s, e, lang)) continue;
    const word = text.slice(s, e);
    if (cur.start < 0) cur.start = s;
    cur.end = e;
    cur.words++;
    cur.letters += e - s;
    cur.emphatic ||= isEmphatic(word, lang);
    const personal = isPersonal(word, lang);
    cur.personal ||= personal;
    cur.known &&= personal || vocab.hasWord(tokens.hash[k]) || isStressed(word, lang);
  }
  flush();
  const punct = findStackedPunctuation(text);
  const out: HeatRuns = { caps: [], punct: [], capsWords: 0, exclamations: punct.exclamations };
  if (!runs.length && !punct.runs.length) return out;

  const starts = taken.map((c) => c.start);
  const phraseIn = (s: number, e: number, heatedOnly: boolean): boolean => {
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid] < s) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo; k < starts.length && starts[k] < e; k++) {
      if (!heatedOnly || taken[k].category === 'heat' || taken[k].category === 'defensive') return true;
    }
    return false;
  };
  const friendly = (s: number, e: number): boolean => !phraseIn(s, e, false) && isFriendly(ctx.folded.slice(s, e), lang);
  const exclaims = (s: number, e: number): boolean => {
    let b = e;
    while (b > s && /[\s"'”’»)\]]/.test(text[b - 1])) b--;
    return text.charCodeAt(b - 1) === 33;
  };
  // A heated paragraph: sarcasm or another heat phrase, or a strong run of marks ("!!!", "?!").
  let heated = taken.some((c) => c.category === 'heat');
  // Runs come in text order and `taken` is sorted by start: one forward pass keeps the furthest end
  // of the heat phrases starting at or before a run, so the containment test stays linear.
  let heatAt = 0;
  let heatEnd = -1;
  const insideHeat = (s: number, e: number): boolean => {
    for (; heatAt < taken.length && taken[heatAt].start <= s; heatAt++) {
      if (taken[heatAt].category === 'heat') heatEnd = Math.max(heatEnd, taken[heatAt].end);
    }
    return heatEnd >= e;
  };
  const shoutingSentences = new Set<number>();
  const plainRuns: Array<[Run, number, number]> = [];
  let lineEnd = -1;
  let shape = { heading: false, label: false };
  for (const r of runs) {
    if (r.start >= lineEnd) {
      let lineStart = r.start;
      while (lineStart > 0 && lineStart > lineEnd && text.charCodeAt(lineStart - 1) !== 10) lineStart--;
      lineEnd = text.indexOf('\n', r.start);
      if (lineEnd < 0) lineEnd = text.length;
      shape = lineShape(text, lineStart, lineEnd);
    }
    if (shape.heading || isQuoted(text, r.start, r.end)) continue;
    // Capitals inside a heat phrase ("this is UNACCEPTABLE") are that phrase's heat: one finding, not two.
    if (insideHeat(r.start, r.end)) continue;
    if (shape.label && !r.emphatic && !r.personal) continue;
    const [ss, se] = ctx.sentence(r.start);
    if (friendly(ss, se)) continue;
    // Emphasis: an emphatic word, or a few ordinary words stressed in a lower-case line of a
    // sentence between writer and reader ("I asked YOU", "we agreed TOGETHER"); names and codes
    // are not words of the phrases.
    const stress =
      !r.emphatic && !shape.label && r.known && r.words <= STRESS_WORDS && (r.personal || speaksToSomeone(ctx.folded.slice(ss, se), lang));
    if (r.emphatic || stress) {
      out.caps.push([r.start, r.end]);
      out.capsWords += r.words;
      shoutingSentences.add(ss);
    } else if (r.letters >= 4 || r.words >= 2) {
      plainRuns.push([r, ss, se]);
    }
  }
  const weak: Array<[number, number, number, number]> = [];
  for (const [s, e] of punct.runs) {
    const [ss, se] = ctx.sentence(s);
    if (friendly(ss, se)) continue;
    if (punctuationStrength(text.slice(s, e)) === 'weak') weak.push([s, e, ss, se]);
    else {
      out.punct.push([s, e]);
      heated = true;
    }
  }
  // A run that names nothing known is shouting in an exclamation, next to other shouting or in a heated paragraph.
  for (const [r, ss, se] of plainRuns) {
    if (heated || exclaims(ss, se) || shoutingSentences.has(ss) || phraseIn(ss, se, true)) {
      out.caps.push([r.start, r.end]);
      out.capsWords += r.words;
      shoutingSentences.add(ss);
    }
  }
  // A plain "!!" or "??" is heat next to other heat (shouting in the paragraph, a problem phrase in
  // its sentence), aimed at someone ("you asked me that on the 30th??") or in a sentence that complains
  // or apologises ("Sorry for being such a nag!!"); a bare "3pm or 4pm??" is not.
  for (const [s, e, ss, se] of weak) {
    const sentence = ctx.folded.slice(ss, se);
    if (heated || out.caps.length > 0 || phraseIn(ss, se, false) || speaksToSomeone(sentence, lang) || isComplaint(sentence, lang))
      out.punct.push([s, e]);
  }
  out.caps.sort((a, b) => a[0] - b[0]);
  out.punct.sort((a, b) => a[0] - b[0]);
  return out;
}

/** True when `at` starts a sentence: only spaces back to the block start or a sentence end. */
function atSentenceStart(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i--;
  if (i < 0) return true;
  return '.!?¡¿:\n'.includes(text[i]);
}

function capsFix(text: string, s: number, e: number): string {
  const lower = text
    .slice(s, e)
    .toLowerCase()
    .replace(/\bi\b(?=[ '’])/g, 'I');
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
    if (j - i >= 2) runs.push([i, j]);
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

/**
 * Drops findings silenced by inline directives, in one sweep over findings and directives (both in
 * document order): for each rule, category and "every rule" the latest disable/enable wins.
 */
function applyDirectives(findings: Finding[], directives: readonly Directive[], lineStarts: ArrayLike<number>): Finding[] {
  if (!directives.length) return findings;
  const sorted = findings.every((f, i) => i === 0 || findings[i - 1].offset <= f.offset)
    ? findings
    : [...findings].sort((a, b) => a.offset - b.offset);
  const blocks = directives.filter((d) => d.kind === 'disable' || d.kind === 'enable');
  const lineOnly = new Map<number, Directive[]>();
  for (const d of directives) {
    if (d.kind === 'disable' || d.kind === 'enable') continue;
    const target = d.kind === 'disable-next-line' ? d.line + 1 : d.line;
    const list = lineOnly.get(target);
    if (list) list.push(d);
    else lineOnly.set(target, [d]);
  }
  const latest = new Map<string, { index: number; off: boolean }>();
  let next = 0;
  const kept = sorted.filter((f) => {
    const line = lineAtOffset(lineStarts, f.offset);
    for (; next < blocks.length && blocks[next].line <= line; next++) {
      const d = blocks[next];
      for (const key of d.rules.length ? d.rules : ['*']) latest.set(key, { index: next, off: d.kind === 'disable' });
    }
    const names = (ds: readonly Directive[] | undefined) =>
      ds?.some((d) => d.rules.length === 0 || d.rules.includes(f.rule) || d.rules.includes(f.category));
    if (names(lineOnly.get(line))) return false;
    let best: { index: number; off: boolean } | undefined;
    for (const key of ['*', f.rule, f.category]) {
      const v = latest.get(key);
      if (v && (!best || v.index > best.index)) best = v;
    }
    return !best?.off;
  });
  return kept;
}
