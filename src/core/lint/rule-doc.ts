import type { Category } from '../settings';
import { INTENT_RULES } from './intent/backstop';
import type { Lang, Localized } from '../lang';
import { t } from '../i18n';
import { getRule, RULES } from './rules';

/** The words of a rule page, per UI language (data, like the rules themselves). */
const LABELS: Record<'category' | 'severity' | 'example' | 'calmer' | 'silence' | 'silenceText' | 'others' | 'unknown', Localized> = {
  category: { en: 'Category', es: 'Categoría', it: 'Categoria' },
  severity: { en: 'Default severity', es: 'Gravedad por defecto', it: 'Gravità predefinita' },
  example: { en: 'Example', es: 'Ejemplo', it: 'Esempio' },
  calmer: { en: 'Calmer', es: 'Más sereno', it: 'Più pacato' },
  silence: { en: 'Turning it off', es: 'Cómo desactivarla', it: 'Come disattivarla' },
  silenceText: {
    en: 'Quick fix (Ctrl+.) on a finding: *Ignore here*, *Allow this phrase in the workspace* or *Disable this rule in the workspace*. In the file: `<!-- composure-disable-next-line {0} -->`. In settings: `composure.lint.disabledRules`.',
    es: 'Corrección rápida (Ctrl+.) sobre un aviso: *Ignorar aquí*, *Permitir esta frase en el espacio de trabajo* o *Desactivar esta regla en el espacio de trabajo*. En el archivo: `<!-- composure-disable-next-line {0} -->`. En la configuración: `composure.lint.disabledRules`.',
    it: 'Correzione rapida (Ctrl+.) su una segnalazione: *Ignora qui*, *Consenti questa frase nell’area di lavoro* o *Disattiva questa regola nell’area di lavoro*. Nel file: `<!-- composure-disable-next-line {0} -->`. Nelle impostazioni: `composure.lint.disabledRules`.',
  },
  others: { en: 'Other rules', es: 'Otras reglas', it: 'Altre regole' },
  unknown: {
    en: 'There is no Composure rule called “{0}”.',
    es: 'No hay ninguna regla de Composure llamada «{0}».',
    it: 'Non esiste una regola di Composure chiamata «{0}».',
  },
};

const LANG_NAMES: Localized = { en: 'English', es: 'Español', it: 'Italiano' };

/**
 * One rule's reference page in Markdown, in the UI language: what it flags, why, an example and
 * its calmer rewrite in each language, how to turn it off, and links to the other rules
 * (relative links `./<id>.md`, so the page works under any URI scheme that serves it).
 */
export function ruleDocument(id: string, lang: Lang): string {
  const rule = getRule(id);
  if (!rule && INTENT_RULES.includes(id)) return intentDocument(id, lang);
  if (!rule) return `# Composure\n\n${LABELS.unknown[lang].replace('{0}', id)}\n`;
  const out = [
    `# ${rule.title[lang]} (\`${rule.id}\`)`,
    '',
    `**${LABELS.category[lang]}:** ${t(lang, `category.${rule.category}`)} · **${LABELS.severity[lang]}:** ${rule.severity}`,
    '',
    rule.why[lang],
    '',
  ];
  const langs = [lang, ...(['en', 'es', 'it'] as const).filter((l) => l !== lang)];
  for (const l of langs) {
    const ex = rule.examples[l];
    if (!ex) continue;
    out.push(`## ${LABELS.example[lang]} — ${LANG_NAMES[l]}`, '', `> ${ex.bad}`, '', `**${LABELS.calmer[lang]}:** ${ex.good}`, '');
  }
  out.push(`## ${LABELS.silence[lang]}`, '', LABELS.silenceText[lang].replace('{0}', rule.id), '');
  out.push(
    `## ${LABELS.others[lang]}`,
    '',
    ...RULES.filter((r) => r.id !== rule.id).map((r) => `- [${r.title[lang]}](./${r.id}.md) — \`${r.id}\``),
    '',
  );
  return out.join('\n');
}

/** The page of a learned backstop's rule (`intent-<category>`): what it reports and how to silence it. */
function intentDocument(id: string, lang: Lang): string {
  const name = t(lang, `category.${id.slice('intent-'.length) as Category}`);
  return [
    `# ${t(lang, 'lint.intent.title', name)} (\`${id}\`)`,
    '',
    `**${LABELS.category[lang]}:** ${name} · **${LABELS.severity[lang]}:** info`,
    '',
    t(lang, 'lint.intent.why', name),
    '',
    `## ${LABELS.silence[lang]}`,
    '',
    `${LABELS.silenceText[lang].replace('{0}', id)} ${t(lang, 'lint.intent.off')}`,
    '',
  ].join('\n');
}
