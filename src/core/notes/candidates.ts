import { findDates } from '../dates/resolve';
import type { Lang } from '../lang';
import { foldText } from '../text/fold';
import { isTaskDone, taskKeyword } from './done';
import type { WhyCode } from './markers';
import { stripMarkers } from './markers';
import { meetingKindText, nextMeetingText, recurringMeetingText } from './next-meeting';
import { knownPerson, mentionsAttendee, proseCommitment, type OwnerContext } from './owner';
import type { Placed } from './sections';
import { lineAt } from './structure';
import {
  ACTION_LABELS,
  columnScore,
  DECISION_LABELS,
  NON_ACTION_LABELS,
  DECISION_SENTENCE,
  DECISION_CLAUSE,
  DECISION_TAIL,
  DUE_KEYS,
  FACT_KEYS,
  inList,
  keyValue,
  FIRST_PERSON_OWNERS,
  looksLikeNames,
  OWNER_KEYS,
  NEED_TO,
  QUESTION_LABELS,
  QUESTION_SENTENCE,
  scoreHeading,
  SENTENCE_LEADIN,
  TOPIC_LABEL,
} from './vocabulary';

/**
 * Stage 3, candidate items: what each placed block could be. Contract: from a block and its
 * section, produce zero or more candidates (action, decision, question, next meeting) with the
 * text to read, the reason (`why`), and what the structure already says about the owner, the due
 * and whether it is done. Owners and dates inside the text are read later (stages 4 and 5).
 */
export interface Candidate {
  kind: 'action' | 'decision' | 'question' | 'next';
  line: number;
  /** Where its sentence starts in a block written over several lines (else found by its text). */
  at?: number;
  text: string;
  why: WhyCode;
  /** The owner given by structure (a group, a column, a label); the text may still name one. */
  owner?: string;
  /** The owner is already read from the text (prose commitments), so the text is the task. */
  ownerFinal?: boolean;
  /** The writer is the owner. */
  firstPerson?: boolean;
  /** A due given by structure (a due column, a "Due:" line). */
  due?: string;
  done: boolean;
  /** The block the candidate comes from. */
  block: Placed;
  /** The user's marker forces this candidate. */
  forced?: boolean;
  /** A next meeting read from a recurring one ("every Tuesday"): a line that names the next one wins. */
  recurring?: boolean;
  /** A next meeting named by its kind only ("Retro: Monday 7 Dec"): taken for a day after the meeting, when no line says "next". */
  kindOnly?: boolean;
}

export interface CandidateContext extends OwnerContext {
  readonly factLines: ReadonlySet<number>;
  readonly lang: Lang;
}

const labelMatch = (key: string, labels: readonly string[]) => labels.includes(key);

/**
 * A line that starts with a label: "AI: …", "ACTION (Ana / Sam): …", "Decision: …", "Q: …".
 * Bounded: only the first 60 characters are looked at.
 */
function leadingLabel(text: string): { kind: Candidate['kind'] | 'none'; owner?: string; rest: string } | undefined {
  const m =
    /^\s*(?:\*\*|__)?([\p{L}][\p{L} .'’-]{0,30}?)(?:\s{0,3}\(([^()]{1,60})\))?(?:\*\*|__)?\s{0,3}(?:[:：]|\s[-–—]\s|[-–—]\s)\s*(?:\*\*|__)?/u.exec(
      text.slice(0, 120),
    );
  if (!m) return undefined;
  const key = foldText(m[1])
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/\.$/, (x) => (m[1].toLowerCase() === 'a.i.' ? x : ''));
  const rest = text.slice(m[0].length).trim();
  const owner = m[2] && looksLikeNames(m[2].trim()) ? m[2].trim() : undefined;
  if (labelMatch(key, ACTION_LABELS) || key === 'a.i.') return { kind: 'action', owner, rest };
  if (labelMatch(key, DECISION_LABELS)) return { kind: 'decision', rest };
  if (labelMatch(key, QUESTION_LABELS)) return { kind: 'question', rest };
  if (labelMatch(key, FACT_KEYS.next)) return { kind: 'next', rest };
  if (labelMatch(key, NON_ACTION_LABELS)) return { kind: 'none', rest };
  return undefined;
}

