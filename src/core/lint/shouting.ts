import type { Lang } from '../lang';
import { foldText } from '../text/fold';

/**
 * What capitals and stacked marks mean, decided from evidence (vocabulary per language as data).
 *
 * Shouting is emphasis: an emphatic word or run in capitals inside an otherwise lower-case
 * sentence ("We NEVER got it", "NO TOQUES"), or any run of capitals in an exclamation or a heated
 * paragraph. Not shouting: names and codes (known acronyms, letters with digits, words without a
 * vowel, identifiers joined by dots or slashes, quoted identifiers), a capitalised run that names
 * something in a calm sentence ("JEREZ DE LA FRONTERA"), a line that is a heading or a label, and
 * warmth ("PLEASE keep in touch!", "THANK YOU").
 *
 * Stacked marks are heat ("!!!", "?!") except in a friendly sentence ("Thanks!!", "Saludos!!!",
 * "what do you think?!"); a plain "!!" or "??" counts in a heated context or in a sentence that
 * complains or apologises.
 */

/** Acronyms and codes that are never shouting. */
export const ACRONYMS = new Set(
  (
    'PDF SVG PNG JPG JPEG GIF CSV XML JSON HTML CSS JS TS API URL URLS SEO SEM SMS MMS CMYK RGB HEX VAT IVA IRPF NIF CIF DNI ' +
    'CET CEST UTC GMT EST PST EUR USD GBP PO PM AM OK FAQ CEO CTO CFO COO UX UI QA KPI KPIS ROI NDA SLA GDPR RGPD CRM CMS ' +
    'ERP SAAS B2B B2C USA UK EU IBAN SWIFT BIC DNS SSL TLS HTTP HTTPS WIFI TV MP3 MP4 AWS GCP SKU ETA TBD FYI EOD EOW COB ' +
    'RSVP PS NB IT HR PR LLC LTD INC SL SRL SPA SAS SA CV AI ML AR VR ID PIN ASAP OMG WIP MVP POC RFP RFQ SOW PTO OOO ATM ' +
    'USB HDMI CPU GPU RAM SSD DM DMS VIP WC ONG PYME PYMES AUTONOMO FAQS BBVA AEAT INPS INAIL PEC SDI CAP IMU TARI ' +
    'README TODO FIXME NOTE DOCX XLSX XLS PPTX ZIP TXT MD YAML SQL PHP IOS MAC PC ATTN RE FW FWD'
  ).split(' '),
);

/** Words that are emphasis when written in capitals (folded, lower case), per language. */
export const EMPHATIC: Record<Lang, readonly string[]> = {
  en: [
    'not',
    'no',
    'never',
    'nobody',
    'nothing',
    'none',
    'noone',
    'always',
    'must',
    'now',
    'please',
    'stop',
    'urgent',
    'urgently',
    'all',
    'every',
    'everything',
    'everyone',
    'really',
    'very',
    'dont',
    'wont',
    'cant',
    'cannot',
    'didnt',
    'doesnt',
    'isnt',
    'wasnt',
    'today',
    'yes',
    'need',
    'have',
    'once',
    'twice',
    'two',
    'three',
    'four',
    'five',
    'times',
    'again',
    'anymore',
    'ever',
    'last',
    'final',
    'do',
    'did',
    'does',
    'why',
    'what',
    'who',
    'only',
    'still',
    'already',
    'immediately',
    'absolutely',
    'exactly',
    'totally',
    'completely',
    'clearly',
    'obviously',
    'seriously',
    'unacceptable',
    'ridiculous',
    'absurd',
    'outrageous',
    'impossible',
    'wrong',
    'late',
    'overdue',
    'enough',
    'second',
    'third',
    'fourth',
    'fifth',
    'before',
    'read',
    'told',
    'said',
  ],
  es: [
    'no',
    'nunca',
    'jamas',
    'nada',
    'nadie',
    'ninguno',
    'ninguna',
    'siempre',
    'ya',
    'ahora',
    'todo',
    'todos',
    'todas',
    'urge',
    'urgente',
    'debe',
    'debes',
    'deben',
    'tienes',
    'tiene',
    'tienen',
    'veces',
    'vez',
    'otra',
    'dos',
    'tres',
    'cuatro',
    'cinco',
    'segunda',
    'tercera',
    'cuarta',
    'quinta',
    'por',
    'favor',
    'basta',
    'hoy',
    'mismo',
    'todavia',
    'aun',
    'inaceptable',
    'ridiculo',
    'absurdo',
    'imposible',
    'inmediatamente',
    'exactamente',
    'absolutamente',
    'totalmente',
    'completamente',
    'claramente',
    'dije',
    'dicho',
    'lei',
    'leer',
    'antes',
    'necesito',
    'necesitamos',
    'urgentemente',
    'vencida',
    'vencido',
    'vencidas',
    'vencidos',
    'atrasado',
    'atrasada',
    'tarde',
    // stressed pronouns and words that point at who did what ("lo aprobaste TÚ", "lo decidimos JUNTOS")
    'tu',
    'yo',
    'usted',
    'ustedes',
    'vosotros',
    'vosotras',
    'nosotros',
    'nosotras',
    'juntos',
    'juntas',
    'increible',
    'mil',
    'cero',
  ],
  it: [
    'non',
    'no',
    'mai',
    'niente',
    'nulla',
    'nessuno',
    'nessuna',
    'sempre',
    'subito',
    'ora',
    'adesso',
    'tutto',
    'tutti',
    'tutte',
    'deve',
    'devi',
    'devono',
    'devo',
    'bisogna',
    'basta',
    'volte',
    'volta',
    'ancora',
    'gia',
    'due',
    'tre',
    'quattro',
    'cinque',
    'seconda',
    'terza',
    'quarta',
    'quinta',
    'per',
    'favore',
    'oggi',
    'stesso',
    'inaccettabile',
    'ridicolo',
    'assurdo',
    'impossibile',
    'immediatamente',
    'esattamente',
    'assolutamente',
    'totalmente',
    'completamente',
    'chiaramente',
    'detto',
    'letto',
    'prima',
    'serve',
    'servono',
    'bisogno',
    'urgentemente',
    'scaduta',
    'scaduto',
    'scadute',
    'scaduti',
    'ritardo',
    'tardi',
    // stressed pronouns and words that point at who did what ("l'hai approvato TU", "deciso INSIEME");
    // not "IO", which is also the name of the public-services app ("via App IO")
    'tu',
    'voi',
    'noi',
    'insieme',
    'incredibile',
    'mille',
    'zero',
  ],
};

