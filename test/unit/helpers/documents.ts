import type { seeded } from './random';

/**
 * Generated documents for the property tests (fuzz, incremental re-lint): lines that exercise the
 * linter, the segmentation and the note reader, in every line-ending mix, with or without front
 * matter. One generator, seeded, so a failure names a reproducible document.
 */

export type Rng = ReturnType<typeof seeded>;

/** Lines a reply draft or a meeting note may hold, problems and traps alike. */
export const LINES: readonly string[] = [
  // Problems in the three languages.
  'Sorry to bother you, but as I already said the files are late.',
  'I will send it ASAP, I promise.',
  'Please send it ASAP!!!',
  'Call me anytime, even on weekends.',
  'I will try to send it soon, sorry sorry sorry.',
  'WHY IS THIS NOT DONE YET',
  'Perdona que te moleste, como ya te dije lo antes posible.',
  'Le escribo para confirmarle la entrega, quedo a su disposición.',
  'Te lo mando en unos días, llámame cuando quieras.',
  'Scusa il disturbo, come ti ho già detto, a breve.',
  'The staging site is ready for review: see the notes.',
  'Thanks, Ana. The invoice is attached.',
  // Meeting notes.
  '## Actions',
  '## Acuerdos',
  '## Azioni',
  '## Open questions',
  '## Next meeting',
  '- [ ] Ana: send the logo by Friday',
  '- [x] Sam: book the room',
  '- [ ]Ana: no space after the box',
  '* TODO Marco: call the printer tomorrow 📅 2026-12-01',
  'AI: Ana, Marco & Sam to review by 2026-11-30',
  '1. Lucía enviará la propuesta el viernes',
  '- Marco invierà il preventivo entro venerdì',
  'Next meeting: 2026-12-04 at 10:00',
  // What is not the writer's new text: quotes, quoted history, signatures, fences, comments.
  '> quoted: sorry to bother you ASAP',
  '> - [ ] quoted task by Friday',
  'On Mon, 23 Nov 2026, Ana <ana@x.example> wrote:',
  'On Mon, 23 Nov 2026, Ana <ana@x.example>',
  'wrote:',
  'El lun, 23 nov 2026, Ana escribió:',
  'Il giorno lun 23 nov 2026, Ana ha scritto:',
  '-----Original Message-----',
  'From: Ana',
  'Sent: Monday',
  '-- ',
  '```',
  '~~~',
  '````',
  '<!-- a comment',
  'still a comment -->',
  '<!-- one line -->',
  '<!-- composure-disable-next-line -->',
  '<!-- composure-disable-line --> I will send it ASAP.',
  '<!-- composure-disable heat -->',
  '<!-- composure-disable vague_commitment -->',
  '<!-- composure-enable -->',
  // Front-matter markers and keys out of place, and text that is hard to position.
  '---',
  '...',
  'lang: es',
  'composure: off',
  '| Ana | send it | Friday |',
  '[link](https://x.example/a_(b)) and ana@x.example',
  '“Smart quotes” and ‘single’ and "straight" and \'single\'',
  'Emoji 😀 and paired 𝒜 surrogates',
  'lone high \ud800 surrogate',
  'lone low \udc00 surrogate',
  'tabs\tand  spaces   ',
  'déjà vu – “¿qué?” «sì»',
  '',
  '',
  '',
];

/** Front-matter lines, valid and broken. */
export const FRONT: readonly string[] = [
  'date: 2026-11-20',
  'type: meeting',
  'type: draft',
  'lang: en',
  'lang: es',
  'composure: off',
  "'hold_until': 2026-11-22T10:00",
  'attendees: [Ana, Sam]',
  'tags: [a, b',
  'name: "Ana',
  '  indented: x',
  'followup: 2026-11-21 # sent',
];

const EOLS: readonly (readonly string[])[] = [['\n'], ['\n'], ['\r\n'], ['\r'], ['\n', '\r\n'], ['\n', '\r'], ['\n', '\r\n', '\r']];

/** A document of 1 to `maxLines` lines; `cut`: lines are sometimes cut short or repeated. */
export function generate(r: Rng, { maxLines = 12, cut = true }: { maxLines?: number; cut?: boolean } = {}): string {
  const eols = r.pick(EOLS);
  const parts: string[] = [];
  if (r.chance(0.4)) {
    parts.push('---');
    for (let i = r.int(4); i >= 0; i--) parts.push(r.pick(FRONT));
    if (r.chance(0.9)) parts.push('---');
  }
  for (let i = 1 + r.int(maxLines); i > 0; i--) {
    let line = r.pick(LINES);
    if (cut && r.chance(0.1)) line = line.slice(0, r.int(line.length + 1));
    if (cut && r.chance(0.05)) line = line.repeat(2 + r.int(4));
    parts.push(line);
  }
  return parts.map((p, i) => (i === parts.length - 1 && r.chance(0.3) ? p : p + r.pick(eols))).join('');
}

/** Short pieces an edit types or pastes: markers that change the state of every line after them. */
const PIECES = ['`', '```', '~~~', '\n', '\n\n', '-', '-- ', '>', '<!--', '-->', ':', '!', 'x', ' ', '---\n', 'ASAP ', '\r\n', '\r'];

/** One random edit: a piece typed, a few characters deleted, a line pasted, or a stretch replaced. */
export function edit(r: Rng, text: string): string {
  const at = r.int(text.length + 1);
  const kind = r.int(4);
  if (kind === 0) return text.slice(0, at) + r.pick(PIECES) + text.slice(at);
  if (kind === 1) return text.slice(0, at) + text.slice(Math.min(text.length, at + 1 + r.int(12)));
  if (kind === 2) return text.slice(0, at) + r.pick(LINES) + r.pick(['\n', '']) + text.slice(at);
  const end = Math.min(text.length, at + r.int(80));
  return text.slice(0, at) + r.pick(PIECES) + text.slice(end);
}
