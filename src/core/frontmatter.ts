import { isMap, isScalar, parseDocument, type Document } from 'yaml';

/** Offsets of a front matter block: with its delimiters (`start`, `end`) and its YAML body. */
export interface FrontMatterRange {
  readonly start: number;
  readonly end: number;
  readonly bodyStart: number;
  readonly bodyEnd: number;
}

/** Finds the front matter block at the top of a document (`---` … `---` or `...`). */
export function findFrontMatter(text: string): FrontMatterRange | undefined {
  if (!/^---[ \t]*\r?\n/.test(text)) return undefined;
  const bodyStart = text.indexOf('\n') + 1;
  let s = bodyStart;
  while (s < text.length) {
    let nl = text.indexOf('\n', s);
    if (nl < 0) nl = text.length;
    const line = text.slice(s, nl).replace(/\r$/, '').replace(/[ \t]+$/, '');
    if (line === '---' || line === '...') return { start: 0, end: Math.min(text.length, nl + 1), bodyStart, bodyEnd: s };
    s = nl + 1;
  }
  return undefined;
}

/** Parsed front matter. `data` holds plain values; dates and times stay strings as written. */
export interface FrontMatter {
  /** Whether the text starts with a front matter block. */
  readonly present: boolean;
  readonly data: Record<string, unknown>;
  /** The YAML problem, when the block does not parse (data is then empty). */
  readonly error?: { message: string; line: number };
  /** Offsets of the block (with delimiters) and of its YAML body. */
  readonly range?: FrontMatterRange;
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
  const simple = parseSimpleYaml(yamlText);
  if (simple) {
    result = { present: true, data: simple };
    if (cache.size > 20000) cache.clear();
    cache.set(yamlText, result);
    return { ...result, range };
  }
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

const SIMPLE_KEY = /^([A-Za-z_][\w-]*):(?:[ \t]+(.*?))?[ \t]*$/;

/**
 * A fast reader for the front matter people actually write: `key: value` lines with plain or
 * quoted scalars and flow lists of scalars. Returns undefined for anything else (nesting, block
 * scalars, anchors…), which then goes to `yaml`. Values follow YAML 1.2: numbers, true/false and
 * null are typed; dates and times stay strings.
 */
export function parseSimpleYaml(text: string): Record<string, unknown> | undefined {
  const data: Record<string, unknown> = {};
  for (const raw of text.split('\n')) {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (!line.trim() || /^\s*#/.test(line)) continue;
    const m = SIMPLE_KEY.exec(line);
    if (!m || m[1] in data) return undefined;
    const v = m[2] === undefined ? null : scalarOrList(m[2]);
    if (v === FAIL) return undefined;
    data[m[1]] = v;
  }
  return data;
}

const FAIL = Symbol('fail');

function scalarOrList(src: string): unknown {
  const v = src.trim();
  if (v.startsWith('[')) {
    if (!v.endsWith(']') || /[[\]{}]/.test(v.slice(1, -1)) || /["']/.test(v)) return FAIL;
    const inner = v.slice(1, -1).trim();
    if (!inner) return [];
    const items = inner.split(',').map((x) => scalar(x.trim()));
    return items.includes(FAIL) ? FAIL : items;
  }
  return scalar(v);
}

function scalar(v: string): unknown {
  if (v === '') return FAIL;
  if (v.startsWith('"')) {
    if (!v.endsWith('"') || v.length < 2) return FAIL;
    try {
      return JSON.parse(v);
    } catch {
      return FAIL;
    }
  }
  if (v.startsWith("'")) {
    if (!v.endsWith("'") || v.length < 2 || /[^']'[^']/.test(v.slice(1, -1).replace(/''/g, ''))) return FAIL;
    return v.slice(1, -1).replace(/''/g, "'");
  }
  // Anything YAML might read as syntax goes to the real parser.
  if (/^[-?:,[\]{}#&*!|>%@`]/.test(v) || /: |\s#/.test(v)) return FAIL;
  if (/^(?:true|false)$/.test(v)) return v === 'true';
  if (/^(?:null|~)$/.test(v)) return null;
  if (/^[-+]?\d+$/.test(v)) return Number(v);
  if (/^[-+]?(?:\d+\.\d*|\.\d+)(?:[eE][-+]?\d+)?$/.test(v)) return Number(v);
  if (/^(?:True|False|TRUE|FALSE|Null|NULL|\.inf|\.nan|0x|0o)/.test(v)) return FAIL;
  return v;
}

/** Reads a string value, trimming; numbers are turned into strings, anything else is undefined. */
export function fmString(data: Record<string, unknown>, key: string): string | undefined {
  const v = data[key];
  if (typeof v === 'string') return v.trim() || undefined;
  if (typeof v === 'number') return String(v);
  return undefined;
}

/**
 * Sets keys in a document's front matter, touching only their own lines: every other line
 * (comments, key order, quoting, flow lists, dates as written) stays byte for byte. Adds a front
 * matter block when there is none. A value of undefined removes the key. Returns undefined when
 * the existing block does not parse (the user's text is never rewritten blindly).
 */
export function setFrontMatterKeys(text: string, values: Record<string, string | undefined>): string | undefined {
  const fm = parseFrontMatter(text);
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  if (!fm.present || !fm.range) {
    const lines = Object.entries(values).filter(([, v]) => v !== undefined).map(([k, v]) => `${k}: ${quoteIfNeeded(v as string)}`);
    return lines.length ? `---${eol}${lines.join(eol)}${eol}---${eol}${text}` : text;
  }
  if (fm.error) return undefined;
  const yamlText = text.slice(fm.range.bodyStart, fm.range.bodyEnd);
  const lines = yamlText.split(/\r?\n/);
  if (lines[lines.length - 1] === '') lines.pop();
  for (const [key, value] of Object.entries(values)) {
    const at = lines.findIndex((l) => l.startsWith(`${key}:`) && (l.length === key.length + 1 || /\s/.test(l[key.length + 1])));
    // A value continued on indented lines below its key is edited with the YAML document API.
    if (at >= 0 && at + 1 < lines.length && /^\s+\S/.test(lines[at + 1])) return setWithDocument(text, fm, values, eol);
    if (value === undefined) {
      if (at >= 0) lines.splice(at, 1);
    } else if (at >= 0) {
      lines[at] = `${key}: ${quoteIfNeeded(value)}`;
    } else {
      lines.push(`${key}: ${quoteIfNeeded(value)}`);
    }
  }
  const body = lines.length ? `${lines.join(eol)}${eol}` : '';
  const out = text.slice(0, fm.range.bodyStart) + body + text.slice(fm.range.bodyEnd);
  const check = parseFrontMatter(out);
  if (check.error) return undefined;
  for (const [k, v] of Object.entries(values)) if (fmString(check.data, k) !== v && !(v === undefined && !(k in check.data))) return undefined;
  return out;
}

function setWithDocument(text: string, fm: FrontMatter, values: Record<string, string | undefined>, eol: string): string | undefined {
  if (!fm.range) return undefined;
  const doc: Document = parseDocument(text.slice(fm.range.bodyStart, fm.range.bodyEnd));
  if (!isMap(doc.contents) && doc.contents !== null) return undefined;
  for (const [k, v] of Object.entries(values)) {
    if (v === undefined) doc.delete(k);
    else {
      const existing = doc.get(k, true);
      if (isScalar(existing)) existing.value = v;
      else doc.set(k, v);
    }
  }
  let out = doc.toString({ lineWidth: 0, flowCollectionPadding: false });
  if (eol === '\r\n') out = out.replace(/\r?\n/g, '\r\n');
  if (!out.endsWith(eol)) out += eol;
  return text.slice(0, fm.range.bodyStart) + out + text.slice(fm.range.bodyEnd);
}

/** Writes a value plainly when YAML reads it back as the same string (dates and times included). */
function quoteIfNeeded(v: string): string {
  if (/^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2})?$/.test(v)) return v;
  return /^[\p{L}\p{N}_.@/+ -]*$/u.test(v) && !/^[\d.+-]/.test(v) && !/^(?:true|false|null|yes|no|on|off|~)$/i.test(v) && v.trim() === v ? v : JSON.stringify(v);
}

/** Removes a front matter block that holds nothing (no keys, no comments); other text is unchanged. */
export function dropEmptyFrontMatter(text: string): string {
  const fm = parseFrontMatter(text);
  if (!fm.present || !fm.range || text.slice(fm.range.bodyStart, fm.range.bodyEnd).trim()) return text;
  return text.slice(fm.range.end);
}
