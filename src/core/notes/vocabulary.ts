import { foldText } from '../text/fold';

/** Section kinds a heading (or a "Label:" line) can open. */
export type SectionKind = 'decisions' | 'actions' | 'questions' | 'next' | 'attendees' | 'agenda' | 'deadline' | 'other';

/** Heading words per section kind, in English, Spanish and Italian (folded: no accents, lower case). */
const SECTIONS: Array<[SectionKind, RegExp]> = [
  ['next', /^(?:next|upcoming) (?:meeting|meetings|call|sync|session|check-?in)s?\b|^(?:proxima|siguiente) (?:reunion|llamada|sesion|cita)\b|^(?:prossima|prossimo) (?:riunione|call|chiamata|sessione|incontro)\b/],
  ['actions', /^(?:action(?:s| items?| points)?|next steps?|to[ -]?dos?|tasks?|follow[- ]?ups?|assignments?|who does what|owners?|task assignments?|work split|division of (?:labou?r|work)|ai|tareas?\b.*|proximos pasos|siguientes pasos|pendientes|acciones|compromisos asumidos|asignacion(?:es)? de tareas|reparto de tareas|division de(?:l)? (?:trabajo|tareas)|responsables|azioni|attivita|prossimi passi|da fare|compiti|cose da fare|divisione del lavoro|assegnazioni|chi fa cosa|task)$/],
  ['decisions', /^(?:agreed|agreements?|decisions?(?: made| taken)?|outcomes?|resolutions?|resolved|conclusions?|what we agreed|key decisions|acuerdos?(?: alcanzados| tomados)?|decisiones(?: tomadas)?|compromisos|puntos acordados|conclusiones|resoluciones|lo que acordamos|accordi(?: presi| raggiunti)?|decisioni(?: prese)?|conclusioni|cosa abbiamo deciso|deliberazioni|punti concordati)$/],
  ['questions', /^(?:open (?:questions?|issues?|points?|items?)|questions?|unresolved(?: questions| issues)?|parking lot|to be decided|tbd|preguntas(?: abiertas)?|dudas|temas abiertos|cuestiones abiertas|puntos abiertos|pendiente de decidir|domande(?: aperte)?|questioni aperte|punti aperti|dubbi|da decidere)$/],
  ['attendees', /^(?:attendees|participants|present|attendance|people|asistentes|participantes|presentes|asistencia|partecipanti|presenti)$/],
  ['agenda', /^(?:agenda|topics|orden del dia|temas|ordine del giorno|argomenti)$/],
  ['deadline', /^(?:deadline|deadlines|due dates?|finalizacion de las tareas|fecha limite|plazo|plazos|entrega|scadenza|scadenze|consegna)$/],
];

