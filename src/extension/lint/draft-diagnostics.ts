import * as vscode from 'vscode';
import { parseFrontMatter } from '../../core/frontmatter';
import { langFromLocale, type Lang } from '../../core/lang';
import { lintDraft, type DraftResult } from '../../core/lint/draft';
import { warmUpDraft } from '../../core/lint/warm-up';
import { Linter } from '../../core/lint/linter';
import { zonedDateTime } from '../../core/dates/clock';
import type { SettingsService } from '../settings';
import { toDiagnostic } from '../convert';
import type { ClientLookup } from '../client-lookup';
import { isLintTarget } from '../../core/workspace/workspace';
import type { LintConfig } from '../../core/settings';
import { logTiming } from '../log';

const DEBOUNCE_MS = 120;

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
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
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
  /** Languages whose phrase tables each linter has built. */
  private readonly prepared = new WeakMap<Linter, Set<Lang>>();

  constructor(
    private readonly settings: SettingsService,
    private readonly clientLangs: ClientLookup,
    private readonly docsUri: vscode.Uri,
  ) {
    this.disposables.push(
      this.collection,
      this.emitter,
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

  lintAllOpen(): void {
    for (const d of vscode.workspace.textDocuments) this.schedule(d, 0);
  }

  private schedule(doc: vscode.TextDocument, delay: number): void {
    const key = doc.uri.toString();
    clearTimeout(this.timers.get(key));
    if (!this.isDraft(doc)) {
      if (this.results.has(key)) this.clear(doc.uri);
      return;
    }
    // An opened draft is linted at once (its first squiggles are what the user waits for); typing is debounced.
    if (delay === 0) void this.lintNow(doc);
    else
      this.timers.set(
        key,
        setTimeout(() => void this.lintNow(doc), delay),
      );
  }

  async lintNow(doc: vscode.TextDocument): Promise<LintedDraft | undefined> {
    const key = doc.uri.toString();
    clearTimeout(this.timers.get(key));
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
    this.collection.set(
      doc.uri,
      result.findings.map((f) => toDiagnostic(doc, f, this.docsUri)),
    );
    logTiming(
      `linted ${nameOf(doc.uri)} v${doc.version} (${result.lang}${this.preparedOf(linter).has(result.lang) ? '' : ', tables built'}): ${result.findings.length} findings in ${Math.round(performance.now() - started)} ms, diagnostics set`,
    );
    // The diagnostics leave the extension host on its next turn: a late turn means it was busy.
    setTimeout(() => logTiming(`next turn of the extension host after linting ${nameOf(doc.uri)}`), 0);
    this.emitter.fire(linted);
    this.preparedOf(linter).add(result.lang);
    this.prepare(this.likelyLanguages(), linter);
    return linted;
  }

  private preparedOf(linter: Linter): Set<Lang> {
    let done = this.prepared.get(linter);
    if (!done) this.prepared.set(linter, (done = new Set()));
    return done;
  }

  /**
   * Makes these languages ready in the background (the clients' languages once the clients are
   * read, every language a little after activation, or after a first draft), one language per
   * turn of the event loop, so the next draft opened is linted at once whatever its language:
   * the language's phrase tables are built, then a lint of the rules' own examples runs every
   * stage once (the first run of a stage pays for locale data and code compilation).
   */
  prepare(langs: readonly Lang[], linter = this.linter, delayMs = 250): void {
    const done = this.preparedOf(linter);
    const todo = langs.filter((l) => !done.has(l));
    for (const l of todo) done.add(l);
    const next = (i: number) => {
      if (i >= todo.length || this.disposed) return;
      // A draft waiting for its client's profile goes first.
      if (this.waiting > 0) {
        setTimeout(() => next(i), delayMs);
        return;
      }
      const lang = todo[i];
      const started = performance.now();
      // Counting a language's phrases builds its tables (shared by every later lint).
      linter.phraseCount(lang);
      const settings = this.settings.settings;
      lintDraft(linter, warmUpDraft(lang), { settings, uiLang: this.uiLang, now: zonedDateTime(Date.now(), settings.timezone) });
      logTiming(`prepared ${lang} in ${Math.round(performance.now() - started)} ms`);
      setTimeout(() => next(i + 1), 0);
    };
    // After what is on screen now (a draft's squiggles, the clients) has been sent.
    if (todo.length) setTimeout(() => next(0), delayMs);
  }

  private clear(uri: vscode.Uri): void {
    const key = uri.toString();
    clearTimeout(this.timers.get(key));
    this.generations.set(key, (this.generations.get(key) ?? 0) + 1);
    this.results.delete(key);
    this.forced.delete(key);
    this.built?.forget(key);
    for (const l of this.perFolder.values()) l.forget(key);
    this.collection.delete(uri);
    this.emitter.fire({ uri, cleared: true });
  }

  dispose(): void {
    this.disposed = true;
    for (const t of this.timers.values()) clearTimeout(t);
    for (const d of this.disposables) d.dispose();
  }
}

/** A document's file name, for the log. */
function nameOf(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1);
}