/**
 * Ordinary words often stressed in capitals that the phrases may not name ("we agreed TOGETHER",
 * "you chose it YOURSELF"): inside a lower-case line they are emphasis, like any word of the
 * phrases; on a label line they are not (unlike `EMPHATIC`).
 */
const STRESSED: Record<Lang, readonly string[]> = {
  en: [
    'together',
    'yourself',
    'yourselves',
    'myself',
    'ourselves',
    'themselves',
    'himself',
    'herself',
    'personally',
    'both',
    'same',
    'own',
    'mine',
    'yours',
    'ours',
    'theirs',
    'they',
    'them',
    'he',
    'she',
    'him',
    'her',
    'one',
    'first',
    'anyone',
    'anybody',
    'anything',
    'everybody',
    'somebody',
    'someone',
    'written',
    'writing',
    'agreed',
    'promised',
    'approved',
    'signed',
    'paid',
    'sent',
    'asked',
  ],
  es: [],
  it: [],
};

/** Endings that make an emphatic adverb ("ESATTAMENTE", "ABSOLUTAMENTE"), per language. */
const EMPHATIC_SUFFIX: Record<Lang, readonly string[]> = { en: [], es: ['mente'], it: ['mente'] };

/** Personal pronouns that make a line in capitals speak to someone rather than label something. */
const PERSONAL: Record<Lang, readonly string[]> = {
  en: ['i', 'you', 'we', 'me', 'your', 'my'],
  es: ['yo', 'tu', 'te', 'me', 'usted', 'os', 'vosotros', 'mi'],
  it: ['io', 'tu', 'ti', 'mi', 'lei', 'vi', 'voi', 'noi'],
};

/**
 * Pronouns that make a sentence speak between writer and reader (people acting, not things): stress in
 * capitals there is heat ("I asked YOU"); elsewhere it may just inform ("SOLO las del semestre").
 */
const PEOPLE: Record<Lang, readonly string[]> = {
  en: ['i', 'you', 'we', 'me', 'us', "i'm", "i've", "i'd", "you're", "you've", "we're", "we've"],
  es: ['yo', 'tu', 'te', 'me', 'usted', 'ustedes', 'os', 'vosotros', 'vosotras', 'nosotros', 'nosotras', 'nos'],
  it: ['io', 'tu', 'ti', 'mi', 'lei', 'vi', 'voi', 'noi', 'ci'],
};

/**
 * Friendly sentences: thanks, closings, good wishes, welcome, congratulations, an invitation to
 * give one's opinion. Capitals and stacked marks in them are warmth, not heat.
 */
