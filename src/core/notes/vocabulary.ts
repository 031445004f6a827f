import { foldText } from '../text/fold';

/**
 * The note reader's vocabulary, as data: stems with weights per language. A heading, a label or a
 * table header is scored against every kind; a new phrasing or language is a change here, not a
 * new branch in the reader. Stems are folded (lower case, no accents) and match the start of a
 * word; a stem of several words matches consecutive words.
 */

/** What a heading (or a "Label:" line) can open. */
export type SectionKind =
  | 'decisions'
  | 'actions'
  | 'questions'
  | 'next'
  | 'attendees'
  | 'agenda'
  | 'deadline'
  /** Past work, progress, roadmap or milestone status, retrospective observations. */
  | 'status'
  /** Last meeting's action items, reviewed. */
  | 'previous'
  /** Discussion notes, a summary, context: prose where only clear commitments are items. */
  | 'notes'
  | 'other';

type Stems = ReadonlyArray<readonly [stem: string, weight: number]>;

/** Per kind, per language: [stem, weight]. A kind needs a total of 2 to win. */
export const SECTION_VOCABULARY: Record<Exclude<SectionKind, 'other'>, Record<'en' | 'es' | 'it', Stems>> = {
  actions: {
    en: [
      ['action', 2],
      ['next step', 3],
      ['to do', 2],
      ['todo', 2],
      ['to-do', 2],
      ['task', 2],
      ['follow up', 2],
      ['follow-up', 2],
      ['followup', 2],
      ['assignment', 2],
      ['assigned', 1],
      ['who does what', 3],
      ['work split', 3],
      ['division of', 1],
      ['owner', 1],
      ['request', 2],
      ['action point', 3],
      ['commitment', 2],
      ['will do', 2],
      ['plan for today', 2],
      ['this week', 2],
      ['today', 1],
      ['backlog', 1],
      ['homework', 2],
      ['improvement action', 3],
    ],
    es: [
      ['tarea', 2],
      ['proximo paso', 3],
      ['proximos paso', 3],
      ['siguiente paso', 3],
      ['siguientes paso', 3],
      ['pendiente', 2],
      ['accion', 2],
      ['compromisos asumido', 3],
      ['asignacion', 1],
      ['asignacion de tarea', 3],
      ['reparto', 1],
      ['division del trabajo', 3],
      ['responsable', 1],
      ['hare', 2],
      ['hoy', 1],
      ['esta semana', 2],
      ['encargo', 2],
      ['por hacer', 2],
      ['quehacer', 2],
      ['solicitud', 2],
      ['peticion', 2],
    ],
    it: [
      ['azion', 2],
      ['attivita', 2],
      ['prossimi pass', 3],
      ['prossimo pass', 3],
      ['prossime azion', 3],
      ['da fare', 2],
      ['compit', 2],
      ['cose da fare', 3],
      ['divisione del lavoro', 3],
      ['assegnazion', 1],
      ['assegnazione dei compiti', 3],
      ['chi fa cosa', 3],
      ['incarich', 2],
      ['faro', 2],
      ['oggi', 1],
      ['questa settimana', 2],
      ['action plan', 3],
      ['richiest', 2],
      ['punti operativi', 3],
    ],
  },
  decisions: {
    en: [
      ['decision', 2],
      ['decided', 2],
      ['agreed', 2],
      ['agreement', 2],
      ['outcome', 2],
      ['resolution', 2],
      ['resolved', 2],
      ['conclusion', 2],
      ['consensus', 2],
    ],
    es: [
      ['acuerdo', 2],
      ['acordado', 2],
      ['decision', 2],
      ['compromiso', 2],
      ['conclusion', 2],
      ['resolucion', 2],
      ['puntos acordado', 3],
    ],
    it: [
      ['accord', 2],
      ['decision', 2],
      ['deciso', 2],
      ['conclusion', 2],
      ['deliber', 2],
      ['concordat', 2],
    ],
  },
  questions: {
    en: [
      ['question', 2],
      ['open issue', 2],
      ['open point', 2],
      ['open item', 2],
      ['parking lot', 2],
      ['to be decided', 2],
      ['tbd', 2],
      ['unresolved', 2],
      ['blocker', 1],
    ],
    es: [
      ['pregunta', 2],
      ['duda', 2],
      ['temas abierto', 2],
      ['cuestiones abierta', 2],
      ['puntos abierto', 2],
      ['por decidir', 2],
      ['pendiente de decidir', 3],
    ],
    it: [
      ['domand', 2],
      ['questioni apert', 2],
      ['punti apert', 2],
      ['dubbi', 2],
      ['da decidere', 2],
      ['da chiarire', 2],
    ],
  },
  next: {
    en: [
      ['next meeting', 3],
      ['next call', 3],
      ['next sync', 3],
      ['next session', 3],
      ['next check', 3],
      ['upcoming meeting', 3],
      ['follow-up meeting', 3],
    ],
    es: [
      ['proxima reunion', 3],
      ['siguiente reunion', 3],
      ['proxima llamada', 3],
      ['proxima sesion', 3],
      ['proxima cita', 3],
    ],
    it: [
      ['prossima riunione', 3],
      ['prossimo incontro', 3],
      ['prossima call', 3],
      ['prossima chiamata', 3],
      ['prossima sessione', 3],
    ],
  },
  attendees: {
    en: [
      ['attendee', 2],
      ['participant', 2],
      ['present', 2],
      ['attendance', 2],
      ['people', 1],
      ['in attendance', 2],
      ['absent', 2],
      ['apologies', 2],
    ],
    es: [
      ['asistente', 2],
      ['participante', 2],
      ['presente', 2],
      ['asistencia', 2],
      ['ausente', 2],
      ['integrante', 2],
    ],
    it: [
      ['partecipant', 2],
      ['presenti', 2],
      ['assenti', 2],
      ['presenze', 2],
      ['membri', 1],
    ],
  },
  agenda: {
    en: [
      ['agenda', 2],
      ['topic', 2],
      ['discussion point', 2],
    ],
    es: [
      ['orden del dia', 2],
      ['temas', 2],
      ['agenda', 2],
    ],
    it: [
      ['ordine del giorno', 2],
      ['argoment', 2],
      ['agenda', 2],
    ],
  },
  deadline: {
    en: [
      ['deadline', 2],
      ['due date', 2],
    ],
    es: [
      ['fecha limite', 2],
      ['plazo', 2],
      ['finalizacion de las tarea', 3],
    ],
    it: [['scadenz', 2]],
  },
  status: {
    en: [
      ['status', 2],
      ['update', 2],
      ['progress', 2],
      ['completed', 3],
      ['done', 2],
      ['roadmap', 2],
      ['milestone', 2],
      ['what went well', 3],
      ['went well', 3],
      ['could be improved', 3],
      ['lessons learned', 3],
      ['retrospective', 2],
      ['review', 1],
      ['achievement', 2],
      ['accomplishment', 2],
    ],
    es: [
      ['estado', 2],
      ['avance', 2],
      ['progreso', 2],
      ['completad', 3],
      ['realizad', 3],
      ['hito', 2],
      ['hoja de ruta', 2],
      ['que salio bien', 3],
      ['salio bien', 3],
      ['lecciones aprendida', 3],
      ['retrospectiva', 2],
      ['logro', 2],
      ['hice', 2],
      ['realizado', 2],
    ],
    it: [
      ['stato', 2],
      ['avanzamento', 2],
      ['completat', 3],
      ['svolt', 3],
      ['realizzat', 3],
      ['milestone', 2],
      ['andato bene', 3],
      ['migliorato', 2],
      ['lezioni apprese', 3],
      ['retrospettiva', 2],
      ['interventi completati', 3],
      ['fatto', 2],
      ['risultati', 2],
    ],
  },
  notes: {
    en: [
      ['notes', 2],
      ['discussion', 2],
      ['summary', 2],
      ['context', 2],
      ['background', 2],
      ['minutes', 1],
      ['additional notes', 3],
    ],
    es: [
      ['notas', 2],
      ['discusion', 2],
      ['resumen', 2],
      ['contexto', 2],
      ['antecedente', 2],
      ['notas adicionales', 3],
    ],
    it: [
      ['note', 2],
      ['discussione', 2],
      ['riepilogo', 2],
      ['sintesi', 2],
      ['contesto', 2],
      ['premessa', 2],
    ],
  },
  previous: {
    en: [
      ['previous action', 5],
      ['last meeting', 5],
      ['prior action', 5],
      ['review of action', 5],
      ['action items from last', 5],
      ['previous meeting', 5],
      ['last time', 4],
      ['last week', 4],
      ['since last', 4],
    ],
    es: [
      ['reunion anterior', 5],
      ['tareas anteriore', 5],
      ['acciones anteriore', 5],
      ['pendientes anteriore', 5],
      ['seguimiento de tarea', 4],
      ['la ultima reunion', 5],
      ['semana pasada', 4],
      ['desde la ultima', 4],
    ],
    it: [
      ['riunione precedente', 5],
      ['azioni precedent', 5],
      ['incontro precedente', 5],
      ['compiti precedent', 5],
      ['scorsa riunione', 5],
      ['ultima riunione', 5],
      ['settimana scorsa', 4],
      ['dall ultima', 4],
    ],
  },
};

