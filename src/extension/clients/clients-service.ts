import * as vscode from 'vscode';
import { logReadError, logTiming } from '../log';
import type { Client, Signal } from '../../core/clients/model';
import { clientSignals, type SignalContext } from '../../core/clients/signals';
import { formatLocalDate } from '../../core/dates/calendar';
import { langFromLocale } from '../../core/lang';
import { decodeText } from '../../core/text/decode';
import type { SettingsService } from '../settings';
import { FolderIndexes, type FolderClients } from './folder-indexes';
import { readDirectory, readFileBytes, statUri } from '../workspace-fs';

const DEBOUNCE_MS = 100;
/** More changes than this within one debounce window (a git checkout) → one full re-index. */
const BURST = 200;
const READ_PARALLEL = 32;
/** Longest run of second-pass parsing between two turns of the event loop. */
const SLICE_MS = 15;

/** Note kinds read in the second pass of a first build (they hold agreements, not the client list). */
const SECOND_PASS = new Set(['meeting', 'note']);

/**
 * The client index in the extension: built after activation behind a progress indicator, kept
 * up to date by a narrow file watcher (debounced per path, bursts coalesced into one re-index),
 * and told directly about the extension's own writes. The first build publishes twice: the
 * clients with their profiles, logs and drafts as soon as those are read (`listed`), then the
 * meeting notes, read one per turn of the event loop so the views stay answered (`ready`).
 */
export class ClientsService implements vscode.Disposable {
  private index: FolderIndexes;
  private readonly emitter = new vscode.EventEmitter<void>();
  /** Fires after the index changed. */
  readonly onDidChange = this.emitter.event;
  private watchers: vscode.Disposable[] = [];
  private readonly pending = new Map<string, 'set' | 'delete'>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly disposables: vscode.Disposable[] = [this.emitter];
  private building: Promise<void> | undefined;
  private readonly ownWrites = new Map<string, string>();
  readonly uiLang = langFromLocale(vscode.env.language);
  /** Milliseconds of the last full build, for the benchmark and the log. */
  lastBuildMs = 0;
  /** Full builds so far (a burst of file events must cause one, not hundreds). */
  builds = 0;
  /** Every client is listed with its profile; meeting notes (agreements, signals) may still be read. */
  listed = false;
  /** Every note is read: agreements and signals are complete. */
  ready = false;
  /** Resolves when the second pass of a first build may start (the views have shown the clients). */
  beforeSecondPass: () => Promise<void> = () => Promise.resolve();
  private writesDuringBuild: Map<string, string> | undefined;
  /** Paths changed by the watcher or our own writes while a build runs: its older reads must not win. */
  private changedDuringBuild: Set<string> | undefined;

  constructor(private readonly settings: SettingsService) {
    this.index = this.newIndex();
    // Settings change the index only once it exists: nothing is read before a view or a command needs it.
    this.disposables.push(
      settings.onDidChange(() => {
        if (this.ready || this.building) void this.rebuild();
      }),
    );
  }

  /** The index, built on first need (a Composure view shown, a command that lists clients). */
  whenReady(): Promise<void> {
    return this.ready ? Promise.resolve() : this.rebuild();
  }

  /** Each workspace folder with its clients folder, read with that folder's own settings. */
  private folderParts() {
    return (vscode.workspace.workspaceFolders ?? []).map((folder) => {
      const workspace = this.settings.workspaceOfFolder(folder);
      return { folder, workspace, clientsUri: folder.uri.with({ path: workspace.clientsRoot }) };
    });
  }

  private folderUri(): vscode.Uri | undefined {
    return this.folderParts()[0]?.clientsUri;
  }

  private newIndex(): FolderIndexes {
    return FolderIndexes.create(this.folderParts());
  }

  /**
   * The clients folder new clients go to (it may not exist yet): the one of the folder holding the
   * active editor's file, else the first folder's.
   */
  get folder(): vscode.Uri | undefined {
    const active = vscode.window.activeTextEditor?.document.uri;
    const own = active && vscode.workspace.getWorkspaceFolder(active);
    return (own && this.index.parts.find((p) => p.folder.uri.toString() === own.uri.toString())?.clientsUri) ?? this.folderUri();
  }

