import type { Lang } from '../../lang';

/** The register of a letter: Spanish usted / tú, Italian Lei / tu; English is always neutral. */
export type Register = 'formal' | 'informal' | 'neutral';

/** Markers of each register, per language, as word sequences (lower case; Italian courtesy forms by case). */
const MARKERS: Record<'es' | 'it', { formal: RegExp; informal: RegExp; courtesy?: RegExp }> = {
  es: {
    formal:
      /(?<![\p{L}])(usted|ustedes|estimad[oa]s?|atentamente|cordialmente|un cordial saludo|reciba un saludo|quedo a su disposición|su disposición|le escribo|le agradezco|le agradecería|le envío|le mando|le adjunto|le confirmo|le recuerdo|le pido|disculpe|perdone|avíseme|dígame|llámeme|escríbame|confírmeme|indíqueme|hágame saber|no dude en|puede usted|podría usted|le parece|le viene bien|le va bien|le importa)(?![\p{L}])/giu,
    informal:
      /(?<![\p{L}])(tú|te|ti|contigo|tus?|tuy[oa]s?|querid[oa]s?|un abrazo|besos|avísame|dime|llámame|escríbeme|confírmame|mándame|pásame|envíame|cuéntame|perdona|disculpa|oye|puedes|quieres|tienes|sabes|prefieres|necesitas|has|estás|eres|podrías|os|vosotros|vuestr[oa]s?)(?![\p{L}])/giu,
  },
  it: {
    formal:
      /(?<![\p{L}])(gentile|gentilissim[oa]|egregi[oa]|spettabile|cordiali saluti|distinti saluti|la ringrazio|le scrivo|le invio|le mando|le confermo|le ricordo|le chiedo|mi scusi|mi faccia sapere|mi dica|mi conferma|resto a sua disposizione|sua disposizione)(?![\p{L}])/giu,
    informal:
      /(?<![\p{L}])(ciao|ti|te|tu|tuo|tua|tuoi|tue|un abbraccio|a presto|fammi sapere|dimmi|scusa|scusami|chiamami|scrivimi|mandami|confermami|puoi|vuoi|hai|sei|preferisci|senti|fatti sentire|vi|voi|vostr[oa]|vostri|vostre)(?![\p{L}])/giu,
    // Lei, La, Le, Suo, Sua… capitalised inside a sentence are the courtesy form.
    courtesy: /(?<=[\p{Ll},;] )(Lei|La|Le|Suo|Sua|Suoi|Sue|Gliel[oa])(?![\p{L}])/gu,
  },
};

function count(re: RegExp, text: string): number {
  re.lastIndex = 0;
  let n = 0;
  while (re.exec(text)) n++;
  return n;
}

/**
 * The register of a draft: the client profile's `register` when given, else the pronouns, verb
 * forms and greetings in the draft (formal wins a tie only when it has a marker). English is neutral.
 */
export function detectRegister(text: string, lang: Lang, profile?: 'formal' | 'informal'): Register {
  if (lang === 'en') return 'neutral';
  if (profile) return profile;
  const m = MARKERS[lang];
  const formal = count(m.formal, text) * 2 + (m.courtesy ? count(m.courtesy, text) * 2 : 0);
  const informal = count(m.informal, text);
  return formal > 0 && formal >= informal ? 'formal' : 'informal';
}
