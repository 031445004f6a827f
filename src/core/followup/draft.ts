import type { IsoDate } from '../dates/calendar';
import { fmString, parseFrontMatter } from '../frontmatter';
import { isLang, type Lang } from '../lang';
import { parseMeetingNote, type MeetingNote } from '../notes/parse';
import type { Settings } from '../settings';
import { composeFollowup, type FollowupEmail } from './compose';
import type { Register } from './strings';

/** What the client profile contributes to a follow-up. */
export interface ClientFacts {
  readonly lang?: Lang;
  readonly email?: string;
  readonly register?: Register;
  readonly name?: string;
}

export interface Followup {
  readonly note: MeetingNote;
  readonly email: FollowupEmail;
  readonly lang: Lang;
}

/**
 * Parses a meeting note and writes its follow-up. The note is read in its own language, as the
 * clients index and the note's hints read it: its `lang`, else detected, else the client's, else
 * the setting. The email's language: `opts.lang` (the CLI's `--lang`), else the note's `lang`, else
 * the client's, else the setting, else the language the note was read in. Register: the client's
 * `register`, else the setting.
 */
export function draftFollowup(
  text: string,
  opts: { fileName?: string; client?: ClientFacts; settings: Settings; today: IsoDate; lang?: Lang; template?: string; uiLang?: Lang },
): Followup {
  const userNames = [opts.settings.userName, ...opts.settings.userAliases].filter(Boolean);
  const preferred = opts.client?.lang ?? (opts.settings.language !== 'auto' ? opts.settings.language : undefined);
  const note = parseMeetingNote(text, {
    fileName: opts.fileName,
    defaultLang: preferred ?? opts.settings.defaultLanguage,
    userNames,
    reference: opts.today,
    uiLang: opts.uiLang,
  });
  const lang = opts.lang ?? noteLang(text) ?? preferred ?? note.lang;
  const email = composeFollowup(note, {
    lang: isLang(lang) ? lang : 'en',
    register: opts.client?.register ?? opts.settings.followupRegister,
    today: opts.today,
    confirmDays: opts.settings.followupConfirmDays,
    userName: opts.settings.userName,
    userAliases: opts.settings.userAliases,
    signature: opts.settings.signature,
    template: opts.template,
  });
  return { note, email, lang };
}

/**
 * The JSON the CLI prints (PRODUCT.md's contract): every action with its 1-based `line`, `done`
 * and `mine` (done ones included, so a reader can tell what was already finished); decisions and
 * open questions as `{text, line}`; the next meeting as `{date, text, line}`.
 */
export function followupJson(f: Followup) {
  return {
    lang: f.lang,
    subject: f.email.subject,
    body: f.email.body,
    meetingDate: f.note.date,
    decisions: f.note.decisions.map((d) => ({ text: d.text, line: d.line })),
    actions: f.note.actions.map((a) => ({
      owner: a.owner,
      task: a.task,
      due: a.due,
      dueText: a.dueText,
      line: a.line,
      done: a.done,
      mine: a.mine,
    })),
    openQuestions: f.note.openQuestions.map((q) => ({ text: q.text, line: q.line })),
    nextMeeting: f.note.nextMeeting
      ? { date: f.note.nextMeeting.date, text: f.note.nextMeeting.text, line: f.note.nextMeeting.line }
      : null,
    warnings: f.note.warnings.map((w) => `line ${w.line}: ${w.message}`),
  };
}

/** The `lang` a note's front matter gives, if any. */
function noteLang(text: string): Lang | undefined {
  const fm = parseFrontMatter(text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text);
  const lang = fmString(fm.data, 'lang')?.toLowerCase();
  return isLang(lang) ? lang : undefined;
}
