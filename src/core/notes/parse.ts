import { isIsoDate, type IsoDate } from '../dates/calendar';
import { findDates, isVagueDue, resolveDate, type DateMatch } from '../dates/resolve';
import { detectLanguage } from '../detect-lang';
import { fmString, parseFrontMatter } from '../frontmatter';
import { isLang, type Lang } from '../lang';
import { t } from '../i18n';
import { foldText } from '../text/fold';
import { toBlocks, type Block } from './blocks';
import {
  ACTION_MARKER, ATTENDEE_KEYS, classifyHeading, DATE_KEYS, DEADLINE_KEYS, DECISION_MARKER, DECISION_SENTENCE, EVERYONE,
  KEY_VALUE, labelOf, looksLikeNames, NEXT_KEYS, NO_ACTION, QUESTION_MARKER, TITLE_KEYS, type SectionKind,
} from './vocabulary';

/** Something agreed or asked, with the 0-based line it comes from. */
export interface NoteLine {
  readonly text: string;
  readonly line: number;
}

/** Who does what by when. */
export interface ActionItem {
  readonly owner: string | null;
  readonly task: string;
  /** Resolved due date (YYYY-MM-DD), or null. */
  readonly due: IsoDate | null;
  /** The due as written ("by Friday", "a breve"), or null. */
  readonly dueText: string | null;
  /** A checked task-list item: already done. */
  readonly done: boolean;
  /** The owner is the user (setting composure.userName / userAliases). */
  readonly mine: boolean;
  /** The due is a vague promise ("soon"); or a span read as one day ("next week"). */
  readonly vague: boolean;
  readonly inexact: boolean;
  readonly line: number;
}

export interface MeetingNote {
  readonly title: string;
  readonly date: IsoDate | null;
  readonly dateSource: 'front matter' | 'note' | 'file name' | 'heading' | 'none';
  readonly lang: Lang;
  readonly attendees: string[];
  readonly decisions: NoteLine[];
  readonly actions: ActionItem[];
  readonly openQuestions: NoteLine[];
  readonly nextMeeting: { date: IsoDate | null; time: string | null; text: string; line: number } | null;
  readonly warnings: Array<{ message: string; line: number; code: WarningCode }>;
  /** The front matter's `followup` date, when the note was already followed up. */
  readonly followedUp: string | null;
}

export type WarningCode = 'no-date' | 'no-owner' | 'no-due' | 'vague-due' | 'unresolved-date' | 'bad-front-matter';

export interface ParseOptions {
  /** The file name, for a date like 2026-11-20-kickoff.md and a fallback title. */
  readonly fileName?: string;
  /** The language when the note does not say: the client's, else the default. */
  readonly lang?: Lang;
  readonly defaultLang?: Lang;
  /** The user's name and aliases, to mark their own action items. */
  readonly userNames?: readonly string[];
  /** Language of warning messages. */
  readonly uiLang?: Lang;
}

