import * as vscode from 'vscode';
import { parseFrontMatter } from '../../core/frontmatter';
import { langFromLocale, type Lang } from '../../core/lang';
import { lintDraft, type DraftResult } from '../../core/lint/draft';
import { warmUpSteps } from '../../core/lint/warm-up';
import { Linter } from '../../core/lint/linter';
import { zonedDateTime } from '../../core/dates/clock';
import type { SettingsService } from '../settings';
import { toDiagnostic } from '../convert';
import type { ClientLookup } from '../client-lookup';
import { isLintTarget } from '../../core/workspace/workspace';
import type { LintConfig } from '../../core/settings';
import { logTiming } from '../log';
import { DocumentTimers } from '../document-timers';
import type { Finding } from '../../core/lint/types';

const DEBOUNCE_MS = 120;
/**
 * Idle-time preparation waits this long after diagnostics were set (they leave the extension host
 * on its next turn, then the window applies them and asks for code actions), and while a draft
 * waits for its lint or someone types.
 */
const QUIET_MS = 300;
/** Preparation steps run back to back within one turn up to this long, then the host gets its turn. */
const STEP_BUDGET_MS = 8;

export interface LintedDraft {
  readonly uri: vscode.Uri;
  readonly version: number;
  readonly result: DraftResult;
}

/**
 * Lints reply drafts as the user types: one diagnostic collection, a short debounce, stale runs
 * dropped by a generation counter, results cleared when a document closes. The core linter keeps
 * each open document's last pass (named by its URI), so a keystroke re-segments and re-lints only
 * the paragraphs around the edit, even when several drafts are open.
 */
export class DraftDiagnostics implements vscode.Disposable {
  readonly collection = vscode.languages.createDiagnosticCollection('composure');
  /** Built on the first draft, not at activation (opening a view must not pay for the phrase tables). */
  private built: Linter | undefined;
  private readonly results = new Map<string, LintedDraft>();
  private readonly forced = new Set<string>();
  private readonly timers = new DocumentTimers();
  private readonly generations = new Map<string, number>();
  private readonly emitter = new vscode.EventEmitter<LintedDraft | { uri: vscode.Uri; cleared: true }>();
  /** Fires after a document is linted (or its results are cleared). */
  readonly onDidLint = this.emitter.event;
  private readonly disposables: vscode.Disposable[] = [];
  private disposed = false;
  /** Lints waiting for the client of their draft to be read. */
  private waiting = 0;
  private readonly uiLang = langFromLocale(vscode.env.language);
  /** The languages drafts are likely to be in (the clients'): prepared after the first lint. */
  likelyLanguages: () => readonly Lang[] = () => [];
  /** Languages each linter has queued for preparation (or linted a draft in). */
  private readonly prepared = new WeakMap<Linter, Set<Lang>>();
  /** Languages whose phrase tables each linter has built. */
  private readonly tablesBuilt = new WeakMap<Linter, Set<Lang>>();
  /** Idle-time preparation: small steps run in order when nothing waits for diagnostics. */
  private readonly idle: (() => void)[] = [];
  private idleScheduled: (() => void) | undefined;
  /** When diagnostics were last set (performance.now()). */
  private lastSet = -Infinity;

