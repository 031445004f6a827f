import * as vscode from 'vscode';
import { dropEmptyFrontMatter, setFrontMatterKeys } from '../core/frontmatter';
import { decodeText } from '../core/text/decode';
import { logWarning } from './log';

/**
 * Applies an edit to a document and saves it when the document had no unsaved changes before, so
 * the command's change reaches the disk without saving the user's own unsaved edits. Whether it
 * had any is read from its text against the file, not from `isDirty` alone: the host's dirty flag
 * can lag behind a save that has just finished (seen on a loaded machine: a Release Hold right after
 * Hold This Reply was left unsaved).
 */
export async function applyAndSave(doc: vscode.TextDocument, edit: vscode.WorkspaceEdit): Promise<boolean> {
  const unsaved = await hasUnsavedChanges(doc);
  if (!(await vscode.workspace.applyEdit(edit))) return false;
  if (!unsaved && !(await doc.save())) logWarning(`${doc.uri.toString()} was edited but could not be saved`);
  return true;
}

async function hasUnsavedChanges(doc: vscode.TextDocument): Promise<boolean> {
  if (!doc.isDirty) return false;
  if (doc.isUntitled) return true;
  try {
    const disk = decodeText(await vscode.workspace.fs.readFile(doc.uri));
    return disk.binary || disk.text !== doc.getText();
  } catch {
    return true;
  }
}

/**
 * Applies a front matter change as a minimal edit (only the changed span), so undo works and the
 * rest of the user's text is untouched. Refuses (with a message) when the front matter is broken.
 */
export async function replaceFrontMatter(
  doc: vscode.TextDocument,
  values: Record<string, string | undefined>,
  opts: { dropIfEmpty?: boolean } = {},
): Promise<boolean> {
  const before = doc.getText();
  let after = setFrontMatterKeys(before, values);
  // A block left with nothing in it (the edit had created it) goes too: the file is as it was.
  if (after !== undefined && opts.dropIfEmpty) after = dropEmptyFrontMatter(after);
  if (after === undefined) {
    void vscode.window.showErrorMessage(
      vscode.l10n.t(
        'Composure: the front matter of {0} is not valid YAML; fix it first (nothing was changed).',
        vscode.workspace.asRelativePath(doc.uri),
      ),
    );
    return false;
  }
  if (after === before) return true;
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  let endB = before.length;
  let endA = after.length;
  while (endB > start && endA > start && before[endB - 1] === after[endA - 1]) {
    endB--;
    endA--;
  }
  const edit = new vscode.WorkspaceEdit();
  edit.replace(doc.uri, new vscode.Range(doc.positionAt(start), doc.positionAt(endB)), after.slice(start, endA));
  return applyAndSave(doc, edit);
}