const FRIENDLY: Record<Lang, readonly string[]> = {
  en: [
    'thanks',
    'thank you',
    'thank u',
    'thx',
    'many thanks',
    'cheers',
    'congrats',
    'congratulations',
    'welcome',
    'happy (?:holidays|birthday|new year|easter|friday|weekend)',
    'merry christmas',
    'best wishes',
    'good luck',
    'have a (?:great|good|nice|lovely) (?:day|weekend|week|evening|trip|holiday)',
    'enjoy',
    'keep in touch',
    'stay in touch',
    'see you',
    'talk soon',
    'what do you think',
    'what you think',
    'your thoughts',
    'any thoughts',
    'no (?:problem|worries)',
    "can't wait",
  ],
  es: [
    'gracias',
    'saludos',
    'un saludo',
    'un abrazo',
    'abrazos',
    'besos',
    'felices fiestas',
    'feliz (?:navidad|ano|cumpleanos|dia|fin de semana|viaje)',
    'felicidades',
    'felicitaciones',
    'enhorabuena',
    'bienvenid[oa]s?',
    'mucha suerte',
    'disfruta',
    'disfrutad',
    'nos vemos',
    'hasta pronto',
    'que te parece',
    'que os parece',
    'que le parece',
    'que opinas',
    'que opina',
    'que opinais',
  ],
  it: [
    'grazie',
    'saluti',
    'un saluto',
    'un abbraccio',
    'abbracci',
    'baci',
    'auguri',
    'buon (?:natale|anno|lavoro|weekend|fine settimana|compleanno|viaggio)',
    'buona (?:giornata|serata|fortuna|domenica|pasqua)',
    'congratulazioni',
    'complimenti',
    'benvenut[oaie]',
    'in bocca al lupo',
    'a presto',
    'ci sentiamo',
    'che ne pensi',
    'cosa ne pensi',
    'che ne dici',
    'che ne pensate',
    'che ne pensa',
    "non vedo l'ora",
  ],
};

/**
 * Words of complaint, reproach or apology (folded, as regular-expression fragments): a plain "!!" or
 * "??" in a sentence with one of them is heat ("The files were due on Monday and still nothing!!",
 * "Sorry for being such a nag!!", "Any news on the invoice??"), where "The site is live!!" is joy.
 */
const COMPLAINT: Record<Lang, readonly string[]> = {
  en: [
    'sorry',
    'apolog(?:y|ies|ise|ize)',
    'not',
    'no',
    'never',
    'nobody',
    'no one',
    'nothing',
    'none',
    'still',
    'seriously',
    'again',
    'yet',
    'already',
    'late',
    'overdue',
    'missing',
    'wrong',
    'broken',
    'due',
    'where',
    'why',
    'any (?:news|update|word|reply|answer|chance)',
    "[a-z]+n't",
    'cannot',
  ],
  es: [
    'no',
    'nunca',
    'nadie',
    'nada',
    'todavia',
    'aun',
    'otra vez',
    'en serio',
    'de nuevo',
    'perdon',
    'perdona',
    'perdone',
    'lo siento',
    'disculpa',
    'disculpe',
    'disculpas',
    'tarde',
    'retraso',
    'mal',
    'donde',
    'por que',
  ],
  it: [
    'non',
    'mai',
    'nessuno',
    'niente',
    'nulla',
    'ancora',
    'di nuovo',
    'sul serio',
    'scusa',
    'scusi',
    'scusate',
    'scusami',
    'mi dispiace',
    'ritardo',
    'sbagliat[oaie]',
    'dove',
    'perche',
  ],
};

type Key = Lang | 'all';
const langsOf = (lang: Key): Lang[] => (lang === 'all' ? ['en', 'es', 'it'] : [lang]);
const setFor = (table: Record<Lang, readonly string[]>) => {
  const cache = new Map<Key, Set<string>>();
  return (lang: Key): Set<string> => {
    let s = cache.get(lang);
    if (!s) cache.set(lang, (s = new Set(langsOf(lang).flatMap((l) => table[l]))));
    return s;
  };
};
const emphaticSet = setFor(EMPHATIC);
const stressedSet = setFor(STRESSED);
const personalSet = setFor(PERSONAL);
/**
 * A test of whether a (folded) sentence holds a word of `table` in the language, built once per
 * language; `notAfter` lists what may not stand just before the word (letters and digits at least).
 */
const wordTestFor = (table: Record<Lang, readonly string[]>, notAfter = '\\p{L}\\p{N}') => {
  const cache = new Map<Key, RegExp>();
  return (foldedSentence: string, lang: Key): boolean => {
    let re = cache.get(lang);
    if (!re) {
      const words = langsOf(lang).flatMap((l) => table[l]);
      cache.set(lang, (re = new RegExp(`(?<![${notAfter}])(?:${words.join('|')})(?![\\p{L}\\p{N}])`, 'u')));
    }
    return re.test(foldedSentence);
  };
};

