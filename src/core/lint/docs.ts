import { t } from '../i18n';
import { countPattern } from './patterns';
import { PACKS } from './packs';
import { RULES } from './rules';
import { CATEGORIES } from './types';

/** The README's rule reference, generated from the registry (a unit test keeps them in sync). */
export function ruleReferenceMarkdown(): string {
  const count = (rule: string, lang: string) => {
    const pack = PACKS.find((p) => p.lang === lang);
    const patterns = [
      ...(pack?.phrases[rule] ?? []),
      ...(pack?.weakPhrases?.[rule] ?? []),
      ...(pack?.questionPhrases?.[rule] ?? []),
      ...(pack?.askPhrases?.[rule] ?? []),
    ];
    return patterns.reduce((n, p) => n + countPattern(p, lang, pack?.classes), 0);
  };
  const lines: string[] = [];
  for (const cat of CATEGORIES) {
    lines.push(`#### ${t('en', `category.${cat}`)} (\`${cat}\`)`, '');
    lines.push('| rule | severity | why | example → calmer | phrasings en / es / it |', '|---|---|---|---|---|');
    for (const r of RULES.filter((x) => x.category === cat)) {
      const ex = r.examples.en;
      const example = ex ? `“${ex.bad}” → “${ex.good}”` : '—';
      const phrasings = r.matcher === 'phrases' ? ['en', 'es', 'it'].map((l) => count(r.id, l)).join(' / ') : `(${r.matcher})`;
      lines.push(`| <a id="rule-${r.id}"></a>\`${r.id}\` | ${r.severity} | **${r.title.en}.** ${r.why.en} | ${example} | ${phrasings} |`);
    }
    lines.push('');
  }
  return lines.join('\n').replace(/\n+$/, '\n');
}