/** Table header words: the column that names who, what, when, the kind of row, its state. */
export const COLUMN_VOCABULARY: Record<'owner' | 'task' | 'due' | 'type' | 'status', Stems> = {
  owner: [
    ['owner', 2],
    ['who', 2],
    ['assignee', 2],
    ['assigned', 2],
    ['responsible', 2],
    ['lead', 1],
    ['volunteer', 2],
    ['person', 1],
    ['responsable', 2],
    ['encargado', 2],
    ['quien', 2],
    ['asignado', 2],
    ['voluntario', 2],
    ['persona', 1],
    ['chi', 2],
    ['referente', 2],
    ['responsabil', 2],
    ['assegnatari', 2],
    ['volontari', 2],
    ['incaricat', 2],
  ],
  task: [
    ['action', 2],
    ['task', 2],
    ['what', 2],
    ['description', 1],
    ['item', 1],
    ['to do', 2],
    ['todo', 2],
    ['activity', 2],
    ['note', -1],
    ['tarea', 2],
    ['accion', 2],
    ['que', 2],
    ['descripcion', 1],
    ['actividad', 2],
    ['notas', -1],
    ['attivita', 2],
    ['azion', 2],
    ['cosa', 2],
    ['compit', 2],
    ['descrizione', 1],
  ],
  due: [
    ['due', 2],
    ['deadline', 2],
    ['when', 2],
    ['by', 1],
    ['date', 2],
    ['fecha', 2],
    ['plazo', 2],
    ['limite', 1],
    ['cuando', 2],
    ['entrega', 2],
    ['scadenza', 2],
    ['entro', 2],
    ['data', 2],
    ['quando', 2],
    ['consegna', 2],
  ],
  type: [
    ['type', 2],
    ['tipo', 2],
    ['kind', 2],
  ],
  status: [
    ['status', 2],
    ['state', 2],
    ['estado', 2],
    ['stato', 2],
    ['done', 1],
    ['hecho', 1],
    ['fatto', 1],
  ],
};

/** Words in a row's cell that say a row or item is finished. */
export const DONE_WORDS =
  /(?:✅|✔️|☑️|\[done\]|(?:^|\s)(?:done|completed?|closed|delivered|hecho|completad[oa]|cerrad[oa]|entregad[oa]|fatto|completat[oa]|chius[oa]|consegnat[oa])(?:$|[\s.,;:*]))/iu;

const splitWords = (label: string): string[] => label.split(' ').filter(Boolean);

