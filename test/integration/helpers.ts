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
