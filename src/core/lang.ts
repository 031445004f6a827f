/** The languages Composure speaks. */
export type Lang = 'en' | 'es' | 'it';
export const LANGS: readonly Lang[] = ['en', 'es', 'it'];

export function isLang(x: unknown): x is Lang {
  return x === 'en' || x === 'es' || x === 'it';
}

/** Maps a VS Code / BCP 47 locale ("es-ES", "it", "en-US") to a Lang; English otherwise. */
export function langFromLocale(locale: string | undefined): Lang {
  const base = (locale ?? '').toLowerCase().split(/[-_]/)[0];
  return isLang(base) ? base : 'en';
}

/** A text in each language. */
export type Localized = Record<Lang, string>;
