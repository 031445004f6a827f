import * as vscode from 'vscode';
import { langFromLocale } from '../core/lang';
import { resolveSettings, type Settings } from '../core/settings';
import { joinPath } from '../core/workspace/paths';
import { openWorkspace, type ComposureWorkspace } from '../core/workspace/workspace';
import { logWarning } from './log';
import { vscodeFs } from './workspace-fs';

const KEYS = [
  'clientsFolder',
  'language',
  'defaultLanguage',
  'lint.include',
  'lint.severity',
  'lint.disabledRules',
  'lint.allowedPhrases',
  'lint.extraPhrases',
  'lint.learnedBackstop',
  'holdMinutes',
  'userName',
  'userAliases',
  'signature',
  'workingHours',
  'timezone',
  'followup.register',
  'followup.confirmDays',
  'signals.followupAfterDays',
  'signals.feedbackWeeks',
];

/** VS Code's `composure.*` settings for a folder (user < workspace < folder), as flat keys. */
function configFor(scope: vscode.Uri | undefined): Record<string, unknown> {
  const config = vscode.workspace.getConfiguration('composure', scope);
  const flat: Record<string, unknown> = {};
  for (const key of KEYS) {
    const v = config.get(key);
    if (v !== undefined) flat[`composure.${key}`] = v;
  }
  return flat;
}

/**
 * Composure's settings in the extension. Each workspace folder is its own Composure workspace
 * (the core model): VS Code's settings read for that folder (so `clientsFolder` is per resource)
 * with the folder's `.composure.json` on top, resolved by the same core function as the CLI.
 * `.composure.json` is ignored in Restricted Mode. Fires when either changes.
 */
export class SettingsService implements vscode.Disposable {
  private current: Settings;
  private readonly byFolder = new Map<string, ComposureWorkspace>();
  private readonly emitter = new vscode.EventEmitter<Settings>();
  readonly onDidChange = this.emitter.event;
  private readonly disposables: vscode.Disposable[] = [this.emitter];
  private shownWarnings = '';
  private signature = '';
  /** Problems found in the settings files of every folder, named by folder. */
  warnings: string[] = [];

  constructor() {
    this.current = this.resolveSync(vscode.workspace.workspaceFolders?.[0]);
    for (const f of vscode.workspace.workspaceFolders ?? []) this.byFolder.set(f.uri.toString(), this.syncWorkspace(f));
    this.signature = JSON.stringify([this.current, ...[...this.byFolder.values()].map((w) => [w.root, w.settings])]);
    const reload = () => void this.reload();
    this.disposables.push(
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('composure')) reload();
      }),
      vscode.workspace.onDidChangeWorkspaceFolders(reload),
      vscode.workspace.onDidGrantWorkspaceTrust(reload),
    );
    const watcher = vscode.workspace.createFileSystemWatcher('**/{.composure.json,.vscode/settings.json}');
    watcher.onDidCreate(reload);
    watcher.onDidChange(reload);
    watcher.onDidDelete(reload);
    this.disposables.push(watcher);
    reload();
  }

  /** The first folder's settings (single-folder workspaces; settings with no resource). */
  get settings(): Settings {
    return this.current;
  }

  /** The Composure workspace a file belongs to: its folder's root, settings and clients folder. */
  workspaceFor(uri: vscode.Uri): ComposureWorkspace | undefined {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    if (!folder) return undefined;
    return this.workspaceOfFolder(folder);
  }

  /** The settings that apply to a file (its folder's), else the first folder's. */
  forUri(uri: vscode.Uri | undefined): Settings {
    return (uri && this.workspaceFor(uri)?.settings) ?? this.current;
  }

  /** A workspace folder's Composure workspace. */
  workspaceOfFolder(folder: vscode.WorkspaceFolder): ComposureWorkspace {
    let ws = this.byFolder.get(folder.uri.toString());
    if (!ws) this.byFolder.set(folder.uri.toString(), (ws = this.syncWorkspace(folder)));
    return ws;
  }

  /** Settings from VS Code alone, until the folder's `.composure.json` has been read. */
  private syncWorkspace(folder: vscode.WorkspaceFolder): ComposureWorkspace {
    const settings = this.resolveSync(folder);
    return { root: folder.uri.path, settings, warnings: [], clientsRoot: joinPath(folder.uri.path, settings.clientsFolder) };
  }

  private resolveSync(folder: vscode.WorkspaceFolder | undefined): Settings {
    return resolveSettings(configFor(folder?.uri));
  }

  private async reload(): Promise<void> {
    const folders = vscode.workspace.workspaceFolders ?? [];
    // The folder's own .vscode/settings.json is read too: in a multi-root workspace VS Code applies
    // only resource-scoped settings from it, but each folder is its own Composure workspace (as in the CLI).
    const opened = await Promise.all(
      folders.map((f) =>
        openWorkspace(vscodeFs(f.uri), f.uri.path, {
          base: configFor(f.uri),
          readVscodeSettings: true,
          readComposureJson: vscode.workspace.isTrusted,
          uiLang: langFromLocale(vscode.env.language),
        }),
      ),
    );
    this.byFolder.clear();
    folders.forEach((f, i) => this.byFolder.set(f.uri.toString(), opened[i]));
    this.current = opened[0]?.settings ?? this.resolveSync(undefined);
    this.warnings = opened.flatMap((ws, i) => ws.warnings.map((w) => (folders.length > 1 ? `${folders[i].name}: ${w}` : w)));
    this.showWarnings();
    // Only a real change is announced: each announcement re-indexes clients and re-lints drafts.
    const signature = JSON.stringify([this.current, ...opened.map((w) => [w.root, w.settings])]);
    if (signature === this.signature) return;
    this.signature = signature;
    this.emitter.fire(this.current);
  }

  /** Settings problems the user must fix, shown once each time they change. */
  private showWarnings(): void {
    const key = this.warnings.join('\n');
    if (key === this.shownWarnings) return;
    this.shownWarnings = key;
    for (const w of this.warnings) logWarning(`settings: ${w}`);
    if (this.warnings.length) void vscode.window.showWarningMessage(vscode.l10n.t('Composure settings: {0}', this.warnings.join(' · ')));
  }

  /** Re-reads every folder's settings now. */
  refresh(): Promise<void> {
    return this.reload();
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
