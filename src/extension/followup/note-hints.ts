import * as vscode from 'vscode';
import { MARKER_ACTION, MARKER_NOT_ACTION } from '../../core/notes';
import type { SettingsService } from '../settings';
import { DocumentTimers } from '../document-timers';
import { isMeetingNote, readMeetingNote } from './note-diagnostics';
import { markableLines, readLinesOf, type ReadLine } from './note-reading';
import { whySentence } from './why-text';

const DEBOUNCE_MS = 250;

/** A marker the user (or a quick fix) wrote at the end of a line, with the spaces before it. */
const ANY_MARKER = /\s{0,4}<!--\s{0,5}composure:\s{0,5}(?:not-action|action)\s{0,5}-->/;

interface Reading {
  readonly version: number;
  readonly lines: ReadLine[];
  readonly byLine: Map<number, ReadLine>;
}

/** "Fri 27 Nov" in the display language (weekday, day, month), for an ISO date. */
export function shortDay(iso: string, locale = vscode.env.language): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  const date = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  let parts: Intl.DateTimeFormatPart[];
  try {
    parts = new Intl.DateTimeFormat(locale, { weekday: 'short', day: 'numeric', month: 'short' }).formatToParts(date);
  } catch {
    parts = new Intl.DateTimeFormat('en', { weekday: 'short', day: 'numeric', month: 'short' }).formatToParts(date);
  }
  const part = (type: string) => (parts.find((p) => p.type === type)?.value ?? '').replace(/\.$/, '');
  return `${part('weekday')} ${part('day')} ${part('month')}`;
}

/** The hint shown at the end of a line the reader read: "→ action · Ana · Fri 27 Nov". */
export function hintLabel(r: ReadLine, locale?: string): string {
  const parts: string[] = [];
  if (r.kind === 'action') {
    parts.push(vscode.l10n.t('action'), r.owner ?? vscode.l10n.t('no owner'));
    if (r.done) parts.push(vscode.l10n.t('done'));
    else if (r.due) parts.push(shortDay(r.due, locale));
    else if (r.dueText) parts.push(vscode.l10n.t('“{0}” (no date)', r.dueText));
  } else if (r.kind === 'decision') {
    parts.push(vscode.l10n.t('decision'));
  } else if (r.kind === 'question') {
    parts.push(vscode.l10n.t('question'));
  } else {
    parts.push(vscode.l10n.t('next meeting'));
    if (r.due) parts.push(r.time ? `${shortDay(r.due, locale)} ${r.time}` : shortDay(r.due, locale));
    else parts.push(vscode.l10n.t('no date'));
  }
  return `→ ${parts.join(' · ')}`;
}

function kindSentence(kind: ReadLine['kind']): string {
  switch (kind) {
    case 'action':
      return vscode.l10n.t('Composure reads this line as an action item.');
    case 'decision':
      return vscode.l10n.t('Composure reads this line as a decision.');
    case 'question':
      return vscode.l10n.t('Composure reads this line as an open question.');
    case 'next':
      return vscode.l10n.t('Composure reads this line as the next meeting.');
  }
}

/** The hover on a hint: what was read, why, and how to correct it. */
export function hintTooltip(r: ReadLine): vscode.MarkdownString {
  const md = new vscode.MarkdownString(undefined, true);
  md.appendMarkdown(`**${kindSentence(r.kind)}**\n\n`);
  md.appendText(whySentence(r.why));
  if (r.kind === 'action' && r.dueText && !r.due)
    md.appendText(`\n\n${vscode.l10n.t('The due “{0}” is not a day, so the follow-up keeps it as written.', r.dueText)}`);
  md.appendText(
    `\n\n${vscode.l10n.t('Read wrong? Use the quick fix (Ctrl+.) on the line: it writes a marker comment the reader follows.')}`,
  );
  return md;
}

/**
 * Shows, at the end of each line of an open meeting note, what the note reader made of it (an
 * inlay hint with the reason in its hover), and offers quick fixes that correct a misreading by
 * writing a marker comment on the line.
 */
