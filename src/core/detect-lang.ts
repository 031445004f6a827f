import type { Lang } from './lang';
import { foldText } from './text/fold';

const STOPWORDS: Record<Lang, readonly string[]> = {
  en: [
    'the',
    'and',
    'you',
    'to',
    'is',
    'that',
    'it',
    'for',
    'with',
    'i',
    'we',
    'your',
    'have',
    'will',
    'this',
    'be',
    'are',
    'of',
    'not',
    'can',
    'my',
    'me',
    'please',
    'thanks',
    'hi',
    'would',
    'was',
    'what',
    'if',
    'but',
    'our',
    'from',
    'just',
    'as',
    'at',
    'by',
    'all',
    'they',
    'do',
  ],
  es: [
    'el',
    'los',
    'las',
    'que',
    'y',
    'en',
    'una',
    'por',
    'con',
    'para',
    'es',
    'te',
    'lo',
    'se',
    'del',
    'al',
    'mi',
    'tu',
    'pero',
    'muy',
    'gracias',
    'esta',
    'hola',
    'como',
    'ya',
    'mas',
    'su',
    'sus',
    'le',
    'nos',
    'este',
    'esto',
    'hay',
    'saludo',
    'un',
    'pues',
    'tambien',
    'cuando',
    'he',
    'has',
  ],
  it: [
    'il',
    'gli',
    'di',
    'che',
    'e',
    'un',
    'per',
    'con',
    'non',
    'ti',
    'mi',
    'si',
    'della',
    'sono',
    'ho',
    'ma',
    'grazie',
    'ciao',
    'anche',
    'questo',
    'del',
    'nel',
    'alla',
    'ci',
    'hai',
    'ha',
    'come',
    'piu',
    'se',
    'gia',
    'sei',
    'dei',
    'delle',
    'lei',
    'tuo',
    'tua',
    'cosa',
    'saluti',
    'buongiorno',
    'perche',
  ],
};

const TABLE = new Map<string, Lang[]>();
for (const [lang, words] of Object.entries(STOPWORDS) as Array<[Lang, readonly string[]]>) {
  for (const w of words) TABLE.set(w, [...(TABLE.get(w) ?? []), lang]);
}

/**
 * Guesses the language of a text from function words in its first few thousand characters.
 * Returns undefined when the sample is too small or too close to call.
 */
export function detectLanguage(text: string, sampleChars = 4000): Lang | undefined {
  const sample = foldText(text.slice(0, sampleChars));
  const score: Record<Lang, number> = { en: 0, es: 0, it: 0 };
  for (const word of sample.match(/[a-z]+/g) ?? []) {
    const langs = TABLE.get(word);
    if (!langs) continue;
    for (const l of langs) score[l] += 1 / langs.length;
  }
  const ranked = (Object.entries(score) as Array<[Lang, number]>).sort((a, b) => b[1] - a[1]);
  const [best, second] = ranked;
  if (best[1] < 2 || best[1] < second[1] * 1.2) return undefined;
  return best[0];
}
