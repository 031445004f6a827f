import type { Lang } from '../lang';
import type { PhrasePack } from './types';

/**
 * Files the build writes next to the bundles (dist/): each language's compiled phrase matcher
 * (`matcher-<lang>.bin`, see compiled.ts) and its phrase pack as JSON (`pack-<lang>.json`). An
 * adapter installs where they come from (the CLI and the extension read dist/); core reads them
 * only for the languages a document needs.
 */
export type BuildFiles = (name: string) => Uint8Array | undefined;

let files: BuildFiles | undefined;
const packs = new Map<Lang, PhrasePack>();
const onChange: Array<() => void> = [];

/** Installs where build files come from (undefined: none), and forgets what was read from the previous source. */
export function setBuildFiles(f: BuildFiles | undefined): void {
  files = f;
  packs.clear();
  for (const forget of onChange) forget();
}

/** Calls `forget` whenever the source changes (caches of what was decoded from it). */
export function onBuildFilesChange(forget: () => void): void {
  onChange.push(forget);
}

/** A file the build wrote, or undefined (no source installed, or no such file). */
export function buildFile(name: string): Uint8Array | undefined {
  return files?.(name);
}

/** The name of a language's phrase pack as the build writes it. */
export const packFileName = (lang: Lang): string => `pack-${lang}.json`;

/** The JSON text the build writes for a pack (a pack is plain data: strings, arrays, records). */
export function encodePack(pack: PhrasePack): string {
  return JSON.stringify(pack);
}

function loadPack(lang: Lang): PhrasePack {
  let pack = packs.get(lang);
  if (!pack) {
    const bytes = buildFile(packFileName(lang));
    if (!bytes)
      throw new Error(`the ${lang} phrase pack is missing (${packFileName(lang)} next to the bundle): rebuild with npm run build`);
    pack = JSON.parse(new TextDecoder().decode(bytes)) as PhrasePack;
    if (pack.lang !== lang) throw new Error(`${packFileName(lang)} holds the ${pack.lang} phrase pack`);
    packs.set(lang, pack);
  }
  return pack;
}

/**
 * A phrase pack read from the build's `pack-<lang>.json` the first time one of its fields other
 * than `lang` is read. The bundles hold these instead of the packs' sources (esbuild.config.mjs),
 * so starting `composure lint` or the extension neither parses nor evaluates every language's
 * patterns: the matcher comes compiled, and a language's pack is read when a document in that
 * language needs its rewrite texts (or when the matcher must be compiled from the packs).
 */
export function lazyPack(lang: Lang): PhrasePack {
  const real = () => loadPack(lang);
  return new Proxy({ lang } as PhrasePack, {
    get: (_target, key) => (key === 'lang' ? lang : Reflect.get(real(), key)),
    has: (_target, key) => Reflect.has(real(), key),
    ownKeys: () => Reflect.ownKeys(real()),
    getOwnPropertyDescriptor: (_target, key) => {
      const d = Reflect.getOwnPropertyDescriptor(real(), key);
      return d && { ...d, configurable: true };
    },
  });
}
