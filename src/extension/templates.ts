import * as vscode from 'vscode';
import { addWorkingDays, formatLocalDate } from '../core/dates/calendar';
import { formatDay } from '../core/followup/compose';
import { isLang, type Lang } from '../core/lang';
import { hoursInWords, isTimeRate } from '../core/templates/fill-values';
import { fillTemplate, TEMPLATE_TITLES, templatesFor, type TemplateKind, type TemplateRegister } from '../core/templates/catalog';
import type { ClientLookup } from './client-lookup';
import type { SettingsService } from './settings';

/**
 * "Composure: Insert Template": a quick pick of templates in the current client's language and
 * register. The client's facts come from its own profile (read once, or known already), never
 * from the whole clients index: the picker shows at once even while a large workspace is indexed.
 */
export async function insertTemplateCommand(
  clients: ClientLookup,
  settings: SettingsService,
  kind?: TemplateKind,
): Promise<string | undefined> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Composure: open a file to insert a template into.'));
    return undefined;
  }
  const uri = editor.document.uri;
  const client = clients.peek(uri)?.client ?? (await clients.clientFor(uri));
  const s = settings.forUri(editor.document.uri);
  const lang: Lang = client?.lang ?? (isLang(s.language) ? s.language : s.defaultLanguage);
  const register: TemplateRegister = client?.register ?? s.followupRegister;
  const list = templatesFor(lang, register);
  const chosen = kind
    ? list.find((t) => t.kind === kind)
    : (
        await vscode.window.showQuickPick(
          list.map((t) => ({
            label: TEMPLATE_TITLES[t.kind][lang],
            description: `${lang.toUpperCase()}${lang === 'en' ? '' : ` · ${register === 'formal' ? (lang === 'es' ? 'usted' : 'Lei') : lang === 'es' ? 'tú' : 'tu'}`}`,
            t,
          })),
          { placeHolder: client?.name ? vscode.l10n.t('Template for {0}', client.name) : vscode.l10n.t('Template') },
        )
      )?.t;
  if (!chosen) return undefined;
  const today = formatLocalDate(new Date());
  const body = fillTemplate(chosen.body, {
    first: client?.name?.split(/\s+/)[0],
    company: client?.company,
    me: s.userName || undefined,
    // Written out in the email's language, not as typed in the settings.
    hours: hoursInWords(client?.hours ?? s.workingHours, lang),
    date: formatDay(addWorkingDays(today, 2), lang),
    // Only a price per hour or day fits "billed at {{rate}}"; a project budget stays a tab stop.
    rate: isTimeRate(client?.rate) ? client?.rate : undefined,
  });
  // Nothing to tick in the walkthrough when the editor refused the insertion (closed, read-only).
  return (await editor.insertSnippet(new vscode.SnippetString(body))) ? body : undefined;
}
