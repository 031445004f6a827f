import type { Lang } from '../../lang';
import { commonEnds } from '../segment';

/** The register of a letter: Spanish usted / tú, Italian Lei / tu; English is always neutral. */
export type Register = 'formal' | 'informal' | 'neutral';

/** Markers of each register, per language, as word sequences (lower case; Italian courtesy forms by case). */
const MARKERS: Record<'es' | 'it', { formal: RegExp; informal: RegExp; courtesy?: RegExp }> = {
  es: {
    formal:
      /(?<![\p{L}])(usted|ustedes|estimad[oa]s?|atentamente|cordialmente|un cordial saludo|un saludo cordial|saludos cordiales|sr|sra|srta|señor|señora|le enviaré|le haré|reciba un saludo|quedo a su disposición|su disposición|le escribo|le agradezco|le agradecería|le envío|le mando|le adjunto|le confirmo|le recuerdo|le pido|disculpe|perdone|avíseme|dígame|llámeme|escríbame|confírmeme|indíqueme|hágame saber|no dude en|puede usted|podría usted|le parece|le viene bien|le va bien|le importa)(?![\p{L}])/giu,
    informal:
      /(?<![\p{L}])(tú|te|ti|contigo|tus?|tuy[oa]s?|querid[oa]s?|un abrazo|besos|avísame|dime|llámame|escríbeme|confírmame|mándame|pásame|envíame|cuéntame|perdona|disculpa|oye|puedes|quieres|tienes|sabes|prefieres|necesitas|has|estás|eres|podrías|os|vosotros|vuestr[oa]s?)(?![\p{L}])/giu,
  },
  it: {
    formal:
      /(?<![\p{L}])(gentile|gentilissim[oa]|egregi[oa]|spettabile|cordiali saluti|distinti saluti|un cordiale saluto|cordialmente|sig|sig\.ra|signor|signora|dott|dott\.ssa|dottor|dottoressa|avv|ing|la ringrazio|le scrivo|le invio|le mando|le confermo|le ricordo|le chiedo|mi scusi|mi faccia sapere|mi dica|mi conferma|resto a sua disposizione|sua disposizione)(?![\p{L}])/giu,
    informal:
      /(?<![\p{L}])(ciao|ti|te|tu|tuo|tua|tuoi|tue|un abbraccio|a presto|fammi sapere|dimmi|(?<!chied\p{L}* )scusa|scusami|chiamami|scrivimi|mandami|confermami|puoi|vuoi|hai|sei|preferisci|senti|fatti sentire|vi|voi|vostr[oa]|vostri|vostre)(?![\p{L}])/giu,
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

/** Weighted marker counts of a text: formal markers (and courtesy forms) count twice. */
export interface RegisterCounts {
  readonly formal: number;
  readonly informal: number;
}

/** The register markers in `text` (no marker holds a line break, so counts add up line by line). */
export function registerCounts(text: string, lang: 'es' | 'it'): RegisterCounts {
  const m = MARKERS[lang];
  const formal = count(m.formal, text) * 2 + (m.courtesy ? count(m.courtesy, text) * 2 : 0);
  return { formal, informal: count(m.informal, text) };
}

/** Formal wins a tie only when it has a marker. */
const decide = (c: RegisterCounts): Register => (c.formal > 0 && c.formal >= c.informal ? 'formal' : 'informal');

/**
 * The register of a draft: the client profile's `register` when given, else the pronouns, verb
 * forms and greetings in the draft (formal wins a tie only when it has a marker). English is neutral.
 */
export function detectRegister(text: string, lang: Lang, profile?: 'formal' | 'informal'): Register {
  if (lang === 'en') return 'neutral';
  if (profile) return profile;
  return decide(registerCounts(text, lang));
}

/**
 * `detectRegister` for a document re-read after each edit: marker counts are kept per paragraph
 * (split at blank lines, which no marker crosses), so an edit recounts only its own paragraph.
 */
export class RegisterTally {
  /** Per language: the last document read, where its paragraphs start and their marker counts. */
  private readonly byLang = new Map<'es' | 'it', { text: string; starts: number[]; counts: RegisterCounts[] }>();

  /** The register of `text`, the whole document as `detectRegister` reads it. */
  detect(text: string, lang: Lang, profile?: 'formal' | 'informal'): Register {
    if (lang === 'en') return 'neutral';
    if (profile) return profile;
    const prev = this.byLang.get(lang);
    const [same, sameEnd] = prev ? commonEnds(prev.text, text) : [0, 0];
    const delta = text.length - (prev?.text.length ?? 0);
    // Paragraphs that end, with their blank line, before the edit are the same.
    let keep = 0;
    while (prev && keep + 1 < prev.starts.length && prev.starts[keep + 1] <= same) keep++;
    const starts = prev ? prev.starts.slice(0, keep) : [];
    const counts = prev ? prev.counts.slice(0, keep) : [];
    let k = keep;
    for (let from = keep ? (prev?.starts[keep] ?? 0) : 0; from <= text.length;) {
      // A paragraph that starts after the edit where one started before: the rest is the same, moved.
      if (prev && from >= text.length - sameEnd) {
        while (k < prev.starts.length && prev.starts[k] < from - delta) k++;
        if (k < prev.starts.length && prev.starts[k] === from - delta) {
          for (; k < prev.starts.length; k++) {
            starts.push(prev.starts[k] + delta);
            counts.push(prev.counts[k]);
          }
          break;
        }
      }
      let to = text.indexOf('\n\n', from);
      if (to < 0) to = text.length;
      starts.push(from);
      counts.push(registerCounts(text.slice(from, to), lang));
      from = to + 2;
    }
    this.byLang.set(lang, { text, starts, counts });
    let formal = 0;
    let informal = 0;
    for (const c of counts) {
      formal += c.formal;
      informal += c.informal;
    }
    return decide({ formal, informal });
  }
}
