import * as vscode from 'vscode';
import type { WhyCode } from '../../core/notes';

/** The note reader's reason codes (`why` on each item) as sentences for the hover, localized. */
export function whySentence(why: WhyCode): string {
  switch (why) {
    case 'section:actions':
      return vscode.l10n.t('It sits under a heading for action items or next steps.');
    case 'section:decisions':
      return vscode.l10n.t('It sits under a heading for decisions or agreements.');
    case 'section:questions':
      return vscode.l10n.t('It sits under a heading for open questions.');
    case 'section:next':
      return vscode.l10n.t('It sits under a heading for the next meeting.');
    case 'task-list':
      return vscode.l10n.t('It is a task-list item (- [ ]).');
    case 'task-keyword':
      return vscode.l10n.t('It starts with a task keyword such as TODO or DONE.');
    case 'table-row':
      return vscode.l10n.t('It is a row of a table with an owner or task column.');
    case 'label':
      return vscode.l10n.t('It starts with a label such as “AI:”, “TODO:”, “Decision:” or “Next meeting:”.');
    case 'owner-label':
      return vscode.l10n.t("It is listed under a person's name.");
    case 'owner-line':
      return vscode.l10n.t('It has an owner line (“Owner:”) under it.');
    case 'prose-commitment':
      return vscode.l10n.t('The sentence commits someone to doing something.');
    case 'decision-sentence':
      return vscode.l10n.t('The sentence reports a decision.');
    case 'question-mark':
      return vscode.l10n.t('The sentence ends with a question mark.');
    case 'question-sentence':
      return vscode.l10n.t('The sentence says something is still open or unclear.');
    case 'next-sentence':
      return vscode.l10n.t('The sentence sets the next meeting.');
    case 'marker':
      return vscode.l10n.t('You marked it with <!-- composure: action -->.');
  }
}