/** A stem list compiled once: its entries bucketed by what a word must start with to match them. */
interface StemIndex {
  readonly size: number;
  readonly byKey: ReadonlyMap<string, ReadonlyArray<{ id: number; parts: readonly string[]; weight: number }>>;
}

const stemIndexes = new WeakMap<Stems, StemIndex>();

// Short stems ("ai", "chi", "who") must be the whole word; longer ones match its start. So a word
// can only match stems filed under the word itself (if short) or under its first three letters.
const stemKey = (word: string): string => (word.length <= 3 ? word : word.slice(0, 3));
const stemMatches = (word: string, part: string): boolean => (part.length <= 3 ? word === part : word.startsWith(part));

function stemIndex(stems: Stems): StemIndex {
  let index = stemIndexes.get(stems);
  if (index) return index;
  const byKey = new Map<string, Array<{ id: number; parts: readonly string[]; weight: number }>>();
  stems.forEach(([stem, weight], id) => {
    const parts = stem.split(' ');
    const key = stemKey(parts[0]);
    byKey.set(key, [...(byKey.get(key) ?? []), { id, parts, weight }]);
  });
  index = { size: stems.length, byKey };
  stemIndexes.set(stems, index);
  return index;
}

/** Scores a folded label against a stem list: the sum of the weights of the stems found (each once), and where the first was. */
export function scoreStems(words: readonly string[], stems: Stems): { score: number; first: number } {
  const { byKey } = stemIndex(stems);
  let score = 0;
  let first = Infinity;
  let counted: Set<number> | undefined;
  for (let i = 0; i < words.length; i++) {
    const entries = byKey.get(stemKey(words[i]));
    if (!entries) continue;
    for (const { id, parts, weight } of entries) {
      if (counted?.has(id) || i + parts.length > words.length) continue;
      let ok = true;
      for (let k = 0; k < parts.length && ok; k++) ok = stemMatches(words[i + k], parts[k]);
      if (!ok) continue;
      (counted ??= new Set()).add(id);
      score += weight;
      if (weight > 0) first = Math.min(first, i);
    }
  }
  return { score, first };
}

