// Bundles the extension and the CLI, compiles the phrase matcher into dist/matcher-<lang>.bin,
// writes the phrase packs and the intent models the bundles read lazily (dist/pack-<lang>.json,
// dist/intent-<lang>.json) and the V8 code cache of
// `composure lint` (dist/cli-lint.cache).
// `--production` minifies; `--watch` rebuilds on change; `--matcher-only <dir>` only writes the
// matcher data and the packs into <dir> (`npm run compile-tests` uses it for out/matcher).
import * as esbuild from 'esbuild';
import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import { isDeepStrictEqual } from 'node:util';

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

/** A project module, bundled in memory and run here (for what the build computes with the project's own code). */
async function loadModule(entry) {
  const built = await esbuild.build({ ...common, entryPoints: [entry], write: false, sourcemap: false, minify: false });
  const mod = { exports: {} };
  new Function('module', 'exports', built.outputFiles[0].text)(mod, mod.exports);
  return mod;
}

/**
 * Compiles each language's phrase pack (src/core/lint/packs, the one source of truth) with the
 * project's own compiler and writes the files the linter reads at run time (see
 * src/core/lint/compiled.ts and build-files.ts): per language the compiled graph and the pack as
 * JSON. Runs the compiler from a bundle built in memory.
 */
async function writeMatcherData(dir) {
  const mod = await loadModule('src/core/lint/compiled.ts');
  await fs.mkdir(dir, { recursive: true });
  await Promise.all(mod.exports.buildFilesOfPacks().map(([name, data]) => fs.writeFile(path.join(dir, name), data)));
  // The learned intent backstop's models (generated, committed: src/core/lint/intent/model-<lang>.json).
  for (const lang of ['en', 'es', 'it'])
    await fs.copyFile(path.join('src/core/lint/intent', `model-${lang}.json`), path.join(dir, `intent-${lang}.json`));
}

/**
 * The bundles hold no phrase pack sources: each module of src/core/lint/packs/ other than the
 * index is replaced by stubs, `export const en = lazyPack('en')` (src/core/lint/build-files.ts),
 * that read the pack the build writes next to the bundle (pack-<lang>.json, see
 * writeMatcherData) the first time a field other than `lang` is read. Starting the CLI or the
 * extension then neither parses nor evaluates every language's patterns (the matcher comes
 * compiled). Only exports that are exactly a pack of the index (PACKS) and survive JSON unchanged
 * are replaced; a module exporting anything else is bundled as it is (with a warning).
 */
const lazyPacksPlugin = {
  name: 'lazy-packs',
  setup(build) {
    let packs; // lang → the pack, from the index as the build sees it now
    build.onStart(() => {
      packs = undefined;
    });
    const stub = path.resolve('src/core/lint/build-files.ts');
    build.onLoad({ filter: /[\\/]src[\\/]core[\\/]lint[\\/]packs[\\/][^\\/]+\.ts$/ }, async (args) => {
      if (path.basename(args.path) === 'index.ts') return undefined;
      packs ??= loadModule('src/core/lint/packs/index.ts').then((m) => new Map(m.exports.PACKS.map((p) => [p.lang, p])));
      const byLang = await packs;
      const exports = Object.entries((await loadModule(args.path)).exports);
      const lazy = exports.every(
        ([, v]) =>
          v && byLang.get(v.lang) && isDeepStrictEqual(v, byLang.get(v.lang)) && isDeepStrictEqual(JSON.parse(JSON.stringify(v)), v),
      );
      if (!lazy || !exports.length) {
        console.warn(`lazy-packs: ${path.relative('.', args.path)} exports more than phrase packs of the index: bundled as it is`);
        return undefined;
      }
      const lines = exports.map(([name, v]) => `export const ${name} = lazyPack(${JSON.stringify(v.lang)});`);
      return { contents: `import { lazyPack } from ${JSON.stringify(stub)};\n${lines.join('\n')}\n`, loader: 'js' };
    });
  },
};

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
 *
 * The lint bundle starts from the V8 code cache the build writes next to it (cli-lint.cache, see
 * `writeCodeCache`): its functions come compiled instead of being parsed and compiled on every
 * run. The build writes the cache after the bundle, so a cache older than its bundle (a bundle
 * rebuilt alone) is ignored; V8 itself rejects a cache made by another V8 or for a source of
 * another length, and then compiles as usual. No cache: a plain require. With
 * COMPOSURE_WRITE_CODE_CACHE=<file> the launcher writes the cache of the run to <file> at exit.
 */
