import type { IsoDate } from '../dates/calendar';
import type { Lang } from '../lang';
import { foldText } from '../text/fold';

/** A file-system friendly id: "Lucía Fernández" → "lucia-fernandez". */
export function slugify(name: string): string {
  return (
    foldText(name)
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'client'
  );
}

const PROFILE_BODY: Record<Lang, string> = {
  en: '## How we work\n\n- Process and rounds of revisions:\n- What I need to start:\n- Response times and channels:\n\n## Notes\n',
  es: '## Cómo trabajamos\n\n- Proceso y rondas de revisión:\n- Qué necesito para empezar:\n- Tiempos de respuesta y canales:\n\n## Notas\n',
  it: '## Come lavoriamo\n\n- Processo e giri di revisione:\n- Cosa mi serve per iniziare:\n- Tempi di risposta e canali:\n\n## Note\n',
};

/** A new client's profile: front matter as PRODUCT.md describes, and a short body to fill in. */
export function clientProfileTemplate(o: { name: string; email?: string; company?: string; lang: Lang; timezone?: string }): string {
  const q = (v: string) => (/^[\p{L}\p{N} .'&-]+$/u.test(v) && !/^\d/.test(v) ? v : JSON.stringify(v));
  return [
    '---',
    `name: ${q(o.name)}`,
    o.company ? `company: ${q(o.company)}` : 'company:',
    o.email ? `email: ${o.email}` : 'email:',
    `lang: ${o.lang}`,
    o.timezone ? `timezone: ${o.timezone}` : 'timezone:',
    'status: lead',
    'contract:',
    'deposit:',
    'rate:',
    'hours:',
    'tags: []',
    '---',
    '',
    `# ${o.name}`,
    '',
    PROFILE_BODY[o.lang],
  ].join('\n');
}

const MEETING_HEADINGS: Record<Lang, string[]> = {
  en: ['Agreed', 'Next steps', 'Open questions', 'Next meeting'],
  es: ['Acuerdos', 'Próximos pasos', 'Preguntas abiertas', 'Próxima reunión'],
  it: ['Accordi', 'Prossimi passi', 'Domande aperte', 'Prossima riunione'],
};

/** A meeting note skeleton in the client's language, ready for Draft Follow-up. */
export function meetingNoteTemplate(o: { title: string; date: IsoDate; attendees: string[]; lang: Lang }): string {
  const [agreed, next, questions, meeting] = MEETING_HEADINGS[o.lang];
  const attendees = o.attendees.map((a) => (/[,[\]:]/.test(a) ? JSON.stringify(a) : a)).join(', ');
  return `---\ndate: ${o.date}\nattendees: [${attendees}]\nlang: ${o.lang}\n---\n\n# ${o.title}\n\n## ${agreed}\n\n- \n\n## ${next}\n\n- [ ] \n\n## ${questions}\n\n- \n\n## ${meeting}\n\n`;
}

/** The first lines of a new contact log. */
export function contactLogHeader(name: string, lang: Lang): string {
  const title = lang === 'es' ? 'Registro de contactos' : lang === 'it' ? 'Registro dei contatti' : 'Contact log';
  return `# ${title} — ${name}\n\n`;
}
