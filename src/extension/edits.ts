import * as vscode from 'vscode';
import { dropEmptyFrontMatter, setFrontMatterKeys } from '../core/frontmatter';

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
  const wasDirty = doc.isDirty;
  const applied = await vscode.workspace.applyEdit(edit);
  if (applied && !wasDirty) await doc.save();
  return applied;
}