  /** The folders with their clients, when the workspace has several (the views group by folder). */
  folders(): readonly FolderClients[] {
    return this.index.parts;
  }

  /** (Re)builds the whole index from disk. Concurrent calls share one build. */
  rebuild(): Promise<void> {
    this.building ??= this.doBuild().finally(() => {
      this.building = undefined;
    });
    return this.building;
  }

  private async doBuild(): Promise<void> {
    const started = Date.now();
    this.builds++;
    // Built aside and swapped in whole: the views never show a half-read index, and the
    // extension's own writes during the build are replayed on it.
    const index = this.newIndex();
    this.writesDuringBuild = new Map();
    this.changedDuringBuild = new Set();
    this.watch(index.parts);
    // A first build shows the clients before their meeting notes are read; a rebuild keeps the
    // complete index on screen until the new one is complete.
    const twoPass = !this.ready;
    const later: Array<[vscode.Uri, Uint8Array | undefined]> = [];
    for (const part of index.parts) {
      const files = await listNoteFiles(part.clientsUri);
      // The next batch is read while the current one is parsed.
      const read = (i: number) => Promise.all(files.slice(i, i + READ_PARALLEL).map((u) => this.readBytes(u)));
      let next = read(0);
      for (let i = 0; i < files.length; i += READ_PARALLEL) {
        const batch = await next;
        if (i + READ_PARALLEL < files.length) next = read(i + READ_PARALLEL);
        files.slice(i, i + READ_PARALLEL).forEach((u, k) => {
          if (twoPass && SECOND_PASS.has(index.classify(u.path)?.kind ?? '')) later.push([u, batch[k]]);
          else this.parseInto(index, u, batch[k]);
        });
      }
    }
    if (twoPass) {
      this.replayWrites(index);
      this.index = index;
      this.listed = true;
      logTiming(`clients listed in ${Date.now() - started} ms`);
      this.emitter.fire();
      await this.beforeSecondPass();
      // In slices, so the views' requests (the clients just published) are answered in between.
      let slice = performance.now();
      for (const [u, bytes] of later) {
        if (performance.now() - slice > SLICE_MS) {
          await new Promise((r) => setTimeout(r, 0));
          slice = performance.now();
        }
        if (!this.changedDuringBuild.has(u.path)) this.parseInto(index, u, bytes);
      }
    }
    this.replayWrites(index);
    this.writesDuringBuild = undefined;
    this.changedDuringBuild = undefined;
    this.index = index;
    this.lastBuildMs = Date.now() - started;
    this.listed = this.ready = true;
    logTiming(`clients indexed in ${this.lastBuildMs} ms`);
    this.emitter.fire();
  }

  private replayWrites(index: FolderIndexes): void {
    for (const [path, text] of this.writesDuringBuild ?? []) index.setFile(path, text);
  }

  private async readBytes(uri: vscode.Uri): Promise<Uint8Array | undefined> {
    try {
      return await readFileBytes(uri);
    } catch (err) {
      logReadError(uri, err);
      return undefined;
    }
  }

  private parseInto(index: FolderIndexes, uri: vscode.Uri, bytes: Uint8Array | undefined): void {
    const d = bytes && decodeText(bytes);
    if (d && !d.binary) index.setFile(uri.path, d.text);
    else index.removeFile(uri.path);
  }

  private watch(parts: readonly FolderClients[]): void {
    for (const w of this.watchers) w.dispose();
    this.watchers = parts.map((part) => {
      const w = vscode.workspace.createFileSystemWatcher(
        new vscode.RelativePattern(part.folder, `${part.workspace.settings.clientsFolder}/**`),
      );
      w.onDidCreate((u) => this.queue(u, 'set'));
      w.onDidChange((u) => this.queue(u, 'set'));
      w.onDidDelete((u) => this.queue(u, 'delete'));
      return w;
    });
  }

