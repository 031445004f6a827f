// Bundles the extension and the CLI, and compiles the phrase matcher into dist/matcher-<lang>.json.
// `--production` minifies; `--watch` rebuilds on change; `--matcher-only <dir>` only writes the
// matcher data into <dir> (`npm run compile-tests` uses it for out/matcher).
import * as esbuild from 'esbuild';
import * as fs from 'node:fs/promises';
import * as path from 'node:path';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');
const matcherOnly = process.argv.indexOf('--matcher-only');

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  legalComments: 'none',
  // jsonc-parser's UMD entry loads its parts with a require() esbuild cannot follow: use its ESM build.
  alias: { 'jsonc-parser': 'jsonc-parser/lib/esm/main.js' },
};

/**
 * Compiles each language's phrase pack (src/core/lint/packs, the one source of truth) with the
 * project's own compiler and writes the graph the linter decodes at run time (see
 * src/core/lint/compiled.ts). Runs the compiler from a bundle built in memory.
 */
async function writeMatcherData(dir) {
  const built = await esbuild.build({
    ...common,
    entryPoints: ['src/core/lint/compiled.ts'],
    write: false,
    sourcemap: false,
    minify: false,
  });
  const mod = { exports: {} };
  new Function('module', 'exports', built.outputFiles[0].text)(mod, mod.exports);
  await fs.mkdir(dir, { recursive: true });
  await Promise.all(
    mod.exports.COMPILED_LANGS.map((lang) => fs.writeFile(path.join(dir, `matcher-${lang}.json`), mod.exports.compileMatcherData(lang))),
  );
}

if (matcherOnly >= 0) {
  await writeMatcherData(process.argv[matcherOnly + 1] ?? 'out/matcher');
  process.exit(0);
}

/** Regenerates the matcher data after each rebuild in watch mode. */
const matcherDataPlugin = {
  name: 'matcher-data',
  setup(build) {
    build.onEnd(async (result) => {
      if (!result.errors.length) await writeMatcherData('dist');
    });
  },
};

/**
 * The `composure` bin: a launcher that loads only the bundle a command needs. `composure lint`
 * (the one called on every save, from git hooks and editors) gets a bundle without the note
 * reader, the clients index or the date parser; every other command, `--help` and `--version`
 * get the full CLI.
 */
const LAUNCHER = `'use strict';
require(process.argv[2] === 'lint' ? './cli-lint.js' : './cli-all.js');
`;

const cli = { ...common, banner: { js: '#!/usr/bin/env node' } };
const builds = [
  { ...common, entryPoints: ['src/extension/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
  { ...cli, entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli-all.js' },
  { ...cli, entryPoints: ['src/cli/main-lint.ts'], outfile: 'dist/cli-lint.js' },
  {
    ...cli,
    stdin: { contents: LAUNCHER, resolveDir: '.', sourcefile: 'launcher.js' },
    outfile: 'dist/cli.js',
    external: ['./cli-*.js'],
    sourcemap: false,
  },
];

if (watch) {
  builds[0].plugins = [matcherDataPlugin];
  for (const b of builds) (await esbuild.context(b)).watch();
} else {
  await Promise.all([writeMatcherData('dist'), ...builds.map((b) => esbuild.build(b))]);
}
