import { fmString } from '../frontmatter';
import { isLang } from '../lang';
import { STATUSES, type ClientProfile, type ClientStatus } from './model';
import { readRegister } from './profile-keys';

/** A client's profile (`client.md` front matter), with defaults for what it leaves out. */
export function toProfile(data: Record<string, unknown>, id: string): ClientProfile {
  const status = fmString(data, 'status')?.toLowerCase();
  const lang = fmString(data, 'lang')?.toLowerCase();
  const register = readRegister(data);
  const tags = Array.isArray(data.tags)
    ? data.tags.map(String)
    : typeof data.tags === 'string'
      ? data.tags
          .split(/[,;]/)
          .map((t) => t.trim())
          .filter(Boolean)
      : [];
  return {
    name: fmString(data, 'name') ?? fmString(data, 'company') ?? prettify(id),
    company: fmString(data, 'company'),
    email: fmString(data, 'email'),
    lang: isLang(lang) ? lang : undefined,
    timezone: fmString(data, 'timezone'),
    status: (STATUSES as readonly string[]).includes(status ?? '') ? (status as ClientStatus) : 'active',
    contract: fmString(data, 'contract'),
    deposit: fmString(data, 'deposit'),
    rate: fmString(data, 'rate'),
    hours: fmString(data, 'hours'),
    tags,
    register,
  };
}

/** A readable name from a client folder's id (`acme-studio` → `Acme Studio`). */
export function prettify(id: string): string {
  return id.replace(/[-_]+/g, ' ').replace(/\b\w/g, (c) => c.toUpperCase());
}