/** Parses a Markdown meeting note into decisions, action items, questions and the next meeting. */
export function parseMeetingNote(text: string, opts: ParseOptions = {}): MeetingNote {
  const fm = parseFrontMatter(text);
  const warnings: MeetingNote['warnings'] = [];
  const ui: Lang = opts.uiLang ?? 'en';
  if (fm.error) warnings.push({ code: 'bad-front-matter', line: fm.error.line - 1, message: t(ui, 'note.badFrontMatter', fm.error.message) });
  const bodyStart = fm.range ? fm.range.end : 0;
  const lineOffset = text.slice(0, bodyStart).split('\n').length - 1;
  const body = text.slice(bodyStart);
  const blocks = toBlocks(body, lineOffset);

  const fmLang = fmString(fm.data, 'lang')?.toLowerCase();
  const lang: Lang = isLang(fmLang) ? fmLang : opts.lang ?? detectLanguage(body, 1500) ?? opts.defaultLang ?? 'en';

  // Meeting facts from key-value lines and headings.
  const facts = collectFacts(blocks);
  let date: IsoDate | null = null;
  let dateSource: MeetingNote['dateSource'] = 'none';
  const fmDate = fmDateValue(fm.data.date);
  if (fmDate) [date, dateSource] = [fmDate, 'front matter'];
  else if (facts.date && (date = explicitDate(facts.date))) dateSource = 'note';
  else if (opts.fileName && (date = dateFromFileName(opts.fileName))) dateSource = 'file name';
  else {
    // A heading with a date ("Sprint Planning – 30/04/2025"), or the note's first lines ("Riunione del 18/11/2026").
    const early = blocks.filter((b, k) => b.kind === 'heading' || (k < 4 && b.kind === 'para'));
    for (const b of early) {
      const d = b.kind === 'row' ? null : explicitDate(b.text);
      if (d) {
        [date, dateSource] = [d, 'heading'];
        break;
      }
    }
  }
  if (!date) warnings.push({ code: 'no-date', line: 0, message: t(ui, 'note.noDate') });

  const attendees = fmList(fm.data.attendees) ?? facts.attendees ?? [];
  const title = fmString(fm.data, 'title') ?? firstTitle(blocks) ?? facts.title ?? fileTitle(opts.fileName) ?? '';
  const userNames = (opts.userNames ?? []).map((n) => foldText(n).trim()).filter(Boolean);

  const ctx: Ctx = { date, lang, attendees, warnings, userNames };
  const decisions: NoteLine[] = [];
  const actions: ActionItem[] = [];
  const openQuestions: NoteLine[] = [];
  let nextMeeting: MeetingNote['nextMeeting'] = null;
  let sectionDeadline: string | undefined = facts.deadline;

  let section: SectionKind = 'other';
  let sectionLevel = 0;
  let ownerHeading: string | undefined;
  let pseudo: { kind: SectionKind; depth: number; lastLine: number } | undefined;
  let parentOwner: { depth: number; owner: string } | undefined;
  const attendeeSection: string[] = [];

  for (let k = 0; k < blocks.length; k++) {
    const b = blocks[k];
    if (b.kind === 'heading') {
      if (b.text.includes(':') && isFactKey(b.text)) continue;
      const kind = classifyHeading(b.text);
      if (kind === 'other' && (section === 'actions' || ownerHeading !== undefined) && b.level > sectionLevel && looksLikeNames(b.text)) {
        ownerHeading = b.text;
        continue;
      }
      section = kind;
      sectionLevel = b.level;
      ownerHeading = undefined;
      pseudo = undefined;
      parentOwner = undefined;
      continue;
    }
    const depth = b.kind === 'row' ? 0 : b.depth;
    if (pseudo) {
      const continues = depth > pseudo.depth || (b.kind === 'para' && depth === pseudo.depth && b.line === pseudo.lastLine + 1);
      if (continues) pseudo.lastLine = b.line;
      else pseudo = undefined;
    }
    if (parentOwner && depth <= parentOwner.depth) parentOwner = undefined;
    const text = b.kind === 'row' ? '' : b.text;

    // "Next steps:" or "**Acuerdos**" on its own line opens a section inside the current one.
    if (b.kind !== 'row' && text.length < 50 && (/[:：]\s*$/.test(text) || (b.kind === 'para' && text.split(' ').length <= 4 && !/[.!?]$/.test(text)))) {
      const label = text.replace(/[:：]\s*$/, '');
      const kind = classifyHeading(label, true);
      if (kind !== 'other' && labelOf(label).split(' ').length <= 5) {
        pseudo = { kind, depth, lastLine: b.line };
        continue;
      }
    }
    const where = pseudo?.kind ?? section;
    if (b.kind !== 'row' && isFactLine(text)) {
      const kv = KEY_VALUE.exec(text);
      const key = kv ? labelOf(kv[1]) : '';
      if (kv && (NEXT_KEYS.test(key) || (where === 'next' && DATE_KEYS_NEXT.test(key))) && !nextMeeting) nextMeeting = nextMeetingFrom(kv[2], b.line, ctx);
      else if (kv && where === 'next' && nextMeeting && /^(?:time|hora|ora|hora propuesta|orario)$/.test(key) && !nextMeeting.time) {
        const nm = nextMeeting as NonNullable<MeetingNote["nextMeeting"]>;
        nextMeeting = { ...nm, text: `${nm.text}, ${kv[2]}` };
      }
      continue;
    }
    if (isPlaceholder(b.kind === 'row' ? b.cells.join(' ') : text)) continue;

    if (b.kind === 'row') {
      const fromRow = rowToEntry(b, ctx, where);
      if (fromRow?.kind === 'action') actions.push(fromRow.action);
      else if (fromRow?.kind === 'decision') decisions.push({ text: fromRow.text, line: b.line });
      continue;
    }

    switch (where) {
      case 'attendees':
        attendeeSection.push(text.replace(/\s*\(.*?\)\s*$/, '').replace(/^@/, ''));
        break;
      case 'deadline':
        sectionDeadline ??= text;
        break;
      case 'next':
        if (!nextMeeting) nextMeeting = nextMeetingFrom(text, b.line, ctx);
        break;
      case 'questions':
        openQuestions.push({ text: stripMarker(text, QUESTION_MARKER), line: b.line });
        break;
      case 'decisions': {
        const a = b.kind === 'item' ? explicitOwnerAction(text, b, ctx) : undefined;
        if (a) actions.push(a);
        else decisions.push({ text: stripMarker(text, DECISION_MARKER), line: b.line });
        break;
      }
      case 'actions': {
        if (b.kind === 'para' && (DECISION_SENTENCE.test(foldText(text)) || DECISION_MARKER.test(text))) {
          decisions.push({ text: stripMarker(text, DECISION_MARKER), line: b.line });
          break;
        }
        if (b.kind === 'para' && NEXT_SENTENCE[lang].test(text)) {
          nextMeeting ??= nextMeetingFrom(NEXT_SENTENCE[lang].exec(text)?.[1] ?? text, b.line, ctx);
          break;
        }
        if (b.kind === 'para' && QUESTION_MARKER.test(text)) {
          openQuestions.push({ text: stripMarker(text, QUESTION_MARKER), line: b.line });
          break;
        }
        if (b.kind === 'item' && b.hasChildren && isOwnerLabel(text)) {
          parentOwner = { depth, owner: text.replace(/[:：]\s*$/, '').replace(/\*\*/g, '').trim() };
          break;
        }
        if (NO_ACTION.test(stripMarker(text, ACTION_MARKER))) break;
        // "SLEP or not SLEP?" in a to-do list is a question, not a task.
        if (/^[^.!]*\?/.test(text) && !parentOwner && !ownerHeading && !extractOwner(text, ctx)) {
          openQuestions.push({ text, line: b.line });
          break;
        }
        actions.push(makeAction(stripMarker(text, ACTION_MARKER), b, ctx, parentOwner?.owner ?? ownerHeading, b.kind === 'item' && !!b.checked));
        break;
      }
      default: {
        // Free-form notes: task lists, markers and "Ana will …" sentences.
        if (b.kind === 'item' && b.checked !== undefined) {
          if (!NO_ACTION.test(text)) actions.push(makeAction(text, b, ctx, parentOwner?.owner, b.checked));
        } else if (ACTION_MARKER.test(text) && OPEN_DECISION.test(stripMarker(text, ACTION_MARKER))) {
          openQuestions.push({ text: stripMarker(text, ACTION_MARKER), line: b.line });
        } else if (ACTION_MARKER.test(text)) {
          const rest = stripMarker(text, ACTION_MARKER);
          for (const part of splitActions(rest)) if (part && !NO_ACTION.test(part)) actions.push(makeAction(part, b, ctx, undefined));
        } else if (!nextMeeting && NEXT_SENTENCE[lang].test(text)) {
          nextMeeting = nextMeetingFrom(NEXT_SENTENCE[lang].exec(text)?.[1] ?? text, b.line, ctx);
        } else if (DECISION_MARKER.test(text) || DECISION_SENTENCE.test(foldText(text))) {
          decisions.push({ text: stripMarker(text, DECISION_MARKER), line: b.line });
        } else if (QUESTION_MARKER.test(text)) {
          openQuestions.push({ text: stripMarker(text, QUESTION_MARKER), line: b.line });
        } else {
          const speaker = SPEAKER.exec(text);
          const body = speaker ? text.slice(speaker[0].length) : text;
          // "- Alice: update the pricing page (due 25/11)": a named list item with a due date is a task.
          const name = speaker?.[1] ?? speaker?.[2];
          if (b.kind === 'item' && name && looksLikeNames(name) && (/\b(?:due|deadline|by|fecha|para el|entro|scadenza)\b|📅/i.test(body)) && findDates(body, date ?? '1970-01-01', lang).length) {
            actions.push(makeAction(body, b, ctx, name, false, true));
            break;
          }
          for (const sentence of splitSentences(body)) {
            const a = commitmentAction(sentence, b, ctx, speaker?.[1] ?? speaker?.[2]);
            if (a) actions.push(a);
          }
        }
      }
    }
  }

  // A deadline stated once for all tasks ("Deadline sprint: 12/05/2025") fills the ones without one.
  if (sectionDeadline && date) {
    const d = resolveDate(sectionDeadline, date, lang);
    if (d) {
      for (let i = 0; i < actions.length; i++) {
        if (!actions[i].due && !actions[i].dueText) actions[i] = { ...actions[i], due: d.date, dueText: sectionDeadline.trim(), inexact: d.inexact };
      }
    }
  }
  for (const a of actions) {
    if (a.done) continue;
    if (!a.owner) warnings.push({ code: 'no-owner', line: a.line, message: t(ui, 'note.noOwner', short(a.task)) });
    if (a.vague) warnings.push({ code: 'vague-due', line: a.line, message: t(ui, 'note.vagueDue', short(a.task), a.dueText ?? '') });
    else if (!a.due && a.dueText && date) warnings.push({ code: 'unresolved-date', line: a.line, message: t(ui, 'note.unresolvedDate', short(a.task), a.dueText) });
    else if (!a.due && !a.dueText) warnings.push({ code: 'no-due', line: a.line, message: t(ui, 'note.noDue', short(a.task)) });
  }
  return {
    title,
    date,
    dateSource,
    lang,
    attendees: attendees.length ? attendees : attendeeSection,
    decisions,
    actions: actions.map((a) => ({ ...a, mine: isMine(a.owner, userNames) })),
    openQuestions,
    nextMeeting,
    warnings,
    followedUp: fmDateValue(fm.data.followup) ?? null,
  };
}

