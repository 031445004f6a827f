import { fill } from '../core/i18n';
import { langFromLocale, type Lang, type Localized } from '../core/lang';
import type { CliIo } from './io';

/**
 * The CLI's own messages (errors, help, text-output labels) in en, es and it, formatted like the
 * core catalog (`{0}` arguments, a `.one` form for a count of 1). Machine-read output never
 * changes with the language: JSON keys and values, iCalendar, exit codes, rule ids, severities.
 */
export const CLI_MESSAGES = {
  'help.tagline': {
    en: 'client-communication hygiene for Markdown notes and reply drafts',
    es: 'higiene en la comunicación con clientes para notas en Markdown y borradores de respuesta',
    it: 'igiene della comunicazione con i clienti per note in Markdown e bozze di risposta',
  },
  'help.usage': { en: 'Usage:', es: 'Uso:', it: 'Uso:' },
  'help.command': { en: '<command> [options]', es: '<comando> [opciones]', it: '<comando> [opzioni]' },
  'help.commands': { en: 'Commands:', es: 'Comandos:', it: 'Comandi:' },
  'help.options': { en: 'Options:', es: 'Opciones:', it: 'Opzioni:' },
  'help.examples': { en: 'Examples:', es: 'Ejemplos:', it: 'Esempi:' },
  'help.exitCodes': { en: 'Exit codes:', es: 'Códigos de salida:', it: 'Codici di uscita:' },
  'help.optHelp': {
    en: 'show help (also: composure <command> --help)',
    es: 'muestra la ayuda (también: composure <comando> --help)',
    it: "mostra l'aiuto (anche: composure <comando> --help)",
  },
  'help.optVersion': { en: 'print the version', es: 'muestra la versión', it: 'mostra la versione' },
  'help.optLocale': {
    en: 'language of messages (default: LC_ALL, LC_MESSAGES or LANG, else en)',
    es: 'idioma de los mensajes (por defecto: LC_ALL, LC_MESSAGES o LANG; si no, en)',
    it: 'lingua dei messaggi (predefinita: LC_ALL, LC_MESSAGES o LANG, altrimenti en)',
  },
  'help.exit': {
    en: '0 nothing found, 1 findings, 2 usage error or unreadable input.',
    es: '0 nada que señalar, 1 hallazgos, 2 error de uso o entrada ilegible.',
    it: '0 niente da segnalare, 1 segnalazioni, 2 errore di utilizzo o input illeggibile.',
  },
  'err.unknownCommand': {
    en: "unknown command '{0}'. Run 'composure --help' for the list.",
    es: "comando desconocido '{0}'. Ejecuta 'composure --help' para ver la lista.",
    it: "comando sconosciuto '{0}'. Esegui 'composure --help' per l'elenco.",
  },
  'err.unknownOption': { en: "Unknown option '{0}'", es: "Opción desconocida '{0}'", it: "Opzione sconosciuta '{0}'" },
  'err.missingValue': {
    en: "Option '{0}' needs a value",
    es: "La opción '{0}' necesita un valor",
    it: "L'opzione '{0}' richiede un valore",
  },
  'err.noValue': {
    en: "Option '{0}' does not take a value",
    es: "La opción '{0}' no lleva valor",
    it: "L'opzione '{0}' non accetta un valore",
  },
  'err.choice': { en: '--{0} must be one of {1}', es: '--{0} debe ser uno de estos: {1}', it: '--{0} deve essere uno tra {1}' },
  'err.today': {
    en: "--today must be a date written YYYY-MM-DD, not '{0}'",
    es: "--today debe ser una fecha escrita AAAA-MM-DD, no '{0}'",
    it: "--today deve essere una data scritta AAAA-MM-GG, non '{0}'",
  },
  'err.emptyPath': { en: 'an empty path was given', es: 'se ha dado una ruta vacía', it: 'è stato indicato un percorso vuoto' },
  'err.filesAndStdin': {
    en: 'give files or --stdin, not both',
    es: 'indica archivos o --stdin, no ambos',
    it: 'indica dei file o --stdin, non entrambi',
  },
  'err.noFiles': {
    en: 'no files given (use --stdin to read standard input)',
    es: 'no se ha indicado ningún archivo (usa --stdin para leer la entrada estándar)',
    it: "nessun file indicato (usa --stdin per leggere l'input standard)",
  },
  'err.oneNote': {
    en: 'give exactly one meeting note',
    es: 'indica exactamente un acta de reunión',
    it: 'indica esattamente un verbale di riunione',
  },
  'err.onePath': { en: 'give at most one path', es: 'indica como mucho una ruta', it: 'indica al massimo un percorso' },
  'err.mineTheirs': {
    en: 'give --mine or --theirs, not both',
    es: 'indica --mine o --theirs, no ambos',
    it: 'indica --mine o --theirs, non entrambi',
  },
  'err.noFolder': { en: '{0}: no such folder', es: '{0}: no existe esa carpeta', it: '{0}: cartella inesistente' },
  'err.cannotRead': { en: 'cannot read {0}: {1}', es: 'no se puede leer {0}: {1}', it: 'impossibile leggere {0}: {1}' },
  'err.cannotWrite': {
    en: 'cannot write the follow-up: {0}',
    es: 'no se puede escribir el correo de seguimiento: {0}',
    it: 'impossibile scrivere il riepilogo: {0}',
  },
  'err.internal': { en: 'internal error: {0}', es: 'error interno: {0}', it: 'errore interno: {0}' },
  'out.warning': { en: 'warning: {0}: {1}', es: 'aviso: {0}: {1}', it: 'avviso: {0}: {1}' },
  'out.notUtf8': {
    en: 'note: {0} is not UTF-8; read as Windows-1252',
    es: 'nota: {0} no está en UTF-8; se lee como Windows-1252',
    it: 'nota: {0} non è in UTF-8; letto come Windows-1252',
  },
  'out.truncated': {
    en: 'note: {0} is very large; only its first 1,000,000 characters were checked',
    es: 'nota: {0} es muy grande; solo se han revisado sus primeros 1.000.000 caracteres',
    it: 'nota: {0} è molto grande; sono stati controllati solo i primi 1.000.000 caratteri',
  },
  'out.try': { en: 'try: {0}', es: 'prueba: {0}', it: 'prova: {0}' },
  'out.removeIt': { en: '(remove it)', es: '(quítala)', it: '(toglila)' },
  'out.heat': { en: '{0}: heat {1} ({2})', es: '{0}: tensión {1} ({2})', it: '{0}: tensione {1} ({2})' },
  'out.findings.one': { en: '1 finding in {1}', es: '1 hallazgo en {1}', it: '1 segnalazione in {1}' },
  'out.findings': { en: '{0} findings in {1}', es: '{0} hallazgos en {1}', it: '{0} segnalazioni in {1}' },
  'out.files.one': { en: '1 file', es: '1 archivo', it: '1 file' },
  'out.files': { en: '{0} files', es: '{0} archivos', it: '{0} file' },
  'out.noAgreements': { en: 'No open agreements.', es: 'No hay acuerdos abiertos.', it: 'Nessun accordo aperto.' },
  'out.noDate': { en: 'no date', es: 'sin fecha', it: 'senza data' },
  'out.overdue': { en: 'OVERDUE', es: 'VENCIDO', it: 'SCADUTO' },
  'out.mine': { en: 'mine', es: 'mío', it: 'mio' },
  'out.theirs': { en: 'theirs', es: 'suyo', it: 'loro' },
  'out.noClientsFolder': {
    en: 'No clients folder at {0} (setting composure.clientsFolder).',
    es: 'No hay carpeta de clientes en {0} (ajuste composure.clientsFolder).',
    it: 'Nessuna cartella dei clienti in {0} (impostazione composure.clientsFolder).',
  },
  'out.noClients': { en: 'No clients in {0}.', es: 'No hay clientes en {0}.', it: 'Nessun cliente in {0}.' },
  'out.openAgreements.one': { en: '1 open', es: '1 abierto', it: '1 aperto' },
  'out.openAgreements': { en: '{0} open', es: '{0} abiertos', it: '{0} aperti' },
  'out.lastContact': {
    en: 'last contact {0} ({1})',
    es: 'último contacto {0} ({1})',
    it: 'ultimo contatto {0} ({1})',
  },
} as const satisfies Record<string, Localized>;

