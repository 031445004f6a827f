import type { IsoDate } from '../dates/calendar';

/** The follow-up file's front matter + body; `type: draft` makes the linter check it. */
export function followupDocument(opts: {
  subject: string;
  to?: string;
  meeting: string;
  today: IsoDate;
  lang: string;
  body: string;
}): string {
  const q = (v: string) => JSON.stringify(v);
  const lines = ['---', 'type: draft', `subject: ${q(opts.subject)}`];
  if (opts.to) lines.push(`to: ${q(opts.to)}`);
  lines.push(`meeting: ${q(opts.meeting)}`, `date: ${opts.today}`, `lang: ${opts.lang}`, '---', '');
  return `${lines.join('\n')}${opts.body}`;
}

/**
 * A file name that does not exist yet: `name.md`, then `name-2.md`, `name-3.md`… so a follow-up
 * never overwrites an earlier one.
 */
export async function uniqueFileName(base: string, exists: (name: string) => Promise<boolean>): Promise<string> {
  const stem = base.replace(/\.md$/i, '');
  for (let n = 1; n < 1000; n++) {
    const name = n === 1 ? `${stem}.md` : `${stem}-${n}.md`;
    if (!(await exists(name))) return name;
  }
  throw new Error(`too many follow-ups named ${stem}`);
}

/** A lone surrogate (which `encodeURIComponent` throws on) becomes U+FFFD; everything else is kept. */
function wellFormed(s: string): string {
  return s.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

/** Longest mailto: link we hand to a mail app; longer bodies go through the clipboard. */
export const MAX_MAILTO_LENGTH = 1800;

/**
 * A `mailto:` link with the subject and body percent-encoded (RFC 6068: spaces as %20, line
 * breaks as %0D%0A). When the whole link would be too long, the body is left out and
 * `bodyOmitted` says so: the caller copies the body to the clipboard instead. The link is meant
 * to be handed to the mail app as this exact string (never re-parsed into a URI, which decodes
 * `%26` back into a query separator).
 */
export function buildMailto(
  to: string | undefined,
  subject: string,
  body: string,
  max = MAX_MAILTO_LENGTH,
): { uri: string; bodyOmitted: boolean } {
  const enc = (s: string) => encodeURIComponent(wellFormed(s)).replace(/%0A/g, '%0D%0A').replace(/'/g, '%27');
  const address = (to ?? '')
    .split(/[,;]\s*/)
    .filter(Boolean)
    .map((a) => encodeURIComponent(wellFormed(a.trim())).replace(/%40/g, '@'))
    .join(',');
  const head = `mailto:${address}?subject=${enc(subject)}`;
  const full = `${head}&body=${enc(body.replace(/\r\n/g, '\n'))}`;
  return full.length <= max ? { uri: full, bodyOmitted: false } : { uri: head, bodyOmitted: true };
}
