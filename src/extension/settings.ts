import * as vscode from 'vscode';
import { parseJsonc, resolveSettings, type Settings } from '../core/settings';
import { decodeText } from '../core/text/decode';

const KEYS = [
  'clientsFolder', 'language', 'defaultLanguage', 'lint.include', 'lint.severity', 'lint.disabledRules', 'lint.allowedPhrases',
  'lint.extraPhrases', 'holdMinutes', 'userName', 'userAliases', 'signature', 'workingHours', 'timezone', 'followup.register',
  'followup.confirmDays', 'signals.followupAfterDays', 'signals.feedbackWeeks',
];

/**
 * Composure's settings in the extension: VS Code configuration plus `.composure.json` at the
 * workspace root, resolved by the same core function as the CLI. Fires when either changes.
 */
export class SettingsService implements vscode.Disposable {
  private current: Settings;
  private composureJson: Record<string, unknown> | undefined;
  private readonly emitter = new vscode.EventEmitter<Settings>();
  readonly onDidChange = this.emitter.event;
  private readonly disposables: vscode.Disposable[] = [this.emitter];
  warnings: string[] = [];

  constructor() {
    this.current = this.resolve();
    this.disposables.push(
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('composure')) this.refresh();
      }),
    );
    const watcher = vscode.workspace.createFileSystemWatcher('**/.composure.json');
    const reload = () => void this.loadComposureJson().then(() => this.refresh());
    watcher.onDidCreate(reload);
    watcher.onDidChange(reload);
    watcher.onDidDelete(reload);
    this.disposables.push(watcher);
    void this.loadComposureJson().then(() => this.refresh());
  }

  get settings(): Settings {
    return this.current;
  }

  private async loadComposureJson(): Promise<void> {
    const folder = vscode.workspace.workspaceFolders?.[0];
    this.composureJson = undefined;
    if (!folder) return;
    try {
      const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(folder.uri, '.composure.json'));
      this.composureJson = parseJsonc(decodeText(bytes).text) as Record<string, unknown>;
    } catch (err) {
      if (!(err instanceof vscode.FileSystemError)) {
        void vscode.window.showWarningMessage(vscode.l10n.t('Composure: .composure.json is not valid JSON and is ignored ({0}).', (err as Error).message));
      }
    }
  }

  private resolve(): Settings {
    const config = vscode.workspace.getConfiguration('composure');
    const flat: Record<string, unknown> = {};
    for (const key of KEYS) {
      const v = config.get(key);
      if (v !== undefined) flat[`composure.${key}`] = v;
    }
    const warnings: string[] = [];
    const s = resolveSettings(flat, this.composureJson, warnings);
    this.warnings = warnings;
    return s;
  }

  refresh(): void {
    this.current = this.resolve();
    this.emitter.fire(this.current);
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