/**
 * What one sentence of free text reports, from the vocabularies: a decision ("In the end we
 * decided…", "…, acordado"), an open question ("It's still unclear who…", "Resta da capire se…",
 * a sentence ending with "?"), or neither.
 */
export function sentenceKind(sentence: string): 'decision' | 'question' | undefined {
  const folded = foldText(sentence.slice(0, 300)).replace(/^[\s*_"“«]+/, '');
  const s = folded.replace(SENTENCE_LEADIN, '');
  if (/\?[\s"”»)*_]*$/.test(sentence.slice(-12)) && sentence.length < 300) return 'question';
  if (QUESTION_SENTENCE.test(s)) return 'question';
  if (DECISION_SENTENCE.test(s) || DECISION_TAIL.test(folded) || DECISION_CLAUSE.test(folded)) return 'decision';
  return undefined;
}

const whyOf = (kind: 'decision' | 'question', text: string): WhyCode =>
  kind === 'decision' ? 'decision-sentence' : /\?[\s"”»)*_]*$/.test(text) ? 'question-mark' : 'question-sentence';

/**
 * A question, or several ("Who signs off? Are the updates in scope?"), and what follows them on
 * the line ("¿…? Marga lo consulta con los dueños."): one question each, then its commitments.
 */
function questionsThen(b: Placed & { kind: 'item' | 'para' }, rest: string, why: WhyCode, ctx: CandidateContext): Candidate[] {
  const base = { line: b.line, block: b, done: false };
  const out: Candidate[] = [];
  let tail = '';
  const clauses = splitClauses(rest);
  for (let k = 0; k < clauses.length; k++) {
    const c = clauses[k].text;
    if (/\?[\s"”»)*_]*$/.test(c)) out.push({ ...base, kind: 'question', text: c, why });
    else if (!out.length) out.push({ ...base, kind: 'question', text: c, why });
    else {
      tail = rest.slice(clauses[k].offset);
      break;
    }
  }
  return tail ? [...out, ...commitments(b, tail, ctx, false)] : out;
}

/**
 * Opens a line with a question: "¿…?", or a first sentence that ends with "?" and says something
 * (four words or more: "newsletter di dicembre?" is a topic with a doubt, not a question asked).
 */
const opensWithQuestion = (text: string) => {
  const m = /^\s*¿?([^.!?]{1,200})\?/.exec(text);
  return !!m && m[1].trim().split(/\s+/).length >= 4;
};

/** "Our next call is on Monday", "Next planning: Monday the 23rd", "Ci rivediamo giovedì" (see next-meeting.ts). */
export function nextSentence(text: string, _lang: Lang): string | undefined {
  return nextMeetingText(text, _lang);
}

/** Splits prose into sentences and the clauses joined by "; " or ", and": one commitment each. */
export function splitClauses(text: string): Array<{ text: string; offset: number }> {
  const out: Array<{ text: string; offset: number }> = [];
  const re =
    /(?<=[.!?;])(?<!(?<![\p{L}])(?:Dr|Dra|Mr|Mrs|Ms|Prof|Sr|Sra|Srta|Lic|Ing|Dott|Avv|Arch|dr|dott|ing|avv|sig|Sig|St|vs)\.)\s+(?=[\p{Lu}@*])|;\s+|,\s+(?:and|y|e|but|pero|ma)\s+(?=[\p{Lu}@*])/gu;
  let start = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const s = text.slice(start, m.index).trim();
    if (s) out.push({ text: s, offset: start });
    start = m.index + m[0].length;
  }
  const last = text.slice(start).trim();
  if (last) out.push({ text: last, offset: start });
  return out;
}

/**
 * "Ana to send the deck, Sam to book the room": a comma starts a new action only where a name
 * and a commitment verb follow. A scanner over the commas (no regex over the whole line).
 */
export function splitActions(text: string): string[] {
  const parts: string[] = [];
  let start = 0;
  for (let i = text.indexOf(',', 0); i >= 0; i = text.indexOf(',', i + 1)) {
    const next = text.slice(i + 1, i + 81);
    if (/^\s+@?\p{Lu}[\p{L}.]{0,30}(?:\s(?:and|&|y|e)\s@?\p{Lu}[\p{L}.]{0,30})?\s(?:to|will|shall|taking)\s/u.test(next)) {
      parts.push(text.slice(start, i).trim());
      start = i + 1;
    }
  }
  const semi: string[] = [];
  for (const p of [...parts, text.slice(start).trim()]) {
    for (const q of p.split(/;\s+(?=@?\p{Lu}[\p{L}.]{0,30}\s(?:to|will|shall)\s)/u)) semi.push(q.trim());
  }
  return semi.filter(Boolean);
}

const columnCache = new WeakMap<readonly string[], ReturnType<typeof scoreColumns>>();

/** Which cell plays which role in a table, from its header (computed once per table). */
function tableColumns(header: readonly string[]) {
  let cols = columnCache.get(header);
  if (!cols) columnCache.set(header, (cols = scoreColumns(header)));
  return cols;
}

function scoreColumns(header: readonly string[]) {
  const best = (role: 'owner' | 'task' | 'due' | 'type' | 'status', min = 2) => {
    let at = -1;
    let score = min - 0.001;
    header.forEach((h, k) => {
      const s = columnScore(h, role);
      if (s >= score) [at, score] = [k, s];
    });
    return at;
  };
  let owner = best('owner');
  const task = best('task', 1);
  const due = best('due');
  const type = best('type');
  const status = best('status');
  if (owner === task) owner = -1;
  return { owner, task, due: due === task || due === owner ? -1 : due, type, status };
}

function rowCandidates(b: Placed & { kind: 'row' }, ctx: CandidateContext): Candidate[] {
  const cols = tableColumns(b.header);
  const cell = (i: number) => (i >= 0 && i < b.cells.length ? b.cells[i].trim() : '');
  const typeText = foldText(cell(cols.type));
  if (cols.type >= 0 && /^(?:d|decision|decisione)$/.test(typeText)) {
    const text = cell(cols.task >= 0 ? cols.task : widest(b, cols));
    return text
      ? [{ kind: 'decision', line: b.line, text: text.replace(/^it was decided that\s*/i, ''), why: 'table-row', done: false, block: b }]
      : [];
  }
  if (cols.type >= 0 && typeText && !/^(?:t|task|a|action|ai|tarea|accion|azione|compito|todo)$/.test(typeText)) return [];
  const inActions = b.section === 'actions' || b.marker === 'action';
  // A column headed "Action"/"Task"/"Azione" makes a table of tasks wherever it is.
  const actionColumn =
    cols.task >= 0 &&
    columnScore(b.header[cols.task] ?? '', 'task') >= 2 &&
    /action|task|accion|tarea|azion|compit|todo|to do/.test(foldText(b.header[cols.task] ?? ''));
  const isActionTable =
    cols.owner >= 0 ||
    actionColumn ||
    (cols.task >= 0 && columnScore(b.header[cols.task] ?? '', 'task') >= 2 && (cols.due >= 0 || cols.status >= 0));
  if (!inActions && !isActionTable) return [];
  // Under an actions heading, a table with no who, what or when column is a reference (a mapping, a glossary).
  if (inActions && b.marker !== 'action' && cols.owner < 0 && cols.task < 0 && cols.due < 0 && b.header.length > 1) return [];
  if (['status', 'previous'].includes(b.section) && cols.owner < 0) return [];
  if (['attendees', 'decisions', 'questions', 'next', 'agenda', 'notes'].includes(b.section) && cols.owner < 0 && !actionColumn) return [];
  const blank = (x: string) => !x.replace(/[\s.\-–—_*…]+/g, '');
  let taskCol = cols.task >= 0 ? cols.task : widest(b, cols);
  // A row whose task cell is empty ("." or "-") has its task in the description beside it.
  if (blank(cell(taskCol)) && cols.owner >= 0 && !blank(cell(cols.owner))) taskCol = widest(b, { ...cols, task: -1, other: taskCol });
  const tasks = (b.parts[taskCol] ?? [cell(taskCol)]).map((x) => x.trim()).filter((x) => !blank(x));
  if (!tasks.length) return [];
  const owner = blank(cell(cols.owner)) ? '' : cell(cols.owner).replace(/[.\s]+$/, '');
  const done = isTaskDone({ text: cell(taskCol), statusCells: b.cells.filter((_, k) => k !== taskCol) });
  let due = cell(cols.due).replace(/^[-–—]$/, '');
  if (!due) {
    // A date in another cell ("P0 · Friday", a status "week of 31 August").
    for (let k = 0; k < b.cells.length && !due; k++) {
      if (k === taskCol || k === cols.owner) continue;
      if (/\d|\p{L}{4,}/u.test(b.cells[k]) && b.cells[k].length <= 40 && hasDateWord(b.cells[k], ctx.lang))
        due = b.cells[k].replace(/^[^\p{L}\d]+/u, '');
    }
  }
  return tasks.map((text) => ({
    kind: 'action' as const,
    line: b.line,
    text,
    why: (b.marker === 'action' ? 'marker' : 'table-row') as WhyCode,
    owner: owner || b.groupOwner,
    due: due || undefined,
    done,
    block: b,
    forced: b.marker === 'action',
  }));
}

const DATE_WORD =
  /\d{1,2}[/.-]\d{1,2}|\d{4}-\d{2}|(?<![\p{L}])(?:mon|tue|wed|thu|fri|monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|today|week|month|lunes|martes|miercoles|jueves|viernes|sabado|domingo|manana|hoy|semana|mes|lunedi|martedi|mercoledi|giovedi|venerdi|sabato|domenica|domani|oggi|settimana|mese|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|ene|abr|ago|dic|gen|mag|giu|lug|set|ott)(?![\p{L}])/u;
function hasDateWord(text: string, _lang: Lang): boolean {
  return DATE_WORD.test(foldText(text));
}

function widest(b: Placed & { kind: 'row' }, cols: ReturnType<typeof tableColumns> & { other?: number }): number {
  let w = -1;
  b.cells.forEach((c, k) => {
    if (k === cols.owner || k === cols.due || k === cols.type || k === cols.status || k === cols.other) return;
    if (w < 0 || c.length > b.cells[w].length) w = k;
  });
  return Math.max(0, w);
}

/** Finds the candidates of every placed block. */
export function findCandidates(placed: readonly Placed[], ctx: CandidateContext): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < placed.length; i++) {
    const b = placed[i];
    if (b.marker === 'not-action') continue;
    if (b.kind === 'row') {
      if (!b.quoted || b.marker === 'action') out.push(...rowCandidates(b, ctx));
      continue;
    }
    if (b.kind === 'heading') {
      const item = subheadingItem(placed, i, ctx);
      if (item) out.push(item);
      else if (b.marker === 'action')
        out.push({ kind: 'action', line: b.line, text: stripMarkers(b.text), why: 'marker', done: false, block: b, forced: true });
      continue;
    }
    const text = stripMarkers(b.text);
    if (!text) continue;
    if (b.marker === 'action') {
      const lab = leadingLabel(text);
      out.push({
        kind: 'action',
        line: b.line,
        text: lab && lab.kind !== 'none' ? lab.rest : text,
        why: 'marker',
        owner: b.groupOwner,
        done: b.kind === 'item' && !!b.checked,
        block: b,
        forced: true,
      });
      continue;
    }
    if (b.consumed || b.quoted || ctx.factLines.has(b.line)) {
      // "Next meeting: …" is a fact line that is also the next meeting.
      if (!b.quoted) {
        const kv = keyValue(text);
        if (kv && kv.value && inList(kv.key, FACT_KEYS.next))
          out.push({ kind: 'next', line: b.line, text: kv.value, why: 'label', done: false, block: b });
        else if (kv && kv.value && b.section === 'next' && (inList(kv.key, FACT_KEYS.date) || inList(kv.key, FACT_KEYS.time))) {
          out.push({ kind: 'next', line: b.line, text: unbracket(kv.value), why: 'section:next', done: false, block: b });
        }
      }
      continue;
    }
    // "**Date:** …" under a next-meeting heading is that meeting's date.
    const kv = b.section === 'next' ? keyValue(text) : undefined;
    if (kv && kv.value && (inList(kv.key, FACT_KEYS.date) || inList(kv.key, FACT_KEYS.time))) {
      out.push({ kind: 'next', line: b.line, text: unbracket(kv.value), why: 'section:next', done: false, block: b });
      continue;
    }
    const found = blockCandidates(b, text, ctx);
    // A block over several lines (a wrapped paragraph, a list item's paragraph): each item on its own line.
    if (b.breaks) for (const c of found) c.line = lineAt(b, c.at ?? b.text.indexOf(c.text.slice(0, 24)));
    out.push(...found);
  }
  return out;
}

/** A value kept in a template's brackets ("[26/04/2025]") is the value; "[date]" stays a blank. */
function unbracket(value: string): string {
  return value.trim().replace(/^\[([^\][]{0,40}\d[^\][]{0,40})\]$/, '$1');
}

/** A sub-heading per task with an "Owner:" line (and maybe a "Due:" line) under it. */
function subheadingItem(placed: readonly Placed[], i: number, _ctx: CandidateContext): Candidate | undefined {
  const h = placed[i];
  if (h.kind !== 'heading' || h.consumed) return undefined;
  // An "Owner:" line that heads a list makes the list the owner's tasks, not the heading.
  if (placed[i + 1]?.consumed && placed[i + 1].groupOwner && placed[i + 2]?.kind === 'item') return undefined;
  let owner: string | undefined;
  let due: string | undefined;
  let ownerLine = false;
  for (let k = i + 1; k < placed.length && k <= i + 4; k++) {
    const b = placed[k];
    if (b.kind === 'heading' || b.kind === 'row') break;
    const kv = keyValue(b.text);
    if (!kv || !kv.value) continue;
    if (inList(kv.key, OWNER_KEYS)) [owner, ownerLine] = [kv.value, true];
    else if (inList(kv.key, DUE_KEYS)) due = kv.value;
  }
  if (!ownerLine || !owner) return undefined;
  for (let k = i + 1; k < placed.length && k <= i + 4; k++) {
    const b = placed[k];
    if (b.kind === 'heading' || b.kind === 'row') break;
    const kv = keyValue(b.text);
    if (kv && (inList(kv.key, OWNER_KEYS) || inList(kv.key, DUE_KEYS))) b.consumed = true;
  }
  return { kind: 'action', line: h.line, text: stripMarkers(h.text), why: 'owner-line', owner, due, done: false, block: h };
}

function blockCandidates(b: Placed & { kind: 'item' | 'para' }, text: string, ctx: CandidateContext): Candidate[] {
  const base = { line: b.line, block: b, done: false };
  const checked = b.kind === 'item' && b.checked !== undefined;
  const kw = taskKeyword(text);
  if (kw)
    return [
      {
        ...base,
        kind: 'action',
        text: kw.rest,
        why: 'task-keyword',
        owner: b.groupOwner,
        done: kw.done || (b.kind === 'item' && !!b.checked),
      },
    ];
  const when = checked ? undefined : nextMeetingText(text, ctx.lang);
  if (when) return [{ ...base, kind: 'next', text: when, why: 'next-sentence' }];
  const every = checked ? undefined : recurringMeetingText(text);
  if (every) return [{ ...base, kind: 'next', text: every, why: 'next-sentence', recurring: true }];
  // A list item under an actions heading is a task ("Review: Monday 7 Dec"); a line of its own is not.
  const kind = checked || (b.kind === 'item' && b.section === 'actions') ? undefined : meetingKindText(text, ctx.lang);
  if (kind) return [{ ...base, kind: 'next', text: kind, why: 'next-sentence', kindOnly: true }];
  const label = leadingLabel(text);
  if (label && label.rest) {
    if (label.kind === 'action') {
      return splitActions(label.rest).map((part) => ({
        ...base,
        kind: 'action' as const,
        text: part,
        why: 'label' as const,
        owner: label.owner ?? b.groupOwner,
        done: checked && !!(b as { checked?: boolean }).checked,
      }));
    }
    if (label.kind === 'next') return [{ ...base, kind: 'next', text: label.rest, why: 'label' }];
    if (label.kind === 'decision') return [{ ...base, kind: 'decision', text: label.rest, why: 'label' }];
    if (label.kind === 'question') return questionsThen(b, label.rest, 'label', ctx);
    if (label.kind === 'none') return [];
  }
  // Agenda, attendance, last meeting's items and status or milestone lists are not tasks, boxes or not.
  // A clear commitment in the discussion under an agenda topic ("Tim will submit…") is still one.
  if (b.section === 'agenda' && b.kind === 'item' && b.depth > 1) return commitments(b, text, ctx, true);
  if (b.section === 'attendees' || b.section === 'agenda' || b.section === 'previous' || b.section === 'deadline') return [];
  if (b.section === 'status' && b.kind === 'item' && b.checked !== undefined) return [];
  if (checked) {
    return [{ ...base, kind: 'action', text, why: 'task-list', owner: b.groupOwner, done: !!b.checked }];
  }
  const folded = foldText(text);
  switch (b.section) {
    case 'next':
      return [{ ...base, kind: 'next', text, why: 'section:next' }];
    case 'questions':
      return [{ ...base, kind: 'question', text, why: 'section:questions' }];
    case 'decisions':
      if (/@[\p{L}]|(?<![\p{L}])(?:owner|responsable|responsabile|assignee|referente)\s*:/iu.test(text)) {
        return [{ ...base, kind: 'action', text, why: 'section:decisions', owner: b.groupOwner }];
      }
      return [{ ...base, kind: 'decision', text, why: 'section:decisions' }];
    case 'actions': {
      if (DECISION_SENTENCE.test(folded)) return [{ ...base, kind: 'decision', text, why: 'decision-sentence' }];
      const next = nextSentence(text, ctx.lang);
      if (next && b.kind === 'para') return [{ ...base, kind: 'next', text: next, why: 'next-sentence' }];
      // A label whose content is a task list: "Ana: review the copy" stays an action.
      // A line that opens with a question ("X or Y? This is…") asks; it does not assign.
      if (/^[^.!?]{0,200}\?(?:\s*$|\s+\p{Lu})/u.test(text) && !b.groupOwner && !/^[@\p{Lu}][\p{L}]{0,20}\s*:/u.test(text)) {
        return [{ ...base, kind: 'question', text, why: 'question-mark' }];
      }
      return splitActions(text).map((part) => ({
        ...base,
        kind: 'action' as const,
        text: part,
        why: 'section:actions' as const,
        owner: b.groupOwner,
      }));
    }
    default:
      return freeForm(b, text, folded, ctx);
  }
}

/** Free-form text outside any known section: labelled lines, decisions, the next meeting, commitments. */
function freeForm(b: Placed & { kind: 'item' | 'para' }, text: string, folded: string, ctx: CandidateContext): Candidate[] {
  const base = { line: b.line, block: b, done: false };
  // "?? does the spine fit, Dom to check": a line flagged with question marks asks; a commitment after it is a task.
  const flagged = /^\?{1,3}\s+(?=\S)/.exec(text);
  if (flagged) {
    const rest = text.slice(flagged[0].length);
    const stop = /[,.;]\s+/g;
    for (let m = stop.exec(rest), n = 0; m && n < 6; m = stop.exec(rest), n++) {
      const tasks = commitments(b, rest.slice(m.index + m[0].length), ctx, false).filter((c) => c.kind === 'action');
      if (tasks.length) return [{ ...base, kind: 'question', text: rest.slice(0, m.index), why: 'question-mark' }, ...tasks];
    }
    return [{ ...base, kind: 'question', text: rest, why: 'question-mark' }];
  }
  // "¿Qué haré hoy?: trabajar en …", "Next steps: …", "Prossime azioni: …" on one line.
  const colon = text.indexOf(':');
  if (colon > 0 && colon < 60) {
    const label = text.slice(0, colon);
    const rest = text.slice(colon + 1).trim();
    const kind = rest ? scoreHeading(label).kind : 'other';
    // "Pendiente: ¿…?", "Still open: do they…?": what is pending is a question.
    if ((kind === 'actions' || kind === 'questions') && opensWithQuestion(rest)) return questionsThen(b, rest, 'label', ctx);
    if (kind === 'actions' && rest.length > 3) {
      // A day in the label ("What will I do today?") is when the tasks after it are due.
      const due = hasDateWord(rest, ctx.lang) ? undefined : findDates(label, '2000-01-01', ctx.lang)[0]?.text;
      return splitActions(rest).map((part) => ({
        ...base,
        kind: 'action' as const,
        text: part,
        why: 'label' as const,
        owner: b.groupOwner,
        due,
      }));
    }
    if (kind === 'decisions') return [{ ...base, kind: 'decision', text: rest, why: 'label' }];
    if (kind === 'questions') return [{ ...base, kind: 'question', text: rest, why: 'label' }];
    if (kind === 'next') return [{ ...base, kind: 'next', text: rest, why: 'label' }];
    // "Yesterday: …", "Ayer: …", "Ieri: …" reports past work: only a clear commitment in it counts.
    if (kind === 'status' && rest) return commitments(b, rest, ctx, true);
  }
  const next = nextSentence(text, ctx.lang);
  if (next) return [{ ...base, kind: 'next', text: next, why: 'next-sentence' }];
  // One sentence that decides is a decision; in a paragraph of several, each sentence is read on its own.
  if (DECISION_SENTENCE.test(folded) && !/[.!?]\s+\S/.test(text.trim()))
    return [{ ...base, kind: 'decision', text, why: 'decision-sentence' }];
  // "me: draft the sitemap", "yo: preparar…", "io: mandare…": the writer's own task, under any heading.
  if (b.kind === 'item' && /^(?:\*\*|__)?@?(?:i|me|yo|io)(?:\*\*|__)?\s*:\s*\S/iu.test(text))
    return [{ ...base, kind: 'action', text, why: 'owner-label', owner: b.groupOwner }];
  // "Need to chase…", "Hay que pedir…", "Bisogna chiedere…": a task with no owner said.
  if (b.kind === 'item' && b.section !== 'status' && NEED_TO.test(folded) && !sentenceKind(text))
    return [{ ...base, kind: 'action', text, why: 'prose-commitment', owner: b.groupOwner }];
  // A list item that names its owner the way task lists do ("[AB] …", "@ana …", "Ana -> …", "… (Ana)").
  if (b.kind === 'item' && b.section !== 'status' && explicitOwner(text, ctx))
    return [{ ...base, kind: 'action', text, why: 'owner-label', owner: b.groupOwner }];
  // A list under a person (their sub-heading, a bold name, an "Owner:" line) outside any known
  // section: their tasks, unless a line asks something (the filters drop reports and absences).
  if (b.kind === 'item' && b.groupOwner && b.groupSure && b.section === 'other') {
    if (/\?\s*$/.test(text)) return [{ ...base, kind: 'question', text, why: 'question-mark' }];
    return [{ ...base, kind: 'action', text, why: 'owner-label', owner: b.groupOwner }];
  }
  if (b.section === 'status') {
    // Status updates report past work; only a clear commitment ("Thom will edit…") is an action.
    return commitments(b, text, ctx, true);
  }
  return commitments(b, text, ctx, false);
}

/** An owner written in a task-list way: initials in brackets, a leading @mention, an arrow, an attendee in parentheses at the end. */
function explicitOwner(text: string, ctx: CandidateContext): boolean {
  if (/^\[\p{Lu}{1,3}(?:\s{0,2}[,/&]\s{0,2}\p{Lu}{1,3}){0,6}\]\s/u.test(text)) return true;
  if (/^@[\p{L}\p{N}_.-]{1,40}\s/u.test(text)) return true;
  if (/^[^>→]{1,50}?\s(?:->|→|=>)\s/u.test(text.slice(0, 60))) {
    // "Dom -> …", "yo -> …", "proofs: me -> …" (a topic, then who).
    const who = text
      .slice(0, text.search(/\s(?:->|→|=>)\s/u))
      .replace(/\*\*/g, '')
      .replace(TOPIC_LABEL, '')
      .trim();
    return looksLikeNames(who) || FIRST_PERSON_OWNERS.has(foldText(who));
  }
  // "… → io", "… -> Ana" at the end.
  const handed = /\s(?:->|→|=>)\s*(@?\p{L}[\p{L}'’.-]{0,30})\s*[.]?\s*$/u.exec(text.slice(-50));
  if (handed && (FIRST_PERSON_OWNERS.has(foldText(handed[1])) || knownPerson(handed[1], ctx))) return true;
  const paren = /\(([^()]{1,40})\)\s*[.]?\s*$/.exec(text);
  // "… (me)", "… (mine)", "… (yo)", "… (io)": the writer's own task.
  if (paren && FIRST_PERSON_OWNERS.has(foldText(paren[1]).trim())) return true;
  return !!paren && ctx.attendees.length > 0 && looksLikeNames(paren[1]) && mentionsAttendee(paren[1], ctx.attendees);
}

/** Sentences that commit someone: "Sam will send…", "Marta se encarga de…", "@lena shares…". */
function commitments(b: Placed & { kind: 'item' | 'para' }, text: string, ctx: CandidateContext, futureOnly: boolean): Candidate[] {
  const out: Candidate[] = [];
  // "Oliver: I'll file an issue", "[anton] will write the tool": the speaker is the owner.
  const speaker = /^\s*(?:\[(?:name=)?([^\]=]{1,30})\]|(@?[\p{Lu}][\p{L}.'-]{0,20}(?: [\p{Lu}][\p{L}.'-]{0,20})?)\s*:)\s*/u.exec(text);
  const body = speaker ? text.slice(speaker[0].length) : text;
  const who = speaker?.[1] ?? speaker?.[2];
  // A speaker tag in brackets may be a lower-case handle ("[anton]"); a "Name:" must look like a name.
  const speakerNamed = !!who && (looksLikeNames(who) || (!!speaker?.[1] && /^@?[\p{L}][\p{L}\p{N}_.-]{0,29}$/u.test(who)));
  // "- Alice: update the pricing page (due 25/11)": a named item with a due is that person's task.
  if (
    b.kind === 'item' &&
    who &&
    looksLikeNames(who) &&
    /(?<![\p{L}])(?:due|deadline|by|fecha|para el|entro|scadenza)(?![\p{L}])|📅/iu.test(body) &&
    hasDateWord(body, ctx.lang)
  ) {
    return [{ kind: 'action', line: b.line, text: body, why: 'owner-label', owner: who, ownerFinal: true, done: false, block: b }];
  }
  const clauses = splitClauses(body);
  for (let k = 0; k < clauses.length; k++) {
    const clause = clauses[k];
    // A sentence that decides or leaves something open is that, not a task ("hay que ver quién…").
    const said = sentenceKind(clause.text);
    // A question answered in the next sentence ("Is CI green? Yes, fixed.") is no longer open.
    const answered = said === 'question' && /^(?:yes|no|yep|nope|s[ií]|done|fixed|resuelto|risolto)\b/iu.test(clauses[k + 1]?.text ?? '');
    if (said && !answered && !(said === 'question' && futureOnly)) {
      out.push({ kind: said, line: b.line, text: clause.text, why: whyOf(said, clause.text), done: false, block: b });
      continue;
    }
    let found = proseCommitment(clause.text, ctx);
    if (who && speakerNamed && (!found || found.firstPerson)) {
      const self =
        /^(?:i'll|i will|will|i can|voy a|me encargo de|lo hago yo|ci penso io a|lo faccio io|me ne occupo|mi occupo di)\s+/iu.exec(
          clause.text,
        );
      // The speaker's "I" is the speaker, not the writer.
      if (self) found = { owner: who, task: clause.text.slice(self[0].length) };
      else if (found?.firstPerson) found = { owner: who, task: found.task };
    }
    if (!found) continue;
    if (
      futureOnly &&
      !/(?<![\p{L}])(?:will|shall|'ll|is going to|are going to|va a|van a|\p{L}{2,}(?:rá|rán|rà|ranno))(?![\p{L}])/u.test(clause.text)
    )
      continue;
    if (!found.task.trim()) continue;
    out.push({
      kind: 'action',
      line: b.line,
      // The sentence starts the item's line, owner and all ("Marco si impegna a / predisporre…").
      at: b.breaks ? b.text.indexOf(clause.text.slice(0, 24)) : undefined,
      text: found.task,
      why: 'prose-commitment',
      owner: found.owner,
      ownerFinal: true,
      firstPerson: found.firstPerson,
      done: false,
      block: b,
    });
  }
  return out;
}