  private queue(uri: vscode.Uri, op: 'set' | 'delete'): void {
    this.pending.set(uri.path, op);
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), DEBOUNCE_MS);
  }

  private async flush(): Promise<void> {
    const batch = [...this.pending.entries()];
    this.pending.clear();
    if (batch.length > BURST) {
      await this.rebuild();
      return;
    }
    let changed = false;
    for (const [path, op] of batch) {
      this.changedDuringBuild?.add(path);
      const uri = this.uriOf(path);
      if (op === 'delete') {
        changed = this.index.removeFile(path) !== undefined || changed;
        continue;
      }
      if (!/\.(md|markdown)$/i.test(path)) {
        // A folder appeared (a client copied in): read what is inside.
        try {
          if ((await statUri(uri)).type & vscode.FileType.Directory) {
            await this.rebuild();
            return;
          }
        } catch (err) {
          logReadError(uri, err);
        }
        continue;
      }
      try {
        const d = decodeText(await readFileBytes(uri));
        if (this.ownWrites.get(path) === d.text) {
          this.ownWrites.delete(path);
          continue;
        }
        if (!d.binary) changed = this.index.setFile(path, d.text) !== undefined || changed;
      } catch (err) {
        logReadError(uri, err);
        changed = this.index.removeFile(path) !== undefined || changed;
      }
    }
    if (changed) this.emitter.fire();
  }

  /** Tells the index about a file the extension just wrote (its watcher echo is then ignored). */
  noteOwnWrite(uri: vscode.Uri, text: string): void {
    this.ownWrites.set(uri.path, text);
    this.writesDuringBuild?.set(uri.path, text);
    this.changedDuringBuild?.add(uri.path);
    if (this.index.setFile(uri.path, text) !== undefined) this.emitter.fire();
  }

  clients(): Client[] {
    return this.index.clients();
  }

  client(id: string): Client | undefined {
    return this.index.client(id);
  }

  /** The context signals are computed in: the settings of the client's own folder. */
  signalContext(c?: Client): SignalContext {
    const s = (c && this.index.partOfClient(c)?.workspace.settings) ?? this.settings.settings;
    return {
      today: formatLocalDate(new Date()),
      workingHours: s.workingHours,
      timezone: s.timezone,
      followupAfterDays: s.followupAfterDays,
      feedbackWeeks: s.feedbackWeeks,
      uiLang: this.uiLang,
    };
  }

  signals(c: Client): Signal[] {
    return clientSignals(c, this.signalContext(c));
  }

  /** The client a file belongs to. */
  clientOf(uri: vscode.Uri): Client | undefined {
    const where = this.index.classify(uri.path);
    return where ? this.index.client(where.clientId) : undefined;
  }

  uriOf(path: string): vscode.Uri {
    const base =
      this.index.partOf(path)?.folder.uri ?? this.folderUri() ?? vscode.workspace.workspaceFolders?.[0]?.uri ?? vscode.Uri.file('/');
    return base.with({ path });
  }

  dispose(): void {
    clearTimeout(this.timer);
    for (const w of this.watchers) w.dispose();
    for (const d of this.disposables) d.dispose();
  }
}

/**
 * The Markdown files under a clients folder, by walking it (no workspace search: nothing to
 * spawn, and the folder is narrow). Skips what the workspace model ignores (dot folders,
 * node_modules) and symbolic links to folders (a link may loop). A missing folder has no files.
 */
async function listNoteFiles(root: vscode.Uri): Promise<vscode.Uri[]> {
  const out: vscode.Uri[] = [];
  const walk = async (dir: vscode.Uri): Promise<void> => {
    let entries: Array<[string, vscode.FileType]>;
    try {
      entries = await readDirectory(dir);
    } catch (err) {
      logReadError(dir, err);
      return;
    }
    const folders: Array<Promise<void>> = [];
    for (const [name, type] of entries) {
      if (name.startsWith('.') || name === 'node_modules') continue;
      if (type & vscode.FileType.Directory) {
        if (!(type & vscode.FileType.SymbolicLink)) folders.push(walk(vscode.Uri.joinPath(dir, name)));
      } else if (type & vscode.FileType.File && /\.(md|markdown)$/i.test(name)) out.push(vscode.Uri.joinPath(dir, name));
    }
    await Promise.all(folders);
  };
  await walk(root);
  return out;
}
