import { t } from '../core/i18n';
import type { Lang } from '../core/lang';
import { lintDraft, type DraftResult } from '../core/lint/draft';
import { Linter } from '../core/lint/linter';
import type { Finding, Suggestion } from '../core/lint/types';
import { LineIndex } from '../core/text/lines';
import { ReadError } from '../core/workspace/fs';
import { parentPath } from '../core/workspace/paths';
import { decodeChecked, readTextFile } from '../core/workspace/text-files';
import { walkFiles } from '../core/workspace/walk';
import { clientOfFile, isLintTarget, type ComposureWorkspace } from '../core/workspace/workspace';
import { choice, parseArgs, todayArg, TODAY_OPTION, UsageError } from './args';
import { corePath, shownPath } from './paths';
import { cliLang, msg, msgN, type UsageSpec } from './messages';
import type { Subcommand } from './run';
import { CliWorkspaces } from './workspaces';

const USAGE: UsageSpec = {
  synopsis: [
    'composure lint [--format text|json] [--lang auto|en|es|it] [--today YYYY-MM-DD] <files or folders…>',
    'composure lint --stdin [--format text|json] [--lang …]',
  ],
  about: {
    en: `Checks reply drafts for defensive, people-pleasing, heated, vague and boundary-leaking phrasing.
A file named on the command line is always checked. A folder is searched for the drafts its
workspace checks: files matching the setting composure.lint.include (default **/drafts/**) and
files whose front matter says type: draft. Each file is read with the settings of its own
workspace (.vscode/settings.json and .composure.json at the nearest root above it).`,
    es: `Revisa borradores de respuesta en busca de frases defensivas, complacientes, acaloradas, vagas
o que ceden tus límites. Un archivo indicado en la línea de comandos se revisa siempre. En una
carpeta se buscan los borradores que revisa su espacio de trabajo: los archivos que coinciden con
el ajuste composure.lint.include (por defecto **/drafts/**) y los que dicen type: draft en su
front matter. Cada archivo se lee con los ajustes de su propio espacio de trabajo
(.vscode/settings.json y .composure.json en la raíz más cercana por encima).`,
    it: `Controlla le bozze di risposta in cerca di frasi difensive, compiacenti, accese, vaghe o che
cedono sui tuoi confini. Un file indicato sulla riga di comando viene sempre controllato. In una
cartella si cercano le bozze che controlla la sua area di lavoro: i file che corrispondono
all'impostazione composure.lint.include (predefinita **/drafts/**) e quelli con type: draft nel
front matter. Ogni file viene letto con le impostazioni della propria area di lavoro
(.vscode/settings.json e .composure.json nella radice più vicina sopra di esso).`,
  },
  options: [
    [
      '--format text|json',
      { en: 'output format (default text)', es: 'formato de salida (por defecto text)', it: 'formato di uscita (predefinito text)' },
    ],
    [
      '--lang auto|en|es|it',
      {
        en: "the drafts' language (default: front matter, client, detection)",
        es: 'idioma de los borradores (por defecto: front matter, cliente, detección)',
        it: 'lingua delle bozze (predefinita: front matter, cliente, rilevamento)',
      },
    ],
    [
      '--stdin',
      {
        en: 'read one draft from standard input (settings of the current folder)',
        es: 'lee un borrador de la entrada estándar (ajustes de la carpeta actual)',
        it: "legge una bozza dall'input standard (impostazioni della cartella corrente)",
      },
    ],
    [
      '--today YYYY-MM-DD',
      {
        en: 'the day to check holds against (default today)',
        es: 'el día con el que se comparan las pausas (por defecto hoy)',
        it: 'il giorno con cui confrontare le pause (predefinito oggi)',
      },
    ],
  ],
  examples: [
    'composure lint clients/acme/drafts/reply.md',
    [
      'composure lint .',
      { en: 'every draft in the workspace', es: 'todos los borradores del espacio de trabajo', it: "tutte le bozze dell'area di lavoro" },
    ],
    "git diff --name-only -- '*.md' | xargs composure lint --format json",
    'pbpaste | composure lint --stdin --lang es',
  ],
  exit: {
    en: '0 no findings, 1 findings (hints excepted), 2 usage error or unreadable input.',
    es: '0 sin hallazgos, 1 hallazgos (salvo sugerencias), 2 error de uso o entrada ilegible.',
    it: '0 nessuna segnalazione, 1 segnalazioni (suggerimenti esclusi), 2 errore di utilizzo o input illeggibile.',
  },
};

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

