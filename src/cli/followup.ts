import { isIsoDate } from '../core/dates/calendar';
import { draftFollowup, followupJson } from '../core/followup/draft';
import { fmString, parseFrontMatter } from '../core/frontmatter';
import { isLang, type Lang } from '../core/lang';
import { decodeText } from '../core/text/decode';
import { choice, parseArgs, UsageError } from './args';
import type { CliIo } from './io';
import type { Subcommand } from './run';
import { absolute, dirname, findWorkspaceRoot, join, loadSettings, readTextFile } from './workspace';

const USAGE = `Usage: composure followup [--format markdown|text|json] [--lang auto|en|es|it] [--today YYYY-MM-DD] <meeting-note.md>

Turns a Markdown meeting note into a "what we agreed" follow-up email: decisions, who does what
by when (explicit dates), open questions, next meeting and a request to confirm by a date.
Relative dates ("by Friday", "el viernes", "entro venerdì") resolve against the meeting date.

Exit codes: 0 written, 2 usage error or unreadable input.
`;

export const followupCommand: Subcommand = {
  summary: 'write the follow-up email for a meeting note (markdown, text or JSON)',
  usage: USAGE,
  async run(argv, io) {
    const args = parseArgs(argv, { format: true, lang: true, today: true });
    const format = choice(args, 'format', ['markdown', 'text', 'json'] as const, 'markdown');
    const langArg = choice(args, 'lang', ['auto', 'en', 'es', 'it'] as const, 'auto');
    const today = (args.flags.get('today') as string | undefined) ?? io.today;
    if (!isIsoDate(today)) throw new UsageError(`--today must be a date written YYYY-MM-DD, not '${today}'`);
    if (args.positionals.length !== 1) throw new UsageError('give exactly one meeting note');
    const file = absolute(io, args.positionals[0]);
    if ((await io.stat(file)) !== 'file') {
      io.err(`composure followup: ${args.positionals[0]}: no such file\n`);
      return 2;
    }
    const decoded = decodeText(await io.readFile(file));
    if (decoded.binary) {
      io.err(`composure followup: ${args.positionals[0]}: looks like a binary file, not a Markdown note\n`);
      return 2;
    }
    const root = await findWorkspaceRoot(io, dirname(file));
    const { settings, warnings } = await loadSettings(io, root);
    for (const w of warnings) io.err(`composure followup: warning: ${w}\n`);
    const client = await clientFor(io, file, root);
    const template = await readTextFile(io, join(root, '.composure', `followup.${langArg === 'auto' ? client.lang ?? 'x' : langArg}.md`))
      ?? (await readTextFile(io, join(root, '.composure', 'followup.md')));
    const f = draftFollowup(decoded.text, {
      fileName: file.split('/').pop(), client, settings, today, lang: langArg === 'auto' ? undefined : langArg, template,
    });
    if (format === 'json') io.out(`${JSON.stringify(followupJson(f), null, 2)}\n`);
    else {
      const to = client.email ? (format === 'markdown' ? `**To:** ${client.email}  \n` : `To: ${client.email}\n`) : '';
      const subject = format === 'markdown' ? `**Subject:** ${f.email.subject}\n\n` : `Subject: ${f.email.subject}\n\n`;
      io.out(`${to}${subject}${format === 'markdown' ? f.email.body : f.email.text}`);
      for (const w of f.note.warnings) io.err(`composure followup: ${args.positionals[0]}:${w.line + 1}: ${w.message}\n`);
    }
    return 0;
  },
};

/** The client whose folder holds the note: its language, address and register. */
async function clientFor(io: CliIo, file: string, root: string) {
  let dir = dirname(file);
  for (let i = 0; i < 4 && dir.startsWith(root); i++) {
    const profile = await readTextFile(io, join(dir, 'client.md'));
    if (profile !== undefined) {
      const data = parseFrontMatter(profile).data;
      const lang = fmString(data, 'lang')?.toLowerCase();
      const register = fmString(data, 'register');
      return {
        lang: isLang(lang) ? (lang as Lang) : undefined,
        email: fmString(data, 'email'),
        name: fmString(data, 'name'),
        register: register === 'formal' || register === 'informal' ? register : undefined,
      } as const;
    }
    dir = dirname(dir);
  }
  return {};
}
