import * as vscode from 'vscode';
import { matcherFiles } from '../cli/matcher-files';
import { COMPILED_LANGS, setMatcherSource } from '../core/lint/compiled';
import { registerClients, type ClientParts } from './clients/register';
import { registerFollowups } from './followup/register';
import type { NoteDiagnostics } from './followup/note-diagnostics';
import { registerLinter } from './lint/register';
import type { DraftDiagnostics } from './lint/draft-diagnostics';
import type { HeatStatus } from './lint/heat-status';
import { composureLog, logTiming } from './log';
import { startHostTimings } from './host-timings';
import { SettingsService } from './settings';
import { insertTemplateCommand } from './templates';
import { completeStep, tickWhenDone } from './walkthrough';
import type { TemplateKind } from '../core/templates/catalog';
import { isLang, langFromLocale } from '../core/lang';

/** How long after activation the linter is made ready (the window's own start-up goes first). */
const PREPARE_AFTER_MS = 1500;

/** What `activate` returns: for tests and other extensions. */
export interface ComposureApi {
  readonly version: string;
  readonly drafts: DraftDiagnostics;
  readonly heat: HeatStatus;
  readonly settings: SettingsService;
  readonly notes: NoteDiagnostics;
  readonly clients: ClientParts;
  /** How long activate() took, in milliseconds. */
  readonly activationMs: number;
}

export function activate(context: vscode.ExtensionContext): ComposureApi {
  const started = performance.now();
  context.subscriptions.push(startHostTimings());
  // The phrase matcher compiled by the build (dist/matcher-<lang>.json), decoded per language on first use.
  setMatcherSource(matcherFiles(vscode.Uri.joinPath(context.extensionUri, 'dist').fsPath));
  const settings = new SettingsService();
  context.subscriptions.push(settings);
  // The views first: the workbench can ask for their rows while the rest registers.
  const clients = registerClients(context, settings);
  const { drafts, heat } = registerLinter(context, settings, (uri) => (clients.service.listed ? clients.service.clientOf(uri) : undefined));
  const clientLanguages = () =>
    [...new Set(clients.service.listed ? clients.service.clients().map((c) => c.profile.lang) : [])].filter(isLang);
  drafts.likelyLanguages = clientLanguages;
  // Someone who opened the clients is about to write to them: their languages are made ready.
  context.subscriptions.push(
    clients.service.onDidChange(() => {
      if (clients.service.ready) drafts.prepare(clientLanguages());
    }),
  );
  // A little after activation (a Composure view or a Markdown file was opened), every language is
  // made ready in idle time, the likeliest first: the first draft is then linted at once.
  const first = [settings.settings.defaultLanguage, langFromLocale(vscode.env.language)];
  drafts.prepare([...new Set([...first, ...COMPILED_LANGS])], undefined, PREPARE_AFTER_MS);
  const notes = registerFollowups(context, settings);
  context.subscriptions.push(
    composureLog(),
    vscode.commands.registerCommand('composure.showLog', () => composureLog().show(true)),
    vscode.commands.registerCommand('composure.insertTemplate', (kind?: TemplateKind) =>
      tickWhenDone('templates', insertTemplateCommand(clients.service, settings, typeof kind === 'string' ? kind : undefined)),
    ),
    drafts.onDidLint((e) => {
      if ('result' in e) completeStep('reply');
    }),
  );
  const activationMs = performance.now() - started;
  logTiming(`activated in ${Math.round(activationMs)} ms`);
  return {
    version: String(context.extension.packageJSON.version),
    drafts,
    heat,
    settings,
    notes,
    clients,
    activationMs,
  };
}

export function deactivate(): void {
  // Everything is in context.subscriptions and released by VS Code.
}
