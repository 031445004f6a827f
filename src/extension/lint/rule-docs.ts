import * as vscode from 'vscode';
import type { Lang } from '../../core/lang';
import { ruleDocument } from '../../core/lint/rule-doc';

/** Scheme of the bundled rule reference: read-only Markdown documents built from the rule registry. */
export const RULE_SCHEME = 'composure-rule';

/** The page of a rule, e.g. `composure-rule:/reply-on-hold.md` (the diagnostic code's link). */
export function ruleDocUri(rule: string): vscode.Uri {
  return vscode.Uri.from({ scheme: RULE_SCHEME, path: `/${rule}.md` });
}

/**
 * Serves rule pages inside VS Code, so the link on a finding's code in the Problems panel opens
 * the reference in an editor (never a missing file, no network).
 */
export class RuleDocsProvider implements vscode.TextDocumentContentProvider {
  constructor(private readonly uiLang: Lang) {}

  provideTextDocumentContent(uri: vscode.Uri): string {
    return ruleDocument(uri.path.replace(/^\//, '').replace(/\.md$/i, ''), this.uiLang);
  }
}
