import { Linter } from '../core/lint/linter';
import { lintDraft, type DraftResult } from '../core/lint/draft';
import type { Finding } from '../core/lint/types';
import { LineIndex } from '../core/text/lines';
import { decodeText } from '../core/text/decode';
import { langFromLocale, type Lang } from '../core/lang';
import { choice, parseArgs, UsageError } from './args';
import type { CliIo } from './io';
import type { Subcommand } from './run';
import { absolute, clientLangFor, findWorkspaceRoot, join, loadSettings } from './workspace';

const USAGE = `Usage: composure lint [--format text|json] [--lang auto|en|es|it] <files or dirs…>
       composure lint --stdin [--format text|json] [--lang …]

Checks reply drafts for defensive, people-pleasing, heated, vague and boundary-leaking phrasing.
Directories are searched for .md, .markdown and .txt files.

Exit codes: 0 no findings, 1 findings (hints excepted), 2 usage error or unreadable input.
`;

const TEXT_EXT = /\.(md|markdown|txt)$/i;
const SKIP_DIRS = new Set(['node_modules', '.git', '.vscode', 'dist', 'out']);

interface FileResult {
  file: string;
  text: string;
  result: DraftResult;
}

async function collect(io: CliIo, target: string, out: string[], errors: string[]): Promise<void> {
  const kind = await io.stat(target);
  if (kind === 'file') out.push(target);
  else if (kind === 'dir') {
    for (const name of (await io.readDir(target)).sort()) {
      if (name.startsWith('.') || SKIP_DIRS.has(name)) continue;
      const child = join(target, name);
      const k = await io.stat(child);
      if (k === 'dir') await collect(io, child, out, errors);
      else if (k === 'file' && TEXT_EXT.test(name)) out.push(child);
    }
  } else errors.push(`${target}: no such file or directory`);
}

function toJson(r: FileResult) {
  const idx = new LineIndex(r.text);
  return r.result.findings.map((f: Finding) => {
    const a = idx.position(f.offset);
    const b = idx.position(f.offset + f.length);
    return {
      file: r.file, line: a.line + 1, column: a.character + 1, endLine: b.line + 1, endColumn: b.character + 1,
      offset: f.offset, length: f.length, rule: f.rule, category: f.category, severity: f.severity,
      message: f.message, suggestions: f.suggestions.map((s) => ({ text: s.text, offset: s.offset, length: s.length })),
    };
  });
}

export const lintCommand: Subcommand = {
  summary: 'check reply drafts for tone problems (text or JSON)',
  usage: USAGE,
  async run(argv, io) {
    const args = parseArgs(argv, { format: true, lang: true, stdin: false, today: true });
    const format = choice(args, 'format', ['text', 'json'] as const, 'text');
    const langArg = choice(args, 'lang', ['auto', 'en', 'es', 'it'] as const, 'auto');
    const useStdin = args.flags.has('stdin');
    if (useStdin && args.positionals.length) throw new UsageError('give files or --stdin, not both');
    if (!useStdin && !args.positionals.length) throw new UsageError('no files given (use --stdin to read standard input)');
    const root = await findWorkspaceRoot(io, io.cwd);
    const { settings, warnings } = await loadSettings(io, root);
    for (const w of warnings) io.err(`composure lint: warning: ${w}\n`);
    if (langArg !== 'auto') settings.language = langArg;
    const uiLang: Lang = langFromLocale(process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG);
    const linter = new Linter(settings.lint, uiLang);
    const results: FileResult[] = [];
    const errors: string[] = [];
    const lintOne = async (file: string, text: string, markdown: boolean) => {
      const clientLang = file === '<stdin>' ? undefined : await clientLangFor(io, file, root);
      results.push({ file, text, result: lintDraft(linter, text, { settings, clientLang, uiLang, markdown }) });
    };
    if (useStdin) {
      await lintOne('<stdin>', await io.readStdin(), true);
    } else {
      const files: string[] = [];
      for (const p of args.positionals) await collect(io, absolute(io, p), files, errors);
      for (const file of files) {
        let bytes: Uint8Array;
        try {
          bytes = await io.readFile(file);
        } catch (err) {
          errors.push(`${file}: cannot read (${(err as Error).message})`);
          continue;
        }
        const decoded = decodeText(bytes);
        if (decoded.binary) {
          errors.push(`${file}: looks like a binary file, not a text draft; skipped`);
          continue;
        }
        if (decoded.encoding === 'windows-1252') io.err(`composure lint: note: ${file} is not UTF-8; read as Windows-1252\n`);
        await lintOne(file, decoded.text, !/\.txt$/i.test(file));
      }
    }
    const shown = (f: string) => (f.startsWith(`${io.cwd}/`) ? f.slice(io.cwd.length + 1) : f);
    if (format === 'json') {
      io.out(`${JSON.stringify(results.flatMap((r) => toJson({ ...r, file: shown(r.file) })), null, 2)}\n`);
    } else {
      let count = 0;
      for (const r of results) {
        const idx = new LineIndex(r.text);
        if (r.result.truncated) io.err(`composure lint: note: ${shown(r.file)} is very large; only its first 1,000,000 characters were checked\n`);
        for (const f of r.result.findings) {
          count++;
          const p = idx.position(f.offset);
          io.out(`${shown(r.file)}:${p.line + 1}:${p.character + 1}: ${f.severity} [${f.rule}] ${f.message}\n`);
          const tries = f.suggestions.map((s) => (s.kind === 'remove' ? '(remove it)' : `“${s.text}”`));
          if (tries.length) io.out(`    try: ${tries.join(' · ')}\n`);
        }
        if (r.result.heat.level !== 'calm') io.out(`${shown(r.file)}: heat ${r.result.heat.level} (${r.result.heat.reasons.join('; ')})\n`);
      }
      io.out(`${count} finding${count === 1 ? '' : 's'} in ${results.length} file${results.length === 1 ? '' : 's'}\n`);
    }
    for (const e of errors) io.err(`composure lint: ${e}\n`);
    if (errors.length) return 2;
    return results.some((r) => r.result.findings.some((f) => f.severity !== 'hint')) ? 1 : 0;
  },
};
