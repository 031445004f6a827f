import { foldText } from '../text/fold';
import type { Candidate } from './candidates';
import { ABSENCE, isRequirement, NO_ACTION, opensAsReport, REPORTED } from './vocabulary';

/**
 * Stage 6, filters: what is not an item after all. Contract: given read candidates, drop
 * template placeholders and instructions, "nothing to do" lines, states presented as tasks
 * ("Stuart will be in California"), status reports under a person ("made…", "terminó…", "ha
 * finito…"), absences ("Off on the 27th"), requirements nobody took on ("It must be possible
 * to…"), empty text and duplicates;
 * keep anything the user forced with a marker.
 */
export interface ReadCandidate extends Candidate {
  /** The task (actions) or text (the rest) once owner and due words are removed. */
  readonly task: string;
}

/** Template placeholders ("[Nombre]", "[Acción 1]", "DD/MM/YYYY") and empty bullets. */
export function isPlaceholder(raw: string): boolean {
  // A wiki link ("[[2026-12-21]]", "[[Chiara]]") is content, not a blank to fill in.
  const text = raw.includes('[[') ? raw.replace(/\[\[([^\]\n]{0,200})\]\]/g, '$1') : raw;
  if (!text.includes('[') && !/\b(?:DD|MM|YYYY|AAAA|GG|HH)\b/.test(text)) return text.replace(/[\s:/\-–—|*_.,()]+/g, '').length < 3;
  const bracketed = /\[[^\]\n]{0,200}\]/.test(text);
  let rest = text.replace(/\[[^\]\n]{0,200}\]/g, '').replace(/\b(?:DD|MM|YYYY|AAAA|GG|HH)\b/g, '');
  if (bracketed)
    rest = rest.replace(
      /\b(?:owner|due|date|by|responsible|responsable|fecha|hora|responsabile|data|scadenza|estado|status|stato)\b/gi,
      '',
    );
  return rest.replace(/[\s:/\-–—|*_.,()]+/g, '').length < 3;
}

/** Instructions copied from a template: "Add action items here", "Escribe aquí las tareas", "Inserire qui…". */
const INSTRUCTION =
  /^(?:add|write|list|describe|insert|enter|fill in|put|escribe|escribir|anade|agrega|anota|describe|indica|inserisci|inserire|scrivi|scrivere|aggiungi|aggiungere|elenca|elencare|indicare)(?![\p{L}]).{0,120}(?<![\p{L}])(?:here|below|aqui|abajo|qui|sotto)(?![\p{L}])/u;

/** A state, not a task: "be in California", "estar de vacaciones", "essere in ferie". */
const STATE = /^(?:be|been|being|stay|remain|estar|ser|seguir|quedarse|essere|stare|restare|rimanere)(?![\p{L}])/u;

function isDroppable(c: ReadCandidate): boolean {
  const t = foldText(c.task).trim();
  if (!t || t.replace(/[^\p{L}\p{N}]/gu, '').length < 3) return true;
  if (isPlaceholder(c.task)) return true;
  if (INSTRUCTION.test(t)) return true;
  if (c.kind === 'action' && NO_ACTION.test(t)) return true;
  if (c.kind === 'action' && REPORTED.test(t)) return true;
  // A bare link is a reference, not a task.
  if (c.kind === 'action' && /^\S{0,2}https?:\/\/\S+$/.test(c.task.trim())) return true;
  if (c.kind === 'action' && c.why === 'prose-commitment' && STATE.test(t)) return true;
  // A line under a person, or a sentence about them, that reports what they did: a status report.
  if (c.kind === 'action' && (c.why === 'owner-label' || c.why === 'prose-commitment') && opensAsReport(c.task)) return true;
  // "Off on the 27th", "de vacaciones hasta el 2/11": an absence, not a task.
  if (c.kind === 'action' && c.why !== 'task-list' && c.why !== 'task-keyword' && ABSENCE.test(t)) return true;
  // "It must be possible to…", "Se debe poder…": a requirement nobody took on, not a task.
  if (c.kind === 'action' && !c.owner && c.why !== 'task-list' && c.why !== 'table-row' && isRequirement(c.task)) return true;
  return false;
}

/** Applies the filters. */
export function filterCandidates<T extends ReadCandidate>(read: readonly T[]): T[] {
  const seen = new Set<string>();
  const out: T[] = [];
  for (const c of read) {
    if (!c.forced && isDroppable(c)) continue;
    const key = `${c.kind}|${c.line}|${foldText(c.task)}|${c.owner ?? ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(c);
  }
  return out;
}
