import { followupJson } from '../core/followup/draft';
import { ReadError } from '../core/workspace/fs';
import { draftWorkspaceFollowup, writeFollowup } from '../core/workspace/followup';
import { parentPath } from '../core/workspace/paths';
import { readTextFile } from '../core/workspace/text-files';
import { choice, parseArgs, todayArg, TODAY_OPTION, UsageError } from './args';
import { corePath, shownPath } from './paths';
import type { Subcommand } from './run';
import { CliWorkspaces } from './workspaces';

const USAGE = `Usage: composure followup [--format markdown|text|json] [--lang auto|en|es|it] [--today YYYY-MM-DD] [--write] <meeting-note.md>

Turns a Markdown meeting note into a "what we agreed" follow-up email: decisions, who does what
by when (explicit dates), open questions, next meeting and a request to confirm by a date.
Relative dates ("by Friday", "el viernes", "entro venerdì") resolve against the meeting date.
The client's language, address and register come from its client.md; settings from the note's
workspace.

Options:
  --format markdown|text|json  output format (default markdown)
  --lang auto|en|es|it         the email's language (default: the note's, the client's, the setting)
  --today YYYY-MM-DD           the day the email is written (sets the confirm-by date)
  --write                      save the follow-up beside the note, as Draft Follow-up does
                               (the client's followups/ folder; never overwrites: -2, -3…),
                               and print the path of the file written

Examples:
  composure followup clients/acme/meetings/2026-11-20-kickoff.md
  composure followup --format json --today 2026-11-22 notes/call.md
  composure followup --write clients/acme/meetings/2026-11-20-kickoff.md

Exit codes: 0 written, 2 usage error or unreadable input.
`;

export const followupCommand: Subcommand = {
  summary: 'write the follow-up email for a meeting note (markdown, text or JSON; --write saves it)',
  usage: USAGE,
  async run(argv, io) {
    const args = parseArgs(argv, { format: { type: 'string' }, lang: { type: 'string' }, write: { type: 'boolean' }, ...TODAY_OPTION });
    const format = choice(args, 'format', ['markdown', 'text', 'json'] as const, 'markdown');
    const langArg = choice(args, 'lang', ['auto', 'en', 'es', 'it'] as const, 'auto');
    const today = todayArg(args, io.today);
    if (args.positionals.length !== 1) throw new UsageError('give exactly one meeting note');
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
    } = await draftWorkspaceFollowup(io.fs, ws, file, text, { today, lang: langArg === 'auto' ? undefined : langArg });
    if (format !== 'json' || args.values.write === true)
      for (const w of f.note.warnings) io.err(`composure followup: ${shownPath(io, file)}:${w.line}: ${w.message}\n`);
    if (args.values.write === true) {
      let written: string;
      try {
        written = await writeFollowup(io.fs, ws, file, document);
      } catch (err) {
        io.err(`composure followup: cannot write the follow-up: ${(err as Error).message}\n`);
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
