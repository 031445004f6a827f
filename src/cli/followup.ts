import { followupJson } from '../core/followup/draft';
import { ReadError } from '../core/workspace/fs';
import { draftWorkspaceFollowup, writeFollowup } from '../core/workspace/followup';
import { parentPath } from '../core/workspace/paths';
import { readTextFile } from '../core/workspace/text-files';
import { choice, parseArgs, todayArg, TODAY_OPTION, UsageError } from './args';
import { corePath, shownPath } from './paths';
import { cliLang, msg, type UsageSpec } from './messages';
import type { Subcommand } from './run';
import { CliWorkspaces } from './workspaces';

const USAGE: UsageSpec = {
  synopsis: ['composure followup [--format markdown|text|json] [--lang auto|en|es|it] [--today YYYY-MM-DD] [--write] <meeting-note.md>'],
  about: {
    en: `Turns a Markdown meeting note into a "what we agreed" follow-up email: decisions, who does what
by when (explicit dates), open questions, next meeting and a request to confirm by a date.
Relative dates ("by Friday", "el viernes", "entro venerdì") resolve against the meeting date.
The client's language, address and register come from its client.md; settings from the note's
workspace.`,
    es: `Convierte un acta de reunión en Markdown en un correo de seguimiento con lo acordado: decisiones,
quién hace qué y para cuándo (con fechas explícitas), preguntas abiertas, próxima reunión y una
petición de confirmación antes de una fecha. Las fechas relativas ("by Friday", "el viernes",
"entro venerdì") se resuelven a partir de la fecha de la reunión. El idioma, la dirección y el
registro del cliente salen de su client.md; los ajustes, del espacio de trabajo del acta.`,
    it: `Trasforma un verbale di riunione in Markdown in un'email di riepilogo di quanto concordato:
decisioni, chi fa cosa ed entro quando (con date esplicite), domande aperte, prossima riunione e
una richiesta di conferma entro una data. Le date relative ("by Friday", "el viernes", "entro
venerdì") si risolvono rispetto alla data della riunione. Lingua, indirizzo e registro del
cliente vengono dal suo client.md; le impostazioni dall'area di lavoro del verbale.`,
  },
  options: [
    [
      '--format markdown|text|json',
      {
        en: 'output format (default markdown)',
        es: 'formato de salida (por defecto markdown)',
        it: 'formato di uscita (predefinito markdown)',
      },
    ],
    [
      '--lang auto|en|es|it',
      {
        en: "the email's language (default: the note's, the client's, the setting)",
        es: 'idioma del correo (por defecto: el del acta, el del cliente, el del ajuste)',
        it: "lingua dell'email (predefinita: quella del verbale, del cliente, dell'impostazione)",
      },
    ],
    [
      '--today YYYY-MM-DD',
      {
        en: 'the day the email is written (sets the confirm-by date)',
        es: 'el día en que se escribe el correo (fija la fecha de confirmación)',
        it: "il giorno in cui si scrive l'email (fissa la data di conferma)",
      },
    ],
    [
      '--write',
      {
        en: "save the follow-up beside the note, as Draft Follow-up does\n(the client's followups/ folder; never overwrites: -2, -3…),\nand print the path of the file written",
        es: 'guarda el correo junto al acta, como Redactar correo de seguimiento\n(la carpeta followups/ del cliente; nunca sobrescribe: -2, -3…),\ny muestra la ruta del archivo escrito',
        it: "salva il riepilogo accanto al verbale, come Scrivi l'email di riepilogo\n(la cartella followups/ del cliente; non sovrascrive mai: -2, -3…),\ne stampa il percorso del file scritto",
      },
    ],
  ],
  examples: [
    'composure followup clients/acme/meetings/2026-11-20-kickoff.md',
    'composure followup --format json --today 2026-11-22 notes/call.md',
    'composure followup --write clients/acme/meetings/2026-11-20-kickoff.md',
  ],
  exit: {
    en: '0 written, 2 usage error or unreadable input.',
    es: '0 escrito, 2 error de uso o entrada ilegible.',
    it: '0 scritto, 2 errore di utilizzo o input illeggibile.',
  },
};

export const followupCommand: Subcommand = {
  summary: {
    en: 'write the follow-up email for a meeting note (markdown, text or JSON; --write saves it)',
    es: 'escribe el correo de seguimiento de un acta (markdown, texto o JSON; --write lo guarda)',
    it: "scrive l'email di riepilogo di un verbale (markdown, testo o JSON; --write la salva)",
  },
  usage: USAGE,
  async run(argv, io) {
    const args = parseArgs(argv, { format: { type: 'string' }, lang: { type: 'string' }, write: { type: 'boolean' }, ...TODAY_OPTION });
    const format = choice(args, 'format', ['markdown', 'text', 'json'] as const, 'markdown');
    const langArg = choice(args, 'lang', ['auto', 'en', 'es', 'it'] as const, 'auto');
    const today = todayArg(args, io.today);
    if (args.positionals.length !== 1) throw new UsageError('err.oneNote');
    const file = corePath(io, args.positionals[0]);
    const workspaces = new CliWorkspaces(io, 'followup');
    let text: string;
    try {
      text = (await readTextFile(io.fs, file)).text;
    } catch (err) {
      if (!(err instanceof ReadError)) throw err;
      workspaces.readError(err);
      return 2;
    }
    const ws = await workspaces.forFolder(parentPath(file));
    const {
      followup: f,
      client,
      document,
    } = await draftWorkspaceFollowup(io.fs, ws, file, text, { today, lang: langArg === 'auto' ? undefined : langArg, uiLang: cliLang(io) });
    if (format !== 'json' || args.values.write === true)
      for (const w of f.note.warnings) io.err(`composure followup: ${shownPath(io, file)}:${w.line}: ${w.message}\n`);
    if (args.values.write === true) {
      let written: string;
      try {
        written = await writeFollowup(io.fs, ws, file, document);
      } catch (err) {
        io.err(`composure followup: ${msg(cliLang(io), 'err.cannotWrite', (err as Error).message)}\n`);
        return 2;
      }
      io.out(`${shownPath(io, written)}\n`);
      return 0;
    }
    if (format === 'json') io.out(`${JSON.stringify(followupJson(f), null, 2)}\n`);
    else {
      const email = client?.email;
      const to = email ? (format === 'markdown' ? `**To:** ${email}  \n` : `To: ${email}\n`) : '';
      const subject = format === 'markdown' ? `**Subject:** ${f.email.subject}\n\n` : `Subject: ${f.email.subject}\n\n`;
      io.out(`${to}${subject}${format === 'markdown' ? f.email.body : f.email.text}`);
    }
    return 0;
  },
};