const LAUNCHER = `'use strict';
const path = require('path');
const lint = process.argv[2] === 'lint';
const file = path.join(__dirname, lint ? 'cli-lint.js' : 'cli-all.js');
// A pattern is compiled once, to machine code, when first run: by default V8 compiles it to
// bytecode first and again to machine code on its second run, and the lint's case-insensitive
// Unicode patterns (hundreds of kilobytes of bytecode in a 1 MB run) cost more to compile than to run.
if (lint) require('v8').setFlagsFromString('--no-regexp-tier-up');
if (!lint || !runCached(file)) require(file);

function runCached(file) {
  const fs = require('fs');
  const write = process.env.COMPOSURE_WRITE_CODE_CACHE;
  const cacheFile = file.replace(/\\.js$/, '.cache');
  let data;
  try {
    if (!write && fs.statSync(cacheFile).mtimeMs >= fs.statSync(file).mtimeMs) data = fs.readFileSync(cacheFile);
  } catch {
    // no cache
  }
  if (!data && !write) return false;
  const Module = require('module');
  const vm = require('vm');
  let source = fs.readFileSync(file, 'utf8');
  if (source.startsWith('#!')) source = '//' + source.slice(2);
  const script = new vm.Script(Module.wrap(source), { filename: file, cachedData: data });
  const mod = new Module(file, module);
  mod.filename = file;
  mod.paths = Module._nodeModulePaths(path.dirname(file));
  mod.loaded = true;
  if (write) process.on('exit', () => fs.writeFileSync(write, script.createCachedData()));
  script.runInThisContext().call(mod.exports, mod.exports, require, mod, file, path.dirname(file));
  return true;
}
`;

/**
 * Writes dist/cli-lint.cache: runs `composure lint` on a warm-up draft per language (every stage
 * a real draft takes, see src/core/lint/warm-up.ts), so the cache holds the functions a lint
 * compiles, not only the bundle's top level.
 */
async function writeCodeCache() {
  const mod = await loadModule('src/core/lint/warm-up.ts');
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'composure-cache-'));
  const files = [];
  for (const lang of ['en', 'es', 'it']) {
    const file = path.join(dir, `warm-up-${lang}.md`);
    await fs.writeFile(file, mod.exports.warmUpDraft(lang));
    files.push(file);
  }
  const out = path.resolve('dist/cli-lint.cache');
  await fs.rm(out, { force: true });
  const run = spawnSync(process.execPath, ['dist/cli.js', 'lint', ...files], {
    env: { ...process.env, COMPOSURE_WRITE_CODE_CACHE: out },
    encoding: 'utf8',
  });
  await fs.rm(dir, { recursive: true, force: true });
  if (run.status !== 1) throw new Error(`writing the code cache: composure lint exited ${run.status}: ${run.stderr}`);
}

const cli = { ...common, banner: { js: '#!/usr/bin/env node' }, plugins: [lazyPacksPlugin] };
const builds = [
  {
    ...common,
    entryPoints: ['src/extension/extension.ts'],
    outfile: 'dist/extension.js',
    external: ['vscode'],
    plugins: [lazyPacksPlugin],
  },
  { ...cli, entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli-all.js' },
  // Minified: the lint bundle is read, and its source kept, on every run (its code cache makes it compiled).
  { ...cli, entryPoints: ['src/cli/main-lint.ts'], outfile: 'dist/cli-lint.js', minify: true },
  {
    ...cli,
    stdin: { contents: LAUNCHER, resolveDir: '.', sourcefile: 'launcher.js' },
    outfile: 'dist/cli.js',
    external: ['./cli-*.js'],
    sourcemap: false,
    plugins: [],
  },
];

if (watch) {
  builds[0].plugins = [lazyPacksPlugin, matcherDataPlugin];
  await fs.rm('dist/cli-lint.cache', { force: true }); // a cache for another bundle would only be ignored
  for (const b of builds) (await esbuild.context(b)).watch();
} else {
  await Promise.all([writeMatcherData('dist'), ...builds.map((b) => esbuild.build(b))]);
  await writeCodeCache();
}
