import { foldText } from '../text/fold';

/**
 * Profile keys as users write them: `register` also as its translation (`registro`) and its value
 * also as the pronoun (`tú`/`usted`, `tu`/`Lei`); a key that looks like a known one (misspelt or
 * translated) is reported so the user can fix it.
 */

/** The known profile keys and the names users give them in Spanish and Italian. */
export const PROFILE_KEY_NAMES: Record<string, readonly string[]> = {
  name: ['nombre', 'nome'],
  company: ['empresa', 'compania', 'azienda', 'societa', 'ditta'],
  email: ['correo', 'e-mail', 'mail', 'correo electronico', 'posta'],
  lang: ['language', 'idioma', 'lengua', 'lingua'],
  timezone: ['time zone', 'zona horaria', 'fuso orario', 'fuso', 'tz'],
  status: ['estado', 'stato'],
  contract: ['contrato', 'contratto'],
  deposit: ['anticipo', 'deposito', 'acconto', 'caparra', 'senal'],
  rate: ['tarifa', 'tariffa', 'precio', 'prezzo'],
  hours: ['horario', 'orario', 'horas', 'ore'],
  register: ['registro', 'tratamiento', 'trato', 'tono'],
  tags: ['etiquetas', 'etichette', 'tag'],
};

const REGISTER_VALUES: Record<string, 'formal' | 'informal'> = {
  formal: 'formal',
  informal: 'informal',
  formale: 'formal',
  informale: 'informal',
  usted: 'formal',
  ustedes: 'formal',
  lei: 'formal',
  voi: 'formal',
  'de usted': 'formal',
  'dare del lei': 'formal',
  tu: 'informal',
  tú: 'informal',
  tuteo: 'informal',
  vosotros: 'informal',
  'de tu': 'informal',
  'dare del tu': 'informal',
};

/** The client's register from `register:` or its translations, as a word or a pronoun. */
export function readRegister(data: Record<string, unknown>): 'formal' | 'informal' | undefined {
  for (const key of ['register', ...PROFILE_KEY_NAMES.register]) {
    const v = data[key];
    if (typeof v !== 'string') continue;
    const r = REGISTER_VALUES[foldText(v).trim()] ?? REGISTER_VALUES[v.trim().toLowerCase()];
    if (r) return r;
  }
  return undefined;
}

function distance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 2) return 3;
  const prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0];
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j];
      prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return prev[b.length];
}

/** Unknown keys that look like a known one: `{key, known}` for "did you mean". The register's translations are read, not reported. */
export function lookalikeKeys(data: Record<string, unknown>, extraKnown: readonly string[] = []): Array<{ key: string; known: string }> {
  const known = Object.keys(PROFILE_KEY_NAMES);
  const out: Array<{ key: string; known: string }> = [];
  for (const key of Object.keys(data)) {
    const k = foldText(key).trim();
    if (known.includes(k) || extraKnown.includes(k) || PROFILE_KEY_NAMES.register.includes(k)) continue;
    const translated = known.find((name) => PROFILE_KEY_NAMES[name].includes(k));
    const near = translated ?? known.find((name) => k.length >= 4 && distance(k, name) <= (name.length > 5 ? 2 : 1));
    if (near) out.push({ key, known: near });
  }
  return out;
}