/**
 * One suggestion in the text output: its new text, and the text it replaces when that is wider
 * than the finding (a rewrite of the clause or the whole sentence), so "“The”" never stands alone.
 */
function tryText(text: string, f: Finding, s: Suggestion, uiLang: Lang): string {
  if (s.kind === 'remove') return msg(uiLang, 'out.removeIt');
  if (s.offset === f.offset && s.length === f.length) return `“${oneLine(s.text)}”`;
  return `“${oneLine(text.slice(s.offset, s.offset + s.length))}” → “${oneLine(s.text)}”`;
}

/** A wrapped sentence on one output line. */
const oneLine = (s: string) => s.replace(/\r\n?|\n/g, ' ');

export const lintCommand: Subcommand = {
  summary: {
    en: 'check reply drafts for tone problems (text or JSON)',
    es: 'revisa el tono de los borradores de respuesta (texto o JSON)',
    it: 'controlla il tono delle bozze di risposta (testo o JSON)',
  },
  usage: USAGE,
  async run(argv, io) {
    const args = parseArgs(argv, { format: { type: 'string' }, lang: { type: 'string' }, stdin: { type: 'boolean' }, ...TODAY_OPTION });
    const format = choice(args, 'format', ['text', 'json'] as const, 'text');
    const langArg = choice(args, 'lang', ['auto', 'en', 'es', 'it'] as const, 'auto');
    const today = todayArg(args, io.today);
    const now = args.values.today === undefined && io.now ? io.now : `${today}T00:00`;
    const useStdin = args.values.stdin === true;
    if (useStdin && args.positionals.length) throw new UsageError('err.filesAndStdin');
    if (!useStdin && !args.positionals.length) throw new UsageError('err.noFiles');
    const targets = args.positionals.map((p) => corePath(io, p));
    const uiLang: Lang = cliLang(io);
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
          fail(new ReadError(target, 'missing'));
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
          if (decoded.encoding === 'windows-1252') io.err(`composure lint: ${msg(uiLang, 'out.notUtf8', shownPath(io, file))}\n`);
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
        if (r.result.truncated) io.err(`composure lint: ${msg(uiLang, 'out.truncated', r.file)}\n`);
        // One write per file: thousands of small writes to a pipe cost more than the linting.
        const lines: string[] = [];
        for (const f of r.result.findings) {
          count++;
          const p = idx.position(f.offset);
          lines.push(`${r.file}:${p.line + 1}:${p.character + 1}: ${f.severity} [${f.rule}] ${f.message}\n`);
          const tries = f.suggestions.map((s) => tryText(r.text, f, s, uiLang));
          if (tries.length) lines.push(`    ${msg(uiLang, 'out.try', tries.join(' · '))}\n`);
        }
        if (r.result.heat.level !== 'calm')
          lines.push(`${msg(uiLang, 'out.heat', r.file, t(uiLang, `heat.${r.result.heat.level}`), r.result.heat.reasons.join('; '))}\n`);
        if (lines.length) io.out(lines.join(''));
      }
      io.out(`${msgN(uiLang, 'out.findings', count, msgN(uiLang, 'out.files', results.length))}\n`);
    }
    if (failed) return 2;
    return results.some((r) => r.result.findings.some((f) => f.severity !== 'hint')) ? 1 : 0;
  },
};
