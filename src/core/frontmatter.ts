import { isMap, isScalar, parseDocument, type Document } from 'yaml';
import { findFrontMatter } from './lint/segment';

/** Parsed front matter. `data` holds plain values; dates and times stay strings as written. */
export interface FrontMatter {
  /** Whether the text starts with a front matter block. */
  readonly present: boolean;
  readonly data: Record<string, unknown>;
  /** The YAML problem, when the block does not parse (data is then empty). */
  readonly error?: { message: string; line: number };
  /** Offsets of the block (with delimiters) and of its YAML body. */
  readonly range?: { start: number; end: number; bodyStart: number; bodyEnd: number };
}

const cache = new Map<string, FrontMatter>();

/**
 * Reads a document's front matter with `yaml` (YAML 1.2: "22:30" stays a string, dates stay
 * strings). Never throws: a YAML error comes back in `error` with its line in the document.
 */
export function parseFrontMatter(text: string): FrontMatter {
  const range = findFrontMatter(text);
  if (!range) return { present: false, data: {} };
  const yamlText = text.slice(range.bodyStart, range.bodyEnd);
  const cached = cache.get(yamlText);
  if (cached) return { ...cached, range };
  let result: FrontMatter;
  try {
    const doc = parseDocument(yamlText, { prettyErrors: false, uniqueKeys: false });
    if (doc.errors.length) {
      const err = doc.errors[0];
      const line = (err.linePos?.[0]?.line ?? 1) + 1;
      result = { present: true, data: {}, error: { message: err.message.split('\n')[0], line } };
    } else {
      const value = doc.toJS({ maxAliasCount: 50 }) as unknown;
      const data = value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
      result = { present: true, data };
    }
  } catch (err) {
    result = { present: true, data: {}, error: { message: err instanceof Error ? err.message : String(err), line: 2 } };
  }
  if (cache.size > 2000) cache.clear();
  cache.set(yamlText, result);
  return { ...result, range };
}

/** Reads a string value, trimming; numbers are turned into strings, anything else is undefined. */
export function fmString(data: Record<string, unknown>, key: string): string | undefined {
  const v = data[key];
  if (typeof v === 'string') return v.trim() || undefined;
  if (typeof v === 'number') return String(v);
  return undefined;
}

/**
 * Sets keys in a document's front matter, keeping its comments, key order and quoting; adds a
 * front matter block when there is none. Returns undefined when the existing block does not
 * parse (the user's text is never rewritten blindly).
 */
export function setFrontMatterKeys(text: string, values: Record<string, string | undefined>): string | undefined {
  const fm = parseFrontMatter(text);
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  if (!fm.present || !fm.range) {
    const lines = Object.entries(values).filter(([, v]) => v !== undefined).map(([k, v]) => `${k}: ${quoteIfNeeded(v as string)}`);
    return `---${eol}${lines.join(eol)}${eol}---${eol}${text}`;
  }
  if (fm.error) return undefined;
  const yamlText = text.slice(fm.range.bodyStart, fm.range.bodyEnd);
  const doc: Document = parseDocument(yamlText);
  if (!isMap(doc.contents) && doc.contents !== null) return undefined;
  for (const [k, v] of Object.entries(values)) {
    if (v === undefined) doc.delete(k);
    else {
      const existing = doc.get(k, true);
      if (isScalar(existing)) existing.value = v;
      else doc.set(k, v);
    }
  }
  let out = doc.toString({ lineWidth: 0 });
  if (eol === '\r\n') out = out.replace(/\r?\n/g, '\r\n');
  if (!out.endsWith(eol)) out += eol;
  return text.slice(0, fm.range.bodyStart) + out + text.slice(fm.range.bodyEnd);
}

function quoteIfNeeded(v: string): string {
  return /^[\w.@ /+-]*$/.test(v) && !/^\d/.test(v) ? v : JSON.stringify(v);
}
