import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { ComposureApi } from '../../src/extension/extension';

/**
 * A bound scaled for a loaded machine (`COMPOSURE_ITEST_TIME_SCALE`, set by
 * `npm run test:integration:load`). Only bounds are scaled: every wait returns as soon as its
 * condition holds.
 */
export function scaled(ms: number): number {
  return ms * Math.max(1, Number(process.env.COMPOSURE_ITEST_TIME_SCALE) || 1);
}

export async function api(): Promise<ComposureApi> {
  const ext = vscode.extensions.getExtension<ComposureApi>('composure-dev.composure');
  assert.ok(ext, 'Composure is installed');
  return ext.activate();
}

export function workspaceUri(...segments: string[]): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'a workspace folder is open');
  return vscode.Uri.joinPath(folder.uri, ...segments);
}

/** Waits for an event-driven condition on a document's diagnostics (never a blind sleep). */
export function waitForDiagnostics(
  uri: vscode.Uri,
  ok: (d: readonly vscode.Diagnostic[]) => boolean,
  timeoutMs = scaled(15_000),
): Promise<vscode.Diagnostic[]> {
  const current = vscode.languages.getDiagnostics(uri);
  if (ok(current)) return Promise.resolve(current);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      sub.dispose();
      reject(
        new Error(
          `diagnostics condition not met within ${timeoutMs} ms; have: ${vscode.languages
            .getDiagnostics(uri)
            .map((d) => codeOf(d))
            .join(', ')}`,
        ),
      );
    }, timeoutMs);
    const sub = vscode.languages.onDidChangeDiagnostics((e) => {
      if (!e.uris.some((u) => u.toString() === uri.toString())) return;
      const diags = vscode.languages.getDiagnostics(uri);
      if (ok(diags)) {
        clearTimeout(timer);
        sub.dispose();
        resolve(diags);
      }
    });
  });
}

export function codeOf(d: vscode.Diagnostic): string {
  const c = d.code;
  return typeof c === 'object' && c !== null ? String(c.value) : String(c);
}

/** A code action with its edit attached. */
export type EditAction = vscode.CodeAction & { edit: vscode.WorkspaceEdit };

/**
 * The code actions offered at `range`, and the one whose title `pick` accepts (with its edit);
 * fails naming the titles offered.
 */
export async function codeActionAt(
  uri: vscode.Uri,
  range: vscode.Range,
  pick: (title: string) => boolean,
): Promise<{ action: EditAction; actions: vscode.CodeAction[] }> {
  const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, range);
  const action = actions.find((a) => pick(a.title));
  assert.ok(action?.edit, `the expected action is offered; got ${actions.map((a) => a.title).join(' | ')}`);
  return { action: action as EditAction, actions };
}

/** Waits for a diagnostic with `code` on `uri`, then finds its code action whose title `pick` accepts. */
export async function fixFor(
  uri: vscode.Uri,
  code: string,
  pick: (title: string) => boolean,
): Promise<{ action: EditAction; actions: vscode.CodeAction[]; diagnostic: vscode.Diagnostic }> {
  const diags = await waitForDiagnostics(uri, (d) => d.some((x) => codeOf(x) === code));
  const diagnostic = diags.find((x) => codeOf(x) === code) as vscode.Diagnostic;
  return { ...(await codeActionAt(uri, diagnostic.range, pick)), diagnostic };
}

export async function openInEditor(uri: vscode.Uri): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(uri);
  return vscode.window.showTextDocument(doc);
}

/** Writes a new file through the workspace file API (never overwriting an existing one). */
export async function createFile(uri: vscode.Uri, text: string): Promise<vscode.Uri> {
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  return uri;
}

/**
 * Waits until the client index satisfies `ok`, checked now and after each index change
 * (event-driven, bounded); the error names the clients the index has.
 */
export async function untilClients(composure: ComposureApi, ok: () => boolean, timeoutMs = scaled(15_000)): Promise<void> {
  if (ok()) return;
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => {
      sub.dispose();
      const ids = composure.clients.service
        .clients()
        .map((c) => c.id)
        .join(', ');
      reject(new Error(`the client index did not reach the expected state within ${timeoutMs} ms; has ${ids}`));
    }, timeoutMs);
    const sub = composure.clients.service.onDidChange(() => {
      if (ok()) {
        clearTimeout(timer);
        sub.dispose();
        resolve();
      }
    });
  });
}