export type CliMessageKey = keyof typeof CLI_MESSAGES;

/** The language of the CLI's messages: `--locale`, else LC_ALL, LC_MESSAGES, LANG (see node-io.ts), else English. */
export function cliLang(io: Pick<CliIo, 'locale'>): Lang {
  return langFromLocale(io.locale);
}

/** A CLI message in a language, with its arguments. */
export function msg(lang: Lang, key: CliMessageKey, ...args: Array<string | number>): string {
  return fill(CLI_MESSAGES[key][lang], args);
}

/** `msg` with a count: the key's `.one` form when the count is 1; the count is `{0}`. */
export function msgN(lang: Lang, key: CliMessageKey, count: number, ...args: Array<string | number>): string {
  const one = `${key}.one`;
  return msg(lang, count === 1 && one in CLI_MESSAGES ? (one as CliMessageKey) : key, count, ...args);
}

/** A subcommand's help: what is printed for `composure <command> --help`. */
export interface UsageSpec {
  /** The command lines (not translated: they are what the user types). */
  readonly synopsis: readonly string[];
  readonly about: Localized;
  /** Each option as typed, and what it does. */
  readonly options: ReadonlyArray<readonly [string, Localized]>;
  /** Commands to copy, each with an optional comment. */
  readonly examples: ReadonlyArray<string | readonly [string, Localized]>;
  readonly exit: Localized;
}

/** Lays out a subcommand's help in a language (the global `--locale` option included). */
export function usageText(lang: Lang, spec: UsageSpec): string {
  const usage = msg(lang, 'help.usage');
  const lines = spec.synopsis.map((s, i) => `${i === 0 ? usage : ' '.repeat(usage.length)} ${s}`);
  lines.push('', spec.about[lang], '', msg(lang, 'help.options'));
  const options: ReadonlyArray<readonly [string, string]> = [
    ...spec.options.map(([flag, what]) => [flag, what[lang]] as const),
    ['--locale en|es|it', msg(lang, 'help.optLocale')],
  ];
  const width = Math.max(...options.map(([flag]) => flag.length)) + 2;
  for (const [flag, what] of options) {
    const [first, ...rest] = what.split('\n');
    lines.push(`  ${flag.padEnd(width)} ${first}`, ...rest.map((r) => `  ${' '.repeat(width)} ${r}`));
  }
  lines.push('', msg(lang, 'help.examples'));
  const examples = spec.examples.map((e) => (typeof e === 'string' ? [e, ''] : [e[0], `# ${e[1][lang]}`]));
  for (const [cmd, comment] of examples) lines.push(`  ${comment ? `${cmd.padEnd(Math.max(cmd.length + 2, 42))}${comment}` : cmd}`);
  lines.push('', `${msg(lang, 'help.exitCodes')} ${spec.exit[lang]}`, '');
  return lines.join('\n');
}