interface Ctx {
  date: IsoDate | null;
  lang: Lang;
  attendees: string[];
  warnings: MeetingNote['warnings'];
  userNames: string[];
}

const DATE_KEYS_NEXT = /^(?:date|fecha|data|fecha propuesta|data proposta|dia|giorno|when|cuando|quando)$/;

const short = (s: string) => (s.length > 60 ? `${s.slice(0, 57)}…` : s);
const stripMarker = (text: string, re: RegExp) => text.replace(re, '').trim();

function fmDateValue(v: unknown): IsoDate | undefined {
  if (v instanceof Date && !Number.isNaN(v.getTime())) return v.toISOString().slice(0, 10);
  if (typeof v === 'string') {
    const m = /^(\d{4}-\d{2}-\d{2})/.exec(v.trim());
    if (m && isIsoDate(m[1])) return m[1];
  }
  return undefined;
}

function fmList(v: unknown): string[] | undefined {
  if (Array.isArray(v)) return v.filter((x): x is string => typeof x === 'string').map((x) => x.trim()).filter(Boolean);
  if (typeof v === 'string') return v.split(/[,;]/).map((x) => x.trim()).filter(Boolean);
  return undefined;
}

/** A date written out in full (ISO, 13/02/2024, 29-01-2022, "March 31, 2025"): no relative words. */
function explicitDate(text: string): IsoDate | null {
  const iso = /\b(\d{4})-(\d{2})-(\d{2})\b/.exec(text);
  if (iso && isIsoDate(iso[0])) return iso[0];
  const dmy = /\b(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\b/.exec(text);
  if (dmy) {
    let [d, m] = [Number(dmy[1]), Number(dmy[2])];
    if (d <= 12 && m > 12) [d, m] = [m, d];
    const s = `${dmy[3]}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
    if (isIsoDate(s)) return s;
  }
  for (const lang of ['en', 'es', 'it'] as Lang[]) {
    const found = findDates(text, '2000-01-01', lang).find((x) => /\d{4}/.test(x.text));
    if (found) return found.date;
  }
  return null;
}

function dateFromFileName(name: string): IsoDate | null {
  const base = name.split(/[\\/]/).pop() ?? name;
  const m = /(\d{4})-?(\d{2})-?(\d{2})/.exec(base);
  if (m) {
    const s = `${m[1]}-${m[2]}-${m[3]}`;
    if (isIsoDate(s)) return s;
  }
  return null;
}

function fileTitle(name?: string): string | undefined {
  if (!name) return undefined;
  const base = (name.split(/[\\/]/).pop() ?? name).replace(/\.(md|markdown|txt)$/i, '').replace(/^\d{4}-?\d{2}-?\d{2}[-_ ]*/, '');
  return base ? base.replace(/[-_]+/g, ' ').replace(/^\w/, (c) => c.toUpperCase()) : undefined;
}

function firstTitle(blocks: Block[]): string | undefined {
  for (const b of blocks) {
    if (b.kind !== 'heading' || b.level > 2) continue;
    if (KEY_VALUE.test(b.text) && isFactKey(b.text)) continue;
    if (classifyHeading(b.text) !== 'other') continue;
    if (/^\[.*\]$/.test(b.text.trim())) continue;
    return b.text.replace(/\s*[–—-]\s*\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\s*$/, '').trim();
  }
  return undefined;
}

function isFactKey(text: string): boolean {
  const kv = KEY_VALUE.exec(text);
  if (!kv) return false;
  const key = labelOf(kv[1]);
  return DATE_KEYS.test(key) || ATTENDEE_KEYS.test(key) || TITLE_KEYS.test(key) || DEADLINE_KEYS.test(key) || NEXT_KEYS.test(key)
    || /^(?:time|hora|ora|hora inicio|hora finalizacion|lugar|location|luogo|durata|duration|duracion|notetaker|lead|chair|facilitator|moderador|moderatore|firma)$/.test(key);
}

function isFactLine(text: string): boolean {
  return text.length < 200 && text.includes(':') && isFactKey(text);
}

function collectFacts(blocks: Block[]) {
  const facts: { date?: string; attendees?: string[]; title?: string; deadline?: string } = {};
  for (const b of blocks) {
    if (b.kind === 'row' || !b.text.includes(':')) continue;
    const kv = KEY_VALUE.exec(b.text);
    if (!kv) continue;
    const key = labelOf(kv[1]);
    if (DATE_KEYS.test(key)) facts.date ??= kv[2];
    else if (ATTENDEE_KEYS.test(key)) facts.attendees ??= kv[2].split(/[,;]/).map((x) => x.replace(/\s*\(.*?\)\s*/g, '').trim()).filter(Boolean);
    else if (TITLE_KEYS.test(key)) facts.title ??= kv[2];
    else if (DEADLINE_KEYS.test(key)) facts.deadline ??= kv[2];
  }
  return facts;
}

/** Template placeholders ("[Nombre]", "[Acción 1]", "DD/MM/YYYY") and empty bullets. */
function isPlaceholder(text: string): boolean {
  if (!text.includes('[') && !/\b(?:DD|MM|YYYY|AAAA|GG|HH)\b/.test(text)) return text.replace(/[\s:/\-–—|*_.,()]+/g, '').length < 3;
  const bracketed = /\[[^\]]*\]/.test(text);
  let rest = text.replace(/\[[^\]]*\]/g, '').replace(/\b(?:DD|MM|YYYY|AAAA|GG|HH)\b/g, '');
  if (bracketed) rest = rest.replace(/\b(?:owner|due|date|by|responsible|responsable|fecha|hora|responsabile|data|scadenza|estado|status|stato)\b/gi, '');
  return rest.replace(/[\s:/\-–—|*_.,()]+/g, '').length < 3;
}

function isOwnerLabel(text: string): boolean {
  const t = text.replace(/\*\*/g, '').trim();
  return /[:：]$/.test(t) ? looksLikeNames(t.slice(0, -1)) : looksLikeNames(t) && t.split(/\s+/).length <= 4;
}

function isMine(owner: string | null, userNames: string[]): boolean {
  if (!owner || !userNames.length) return false;
  const words = new Set(foldText(owner).replace(/@/g, '').split(/[\s,&/]+|\band\b|\by\b|\be\b/).filter(Boolean));
  return userNames.some((n) => words.has(n) || foldText(owner).replace(/@/g, '').trim() === n);
}

/** "[anton] …", "[name=Loïc] …", "Oliver: …", "JB: …": who is speaking in minutes. */
const SPEAKER = /^\s*(?:\[(?:name=)?([^\]=]{1,30})\]|(@?[\p{Lu}][\p{L}.'-]{0,20}(?: [\p{Lu}][\p{L}.'-]{0,20})?)\s*:)\s*/u;

/** First-person commitments that make the speaker the owner. */
const FIRST_PERSON: Record<Lang, RegExp> = {
  en: /^(?:ok(?:ay)?,?\s*)?(?:i'll|i will|i can|i'm going to|i am going to|let me|will|can)\s+(.+)$/i,
  es: /^(?:vale,?\s*)?(?:yo\s+)?(?:me encargo de|me ocupo de|lo hago yo|voy a|puedo|hare|me comprometo a)\s+(.+)$/i,
  it: /^(?:ok,?\s*)?(?:io\s+)?(?:mi occupo di|me ne occupo|ci penso io a|lo faccio io|faro|posso|mi impegno a)\s+(.+)$/i,
};

/** "The next meeting will be on Thursday, June 8th" and the like. */
const NEXT_SENTENCE: Record<Lang, RegExp> = {
  en: /\b(?:(?:the )?next (?:meeting|call|sync)\b[^.]*?\b(?:will be|is|on|at)\s+(?:on\s+|at\s+)?|(?:we'll|we will|let's|we) (?:meet|talk|speak) again (?:on\s+|at\s+)?|(?:we )?reconvene (?:on\s+)?)(.+)$/i,
  es: /\b(?:(?:la )?(?:proxima|próxima|siguiente) (?:reunion|reunión|llamada)\b[^.]*?\b(?:sera|será|es|tendra lugar|tendrá lugar)\s+(?:el\s+)?|nos (?:volvemos a ver|vemos de nuevo|volvemos a reunir) (?:el\s+)?|volvemos a reunirnos (?:el\s+)?)(.+)$/i,
  it: /\b(?:(?:la )?prossima (?:riunione|call|chiamata)\b[^.]*?\b(?:sara|sarà|e|è|si terra|si terrà)\s+|ci (?:rivediamo|risentiamo|vediamo di nuovo|aggiorniamo)\s+)(.+)$/i,
};

/** "Pending: decide whether …" is a question still open, not a task. */
const OPEN_DECISION = /^(?:decide (?:whether|if)|whether|decidir si|ver si|decidere se|capire se|valutare se)\b/i;

/** "continue convo in #infra, JB to look into …" holds two actions. */
function splitActions(text: string): string[] {
  return text.split(/[,;]\s+(?=(?:@?\p{Lu}[\p{L}.]*)(?:\s*(?:and|&|y|e|,)\s*@?\p{Lu}[\p{L}.]*)*\s+(?:to|will|shall|taking)\s)/u).map((s) => s.trim());
}

function splitSentences(text: string): string[] {
  return text.split(/(?<=[.!?;])\s+(?=\p{Lu}|@)/u).map((s) => s.trim()).filter(Boolean);
}

const OWNER_VERB: Record<Lang, RegExp> = {
  en: /^(.{1,60}?)\s+(?:will|to|shall|is going to|are going to|'ll|needs? to|agreed to|volunteered to|offered to|taking (?:an? |the )?action(?: item)? to|takes? (?:an? |the )?action(?: item)? to|takes?|owns?)\s+(?=\p{L})/u,
  es: /^(.{1,60}?)\s+(?:va a|van a|se encarga(?:n|rá|rán)? de|se compromete(?:n)? a|debe|deben|tiene que|tienen que|quedó en|quedaron en|(?=\p{L}+(?:rá|rán)\s))\s*(?=\p{L})/u,
  it: /^(.{1,60}?)\s+(?:si occupa(?:no)? di|si occuperà di|si impegna(?:no)? a|deve|devono|dovrà|dovranno|(?=\p{L}+(?:rà|ranno)\s))\s*(?=\p{L})/u,
};

/** "Ana will send the photos", "Lucía enviará las fotos", "Marco invierà i testi". */
const STRONG_CONNECTOR = /^\s+(?:will take care of|takes care of|is responsible for|agreed to|volunteered to|offered to|taking|takes|se encarga|se encargará|se compromete|va a|van a|quedó en|si occupa|si occuperà|si impegna|\p{L}+(?:rá|rán|rà|ranno))/u;

function splitOwnerVerb(text: string, ctx: Ctx): { owner: string; task: string; strong: boolean } | undefined {
  const m = OWNER_VERB[ctx.lang].exec(text) ?? (ctx.lang !== 'en' ? OWNER_VERB.en.exec(text) : null);
  if (!m) return undefined;
  const strong = STRONG_CONNECTOR.test(text.slice(m[1].length, m.index + m[0].length + 20));
  const owner = m[1].replace(/^\[name=[^\]]*\]\s*/, '').trim();
  if (!looksLikeNames(owner) || EVERYONE.test(owner)) return undefined;
  if (ctx.attendees.length && !isAttendee(owner, ctx.attendees) && !owner.startsWith('@') && !EVERYONE.test(owner)) {
    // An unknown capitalised word before "will" is probably not a person ("Python will…").
    if (owner.split(/\s+/).length === 1 && !/^\p{Lu}{2,3}$/u.test(owner) && !mentionsName(owner, ctx.attendees)) return undefined;
  }
  return { owner, task: text.slice(m[0].length).trim(), strong };
}

function isAttendee(owner: string, attendees: string[]): boolean {
  return mentionsName(owner, attendees);
}

function mentionsName(owner: string, attendees: string[]): boolean {
  const words = foldText(owner).split(/[^a-z0-9@]+/).filter((w) => w.length > 1);
  return attendees.some((a) => {
    const aw = foldText(a).split(/[^a-z0-9@]+/).filter((w) => w.length > 1);
    return words.some((w) => aw.includes(w.replace(/^@/, '')));
  });
}

/** A sentence in free-form notes that commits somebody: "Tim and Sebastian will submit a proposal". */
function commitmentAction(sentence: string, b: Block & { kind: 'item' | 'para' }, ctx: Ctx, speaker?: string): ActionItem | undefined {
  const cleaned = sentence.replace(/^\[name=[^\]]*\]\s*/, '');
  if (speaker) {
    const fp = FIRST_PERSON[ctx.lang].exec(cleaned) ?? FIRST_PERSON.en.exec(cleaned);
    if (fp && !/\b(?:think|guess|imagine|agree|believe|see|creo|penso|supongo)\b/i.test(fp[1].split(' ')[0])) {
      return makeAction(fp[1], b, ctx, capitalise(speaker.trim()), false, true);
    }
  }
  const ov = splitOwnerVerb(cleaned, ctx);
  if (ov && (ctx.attendees.length || ov.strong || isStrongOwner(ov.owner))) return makeAction(ov.task, b, ctx, ov.owner, false, true);
  // "Oliver: I'll file an issue", "@lgierth: will write the tool"
  const colon = /^(@?[\p{L}][\p{L} .'-]{0,40}?)\s*:\s*(?:I'll|I will|will|I can|voy a|lo hago|me encargo|ci penso io|lo faccio io|me ne occupo)\b\s*(.*)$/iu.exec(cleaned);
  if (colon && looksLikeNames(colon[1])) return makeAction(colon[2] || cleaned, b, ctx, colon[1].trim(), false, true);
  return undefined;
}

const capitalise = (s: string) => (/^[a-z]/.test(s) ? s.charAt(0).toUpperCase() + s.slice(1) : s);

/** Without an attendee list, a lone capitalised word before "will" is too weak to be an owner. */
function isStrongOwner(owner: string): boolean {
  return owner.startsWith('@') || /^\p{Lu}{2,3}$/u.test(owner) || /\s(?:and|&|y|e)\s|,/.test(owner) || owner.trim().split(/\s+/).length >= 2;
}

/** An item in a decisions section that names an owner explicitly is really an action. */
function explicitOwnerAction(text: string, b: Block & { kind: 'item' }, ctx: Ctx): ActionItem | undefined {
  if (!/@[\w.-]+|\b(?:owner|responsable|responsabile|assignee)\s*:/i.test(text)) return undefined;
  return makeAction(text, b, ctx, undefined);
}

/** Builds an action item from its text: owner and due pulled out, the task left. */
function makeAction(raw: string, b: Block, ctx: Ctx, contextOwner: string | undefined, done = false, ownerKnown = false): ActionItem {
  let task = raw.replace(/^\[name=[^\]]*\]\s*/, '').trim();
  let owner: string | undefined = ownerKnown ? contextOwner : undefined;
  let dueText: string | undefined;

  // Explicit due markers: "due: 2026-11-27", "📅 2026-11-27", "deadline: Friday", "fecha: …", "entro: …".
  const dueMarker = /(?:^|[\s(—–-])(?:due|deadline|by|fecha|plazo|entrega|scadenza|entro)\s*:\s*([^;,)]+)|(?:📅|⏳|🗓️?)\s*(\S+(?:\s+\d{1,2}:\d{2})?)/iu.exec(task);
  if (dueMarker) {
    dueText = (dueMarker[1] ?? dueMarker[2]).trim();
    task = (task.slice(0, dueMarker.index) + task.slice(dueMarker.index + dueMarker[0].length)).trim();
  }
  if (!owner) {
    const o = extractOwner(task, ctx);
    if (o) [owner, task] = [o.owner, o.task];
  }
  owner ??= contextOwner;

  let due: DateMatch | undefined;
  if (dueText && ctx.date) due = resolveDate(dueText, ctx.date, ctx.lang);
  if (!dueText) {
    // Without a meeting date, relative dates are found (to keep their words) but not resolved.
    const found = findDates(task, ctx.date ?? '1970-01-01', ctx.lang);
    if (found.length) {
      const last = found[found.length - 1];
      dueText = last.text;
      task = removeDuePhrase(task, last);
      due = ctx.date ? last : explicitOnly(last);
    }
  }
  if (!dueText) {
    const vague = /\b(?:asap|soon|shortly|as soon as possible|pronto|lo antes posible|cuanto antes|en breve|a breve|il prima possibile|quanto prima|al più presto|tbd)\b/iu.exec(task);
    if (vague) {
      dueText = vague[0];
      task = task.replace(vague[0], '').replace(/\s{2,}/g, ' ').replace(/[\s,;:–—-]+$/, '').trim();
    }
  }
  if (dueText && !due && ctx.date) due = resolveDate(dueText, ctx.date, ctx.lang);
  const vague = !!dueText && !due && isVagueDue(dueText, ctx.lang);
  // "✅" or "[done]" on the line marks it done (what the Agreements view's "Mark Done" writes on lines without a checkbox).
  const doneMark = /\s*(?:✅|✔️|\[done\])(?:\s*(?:done\s*)?\d{4}-\d{2}-\d{2})?\s*$/iu;
  if (doneMark.test(task)) {
    done = true;
    task = task.replace(doneMark, '');
  }
  task = tidyTask(task);
  return {
    owner: owner ? owner.replace(/\*\*/g, '').trim() : null,
    task,
    due: due?.date ?? null,
    dueText: dueText ?? null,
    done,
    mine: false,
    vague,
    inexact: due?.inexact ?? false,
    line: b.line,
  };
}

/** Pulls the owner out of an action's text, trying the common ways notes name one. */
function extractOwner(text: string, ctx: Ctx): { owner: string; task: string } | undefined {
  // "@alice and @bob to …", "@alice: …"
  const at = /^((?:@[\p{L}\p{N}_.-]+)(?:\s*(?:,|and|&|y|e)\s*@[\p{L}\p{N}_.-]+)*)\s*[:–—-]?\s*(?:(?:will|to|shall)\s+)?/iu.exec(text);
  if (at) return { owner: at[1], task: text.slice(at[0].length) };
  // "Owner: Ana — …" anywhere
  const labelled = /\b(?:owner|assignee|responsable|responsabile|asignado a|assegnato a)\s*:\s*([^,;()—–]+?)\s*(?:[,;)—–]|$)/i.exec(text);
  if (labelled) return { owner: labelled[1].trim(), task: (text.slice(0, labelled.index) + text.slice(labelled.index + labelled[0].length)).trim() };
  // "**Ana**: …", "Ana: …", "Ana — …"
  const prefix = /^(?:\*\*)?([\p{L}@][\p{L}'’. -]{0,40}?)(?:\*\*)?\s*(?::|—|–| - )\s+/u.exec(text);
  if (prefix && looksLikeNames(prefix[1]) && (!ctx.attendees.length || mentionsName(prefix[1], ctx.attendees) || prefix[1].split(/\s+/).length <= 3)) {
    return { owner: prefix[1].trim(), task: text.slice(prefix[0].length) };
  }
  // "Ana will …", "Ana to …", "Lucía enviará …"
  const ov = splitOwnerVerb(text, ctx);
  if (ov) return ov;
  // "… (Raúl y Carlos)", "… – (Aitor)", "… (@ana)", "… (todos en la próxima llamada)"
  const parens = [...text.matchAll(/\s*[–—-]?\s*\((@?[^()]{1,60})\)/gu)].reverse();
  for (const p of parens) {
    const inner = p[1].trim();
    const after = text.slice((p.index ?? 0) + p[0].length).trim();
    if (after && !/^[.–—-]|^->|^→/.test(after)) continue;
    const task = `${text.slice(0, p.index).trim()}${after ? ` ${after}` : ''}`.trim();
    if (looksLikeNames(inner)) return { owner: inner, task };
    const lead = /^((?:todos|todas|all|everyone|tutti)(?: juntos| insieme| together)?)\b\s*(.*)$/i.exec(inner);
    if (lead) return { owner: lead[1], task: lead[2] ? `${task} (${lead[2]})` : task };
  }
  // "… @ana" at the end
  const trailingAt = /\s+(@[\p{L}\p{N}_.-]+)\s*$/u.exec(text);
  if (trailingAt) return { owner: trailingAt[1], task: text.slice(0, trailingAt.index).trim() };
  // A first name of an attendee at the very start: "Marco invia i testi entro venerdì"
  if (ctx.attendees.length) {
    const first = /^(\p{Lu}[\p{L}'’-]+)\s+(?=\p{L})/u.exec(text);
    if (first && mentionsName(first[1], ctx.attendees) && !/^(?:the|la|el|il|lo|los|las|le|gli)$/i.test(first[1])) {
      return { owner: first[1], task: text.slice(first[0].length) };
    }
  }
  return undefined;
}

 /** A date that needs no reference: written with its year. */
function explicitOnly(d: DateMatch): DateMatch | undefined {
  return /\d{4}/.test(d.text) ? d : undefined;
}

/** Removes "by Friday" / "para el viernes" / "entro venerdì" from a task's text. */
function removeDuePhrase(task: string, d: DateMatch): string {
  const before = task.slice(0, d.index).replace(/(?:\b(?:by|before|on|until|due|for|no later than|antes del?|para el|para|hasta el|hasta|el|entro il|entro|per il|prima di|il|a|en)\s*)+$/i, '');
  return `${before}${task.slice(d.index + d.text.length)}`.replace(/\s{2,}/g, ' ').replace(/\s+([,.;])/g, '$1').replace(/[\s,;:–—-]+$/, '').trim();
}

function tidyTask(task: string): string {
  return task.replace(/\(\s*\)|\[\s*\]/g, '').replace(/^[\s:–—-]+/, '').replace(/\s*[–—-]>\s*/g, ' → ').replace(/\s{2,}/g, ' ').replace(/(?<![.].)[\s,;:.–—-]+$/, '').trim();
}

/** A table row: actions when the table has an owner column, decisions when a type column says D. */
function rowToEntry(b: Block & { kind: 'row' }, ctx: Ctx, section: SectionKind):
  | { kind: 'action'; action: ActionItem } | { kind: 'decision'; text: string } | undefined {
  const col = (re: RegExp) => b.header.findIndex((h) => re.test(labelOf(h)));
  const ownerCol = col(/^(?:owners?|who|responsible|assignees?|assigned to|responsables?|quien|encargados?|chi|responsabil[ei]|assegnatari[oi]|persona)\b/);
  const dueCol = col(/^(?:due|due date|deadline|when|by|by when|date|fecha|plazo|fecha limite|entro|scadenza|data|cuando|quando)\b/);
  const typeCol = col(/^(?:type|tipo|kind)$/);
  const taskCol = col(/^(?:task|tasks|action|actions|action item|what|description|item|tarea|tareas|accion|descripcion|que|cosa|attivita|azione|descrizione|compito)$/);
  const cell = (i: number) => (i >= 0 && i < b.cells.length ? b.cells[i].trim() : '');
  const type = foldText(cell(typeCol));
  const taskText = cell(taskCol >= 0 ? taskCol : b.cells.reduce((w, c, k) => (k !== ownerCol && k !== dueCol && k !== typeCol && c.length > (b.cells[w]?.length ?? 0) ? k : w), 0));
  if (!taskText) return undefined;
  if (typeCol >= 0 && /^(?:d|decision|decisione|decision)$/.test(type)) return { kind: 'decision', text: taskText.replace(/^it was decided that\s*/i, '') };
  if (typeCol >= 0 && !/^(?:t|task|a|action|ai|tarea|accion|azione|compito)$/.test(type)) return undefined;
  if (ownerCol < 0 && section !== 'actions') return undefined;
  const ownerText = cell(ownerCol).replace(/^[-–—]$/, '');
  const doneMark = /\s*(?:✅|\[done\])(?:\s*\d{4}-\d{2}-\d{2})?\s*/iu;
  // "✅ 2026-11-22" written by Mark Done, or a "✅ Completado" status column.
  const rowDone = b.cells.some((c) => doneMark.test(c));
  const dueCell = cell(dueCol).replace(doneMark, ' ').trim().replace(/^[-–—]$/, '');
  const base = makeAction(taskText, b, ctx, ownerText || undefined, rowDone, !!ownerText);
  if (!dueCell) return { kind: 'action', action: base };
  const d = ctx.date ? resolveDate(dueCell, ctx.date, ctx.lang) : undefined;
  return {
    kind: 'action',
    action: { ...base, dueText: dueCell, due: d?.date ?? base.due, inexact: d?.inexact ?? false, vague: !d && isVagueDue(dueCell, ctx.lang) },
  };
}

function nextMeetingFrom(text: string, line: number, ctx: Ctx): MeetingNote['nextMeeting'] {
  if (isPlaceholder(text) || /^(?:tbd|tbc|por definir|da definire)$/i.test(text.trim())) return null;
  const found = ctx.date ? resolveDate(text, ctx.date, ctx.lang) : undefined;
  const date = found?.date ?? explicitDate(text);
  const hasTime = /\b\d{1,2}(?::\d{2})?\s*(?:am|pm|h\b)|\b\d{1,2}:\d{2}\b/i.test(text);
  // A calendar link or "Archived notes:" is not a next meeting.
  if (!date && !hasTime) return null;
  return { date, time: found?.time ?? null, text: text.replace(/\s*\(?https?:\/\/\S+\)?/g, '').trim().replace(/[.;,]+$/, ''), line };
}
