// The bench's baseline (BENCH_UI_PROBE=1): active from the start, it sets one diagnostic on the
// first word of every Markdown file in the turn of its open event, with nothing computed. Its
// strike-through (a deprecated hint: class squiggly-inline-deprecated, which Composure never
// uses) shows when the window displays a diagnostic set at once: VS Code's own part of the time.
const vscode = require('vscode');

exports.activate = (context) => {
  const collection = vscode.languages.createDiagnosticCollection('composure-bench-probe');
  const mark = (doc) => {
    if (doc.languageId !== 'markdown' || doc.uri.scheme !== 'file') return;
    const d = new vscode.Diagnostic(new vscode.Range(0, 0, 0, 3), 'bench probe', vscode.DiagnosticSeverity.Hint);
    d.tags = [vscode.DiagnosticTag.Deprecated];
    collection.set(doc.uri, [d]);
  };
  context.subscriptions.push(collection, vscode.workspace.onDidOpenTextDocument(mark));
  vscode.workspace.textDocuments.forEach(mark);
};
