import { langFromLocale, type Lang } from '../core/lang';
import { lintDraft, type DraftResult } from '../core/lint/draft';
import { Linter } from '../core/lint/linter';
import type { Finding } from '../core/lint/types';
import { LineIndex } from '../core/text/lines';
import { ReadError } from '../core/workspace/fs';
import { parentPath } from '../core/workspace/paths';
import { decodeChecked, readTextFile } from '../core/workspace/text-files';
import { walkFiles } from '../core/workspace/walk';
import { clientOfFile, isLintTarget, type ComposureWorkspace } from '../core/workspace/workspace';
import { choice, parseArgs, todayArg, TODAY_OPTION, UsageError } from './args';
import { corePath, shownPath } from './paths';
import type { Subcommand } from './run';
import { CliWorkspaces } from './workspaces';

const USAGE = `Usage: composure lint [--format text|json] [--lang auto|en|es|it] [--today YYYY-MM-DD] <files or folders…>
       composure lint --stdin [--format text|json] [--lang …]

Checks reply drafts for defensive, people-pleasing, heated, vague and boundary-leaking phrasing.
A file named on the command line is always checked. A folder is searched for the drafts its
workspace checks: files matching the setting composure.lint.include (default **/drafts/**) and
files whose front matter says type: draft. Each file is read with the settings of its own
workspace (.vscode/settings.json and .composure.json at the nearest root above it).

Options:
  --format text|json   output format (default text)
  --lang auto|en|es|it the drafts' language (default: front matter, client, detection)
  --stdin              read one draft from standard input (settings of the current folder)
  --today YYYY-MM-DD   the day to check holds against (default today)

Examples:
  composure lint clients/acme/drafts/reply.md
  composure lint .                          # every draft in the workspace
  git diff --name-only -- '*.md' | xargs composure lint --format json
  pbpaste | composure lint --stdin --lang es

Exit codes: 0 no findings, 1 findings (hints excepted), 2 usage error or unreadable input.
`;

const TEXT_FILE = /\.(?:md|markdown|txt)$/i;

interface FileResult {
  file: string;
  text: string;
  result: DraftResult;
}

function toJson(r: FileResult) {
  const idx = new LineIndex(r.text);
  return r.result.findings.map((f: Finding) => {
    const a = idx.position(f.offset);
    const b = idx.position(f.offset + f.length);
    return {
      file: r.file,
      line: a.line + 1,
      column: a.character + 1,
      endLine: b.line + 1,
      endColumn: b.character + 1,
      offset: f.offset,
      length: f.length,
      rule: f.rule,
      category: f.category,
      severity: f.severity,
      message: f.message,
      suggestions: f.suggestions.map((s) => ({ text: s.text, offset: s.offset, length: s.length })),
    };
  });
}

export const lintCommand: Subcommand = {
  summary: 'check reply drafts for tone problems (text or JSON)',
  usage: USAGE,
  async run(argv, io) {
    const args = parseArgs(argv, { format: { type: 'string' }, lang: { type: 'string' }, stdin: { type: 'boolean' }, ...TODAY_OPTION });
    const format = choice(args, 'format', ['text', 'json'] as const, 'text');
    const langArg = choice(args, 'lang', ['auto', 'en', 'es', 'it'] as const, 'auto');
    const today = todayArg(args, io.today);
    const now = args.values.today === undefined && io.now ? io.now : `${today}T00:00`;
    const useStdin = args.values.stdin === true;
    if (useStdin && args.positionals.length) throw new UsageError('give files or --stdin, not both');
    if (!useStdin && !args.positionals.length) throw new UsageError('no files given (use --stdin to read standard input)');
    const targets = args.positionals.map((p) => corePath(io, p));
    const uiLang: Lang = langFromLocale(io.locale);
    const workspaces = new CliWorkspaces(io, 'lint');
    const linters = new Map<ComposureWorkspace, Linter>();
    const results: FileResult[] = [];
    let failed = false;
    const fail = (err: ReadError) => {
      failed = true;
      workspaces.readError(err);
    };
    const lintOne = async (file: string, shown: string, text: string, markdown: boolean, folder: string) => {
      const ws = await workspaces.forFolder(folder);
      let linter = linters.get(ws);
      if (!linter) linters.set(ws, (linter = new Linter(ws.settings.lint, uiLang)));
      const settings = langArg === 'auto' ? ws.settings : { ...ws.settings, language: langArg };
      const client = file === '<stdin>' ? undefined : await clientOfFile(io.fs, ws, file);
      results.push({
        file: shown,
        text,
        result: lintDraft(linter, text, { settings, clientLang: client?.lang, client, uiLang, markdown, now }),
      });
    };

    if (useStdin) {
      let text: string;
      try {
        text = decodeChecked('<stdin>', await io.readStdin()).text;
      } catch (err) {
        if (!(err instanceof ReadError)) throw err;
        fail(err);
        return 2;
      }
      await lintOne('<stdin>', '<stdin>', text, true, corePath(io, '.'));
    } else {
      for (const target of targets) {
        const st = await io.fs.stat(target);
        if (!st) {
          fail(new ReadError(target, 'no such file or folder'));
          continue;
        }
        // A named file is always checked; a folder gives the drafts its workspace checks.
        const files = st.kind === 'file' ? [target] : await walkFiles(io.fs, target, { include: (n) => TEXT_FILE.test(n), onError: fail });
        for (const file of files) {
          let decoded;
          try {
            decoded = await readTextFile(io.fs, file);
          } catch (err) {
            if (!(err instanceof ReadError)) throw err;
            fail(err);
            continue;
          }
          const folder = parentPath(file);
          if (st.kind === 'dir' && !isLintTarget(await workspaces.forFolder(folder), file, decoded.text)) continue;
          if (decoded.encoding === 'windows-1252')
            io.err(`composure lint: note: ${shownPath(io, file)} is not UTF-8; read as Windows-1252\n`);
          await lintOne(file, shownPath(io, file), decoded.text, !/\.txt$/i.test(file), folder);
        }
      }
    }

    if (format === 'json') {
      io.out(`${JSON.stringify(results.flatMap(toJson), null, 2)}\n`);
    } else {
      let count = 0;
      for (const r of results) {
        const idx = new LineIndex(r.text);
        if (r.result.truncated) io.err(`composure lint: note: ${r.file} is very large; only its first 1,000,000 characters were checked\n`);
        for (const f of r.result.findings) {
          count++;
          const p = idx.position(f.offset);
          io.out(`${r.file}:${p.line + 1}:${p.character + 1}: ${f.severity} [${f.rule}] ${f.message}\n`);
          const tries = f.suggestions.map((s) => (s.kind === 'remove' ? '(remove it)' : `“${s.text}”`));
          if (tries.length) io.out(`    try: ${tries.join(' · ')}\n`);
        }
        if (r.result.heat.level !== 'calm') io.out(`${r.file}: heat ${r.result.heat.level} (${r.result.heat.reasons.join('; ')})\n`);
      }
      io.out(`${count} finding${count === 1 ? '' : 's'} in ${results.length} file${results.length === 1 ? '' : 's'}\n`);
    }
    if (failed) return 2;
    return results.some((r) => r.result.findings.some((f) => f.severity !== 'hint')) ? 1 : 0;
  },
};
