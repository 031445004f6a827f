import * as vscode from 'vscode';
import { matcherFiles } from '../cli/matcher-files';
import { COMPILED_LANGS, setMatcherSource } from '../core/lint/compiled';
import { registerClients, type ClientParts } from './clients/register';
import { registerFollowups } from './followup/register';
import type { NoteDiagnostics } from './followup/note-diagnostics';
import { registerLinter } from './lint/register';
import type { DraftDiagnostics } from './lint/draft-diagnostics';
import type { HeatStatus } from './lint/heat-status';
import { composureLog, logError, logTiming } from './log';
import { SettingsService } from './settings';
import { exists, readDirectory } from './workspace-fs';
import { insertTemplateCommand } from './templates';
import { completedSteps, completeStep, STEP_KEYS, tickWhenDone, type Step } from './walkthrough';
import type { TemplateKind } from '../core/templates/catalog';
import { isLang, langFromLocale } from '../core/lang';

/** How long after activation the linter is made ready (the window's own start-up goes first). */
const PREPARE_AFTER_MS = 1500;
/**
 * VS Code's built-in Markdown extension. Drafts are Markdown files: when the first one opened
 * also activated it, its activation held the extension host for 0.7–1.3 s, and the draft's
 * diagnostics (already set) left the host only after it.
 */
const MARKDOWN_EXTENSION = 'vscode.markdown-language-features';

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
  /** The walkthrough's steps ticked in this session, and the context key each step completes on. */
  readonly walkthrough: { readonly completed: () => Step[]; readonly keys: typeof STEP_KEYS };
}

export function activate(context: vscode.ExtensionContext): ComposureApi {
  const started = performance.now();
  // The phrase matcher and packs from the build (dist/matcher-<lang>.bin, pack-<lang>.json), read per language on first use.
  setMatcherSource(matcherFiles(vscode.Uri.joinPath(context.extensionUri, 'dist').fsPath));
  const settings = new SettingsService();
  context.subscriptions.push(settings);
  // The views first: the workbench can ask for their rows while the rest registers.
  const clients = registerClients(context, settings);
  const { drafts, heat, clientLookup } = registerLinter(context, settings, (uri) =>
    clients.service.listed ? clients.service.clientOf(uri) : undefined,
  );
  const clientLanguages = () =>
    [...new Set(clients.service.listed ? clients.service.clients().map((c) => c.profile.lang) : [])].filter(isLang);
  drafts.likelyLanguages = clientLanguages;
  // Someone who opened the clients is about to write to them: their languages are made ready.
  context.subscriptions.push(
    clients.service.onDidChange(() => {
      if (clients.service.ready) drafts.prepare(clientLanguages());
    }),
  );
  // A little after activation (a Markdown file or a workspace holding clients was opened), every
  // language is made ready in idle time, the likeliest first: the first draft is then linted at once.
  const warmUp = () => {
    const first = [settings.settings.defaultLanguage, langFromLocale(vscode.env.language)];
    drafts.prepare([...new Set([...first, ...COMPILED_LANGS])], undefined, PREPARE_AFTER_MS);
  };
  const markdownOpen = vscode.workspace.textDocuments.some((d) => d.languageId === 'markdown');
  if (markdownOpen) warmUp();
  // In a workspace holding clients (a folder merely named `clients` activates Composure too:
  // nothing happens unless it holds a client), while the window is still starting: the client
  // profiles are read ahead (a draft opened first is then linted in the turn of its open event,
  // not after reads queued behind other work) and the Markdown extension is activated (in one
  // piece, before the user can click anything), so the first draft's diagnostics leave at once.
  void clientProfiles(settings).then(({ profiles, composure }) => {
    for (const profile of profiles) void clientLookup.clientFor(profile);
    if (markdownOpen || !(composure || profiles.length)) return;
    activateMarkdown();
    warmUp();
  });
  const notes = registerFollowups(context, settings);
  context.subscriptions.push(
    composureLog(),
    vscode.commands.registerCommand('composure.showLog', () => composureLog().show(true)),
    vscode.commands.registerCommand('composure.insertTemplate', (kind?: TemplateKind) =>
      tickWhenDone('templates', insertTemplateCommand(clientLookup, settings, typeof kind === 'string' ? kind : undefined)),
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
    walkthrough: { completed: completedSteps, keys: STEP_KEYS },
  };
}

/** Entries of a clients folder looked at for client profiles to read ahead. */
const CLIENTS_PEEK = 20;

/**
 * The client profiles among the first entries of each workspace folder's clients folder
 * (`<name>/client.md` or `<name>.md`, as the index reads them), and whether a folder has a
 * `.composure.json`. One folder listing and a few stats, nothing parsed.
 */
async function clientProfiles(settings: SettingsService): Promise<{ profiles: vscode.Uri[]; composure: boolean }> {
  const profiles: vscode.Uri[] = [];
  let composure = false;
  for (const folder of vscode.workspace.workspaceFolders ?? []) {
    composure ||= await exists(vscode.Uri.joinPath(folder.uri, '.composure.json'));
    const clients = folder.uri.with({ path: settings.workspaceOfFolder(folder).clientsRoot });
    const entries = await readDirectory(clients).catch(() => []);
    for (const [name, type] of entries.slice(0, CLIENTS_PEEK)) {
      const profile =
        type & vscode.FileType.Directory
          ? vscode.Uri.joinPath(clients, name, 'client.md')
          : type & vscode.FileType.File && name.endsWith('.md')
            ? vscode.Uri.joinPath(clients, name)
            : undefined;
      if (profile && (await exists(profile))) profiles.push(profile);
    }
  }
  return { profiles, composure };
}

/** Activates the built-in Markdown extension when it is not active yet. */
function activateMarkdown(): void {
  const markdown = vscode.extensions.getExtension(MARKDOWN_EXTENSION);
  if (!markdown || markdown.isActive) return;
  logTiming('activating the Markdown extension');
  markdown.activate().then(
    () => logTiming('Markdown extension active'),
    (err: unknown) => logError('activating the Markdown extension', err),
  );
}

export function deactivate(): void {
  // Everything is in context.subscriptions and released by VS Code.
}