/** Normalises a heading or label for matching: folded, numbering, emoji and punctuation removed. */
export function labelOf(text: string): string {
  return foldText(text.slice(0, 300))
    .replace(/^[\s#>*_\-•·\d.)]+/, '')
    .replace(/[^\p{L}\p{N}\s'/-]/gu, ' ')
    .replace(/[/]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Labels that open a section on their own, though their words alone score too little: a day in a
 * stand-up ("Today:" is the plan, "Yesterday:" the report). Folded, the whole label.
 */
export const WHOLE_LABELS: Readonly<Record<string, SectionKind>> = {
  today: 'actions',
  tomorrow: 'actions',
  'plan for today': 'actions',
  hoy: 'actions',
  manana: 'actions',
  'para hoy': 'actions',
  oggi: 'actions',
  domani: 'actions',
  'per oggi': 'actions',
  yesterday: 'status',
  ayer: 'status',
  ieri: 'status',
};

const headingScores = new Map<string, { readonly kind: SectionKind; readonly score: number }>();

/** The section a heading or label opens, with its score (0 for 'other'). Remembered per text: notes repeat their labels. */
export function scoreHeading(text: string): { readonly kind: SectionKind; readonly score: number } {
  let scored = headingScores.get(text);
  if (!scored) {
    if (headingScores.size >= 2048) headingScores.clear();
    scored = Object.freeze(scoreLabel(text));
    headingScores.set(text, scored);
  }
  return scored;
}

function scoreLabel(text: string): { kind: SectionKind; score: number } {
  const label = labelOf(text);
  const words = splitWords(label);
  if (!words.length) return { kind: 'other', score: 0 };
  const whole = WHOLE_LABELS[label];
  if (whole) return { kind: whole, score: 2 };
  let best: { kind: SectionKind; score: number; first: number } = { kind: 'other', score: 0, first: Infinity };
  for (const kind of Object.keys(SECTION_VOCABULARY) as Array<Exclude<SectionKind, 'other'>>) {
    const v = SECTION_VOCABULARY[kind];
    let score = 0;
    let first = Infinity;
    for (const lang of ['en', 'es', 'it'] as const) {
      const r = scoreStems(words, v[lang]);
      score += r.score;
      first = Math.min(first, r.first);
    }
    if (score > best.score || (score === best.score && score > 0 && first < best.first)) best = { kind, score, first };
  }
  // A long heading is a sentence, not a section label, unless its first words say what it is.
  if (best.score < 2 || (words.length > 7 && best.first > 2)) return { kind: 'other', score: 0 };
  return { kind: best.kind, score: best.score };
}

/** The section a heading opens, or 'other'. */
export function classifyHeading(text: string): SectionKind {
  return scoreHeading(text).kind;
}

/** Which role a table header cell plays. */
export function columnScore(header: string, role: keyof typeof COLUMN_VOCABULARY): number {
  return scoreStems(splitWords(labelOf(header)), COLUMN_VOCABULARY[role]).score;
}

/** "Key: value" lines that carry meeting facts rather than items. */
export const FACT_KEYS: Record<'date' | 'attendees' | 'title' | 'deadline' | 'next' | 'time' | 'other', readonly string[]> = {
  date: ['date', 'meeting date', 'fecha', 'fecha de la reunion', 'dia', 'data', 'data della riunione', 'giorno', 'when', 'day'],
  attendees: [
    'attendees',
    'participants',
    'present',
    'asistentes',
    'participantes',
    'presentes',
    'partecipanti',
    'presenti',
    'with',
    'con',
    'invitees',
    'attendance',
    'integrantes',
  ],
  title: [
    'topic',
    'title',
    'subject',
    'motivo',
    'asunto',
    'tema',
    'titulo',
    'oggetto',
    'titolo',
    'argomento',
    'project',
    'proyecto',
    'progetto',
    'client',
    'cliente',
  ],
  deadline: [
    'deadline',
    'deadline sprint',
    'sprint deadline',
    'fecha limite',
    'plazo',
    'fecha de entrega',
    'scadenza',
    'scadenza sprint',
    'deadline della sprint',
    'consegna',
  ],
  next: [
    'next meeting',
    'next call',
    'next sync',
    'proxima reunion',
    'siguiente reunion',
    'proxima llamada',
    'prossima riunione',
    'prossimo incontro',
    'prossima call',
  ],
  time: ['time', 'hora', 'ora', 'hora inicio', 'hora finalizacion', 'orario', 'hora propuesta'],
  other: [
    'lugar',
    'location',
    'luogo',
    'place',
    'durata',
    'duration',
    'duracion',
    'notetaker',
    'note taker',
    'scribe',
    'chair',
    'facilitator',
    'moderador',
    'moderatore',
    'firma',
    'recording',
    'meeting recording',
    'link',
    'zoom',
    'meet',
    'call link',
    'minutes',
    'secretario',
    'segretario',
    'redactor',
    'verbalizzante',
    'type',
    'tipo',
    'lang',
    'tags',
    'sprint',
    'version',
    'versione',
    'version del documento',
  ],
};

/** Label keys that name an action's owner or its due, inside an item or on the line under a sub-heading. */
export const OWNER_KEYS = [
  'owner',
  'owners',
  'assignee',
  'assigned to',
  'assigned',
  'responsible',
  'who',
  'lead',
  'responsable',
  'responsables',
  'encargado',
  'encargada',
  'asignado a',
  'asignado',
  'quien',
  'referente',
  'responsabile',
  'assegnatario',
  'assegnato a',
  'incaricato',
  'chi',
];
export const DUE_KEYS = [
  'due',
  'due date',
  'deadline',
  'by',
  'when',
  'fecha',
  'fecha limite',
  'plazo',
  'entrega',
  'para',
  'scadenza',
  'entro',
  'data',
  'consegna',
  'quando',
];

/** Explicit markers at the start of a line: "AI:", "TODO:", "Decision:", "Q:" and their translations. */
export const ACTION_LABELS = [
  'ai',
  'a.i.',
  'action',
  'action item',
  'action point',
  'todo',
  'to do',
  'to-do',
  'follow-up',
  'follow up',
  'followup',
  'task',
  'accion',
  'tarea',
  'pendiente',
  'por hacer',
  'azione',
  'da fare',
  'compito',
  'attivita',
  'next step',
  'proximo paso',
  'prossimo passo',
];
export const DECISION_LABELS = [
  'decision',
  'decided',
  'final call',
  'final decision',
  'agreed',
  'resolved',
  'resolution',
  'outcome',
  'acuerdo',
  'acordado',
  'decidido',
  'decision tomada',
  'se acuerda',
  'se decide',
  'decisione',
  'decisione presa',
  'deciso',
  'concordato',
  'si decide',
  'accordo',
];
export const QUESTION_LABELS = [
  'q',
  'question',
  'open question',
  'open point',
  'open points',
  'still open',
  'unclear',
  'to be decided',
  'tbd',
  'pregunta',
  'pregunta abierta',
  'duda',
  'por decidir',
  'pendiente de decidir',
  'pendiente de confirmar',
  'pendiente de aclarar',
  'no esta claro',
  'domanda',
  'domanda aperta',
  'dubbio',
  'da decidere',
  'da chiarire',
  'da capire',
  'punto aperto',
  'punti aperti',
  'non e chiaro',
  'da verificare',
  'to check',
  'to clarify',
  'por aclarar',
];

/** Labels that introduce something other than a task: "PLAN:", "Note:", "FYI:", "Idea:", "Riesgo:". */
export const NON_ACTION_LABELS = [
  'plan',
  'note',
  'notes',
  'nb',
  'fyi',
  'info',
  'context',
  'idea',
  'goal',
  'objective',
  'risk',
  'status',
  'update',
  'background',
  'nota',
  'notas',
  'contexto',
  'objetivo',
  'riesgo',
  'estado',
  'obiettivo',
  'rischio',
  'stato',
  'contesto',
  'aggiornamento',
];

/** Logseq and org-mode task keywords at the start of a line. */
export const TASK_KEYWORDS: Record<string, boolean> = {
  TODO: false,
  LATER: false,
  NOW: false,
  DOING: false,
  WAITING: false,
  DONE: true,
  CANCELED: true,
  CANCELLED: true,
};

/** Sentences that report a decision without a marker (folded). */
export const DECISION_SENTENCE =
  /^(?:it was (?:decided|agreed)|we (?:decided|agreed)|we(?:'re| are) agreed|quedamos en que|acordamos que|decidimos que|estamos de acuerdo en que|siamo d'accordo (?:che|di)|abbiamo concordato (?:che|di)|concordiamo (?:che|di)|restiamo d'accordo (?:che|di)|(?:the )?(?:group|team|wg|committee|tsc|board) (?:decided|agreed|approved)|agreed to|decided to|consensus(?: is| was)?|se (?:decide|decidio|acordo|acuerda|aprueba|aprobo|aprueban|descarta|descartan|descarto)|(?:hemos|han) (?:decidido|acordado)|acordamos|decidimos|si (?:e|è) deciso|si decide|abbiamo deciso|(?:e|è) stato deciso|si concorda|approvat[oa]|(?:il |la |el |the )?(?:consiglio|direttivo|comitato|assemblea|junta|asamblea|directiva|comite) (?:approva|decide|delibera|aprueba|acuerda)|queda(?:n)? (?:decidid[oa]s?|acordad[oa]s?|aprobad[oa]s?)|(?:that's|that is) (?:decided|agreed|settled)|agreed(?= [\p{L}]))(?![\p{L}])/u;

/**
 * Words that open a sentence before what it reports: "In the end we decided…", "Al final se
 * decidió…", "Alla fine abbiamo deciso…" (folded; stripped before the sentence vocabularies).
 */
export const SENTENCE_LEADIN =
  /^(?:(?:after (?:some|a long|much|a short) (?:back and forth|discussion|debate)|in the end|finally|eventually|so|ok|okay|also|then|al final|finalmente|por fin|tras (?:debatirlo|discutirlo|hablarlo)|despues de (?:debatirlo|discutirlo|hablarlo)|tambien|entonces|alla fine|infine|quindi|anche|inoltre|dopo (?:una |un'?)?(?:breve |lunga )?discussione),?\s+)+/;

/** A decision said at the end of a line: "il logo resta com'è, deciso", "Fotos al atardecer, acordado." (folded). */
export const DECISION_TAIL =
  /(?:,|;|\s[-–—])\s*(?:decided|agreed|approved|confirmed|decidido|acordado|aprobado|confirmado|deciso|concordato|approvato|confermato)(?: by (?:all|everyone)| por todos| da tutti| unanimously| por unanimidad| all'unanimita)?\s*[.!]?\s*$/;

/**
 * A choice said in a clause after the topic: "El logo mantiene el azul, se descarta el verde",
 * "Copertina: due proposte, si va con la seconda", "Colours: we go with the blue" (folded).
 */
export const DECISION_CLAUSE =
  /(?:^|[,;:]\s*)(?:se descarta|se descartan|si scarta|si scartano|si va con|si sceglie|nos quedamos con|(?:we(?:'ll| will)? |we're )?(?:go|going) with)(?![\p{L}])/u;

/**
 * Sentences that leave something open without a question mark: "It's still unclear who…",
 * "Queda por aclarar si…", "Resta da capire se…" (folded, after SENTENCE_LEADIN).
 */
export const QUESTION_SENTENCE =
  /^(?:(?:it(?:'s| is) )?(?:still )?(?:not (?:yet |entirely |really )?(?:clear|sure|decided|known|settled)|unclear|undecided|unknown|tbd|to be (?:decided|confirmed|clarified|determined|agreed))(?: yet)?,? (?:whether|if|who|what|when|where|how|which|why)|we (?:still )?(?:don't|do not|didn't|did not) (?:yet )?know (?:yet )?(?:whether|if|who|what|when|where|how|which)|(?:no one|nobody) (?:knows|is sure) (?:yet )?(?:whether|if|who|what|when|how)|open question|(?:todavia |aun )?no (?:esta|queda|tenemos) (?:nada |muy )?claro (?:todavia |aun )?(?:si|quien|que|cuando|como|donde|cual)|(?:todavia |aun )?no sabemos (?:todavia |aun )?(?:si|quien|que|cuando|como|donde|cual)|queda(?:n)? por (?:aclarar|decidir|ver|definir|confirmar|cerrar)|falta(?:n)? (?:por )?(?:decidir|aclarar|confirmar|definir|saber)|esta por (?:ver|decidir|definir|confirmar)|hay que (?:ver|decidir|aclarar|confirmar|definir) (?:si|quien|que|cuando|como|donde|cual)|(?:sigue|queda) (?:abierto|en el aire|pendiente) (?:si|quien|que|cuando|como)|(?:resta|rimane|e) (?:ancora )?da (?:capire|chiarire|decidere|definire|valutare|vedere|confermare)|(?:ancora )?da (?:capire|chiarire|decidere|definire) (?:se|chi|cosa|come|quando|dove|quale)|non (?:e|sappiamo|si sa) (?:ancora )?(?:chiaro |deciso )?(?:se|chi|cosa|come|quando|dove|quale)|ancora da (?:chiarire|capire|decidere|definire|confermare))(?![\p{L}])/u;

/** A task with no subject at the start of an item: "Need to chase…", "Hay que pedir…", "Bisogna chiedere…" (folded). */
export const NEED_TO =
  /^(?:(?:still )?need to|remember to|don't forget to|hay que|habra que|recordar|acordarse de|no olvidar(?:se)? de|bisogna|occorre|ricordarsi di|ricordare di|non dimenticare di)\s+(?=\p{L})/u;

/** Work reported as finished: "has been achieved", "ha sido completado", "è stato implementato" (folded). */
export const REPORTED =
  /(?<![\p{L}])(?:(?:has|have) been (?:achieved|completed|done|implemented|fixed|merged|delivered|finished)|(?:is|are|was|were) (?:done|complete|completed|finished|achieved|implemented|delivered)|(?:ha|han) sido (?:completad|realizad|terminad|implementad|logrado|un exito)|(?:se (?:completo|completaron|termino|terminaron|implemento|implementaron|entrego|entregaron|logro|lograron))|(?:e|sono) stat[oaie] (?:completat|realizzat|implementat|fatt|raggiunt|consegnat|terminat))/u;

/**
 * Words too common in work items to say which item a report is about ("implement", "sistema"),
 * with each language's function words (folded).
 */
export const TOPIC_STOPWORDS = new Set(
  (
    'the and for with from into that this these those will was were are has have been its our their not all per via ' +
    'implement implementation implementing add adding create creating fix fixing system feature task work update make ' +
    'del della delle dei degli dello nel nella nei con per una uno che non sono come anche tra fra sul sulla alla alle ' +
    'implementazione implementare sistema gestione funzionalita creazione aggiunta task lavoro ' +
    'las los por para con una uno que del como sobre entre sus ' +
    'implementacion implementar sistema gestion funcionalidad creacion tarea trabajo agregar'
  ).split(' '),
);

/** Items that say there is nothing to do (folded). */
export const NO_ACTION =
  /^(?:no action|no actions|none|n\/a|nothing|no changes?|issue closed|closed|ninguna|ninguno|nada|sin acciones|nessuna|nessuno|niente)\b/;

/** Words that look like a capitalised name but are not one (folded). */
export const NOT_NAMES = new Set(
  (
    'note notes update updates status question questions next decision decisions action actions todo ai agenda topic topics ' +
    'summary context background discussion proposal proposals idea ideas issue issues pr prs link links website roadmap ' +
    'the a an all everyone team we they it this that these those everybody anyone someone tbd n/a new old other others ' +
    'nota notas actualizacion estado pregunta preguntas decision decisiones accion acciones tarea tareas tema temas resumen ' +
    'nadie equipo el la los las un una esto eso propuesta enlace web ' +
    'aggiornamento stato domanda domande decisione decisioni azione azioni compito argomento riepilogo nessuno ' +
    'il lo gli le questo questa link sito obiettivi planning deadline durata sprint review ' +
    'first step steps board needs need also then he she there here maybe perhaps python javascript ' +
    'se si no ya tambien hay es son cada para por con sin cuando donde luego despues ademas primero ' +
    'ci non anche poi dopo dove inoltre prima ogni per senza ' +
    'nuevo nueva nuevos nuevas novedades bloqueos bloqueo pendientes varios blockers blocker misc nuovo nuova nuovi novita blocchi ' +
    'what why how who when where which que como quien cosa come perche quando dove chi ' +
    'owner responsable responsabile due fecha scadenza date data priority prioridad priorita ' +
    'monday tuesday wednesday thursday friday saturday sunday lunes martes miercoles jueves viernes sabado domingo ' +
    'lunedi martedi mercoledi giovedi venerdi sabato domenica today tomorrow hoy manana oggi domani ' +
    'follow follow-up follow-ups to-do feedback recap minutes acta minuta verbale notes goal goals objetivos obiettivo ' +
    'present presentes presenti attendees asistentes partecipanti absent ausentes assenti ' +
    'yes si ok okay done hecho fatto completed completado completato ' +
    'al alla allo ai agli alle nel nella nello nei negli nelle dal dalla dallo dai dagli dalle sul sulla sullo sui sugli sulle ' +
    'in on at from with en'
  ).split(' '),
);

/**
 * Imperatives whose object is a person: in "Call Ana to confirm" or "Ask Luca to send", the name
 * after them is who is asked, not who does the task (folded).
 */
export const PERSON_OBJECT_VERBS = new Set(
  (
    'call ask email e-mail mail remind ping tell invite contact chase text message phone nudge push get have let help ' +
    'encourage brief thank pay meet see introduce cc loop'
  ).split(' '),
);

/** Owner words that mean "everybody" (folded). */
export const EVERYONE =
  /^(?:all|all of us|everyone|everybody|everyone together|every person|@all|the team|team|todos|todas|todos juntos|todo el equipo|el equipo|cada uno|tutti|tutte|tutti insieme|tutto il team|il team|ognuno|entrambi|entrambe|both|ambos|ambas)$/;

/** Titles before a name: "Dr. Ruiz", "Sra. López", "dott. Bianchi", "ing. Verdi", "avv. Neri". */
export const TITLES = new Set([
  'dr',
  'dra',
  'mr',
  'mrs',
  'ms',
  'prof',
  'sr',
  'sra',
  'srta',
  'don',
  'dona',
  'lic',
  'ing',
  'dott',
  'dottssa',
  'dott.ssa',
  'avv',
  'arch',
  'geom',
  'sig',
  'sigra',
  'sig.ra',
]);

/** The writer's own first person, as an owner: the user. */
export const FIRST_PERSON_OWNERS = new Set(['i', 'me', 'myself', 'mine', 'yo', 'mio', 'mia', 'io', 'me stesso', 'mi']);

/** True when a label looks like "Mark", "Lucía Fernández", "JB", "@diasdavid", "Dr. Ruiz", "Tim and Sebastian" or "Digiweb (Davide / Erik)". */
export function looksLikeNames(s: string): boolean {
  const text = s
    .replace(/\*\*/g, '')
    .replace(/\s*\([^()]{0,80}\)\s*$/, '')
    .trim();
  if (!text || text.length > 60) return false;
  if (EVERYONE.test(foldText(text))) return true;
  const parts = text.split(/\s*(?:,|&|\/|\+|\band\b|\by\b|\be\b)\s*/).filter(Boolean);
  return (
    parts.length > 0 &&
    parts.every((p) => {
      if (/^@[\p{L}\p{N}_.-]+$/u.test(p)) return true;
      const words = p.split(/\s+/);
      if (words.length > 4) return false;
      let start = 0;
      if (words.length > 1 && TITLES.has(foldText(words[0]).replace(/\.$/, ''))) start = 1;
      return (
        words.slice(start).every((w) => /^(?:\p{Lu}[\p{L}'’.-]*|\p{Lu}{1,3}\.?|de|del|la|van|von|da|di|dos|das)$/u.test(w)) &&
        !NOT_NAMES.has(foldText(words[start]).replace(/[.:]$/, ''))
      );
    })
  );
}

/** Words that make a capitalised phrase a group: "SPDX Security group", "Equipo de diseño", "Gruppo QA". */
const GROUP_WORDS =
  /(?<![\p{L}])(?:groups?|teams?|committees?|wg|board|squads?|crew|equipos?|grupos?|comites?|comision|gruppi|gruppo|squadr[ae]|comitat[oi]|commissione)(?![\p{L}])/u;

/** People named by where they work: "los de sistemas", "quelli del marketing", "the folks at Acme" (folded). */
const PEOPLE_OF =
  /^(?:(?:los|las) de|(?:la gente|el personal) de|(?:quelli|quelle) (?:di|del|della|dello|dei|degli|delle|dell')|(?:i ragazzi|la gente) (?:di|del|della|dell')|(?:the )?(?:folks|people|guys) (?:at|from|in|on)) ?[\p{L}][\p{L}\p{N}&' -]{0,30}$/u;

/** True for people named as a whole: "los de sistemas", "quelli del marketing". */
export function namesPeopleOf(s: string): boolean {
  return PEOPLE_OF.test(foldText(s).trim());
}

/**
 * Verbs of a task in the present tense, third person singular and plural (folded): "Giada prepara
 * le foto", "Jordi lo consulta", "Anna e Paolo preparano", "Saoirse sends the photos".
 */
export const PRESENT_TASK_VERBS: Record<'en' | 'es' | 'it', ReadonlySet<string>> = {
  en: new Set(
    (
      'sends send prepares prepare writes write reviews review checks check books book shares share updates update drafts draft ' +
      'chases chase fixes fix emails email uploads upload contacts contact confirms confirm finalises finalise finalizes finalize ' +
      'delivers deliver organises organise organizes organize handles handle schedules schedule builds build creates create ' +
      'translates translate designs design tests test sorts sort'
    ).split(' '),
  ),
  es: new Set(
    (
      'envia envian manda mandan prepara preparan escribe escriben revisa revisan consulta consultan llama llaman pasa pasan ' +
      'hace hacen comprueba comprueban sube suben actualiza actualizan organiza organizan reserva reservan comparte comparten ' +
      'contacta contactan pregunta preguntan consigue consiguen redacta redactan entrega entregan propone proponen plantea plantean ' +
      'confirma confirman busca buscan traduce traducen disena disenan monta montan habla hablan encarga encargan ocupa ocupan'
    ).split(' '),
  ),
  it: new Set(
    (
      'manda mandano invia inviano prepara preparano scrive scrivono sistema sistemano pensa pensano chiama chiamano porta portano ' +
      'controlla controllano verifica verificano aggiorna aggiornano carica caricano rivede rivedono rilegge rileggono sente sentono ' +
      'contatta contattano gira girano passa passano chiede chiedono organizza organizzano prenota prenotano fa fanno crea creano ' +
      'completa completano finisce finiscono propone propongono fissa fissano condivide condividono inoltra inoltrano recupera recuperano ' +
      'raccoglie raccolgono traduce traducono consegna consegnano occupa occupano imposta impostano sollecita sollecitano cura curano'
    ).split(' '),
  ),
};

/** Object pronouns that may stand before a verb (folded): "lo consulta", "se lo planteará", "ci manda", "se ne occupa". */
export const CLITIC_WORDS: Record<'en' | 'es' | 'it', ReadonlySet<string>> = {
  en: new Set(),
  es: new Set('lo la los las le les se me nos'.split(' ')),
  it: new Set('lo la li le ne ci si ce se gli mi ti vi me'.split(' ')),
};

/** True for a named group: a capitalised phrase with a group word ("SPDX Security group", "el equipo de QA"). */
export function looksLikeGroup(s: string): boolean {
  const text = s.replace(/\*\*/g, '').trim();
  const words = text.split(/\s+/);
  if (!text || text.length > 50 || words.length > 6 || !GROUP_WORDS.test(foldText(text)) || !/\p{Lu}/u.test(text)) return false;
  // Every word is a capitalised name or acronym, an article or preposition, or the group word.
  const named = words.filter((w) => /^[\p{Lu}@\d]/u.test(w) && !GROUP_WORDS.test(foldText(w)));
  return (
    named.length > 0 &&
    words.every(
      (w) =>
        /^[\p{Lu}@\d]/u.test(w) ||
        /^(?:the|of|for|el|la|los|las|de|del|il|lo|la|di|del|della|dei|per)$/i.test(w) ||
        GROUP_WORDS.test(foldText(w)),
    )
  );
}

/** A short phrase that ends in a group word: "the design team", "equipo de soporte", "il gruppo QA". */
export function namesAGroup(s: string): boolean {
  const words = foldText(s).trim().split(/\s+/);
  return (
    words.length <= 4 &&
    words.some((w) => GROUP_WORDS.test(w)) &&
    !words.some((w) => NOT_NAMES.has(w) && !GROUP_WORDS.test(w) && !/^(?:the|el|la|il|de|del|di)$/.test(w))
  );
}

/** A short topic before a colon that opens a line ("proofs: me -> …", "fotos: …"). */
export const TOPIC_LABEL = /^[\p{L}][\p{L} -]{0,23}:\s+/u;

/** A "Key: value" line, split (the key folded). Bounded, so a long line costs one pass. */
export function keyValue(text: string): { key: string; value: string } | undefined {
  const m = /^\s*(?:\*\*|__)?([\p{L}][\p{L} .'’-]{0,38}?)(?:\*\*|__)?\s*[:：]{1,2}\s*(?:\*\*|__)?\s*/u.exec(text.slice(0, 60));
  if (!m) return undefined;
  return {
    key: labelOf(m[1]).replace(/[.]/g, ''),
    value: text
      .slice(m[0].length)
      .replace(/^(?:\*\*|__)\s*/, '')
      .trim(),
  };
}

export const inList = (key: string, list: readonly string[]) => list.includes(key);

/**
 * How a status report opens, per language (tested on the task once its owner is removed): a verb
 * in a past tense or a perfect ("made…", "finished…", "has merged…", "terminó…", "ha enviado…",
 * "ha finito…", "è stato…"). A line under a person that reports what they did is not a task.
 * Unfolded, lower case: the accent tells a Spanish preterite ("envió") from a present ("envio").
 */
export const STATUS_REPORT: Record<'en' | 'es' | 'it', { readonly irregular: ReadonlySet<string>; readonly pattern: RegExp }> = {
  en: {
    irregular: new Set(
      (
        'made did wrote built got took sent found began brought bought gave had held kept left led lost met paid ran said saw spoke ' +
        'spent told thought went won came became broke chose drew drove fell felt fought flew forgot grew heard hid knew lent ' +
        'meant rode rose sold shot showed shown sang sat slept stood stole struck swam taught threw understood woke wore ' +
        'was were already'
      ).split(' '),
    ),
    // A word in -ed ("merged", "unexpected"), not -eed ("need", "proceed"); a perfect ("has merged").
    pattern:
      /^(?:\p{L}{2,}(?<!e)ed|(?:has|have|had) (?:been|already|\p{L}{2,}ed|done|made|sent|written|got|gotten|built|taken)|is done|was done)(?![\p{L}])/u,
  },
  es: {
    irregular: new Set(
      (
        'hizo hicieron puso pusieron dijo dijeron tuvo tuvieron fue fueron estuvo estuvieron trajo trajeron vino vinieron ' +
        'pudo pudieron quiso quisieron supo supieron dio dieron vio vieron ya'
      ).split(' '),
    ),
    // A preterite ("terminó", "enviaron", "subieron") or a perfect ("ha enviado", "han hecho").
    pattern:
      /^(?:\p{L}{2,}(?:ó|aron|ieron)|(?:ha|han|hemos|he) (?:\p{L}{2,}(?:ado|ido)|hecho|puesto|dicho|escrito|visto|vuelto|abierto|resuelto|roto))(?![\p{L}])/u,
  },
  it: {
    irregular: new Set('già fece fecero disse dissero ebbe ebbero prese presero mise misero scrisse scrissero'.split(' ')),
    // A perfect ("ha finito", "hanno inviato", "è stato") or a passato remoto ("preparò").
    pattern:
      /^(?:(?:ha|hanno|abbiamo|ho) (?:già )?(?:\p{L}{2,}(?:ato|uto|ito)|fatto|scritto|preso|messo|detto|visto|risolto|aperto|chiuso)|(?:è|sono) (?:già )?(?:stat[oaie]|\p{L}{2,}(?:at|ut|it)[oaie])|\p{L}{2,}(?:ò|arono|irono))(?![\p{L}])/u,
  },
};

/** Words that end like a past tense and are not one. */
const NOT_PAST = new Set(['embed', 'shred', 'bed', 'red', 'wed', 'shed', 'need', 'feed', 'seed', 'speed', 'proceed', 'exceed', 'succeed']);

/** True when a task opens the way a status report does, in any of the languages. */
export function opensAsReport(task: string): boolean {
  const t = task
    .trim()
    .toLowerCase()
    .replace(/^[^\p{L}]+/u, '');
  const first = /^\p{L}+/u.exec(t)?.[0] ?? '';
  if (NOT_PAST.has(first)) return false;
  for (const lang of ['en', 'es', 'it'] as const) {
    const v = STATUS_REPORT[lang];
    if (v.irregular.has(first) || v.pattern.test(t)) return true;
  }
  return false;
}

/**
 * A requirement or a description of how something works, not a task: an impersonal capability
 * ("it must be possible to…", "should be able to…", "se debe poder…", "pueden ser…", "deve essere
 * possibile…") or the product as the subject ("the system must…", "el sistema debe…", "il sistema
 * deve…"). Folded text.
 */
export const REQUIREMENT: Record<'en' | 'es' | 'it', RegExp> = {
  en: /^(?:it (?:must|should|shall|has to|needs to) be possible|(?:it )?(?:must|should|shall|needs to) (?:be able to|allow|support|be possible)|(?:it|they) (?:can|could|may) be |there (?:must|should|shall) be |the (?:system|app|application|tool|module|platform|page|form|site|website|api|feature|screen|user) (?:must|should|shall|can|needs to|has to|will allow|allows)\s)/,
  es: /^(?:se (?:debe|deben|debera|deberan|tiene que|tienen que) poder |(?:debe|deben|debera|deberan) (?:poder|permitir|tener|mostrar|ser posible) |(?:puede|pueden|podra|podran) (?:ser|estar) |es posible |(?:el|la) (?:sistema|aplicacion|app|herramienta|modulo|plataforma|pagina|pantalla|formulario|usuario) (?:debe|deben|debera|tiene que|puede|permite|permitira)\s)/,
  it: /^(?:(?:deve|devono|dovra|dovranno) (?:essere possibile|poter|permettere|avere|mostrare) |si (?:deve|devono|dovra) poter |(?:puo|possono|potra|potranno) essere |e possibile |(?:il|la|l') ?(?:sistema|applicazione|app|strumento|modulo|piattaforma|pagina|schermata|utente) (?:deve|devono|dovra|puo|permette|permettera)\s)/,
};

/** True when a task reads as a requirement, in any of the languages. */
export function isRequirement(task: string): boolean {
  const t = foldText(task).trim();
  return REQUIREMENT.en.test(t) || REQUIREMENT.es.test(t) || REQUIREMENT.it.test(t);
}

/**
 * A line that hands the list below it to someone: "It was agreed that the board should:", "Ana
 * will:", "Se acordó que el equipo debe:", "Marta se encarga de:", "Si è deciso che Luca deve:".
 * Folded; `who` is the owner as written (read again from the original by its length).
 */
export const LEAD_IN =
  /^(?:(?:it was|we) (?:agreed|decided) that |(?:se acordo|se decidio|acordamos|decidimos|quedamos en) (?:que )?|(?:si e|e stato) (?:deciso|concordato) che |abbiamo (?:deciso|concordato) che )?(?<who>[^:]{1,40}?) (?:should|will|shall|must|to|needs? to|agreed to|(?:is|are) to|debe|deben|debera|deberan|va a|van a|se encarga(?:n)? de|se compromete(?:n)? a|deve|devono|dovra|dovranno|si occupa(?:no)? di|si impegna(?:no)? a)\s*:$/d;

/**
 * An item that says someone is away, not a task: "Off on the 27th", "OOO until Monday", "de
 * vacaciones hasta el 2/11", "in ferie fino al 3" (folded, at the start of the task).
 */
export const ABSENCE =
  /^(?:off(?: (?:on|until|from|till|next|this|tomorrow|today|for|all|the))?|ooo|out of (?:the )?office|on (?:holiday|holidays|vacation|leave|pto|sick leave|parental leave)|away (?:on|until|from|next|this)|de (?:vacaciones|baja|permiso|viaje)|fuera de la oficina|ausente|in (?:ferie|vacanza|malattia|permesso|trasferta)|fuori ufficio|assente)(?![\p{L}-])/u;