/** Normalises a heading or label for matching: folded, numbering, emoji and punctuation removed. */
export function labelOf(text: string): string {
  return foldText(text)
    .replace(/^[\s#>*_\-–—•·\d.)]+/, '')
    .replace(/[^\p{L}\p{N}\s'/-]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The section a heading opens, or 'other'. */
export function classifyHeading(text: string, exact = false): SectionKind {
  const label = labelOf(text).replace(/\s*(?:-|—|–).*$/, '');
  for (const [kind, re] of SECTIONS) if (re.test(label)) return kind;
  if (exact) return 'other';
  // "Acciones a seguir", "Decisiones clave", "Action items for next week": the first words decide.
  const words = label.split(' ');
  for (let n = Math.min(words.length - 1, 3); n >= 1; n--) {
    const head = words.slice(0, n).join(' ');
    for (const [kind, re] of SECTIONS) if (kind !== 'agenda' && kind !== 'deadline' && re.test(head)) return kind;
  }
  return 'other';
}

/** "Key: value" lines and headings that carry meeting facts rather than open a section. */
export const KEY_VALUE = /^\s*(?:\*\*)?([\p{L} ]{2,30}?)(?:\*\*)?\s*:\s*(?:\*\*)?\s*(.+?)\s*$/u;
export const DATE_KEYS = /^(?:date|meeting date|fecha|fecha de la reunion|dia|data|data della riunione|giorno|when)$/;
export const ATTENDEE_KEYS = /^(?:attendees|participants|present|asistentes|participantes|presentes|partecipanti|presenti)$/;
export const TITLE_KEYS = /^(?:topic|title|subject|motivo|asunto|tema|titulo|oggetto|titolo|argomento)$/;
export const DEADLINE_KEYS = /^(?:deadline(?: sprint)?|sprint deadline|due|due date|fecha limite|plazo|fecha de entrega|scadenza(?: sprint)?|deadline della sprint|consegna)$/;
export const NEXT_KEYS = /^(?:next meeting|next call|proxima reunion|siguiente reunion|prossima riunione|prossimo incontro)$/;

/** Explicit markers at the start of a line. */
export const ACTION_MARKER = /^(?:ai|a\.i\.|action(?: item)?|todo|to-?do|follow-?up|accion|tarea|pendiente|azione|da fare|compito)\s*[:\-–—]\s*/i;
export const DECISION_MARKER = /^(?:decision|decided|agreed|resolved|resolution|outcome|acuerdo|acordado|decision tomada|se acuerda|se decide|decisione|deciso|concordato|si decide)\s*[:\-–—]\s*/i;
export const QUESTION_MARKER = /^(?:q|question|open question|to be decided|tbd|pregunta|pregunta abierta|duda|por decidir|pendiente de decidir|domanda|domanda aperta|dubbio|da decidere)\s*[:\-–—]\s*/i;

/** Sentences that report a decision without a marker. */
export const DECISION_SENTENCE = /^(?:it was (?:decided|agreed)|we (?:decided|agreed)|we(?:'re| are) agreed|quedamos en que|acordamos que|decidimos que|estamos de acuerdo en que|siamo d'accordo (?:che|di)|abbiamo concordato (?:che|di)|concordiamo (?:che|di)|restiamo d'accordo (?:che|di)|(?:the )?(?:group|team|wg|committee|tsc) (?:decided|agreed|approved)|agreed to|decided to|consensus(?: is| was)?|se (?:decide|decidio|acordo|acuerda|aprueba|aprobo|aprueban)|(?:hemos|han) (?:decidido|acordado)|acordamos|decidimos|si (?:e|è) deciso|si decide|abbiamo deciso|(?:e|è) stato deciso|si concorda|approvat[oa])\b/i;

/** Items that say there is nothing to do. */
export const NO_ACTION = /^(?:no action|no actions|none|n\/a|nothing|no changes?|issue closed|closed|done|ninguna|ninguno|nada|sin acciones|nessuna|nessuno|niente)\b/i;

/** Words that look like a capitalised name but are not one. */
export const NOT_NAMES = new Set(
  ('note notes update updates status question questions next decision decisions action actions todo ai agenda topic topics ' +
    'summary context background discussion proposal proposals idea ideas issue issues pr prs link links website roadmap ' +
    'the a an all everyone team we they it this that these those everybody anyone someone tbd n/a new old other others ' +
    'nota notas actualizacion estado pregunta preguntas decision decisiones accion acciones tarea tareas tema temas resumen ' +
    'todos nadie equipo el la los las un una esto eso idea propuesta enlace web ' +
    'nota note aggiornamento stato domanda domande decisione decisioni azione azioni compito argomento riepilogo tutti nessuno ' +
    'il lo gli le un una questo questa proposta link sito obiettivi planning deadline durata sprint review ' +
    'first next step steps board needs need also then we they he she it there here this maybe perhaps python javascript ' +
    'se si no ya tambien hay es son cada para por con sin cuando donde luego despues ademas primero ' +
    'ci non anche poi dopo quando dove inoltre prima ogni per con senza').split(' '),
);

/** Owner words that mean "everybody". */
export const EVERYONE = /^(?:all|all of us|everyone|everybody|everyone together|@all|todos|todas|todos juntos|todo el equipo|tutti|tutte|tutti insieme|tutto il team|team)$/i;

/** True when a label looks like "Mark", "Lucía Fernández", "JB", "@diasdavid" or "Tim and Sebastian". */
export function looksLikeNames(s: string): boolean {
  const text = s.trim();
  if (!text || text.length > 60) return false;
  if (EVERYONE.test(text)) return true;
  const parts = text.split(/\s*(?:,|&|\/|\band\b|\by\b|\be\b)\s*/).filter(Boolean);
  return parts.length > 0 && parts.every((p) => {
    if (/^@[\w.-]+$/.test(p)) return true;
    const words = p.split(/\s+/);
    if (words.length > 4) return false;
    return words.every((w) => /^(?:\p{Lu}[\p{L}'’.-]*|\p{Lu}{1,3}\.?|de|del|la|van|von|da|di)$/u.test(w)) && !NOT_NAMES.has(foldText(words[0]));
  });
}
