import type { Lang } from './lang';

/**
 * Message catalog for text the core produces (heat reasons, signals, CLI output): every key in
 * en, es and it, with `{0}`-style arguments. A unit test checks that no key is missing.
 */
export const MESSAGES = {
  'heat.calm': { en: 'calm', es: 'en calma', it: 'calmo' },
  'heat.warm': { en: 'warm', es: 'templado', it: 'tiepido' },
  'heat.hot': { en: 'hot', es: 'caliente', it: 'caldo' },
  'heat.reason.caps': { en: '{0} runs of capitals', es: '{0} tramos en mayúsculas', it: '{0} tratti in maiuscolo' },
  'heat.reason.caps.one': { en: '1 run of capitals', es: '1 tramo en mayúsculas', it: '1 tratto in maiuscolo' },
  'heat.reason.punct': { en: '{0} stacked !/?', es: '{0} signos !/? acumulados', it: '{0} !/? accumulati' },
  'heat.reason.punct.one': { en: '1 stacked !/?', es: '1 signo !/? acumulado', it: '1 !/? accumulato' },
  'heat.reason.sarcasm': {
    en: '{0} sarcastic or cutting phrases',
    es: '{0} frases sarcásticas o hirientes',
    it: '{0} frasi sarcastiche o pungenti',
  },
  'heat.reason.sarcasm.one': {
    en: '1 sarcastic or cutting phrase',
    es: '1 frase sarcástica o hiriente',
    it: '1 frase sarcastica o pungente',
  },
  'heat.reason.defensive': { en: '{0} defensive phrases', es: '{0} frases defensivas', it: '{0} frasi difensive' },
  'heat.reason.defensive.one': { en: '1 defensive phrase', es: '1 frase defensiva', it: '1 frase difensiva' },
  'heat.reason.capsShare': { en: '{0}% of words in capitals', es: '{0} % de palabras en mayúsculas', it: '{0}% di parole in maiuscolo' },
  'heat.reason.exclaim': {
    en: '{0} exclamation marks per 100 words',
    es: '{0} exclamaciones por cada 100 palabras',
    it: '{0} punti esclamativi ogni 100 parole',
  },
  'heat.advice.hot': {
    en: 'This reply is hot. Wait before sending it: hold it, reread it later, lower the tone.',
    es: 'Esta respuesta está caliente. Espera antes de enviarla: ponla en pausa, reléela más tarde y baja el tono.',
    it: 'Questa risposta è calda. Aspetta prima di inviarla: mettila in pausa, rileggila più tardi e abbassa i toni.',
  },
  'heat.advice.warm': {
    en: 'Some heat in this reply. Read it once more before sending.',
    es: 'Esta respuesta tiene algo de tensión. Reléela antes de enviarla.',
    it: "C'è un po' di tensione in questa risposta. Rileggila prima di inviarla.",
  },
  'heat.advice.calm': { en: 'Calm: no heat found.', es: 'En calma: no hay tensión.', it: 'Calmo: nessuna tensione.' },
  'lint.custom.title': { en: 'Custom phrase', es: 'Frase personalizada', it: 'Frase personalizzata' },
  'lint.custom.why': {
    en: 'You asked Composure to flag this phrase ({0}).',
    es: 'Pediste a Composure que marque esta frase ({0}).',
    it: 'Hai chiesto a Composure di segnalare questa frase ({0}).',
  },
  'lint.intent.title': { en: 'Reads as {0}', es: 'Se lee como {0}', it: 'Si legge come {0}' },
  'lint.intent.why': {
    en: 'No listed phrase matched, but a model trained on annotated drafts reads this sentence as {0}, next to a phrase that was flagged. Reread it before sending; no automatic rewrite.',
    es: 'Ninguna frase de la lista coincide, pero un modelo entrenado con borradores anotados lee esta oración como {0}, junto a una frase marcada. Reléela antes de enviar; no hay reescritura automática.',
    it: 'Nessuna frase dell’elenco corrisponde, ma un modello addestrato su bozze annotate legge questa frase come {0}, accanto a una frase segnalata. Rileggila prima di inviare; nessuna riscrittura automatica.',
  },
  'lint.intent.off': {
    en: '`composure.lint.learnedBackstop: false` turns the whole learned backstop off.',
    es: '`composure.lint.learnedBackstop: false` desactiva todo el respaldo aprendido.',
    it: '`composure.lint.learnedBackstop: false` disattiva tutto il controllo appreso.',
  },
  'lint.hold.until': { en: 'On hold until {0}.', es: 'En pausa hasta {0}.', it: 'In pausa fino a {0}.' },
  'note.noOwner': {
    en: 'Action item without an owner: “{0}”. Say who does it.',
    es: 'Tarea sin responsable: «{0}». Indica quién la hace.',
    it: 'Azione senza responsabile: «{0}». Indica chi se ne occupa.',
  },
  'note.noDue': {
    en: 'Action item without a due date: “{0}”. Give it a date.',
    es: 'Tarea sin fecha: «{0}». Ponle una fecha.',
    it: 'Azione senza scadenza: «{0}». Dalle una data.',
  },
  'note.vagueDue': {
    en: 'Vague due “{1}” for “{0}”: promise a concrete date.',
    es: 'Fecha vaga «{1}» para «{0}»: pon una fecha concreta.',
    it: 'Scadenza vaga «{1}» per «{0}»: indica una data precisa.',
  },
  'note.unresolvedDate': {
    en: 'Could not read the date “{1}” for “{0}”.',
    es: 'No se entiende la fecha «{1}» de «{0}».',
    it: 'Non riesco a leggere la data «{1}» di «{0}».',
  },
  'note.noDate': {
    en: 'No meeting date (front matter "date", a "Date:" line or a date in the file name): relative dates stay as written.',
    es: 'Falta la fecha de la reunión (front matter "date", una línea "Fecha:" o una fecha en el nombre del archivo): las fechas relativas se quedan como están.',
    it: 'Manca la data della riunione (front matter "date", una riga "Data:" o una data nel nome del file): le date relative restano come sono.',
  },
  'note.tooLarge': {
    en: 'This note is too long to read as a meeting note ({0} thousand characters; the limit is {1} thousand): no items were read.',
    es: 'Esta nota es demasiado larga para leerla como acta ({0} mil caracteres; el límite es {1} mil): no se ha leído ninguna tarea.',
    it: 'Questa nota è troppo lunga per leggerla come verbale ({0} mila caratteri; il limite è {1} mila): non è stata letta nessuna azione.',
  },
  'note.impreciseDue': {
    en: 'The due “{1}” of “{0}” is not a day: it stays as written. Give a date if there is one.',
    es: 'La fecha «{1}» de «{0}» no es un día: se queda como está. Indica un día si lo hay.',
    it: 'La scadenza «{1}» di «{0}» non è un giorno: resta com’è scritta. Indica un giorno, se c’è.',
  },
  'note.badFrontMatter': {
    en: 'The front matter is not valid YAML ({0}); the note is read as text.',
    es: 'El front matter no es YAML válido ({0}); la nota se lee como texto.',
    it: 'Il front matter non è YAML valido ({0}); la nota viene letta come testo.',
  },
  'profile.yamlError': {
    en: 'The front matter does not parse here: {0}. The other keys are still read.',
    es: 'El front matter no se puede leer aquí: {0}. Las demás claves se leen igualmente.',
    it: 'Il front matter non si legge qui: {0}. Le altre chiavi vengono lette comunque.',
  },
  'signal.profile-error': { en: 'client.md does not parse: {0}', es: 'client.md no se puede leer: {0}', it: 'client.md non si legge: {0}' },
  'signal.bad-date': {
    en: '{0}: "{1}" is not a real date (write YYYY-MM-DD)',
    es: '{0}: «{1}» no es una fecha válida (escribe AAAA-MM-DD)',
    it: '{0}: «{1}» non è una data valida (scrivi AAAA-MM-GG)',
  },
  'signal.lookalike-key': {
    en: 'Unknown key "{0}": did you mean "{1}"? It is not read as written.',
    es: 'Clave desconocida «{0}»: ¿querías decir «{1}»? Tal como está no se lee.',
    it: 'Chiave sconosciuta «{0}»: intendevi «{1}»? Così com’è non viene letta.',
  },
  'signal.no-contract': { en: 'Active with no signed contract', es: 'Activo sin contrato firmado', it: 'Attivo senza contratto firmato' },
  'signal.no-deposit': { en: 'Active with no deposit paid', es: 'Activo sin señal pagada', it: 'Attivo senza acconto pagato' },
  'signal.after-hours': {
    en: '{0} of {1} inbound contacts outside agreed hours ({2} in the last 7 days)',
    es: '{0} de {1} contactos recibidos fuera del horario acordado ({2} en los últimos 7 días)',
    it: '{0} contatti ricevuti su {1} fuori dall’orario concordato ({2} negli ultimi 7 giorni)',
  },
  'signal.contact-spike': {
    en: '{0} contacts in the last 7 days, usually about {1} a week',
    es: '{0} contactos en los últimos 7 días; lo normal son unos {1} por semana',
    it: '{0} contatti negli ultimi 7 giorni, di solito circa {1} a settimana',
  },
  'signal.overdue-theirs.one': {
    en: '1 overdue agreement on their side, {1}',
    es: '1 acuerdo vencido por su parte, con {1}',
    it: '1 accordo scaduto da parte loro, {1}',
  },
  'signal.overdue-theirs': {
    en: '{0} overdue agreements on their side, the oldest {1}',
    es: '{0} acuerdos vencidos por su parte; el más antiguo, con {1}',
    it: '{0} accordi scaduti da parte loro; il più vecchio {1}',
  },
  'signal.overdue-mine.one': {
    en: 'You have 1 overdue agreement, {1}',
    es: 'Tienes 1 acuerdo vencido, con {1}',
    it: 'Hai 1 accordo scaduto, {1}',
  },
  'signal.overdue-mine': {
    en: 'You have {0} overdue agreements, the oldest {1}',
    es: 'Tienes {0} acuerdos vencidos; el más antiguo, con {1}',
    it: 'Hai {0} accordi scaduti; il più vecchio {1}',
  },
  'dates.late.one': { en: '1 day late', es: '1 día de retraso', it: 'in ritardo di 1 giorno' },
  'dates.late': { en: '{0} days late', es: '{0} días de retraso', it: 'in ritardo di {0} giorni' },
  'signal.payment-overdue': {
    en: 'Money owed to you is overdue: “{0}”, due {1}',
    es: 'Te deben un pago vencido: «{0}», para el {1}',
    it: 'Ti devono un pagamento scaduto: «{0}», entro il {1}',
  },
  'signal.no-followup': {
    en: 'Meeting of {0} has no follow-up after {1} days',
    es: 'La reunión del {0} sigue sin correo de seguimiento tras {1} días',
    it: 'La riunione del {0} non ha ancora un riepilogo dopo {1} giorni',
  },
  'signal.no-feedback': {
    en: 'No feedback asked for {0} weeks',
    es: 'Sin pedir feedback desde hace {0} semanas',
    it: 'Nessun feedback chiesto da {0} settimane',
  },
  'clients.open.one': { en: '1 open agreement', es: '1 acuerdo abierto', it: '1 accordo aperto' },
  'clients.open': { en: '{0} open agreements', es: '{0} acuerdos abiertos', it: '{0} accordi aperti' },
  'clients.lastContact': { en: 'last contact {0}', es: 'último contacto {0}', it: 'ultimo contatto {0}' },
  'clients.daysAgo.one': { en: 'yesterday', es: 'ayer', it: 'ieri' },
  'clients.daysAgo': { en: '{0} days ago', es: 'hace {0} días', it: '{0} giorni fa' },
  'clients.today': { en: 'today', es: 'hoy', it: 'oggi' },
  'clients.never': { en: 'no contact yet', es: 'sin contactos', it: 'nessun contatto' },
  'status.lead': { en: 'Lead', es: 'Potencial', it: 'Potenziale' },
  'status.active': { en: 'Active', es: 'Activo', it: 'Attivo' },
  'status.paused': { en: 'Paused', es: 'En pausa', it: 'In pausa' },
  'status.ended': { en: 'Ended', es: 'Terminado', it: 'Concluso' },
  'category.defensive': { en: 'defensive', es: 'defensivo', it: 'difensivo' },
  'category.people_pleasing': { en: 'people-pleasing', es: 'complaciente', it: 'compiacente' },
  'category.heat': { en: 'heat', es: 'tensión', it: 'tensione' },
  'category.vague_commitment': { en: 'vague commitment', es: 'compromiso vago', it: 'impegno vago' },
  'category.boundary_leak': { en: 'boundary leak', es: 'límite cedido', it: 'confine ceduto' },
  'read.missing': { en: 'no such file or folder', es: 'no existe ese archivo o carpeta', it: 'file o cartella inesistente' },
  'read.denied': { en: 'permission denied', es: 'permiso denegado', it: 'permesso negato' },
  'read.io': { en: 'input/output error', es: 'error de entrada/salida', it: 'errore di input/output' },
  'read.folder': { en: 'it is a folder', es: 'es una carpeta', it: 'è una cartella' },
  'read.notFolder': { en: 'not a folder', es: 'no es una carpeta', it: 'non è una cartella' },
  'read.loop': {
    en: 'too many levels of symbolic links',
    es: 'demasiados niveles de enlaces simbólicos',
    it: 'troppi livelli di collegamenti simbolici',
  },
  'read.tooLarge': { en: 'file too large', es: 'archivo demasiado grande', it: 'file troppo grande' },
  'read.tooLargeSize': {
    en: 'file too large ({0} MiB; Composure reads files up to {1} MiB)',
    es: 'archivo demasiado grande ({0} MiB; Composure lee archivos de hasta {1} MiB)',
    it: 'file troppo grande ({0} MiB; Composure legge file fino a {1} MiB)',
  },
  'read.binary': {
    en: 'looks like a binary file, not text',
    es: 'parece un archivo binario, no texto',
    it: 'sembra un file binario, non testo',
  },
  'read.other': { en: '{0}', es: '{0}', it: '{0}' },
  'json.invalid': {
    en: 'not valid JSON ({0} on line {1})',
    es: 'JSON no válido ({0} en la línea {1})',
    it: 'JSON non valido ({0} alla riga {1})',
  },
  'json.notObject': { en: 'not a JSON object', es: 'no es un objeto JSON', it: 'non è un oggetto JSON' },
  'settings.vscodeIgnored': {
    en: '.vscode/settings.json is {0}; its Composure settings are ignored',
    es: '.vscode/settings.json: {0}; se ignoran sus ajustes de Composure',
    it: '.vscode/settings.json: {0}; le sue impostazioni di Composure vengono ignorate',
  },
  'settings.composureIgnored': {
    en: '.composure.json is {0}; ignored',
    es: '.composure.json: {0}; se ignora',
    it: '.composure.json: {0}; viene ignorato',
  },
  'settings.unknownCategory': {
    en: "composure.lint.severity: unknown category '{0}'",
    es: "composure.lint.severity: categoría desconocida '{0}'",
    it: "composure.lint.severity: categoria sconosciuta '{0}'",
  },
  'settings.badSeverity': {
    en: "composure.lint.severity.{0}: '{1}' is not error, warning, info, hint or off",
    es: "composure.lint.severity.{0}: '{1}' no es error, warning, info, hint ni off",
    it: "composure.lint.severity.{0}: '{1}' non è error, warning, info, hint né off",
  },
  'settings.extraPhrase': {
    en: 'composure.lint.extraPhrases: each entry needs "phrase" and a "category" ({0})',
    es: 'composure.lint.extraPhrases: cada entrada necesita "phrase" y una "category" ({0})',
    it: 'composure.lint.extraPhrases: ogni voce richiede "phrase" e una "category" ({0})',
  },
  'settings.clientsFolder': {
    en: "composure.clientsFolder: '{0}' must be a folder inside the workspace; using 'clients'",
    es: "composure.clientsFolder: '{0}' debe ser una carpeta dentro del espacio de trabajo; se usa 'clients'",
    it: "composure.clientsFolder: '{0}' deve essere una cartella dentro l'area di lavoro; si usa 'clients'",
  },
} as const satisfies Record<string, Record<Lang, string>>;

export type MessageKey = keyof typeof MESSAGES;

/** Puts arguments into a message's `{0}`, `{1}`… (the format of every catalog: this one, the CLI's). */
export function fill(text: string, args: ReadonlyArray<string | number>): string {
  return args.length ? text.replace(/\{(\d+)\}/g, (m, i: string) => (Number(i) < args.length ? String(args[Number(i)]) : m)) : text;
}

/** Looks up and formats a message. */
export function t(lang: Lang, key: MessageKey, ...args: Array<string | number>): string {
  return fill(MESSAGES[key][lang] ?? MESSAGES[key].en, args);
}

/**
 * `t` with a count: the key's `.one` form when the count is 1 (the plural rule of en, es and it),
 * else the key itself. The count is `{0}`.
 */
export function tn(lang: Lang, key: MessageKey, count: number, ...args: Array<string | number>): string {
  const one = `${key}.one`;
  return t(lang, count === 1 && one in MESSAGES ? (one as MessageKey) : key, count, ...args);
}