export class NoteHints implements vscode.InlayHintsProvider, vscode.CodeActionProvider, vscode.Disposable {
  static readonly providedCodeActionKinds = [vscode.CodeActionKind.QuickFix];
  private readonly readings = new Map<string, Reading>();
  private readonly timers = new DocumentTimers();
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeInlayHints = this.changed.event;
  private readonly disposables: vscode.Disposable[] = [this.changed, this.timers];

  constructor(private readonly settings: SettingsService) {
    this.disposables.push(
      vscode.workspace.onDidChangeTextDocument((e) => this.schedule(e.document)),
      vscode.workspace.onDidCloseTextDocument((d) => this.readings.delete(d.uri.toString())),
      settings.onDidChange(() => {
        this.readings.clear();
        this.changed.fire();
      }),
    );
  }

  private schedule(doc: vscode.TextDocument): void {
    if (!isMeetingNote(doc)) return;
    this.timers.schedule(doc, DEBOUNCE_MS, () => {
      this.read(doc);
      this.changed.fire();
    });
  }

  /** What the reader made of a meeting note (cached per document version); undefined for other files. */
  read(doc: vscode.TextDocument): Reading | undefined {
    if (!isMeetingNote(doc)) return undefined;
    const key = doc.uri.toString();
    const cached = this.readings.get(key);
    if (cached && cached.version === doc.version) return cached;
    const note = readMeetingNote(doc, this.settings);
    const lines = readLinesOf(note).filter((r) => r.line < doc.lineCount);
    const reading: Reading = { version: doc.version, lines, byLine: new Map(lines.map((r) => [r.line, r])) };
    this.readings.set(key, reading);
    return reading;
  }

  provideInlayHints(doc: vscode.TextDocument, range: vscode.Range): vscode.InlayHint[] {
    const reading = this.read(doc);
    if (!reading) return [];
    const hints: vscode.InlayHint[] = [];
    for (const r of reading.lines) {
      if (r.line < range.start.line || r.line > range.end.line) continue;
      const end = doc.lineAt(r.line).range.end;
      const hint = new vscode.InlayHint(end, hintLabel(r));
      hint.paddingLeft = true;
      hint.tooltip = hintTooltip(r);
      hints.push(hint);
    }
    return hints;
  }

  provideCodeActions(doc: vscode.TextDocument, range: vscode.Range): vscode.CodeAction[] {
    const reading = this.read(doc);
    if (!reading) return [];
    const actions: vscode.CodeAction[] = [];
    let markable: Set<number> | undefined;
    for (let n = range.start.line; n <= range.end.line && n < doc.lineCount; n++) {
      const read = reading.byLine.get(n);
      const text = doc.lineAt(n).text;
      if (read) {
        actions.push(this.markerAction(doc, n, MARKER_NOT_ACTION, notTitle(read.kind)));
      } else if ((markable ??= markableLines(doc.getText())).has(n) || text.includes(MARKER_NOT_ACTION)) {
        actions.push(this.markerAction(doc, n, MARKER_ACTION, vscode.l10n.t('Read this as an action item')));
      }
      if (actions.length >= 20) break;
    }
    return actions;
  }

  /** Writes `marker` at the end of line `n`, replacing a marker already there. */
  private markerAction(doc: vscode.TextDocument, n: number, marker: string, title: string): vscode.CodeAction {
    const line = doc.lineAt(n);
    const edit = new vscode.WorkspaceEdit();
    const old = ANY_MARKER.exec(line.text);
    if (old) edit.replace(doc.uri, new vscode.Range(n, old.index, n, old.index + old[0].length), ` ${marker}`);
    else edit.insert(doc.uri, new vscode.Position(n, line.text.trimEnd().length), ` ${marker}`);
    const action = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
    action.edit = edit;
    return action;
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}

function notTitle(kind: ReadLine['kind']): string {
  switch (kind) {
    case 'action':
      return vscode.l10n.t('Not an action item');
    case 'decision':
      return vscode.l10n.t('Not a decision');
    case 'question':
      return vscode.l10n.t('Not an open question');
    case 'next':
      return vscode.l10n.t('Not the next meeting');
  }
}