/** True when a word in capitals is emphasis in the language ("NEVER", "OTRA", "ESATTAMENTE"). */
export function isEmphatic(word: string, lang: Key): boolean {
  const w = foldText(word).replace(/['’`´ʼ]/g, '');
  if (emphaticSet(lang).has(w)) return true;
  return langsOf(lang).some((l) => EMPHATIC_SUFFIX[l].some((s) => w.length >= s.length + 3 && w.endsWith(s)));
}

/** True when a word in capitals is an ordinary word often stressed ("TOGETHER", "YOURSELF"). */
export function isStressed(word: string, lang: Key): boolean {
  return stressedSet(lang).has(foldText(word));
}

/** True when a word in capitals speaks to or for someone ("I", "YOU", "TE"). */
export function isPersonal(word: string, lang: Key): boolean {
  return personalSet(lang).has(foldText(word));
}

/** True when the (folded) sentence names the writer or the reader ("I", "you", "we", "your"). */
export const speaksToSomeone = wordTestFor(PEOPLE, "\\p{L}\\p{N}'’");

/** True when the (folded) sentence is thanks, a greeting, good wishes or an invitation to reply. */
export const isFriendly = wordTestFor(FRIENDLY);

/** True when the (folded) sentence complains, reproaches or apologises (see `COMPLAINT`). */
export const isComplaint = wordTestFor(COMPLAINT);

const VOWEL = /[aeiouyàáâäèéêëìíîïòóôöùúûü]/i;
const JOINERS = '._/@#\\:';
const OPEN_QUOTES = '"\'“‘«`';
const CLOSE_QUOTES = '"\'”’»`';

/**
 * True when a word in capitals is a name or a code rather than emphasis: a known acronym, a word
 * with digits, a short non-emphatic word, a word without a vowel, or part of an identifier
 * ("TREY.DOCX", "@ACME", "src/README").
 */
export function isCode(text: string, start: number, end: number, lang: Key): boolean {
  const word = text.slice(start, end).replace(/['’`´ʼ]/g, '');
  // "TODO" is a code in English and a word in Spanish ("lo leyó TODO el mundo").
  if ((ACRONYMS.has(word) && !(lang !== 'en' && lang !== 'all' && isEmphatic(word, lang))) || /\d/.test(word) || !VOWEL.test(word))
    return true;
  if (word.length <= 3 && !isEmphatic(word, lang) && !isPersonal(word, lang) && !isStressed(word, lang)) return true;
  const before = start > 0 ? text[start - 1] : '';
  const after = end < text.length ? text[end] : '';
  const alnum = (ch: string | undefined) => ch !== undefined && ch !== '' && /[\p{L}\p{N}]/u.test(ch);
  if (before && JOINERS.includes(before) && (before === '@' || before === '#' || alnum(text[start - 2]))) return true;
  if (after && JOINERS.includes(after) && alnum(text[end + 1])) return true;
  return false;
}

/** True when [start, end) sits inside quotes: "ADDONS", ‘COMPONENTE’. */
export function isQuoted(text: string, start: number, end: number): boolean {
  const before = start > 0 ? text[start - 1] : '';
  const after = end < text.length ? text[end] : '';
  return before !== '' && after !== '' && OPEN_QUOTES.includes(before) && CLOSE_QUOTES.includes(after);
}

/** What a line tells about capitals on it. */
export interface LineShape {
  /** A Markdown heading ("# …"). */
  readonly heading: boolean;
  /** A label: a line ending with ":", or with no lower-case letter that is not an exclamation or a question. */
  readonly label: boolean;
}

/** The shape of text[lineStart, lineEnd). */
export function lineShape(text: string, lineStart: number, lineEnd: number): LineShape {
  let a = lineStart;
  while (a < lineEnd && (text.charCodeAt(a) === 32 || text.charCodeAt(a) === 9)) a++;
  let b = lineEnd;
  while (b > a && /[\s"'”’»)\]]/.test(text[b - 1])) b--;
  if (a >= b) return { heading: false, label: false };
  const first = text.charCodeAt(a);
  const last = text.charCodeAt(b - 1);
  if (first === 35) return { heading: true, label: true };
  if (last === 58) return { heading: false, label: true };
  if (last === 33 || last === 63) return { heading: false, label: false };
  for (let i = a; i < b; i++) {
    const ch = text[i];
    if (ch !== ch.toUpperCase()) return { heading: false, label: false };
  }
  return { heading: false, label: true };
}

/** Classifies a run of marks ("!!", "??", "?!", "!!!"): a plain "!!" or "??" needs a heated context to be heat. */
export function punctuationStrength(run: string): 'weak' | 'strong' {
  let bangs = 0;
  let questions = 0;
  for (const ch of run) {
    if (ch === '!') bangs++;
    else if (ch === '?') questions++;
  }
  return (questions === 0 && bangs === 2) || (bangs === 0 && questions === 2) ? 'weak' : 'strong';
}