  constructor(
    private readonly settings: SettingsService,
    private readonly clientLangs: ClientLookup,
    private readonly docsUri: vscode.Uri,
  ) {
    this.disposables.push(
      this.collection,
      this.emitter,
      this.timers,
      vscode.workspace.onDidOpenTextDocument((d) => {
        if (this.isDraft(d)) logTiming(`open ${nameOf(d.uri)}`);
        this.schedule(d, 0);
      }),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.contentChanges.length) this.schedule(e.document, DEBOUNCE_MS);
      }),
      vscode.workspace.onDidCloseTextDocument((d) => this.clear(d.uri)),
      settings.onDidChange(() => {
        this.built = undefined;
        this.perFolder.clear();
        this.lintAllOpen();
      }),
    );
    this.lintAllOpen();
  }

  private get linter(): Linter {
    this.built ??= new Linter(this.settings.settings.lint, this.uiLang);
    return this.built;
  }

  private readonly perFolder = new Map<string, Linter>();

  /** The linter for a folder's own lint settings (multi-root: each folder its own workspace). */
  private linterFor(lint: LintConfig): Linter {
    if (lint === this.settings.settings.lint) return this.linter;
    const key = JSON.stringify(lint);
    let l = this.perFolder.get(key);
    if (!l) this.perFolder.set(key, (l = new Linter(lint, this.uiLang)));
    return l;
  }

  /** True for documents Composure treats as reply drafts. */
  isDraft(doc: vscode.TextDocument): boolean {
    if (this.forced.has(doc.uri.toString())) return true;
    if (doc.languageId !== 'markdown' && doc.languageId !== 'plaintext') return false;
    // The core's rule, the same as `composure lint DIR`: the folder's lint.include, relative to it.
    const ws = this.settings.workspaceFor(doc.uri);
    if (
      ws
        ? isLintTarget(ws, doc.uri.path)
        : this.settings.settings.lintInclude.some((pattern) => vscode.languages.match({ pattern }, doc) > 0)
    )
      return true;
    if (doc.lineAt(0).text.startsWith('---')) {
      const type = parseFrontMatter(doc.getText(new vscode.Range(0, 0, Math.min(doc.lineCount, 60), 0))).data.type;
      return type === 'draft';
    }
    return false;
  }

  /** Marks any document as a draft ("Check Current Document") and lints it now. */
  async check(doc: vscode.TextDocument): Promise<LintedDraft | undefined> {
    this.forced.add(doc.uri.toString());
    return this.lintNow(doc);
  }

  result(uri: vscode.Uri): LintedDraft | undefined {
    return this.results.get(uri.toString());
  }

  /** Lints every open draft: those on screen at once (the active one first), the others a moment later. */
  lintAllOpen(): void {
    const shown = [vscode.window.activeTextEditor, ...vscode.window.visibleTextEditors].map((e) => e?.document);
    const docs = [...new Set([...shown, ...vscode.workspace.textDocuments])].filter((d) => d !== undefined);
    for (const d of docs) this.schedule(d, shown.includes(d) ? 0 : DEBOUNCE_MS);
  }

  private schedule(doc: vscode.TextDocument, delay: number): void {
    this.timers.cancel(doc.uri);
    if (!this.isDraft(doc)) {
      if (this.results.has(doc.uri.toString())) this.clear(doc.uri);
      return;
    }
    // An opened draft is linted at once (its first squiggles are what the user waits for); typing is debounced.
    if (delay === 0) void this.lintNow(doc);
    else this.timers.schedule(doc, delay, () => void this.lintNow(doc));
  }

  async lintNow(doc: vscode.TextDocument): Promise<LintedDraft | undefined> {
    const key = doc.uri.toString();
    this.timers.cancel(doc.uri);
    const gen = (this.generations.get(key) ?? 0) + 1;
    this.generations.set(key, gen);
    // Known clients are linted in this same turn (nothing else in the host can delay the squiggles).
    const known = this.clientLangs.peek(doc.uri);
    let client = known?.client;
    if (!known) {
      this.waiting++;
      try {
        client = await this.clientLangs.clientFor(doc.uri);
      } finally {
        this.waiting--;
      }
    }
    if (this.generations.get(key) !== gen || doc.isClosed) return undefined; // a newer run started
    const settings = this.settings.forUri(doc.uri);
    const linter = this.linterFor(settings.lint);
    const started = performance.now();
    const result = lintDraft(linter, doc.getText(), {
      settings,
      clientLang: client?.lang,
      client,
      uiLang: this.uiLang,
      now: zonedDateTime(Date.now(), settings.timezone),
      markdown: doc.languageId !== 'plaintext',
      doc: key,
    });
    const linted: LintedDraft = { uri: doc.uri, version: doc.version, result };
    this.results.set(key, linted);
    this.collection.set(doc.uri, this.diagnosticsFor(doc, key, result.findings));
    this.lastSet = performance.now();
    logTiming(
      `linted ${nameOf(doc.uri)} v${doc.version} (${result.lang}${langsOf(this.tablesBuilt, linter).has(result.lang) ? '' : ', tables built'}): ${result.findings.length} findings in ${Math.round(performance.now() - started)} ms, diagnostics set`,
    );
    // The diagnostics leave the extension host on its next turn: a late turn means it was busy.
    setTimeout(() => logTiming(`next turn of the extension host after linting ${nameOf(doc.uri)}`), 0);
    this.emitter.fire(linted);
    langsOf(this.prepared, linter).add(result.lang);
    langsOf(this.tablesBuilt, linter).add(result.lang);
    this.prepare(this.likelyLanguages(), linter);
    return linted;
  }

  /**
   * Makes these languages ready in the background (the clients' languages once the clients are
   * read, every language a little after activation, or after a first draft), so the next draft
   * opened is linted at once whatever its language: the language's phrase tables are built, then
   * the rules' own examples are linted, which runs every stage once (the first run of a stage pays
   * for locale data and code compilation). The work is cut into small steps run in idle time:
   * never while a draft waits for its lint or its diagnostics are on their way to the window.
   */
  prepare(langs: readonly Lang[], linter = this.linter, delayMs = 250): void {
    const done = langsOf(this.prepared, linter);
    const todo = langs.filter((l) => !done.has(l));
    if (!todo.length) return;
    const settings = this.settings.settings;
    for (const lang of todo) {
      done.add(lang);
      let spent = 0;
      let longest = 0;
      const timed = (step: () => void) => () => {
        const started = performance.now();
        step();
        const took = performance.now() - started;
        spent += took;
        longest = Math.max(longest, took);
      };
      // Counting a language's phrases builds its tables (shared by every later lint).
      this.idle.push(
        timed(() => {
          linter.phraseCount(lang);
          langsOf(this.tablesBuilt, linter).add(lang);
        }),
      );
      const steps = warmUpSteps(lang);
      for (const text of steps) {
        this.idle.push(
          timed(() => lintDraft(linter, text, { settings, uiLang: this.uiLang, now: zonedDateTime(Date.now(), settings.timezone) })),
        );
      }
      this.idle.push(() =>
        logTiming(
          `prepared ${lang} in ${Math.round(spent)} ms (${steps.length + 1} steps in idle time, the longest ${Math.round(longest)} ms)`,
        ),
      );
    }
    this.runIdleAfter(delayMs);
  }

  /** How long idle work must still wait: a draft waits for its lint, someone types, or diagnostics were just set. */
  private busyFor(): number {
    if (this.waiting > 0 || this.timers.pending) return QUIET_MS;
    return Math.max(0, this.lastSet + QUIET_MS - performance.now());
  }

  private runIdleAfter(delayMs: number): void {
    if (this.idleScheduled || this.disposed) return;
    const run = () => {
      this.idleScheduled = undefined;
      if (this.disposed || !this.idle.length) return;
      const wait = this.busyFor();
      if (wait > 0) return this.runIdleAfter(wait);
      const started = performance.now();
      do this.idle.shift()?.();
      while (this.idle.length && performance.now() - started < STEP_BUDGET_MS && this.busyFor() === 0);
      if (!this.idle.length) return;
      // The next step after whatever else is waiting in the host (I/O, messages from the window).
      const handle = setImmediate(run);
      this.idleScheduled = () => clearImmediate(handle);
    };
    const handle = setTimeout(run, delayMs);
    this.idleScheduled = () => clearTimeout(handle);
  }

  private clear(uri: vscode.Uri): void {
    const key = uri.toString();
    this.timers.cancel(uri);
    this.generations.set(key, (this.generations.get(key) ?? 0) + 1);
    this.results.delete(key);
    this.diagnostics.delete(key);
    this.forced.delete(key);
    this.built?.forget(key);
    for (const l of this.perFolder.values()) l.forget(key);
    this.collection.delete(uri);
    this.emitter.fire({ uri, cleared: true });
  }

  /** Per document, the diagnostic made for each finding of its last lint. */
  private readonly diagnostics = new Map<string, WeakMap<Finding, vscode.Diagnostic>>();

  /**
   * The findings as diagnostics. A re-lint returns the very finding objects of the paragraphs an
   * edit left where they were: each keeps its diagnostic while its range is the same, so a
   * keystroke in a long draft makes diagnostics for what it changed or moved, not for every finding.
   */
  private diagnosticsFor(doc: vscode.TextDocument, key: string, findings: readonly Finding[]): vscode.Diagnostic[] {
    const last = this.diagnostics.get(key);
    const next = new WeakMap<Finding, vscode.Diagnostic>();
    const out = findings.map((f) => {
      let d = last?.get(f);
      if (!d || !d.range.start.isEqual(doc.positionAt(f.offset)) || !d.range.end.isEqual(doc.positionAt(f.offset + f.length)))
        d = toDiagnostic(doc, f, this.docsUri);
      next.set(f, d);
      return d;
    });
    this.diagnostics.set(key, next);
    return out;
  }

  dispose(): void {
    this.disposed = true;
    this.idleScheduled?.();
    this.idle.length = 0;
    for (const d of this.disposables) d.dispose();
  }
}

/** The languages a linter has in `sets`. */
function langsOf(sets: WeakMap<Linter, Set<Lang>>, linter: Linter): Set<Lang> {
  let langs = sets.get(linter);
  if (!langs) sets.set(linter, (langs = new Set()));
  return langs;
}

/** A document's file name, for the log. */
function nameOf(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1);
}
