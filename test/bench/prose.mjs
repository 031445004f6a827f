// Generated client-email prose in English, Spanish and Italian for the benchmarks: ordinary
// professional sentences mixed with the problems Composure looks for. Deterministic per seed.

const NAMES = ['Mark', 'Ana', 'Lucía', 'Marco', 'Sophie', 'Jonas', 'Elena', 'Pablo', 'Giulia', 'Tom', 'Irene', 'Óscar'];
const DAYS = {
  en: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'],
  es: ['lunes', 'martes', 'miércoles', 'jueves', 'viernes'],
  it: ['lunedì', 'martedì', 'mercoledì', 'giovedì', 'venerdì'],
};
const ITEMS = {
  en: ['homepage', 'logo', 'invoice', 'proposal', 'menu', 'checkout', 'newsletter', 'brand guide'],
  es: ['portada', 'logotipo', 'factura', 'propuesta', 'menú', 'pago', 'boletín'],
  it: ['homepage', 'logo', 'fattura', 'proposta', 'menù', 'checkout', 'newsletter'],
};
// Ordinary professional sentences, and sentences with the problems Composure looks for.
const CLEAN = {
  en: [
    'Thanks for the update on the {item}, {name}.',
    'I attached the revised {item} with the {n} changes we discussed.',
    'Could you confirm the payment date by {day}?',
    'The staging site is ready for review; the login is the same as last time.',
    'The invoice for the {item} is attached and payment terms are {n} days.',
    'We agreed on two revision rounds per page, and a third round is billed at the usual rate.',
    'I will send the final files on {day} at {time}.',
    'The meeting notes are in the shared folder, together with the action items and their owners.',
    'Let me know which option you prefer by {day}.',
    'The new photos work well on the {item}, especially the one of the studio.',
    'I moved our call to {day} at {time}, as you asked.',
    '{name} will review the copy and send comments by {day}.',
    'The {item} now loads in under two seconds on mobile.',
  ],
  es: [
    'Gracias por la actualización de la {item}, {name}.',
    'Te adjunto la {item} revisada con los {n} cambios que comentamos.',
    '¿Me confirmas la fecha de pago antes del {day}?',
    'La web de pruebas ya está lista para revisar.',
    'Te envío los archivos finales el {day} a las {time}.',
    'Las notas de la reunión están en la carpeta compartida.',
    'Dime qué opción prefieres antes del {day}.',
    '{name} revisará los textos y enviará comentarios el {day}.',
  ],
  it: [
    "Grazie per l'aggiornamento sulla {item}, {name}.",
    'In allegato la {item} rivista con le {n} modifiche di cui abbiamo parlato.',
    'Mi confermi la data di pagamento entro {day}?',
    'Il sito di prova è pronto per la revisione.',
    'Ti mando i file definitivi {day} alle {time}.',
    'Le note della riunione sono nella cartella condivisa.',
    'Fammi sapere quale opzione preferisci entro {day}.',
    '{name} rivedrà i testi e manderà i commenti entro {day}.',
  ],
};
const PROBLEM = {
  en: [
    'As I already said, the {item} copy was due on {day}.',
    "I'll send the final {item} ASAP.",
    'Sorry to bother you again about the {item}.',
    'Call me anytime, even weekends.',
    'PLEASE DO NOT edit the live {item}!!',
    'Just wanted to check whether the {item} is final.',
    "I'll add the extra {item} pages for free.",
    "It's not my fault the {item} slipped.",
  ],
  es: [
    'Como ya te dije, los textos de la {item} tenían que llegar el {day}.',
    'Te mando la {item} lo antes posible.',
    'Perdona la molestia, ¿ya tienes la {item}?',
    'Llámame a cualquier hora, también los fines de semana.',
    'Los cambios de la {item} te los hago gratis.',
  ],
  it: [
    'Come ti ho già detto, i testi della {item} dovevano arrivare {day}.',
    'Ti mando la {item} a breve, appena riesco.',
    'Scusa il disturbo, hai la {item}?',
    'Chiamami a qualsiasi ora, anche nel weekend.',
    'Le modifiche alla {item} te le faccio senza costi aggiuntivi.',
  ],
};

/** A generator of paragraphs and corpora; the same seed gives the same text. */
export function proseGenerator(seed) {
  const rand = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const pick = (xs) => xs[Math.floor(rand() * xs.length)];
  const fill = (tpl, lang) =>
    tpl
      .replace(/\{name\}/g, () => pick(NAMES))
      .replace(/\{day\}/g, () => pick(DAYS[lang]))
      .replace(/\{item\}/g, () => pick(ITEMS[lang]))
      .replace(/\{n\}/g, () => String(2 + Math.floor(rand() * 40)))
      .replace(/\{time\}/g, () => `${9 + Math.floor(rand() * 9)}:${pick(['00', '15', '30', '45'])}`);

  /** One paragraph of 3–6 sentences in one language, with its language. */
  function paragraphOf(problemShare) {
    const lang = rand() < 0.5 ? 'en' : rand() < 0.5 ? 'es' : 'it';
    const n = 3 + Math.floor(rand() * 4);
    return { lang, text: Array.from({ length: n }, () => fill(pick(rand() < problemShare ? PROBLEM[lang] : CLEAN[lang]), lang)).join(' ') };
  }
  const paragraph = (problemShare) => paragraphOf(problemShare).text;

  /** Paragraphs (with their language) until about `bytes` bytes, blank-line separated. */
  function paragraphs(bytes, problemShare) {
    const parts = [];
    let size = 0;
    while (size < bytes) {
      const p = paragraphOf(problemShare);
      parts.push(p);
      size += Buffer.byteLength(p.text) + 2;
    }
    return parts;
  }
  const corpus = (bytes, problemShare) =>
    paragraphs(bytes, problemShare)
      .map((p) => p.text)
      .join('\n\n');
  return { paragraph, corpus, paragraphs };
}
