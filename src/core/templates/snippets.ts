import { clientProfileTemplate, meetingNoteTemplate } from '../clients/templates';
import { LANGS } from '../lang';
import { snippetBody, TEMPLATE_TITLES, TEMPLATES } from './catalog';

/** The contents of snippets/markdown.json: every template as a Markdown snippet (a fallback to Insert Template). */
export function markdownSnippets(): Record<string, { prefix: string; description: string; body: string[] }> {
  const out: Record<string, { prefix: string; description: string; body: string[] }> = {};
  for (const t of TEMPLATES) {
    const reg =
      t.lang === 'en' ? '' : t.register === 'formal' ? (t.lang === 'es' ? ' (usted)' : ' (Lei)') : t.lang === 'es' ? ' (tú)' : ' (tu)';
    const name = `${TEMPLATE_TITLES[t.kind][t.lang]} — ${t.lang.toUpperCase()}${reg}`;
    out[name] = {
      prefix: `composure-${t.kind}-${t.lang}${t.lang === 'en' ? '' : `-${t.register}`}`,
      description: `Composure: ${TEMPLATE_TITLES[t.kind].en}`,
      body: snippetBody(t.body).replace(/\n$/, '').split('\n'),
    };
  }
  for (const lang of LANGS) {
    out[`Meeting note — ${lang.toUpperCase()}`] = {
      prefix: `composure-meeting-${lang}`,
      description: 'Composure: meeting note skeleton',
      body: meetingNoteTemplate({ title: '${1:Topic}', date: '${2:YYYY-MM-DD}', attendees: ['${3:Client}', '${4:Me}'], lang })
        .replace(/\n$/, '')
        .split('\n'),
    };
    out[`Client profile — ${lang.toUpperCase()}`] = {
      prefix: `composure-client-${lang}`,
      description: 'Composure: client profile (client.md)',
      body: clientProfileTemplate({ name: '${1:Name}', lang }).replace(/\n$/, '').split('\n'),
    };
  }
  return out;
}
