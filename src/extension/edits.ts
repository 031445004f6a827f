import * as vscode from 'vscode';
import { dropEmptyFrontMatter, setFrontMatterKeys } from '../core/frontmatter';
import { decodeText } from '../core/text/decode';
import { logWarning } from './log';

/**
 * Applies an edit to a document and saves it when the document had no unsaved changes before, so
 * the command's change reaches the disk without saving the user's own unsaved edits. Whether it
 * had any is read from its text against the file, not from `isDirty` alone: the dirty flag stays
 * set while another save (an auto-save) is still writing the same text.
 */
export async function applyAndSave(doc: vscode.TextDocument, edit: vscode.WorkspaceEdit): Promise<boolean> {
  const unsaved = await hasUnsavedChanges(doc);
  if (!(await vscode.workspace.applyEdit(edit))) return false;
  if (!unsaved && !(await saveEdited(doc))) logWarning(`${doc.uri.toString()} was edited but could not be saved`);
  return true;
}

/** How many times a save is asked for, and how long to wait between asks for another save to finish. */
const SAVE_ATTEMPTS = 4;
const SAVE_WAIT_MS = 3_000;

/**
 * Saves a document the command has just edited, and resolves once its current text is saved.
 * `save()` answers false at once, without writing, when another save of the same document is
 * running its save participants (an auto-save: VS Code for the Web, code-server included, saves
 * after 1 s by default; on a loaded machine the participants take seconds). That save writes the
 * latest text when its participants end, so this waits for it and asks again, bounded. The text is
 * never at risk: what is not saved stays in the editor, marked unsaved.
 */
export async function saveEdited(doc: vscode.TextDocument): Promise<boolean> {
  for (let attempt = 1; ; attempt++) {
    if (doc.isClosed) return false;
    if ((await doc.save()) || !doc.isDirty) return true;
    if (attempt === SAVE_ATTEMPTS) return false;
    await savedOrTimeout(doc, SAVE_WAIT_MS);
    if (!doc.isDirty) return true;
  }
}

function savedOrTimeout(doc: vscode.TextDocument, ms: number): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      sub.dispose();
      resolve();
    };
    const timer = setTimeout(done, ms);
    const sub = vscode.workspace.onDidSaveTextDocument((d) => {
      if (d.uri.toString() === doc.uri.toString()) done();
    });
  });
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
