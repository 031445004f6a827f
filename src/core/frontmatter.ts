import type * as Yaml from 'yaml';
import { lineOfOffset } from './text/lines';

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
    // Trimmed by hand: `[ \t]+$` retried at every space of a long run is quadratic.
    let e = nl;
    while (e > s && (text.charCodeAt(e - 1) === 13 || text.charCodeAt(e - 1) === 32 || text.charCodeAt(e - 1) === 9)) e--;
    const line = e - s === 3 ? text.slice(s, e) : '';
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
  /**
   * The YAML problem, when the block does not parse: its 1-based line in the document and, when
   * the broken line belongs to a `key:` entry, that key (its value is missing from `data`).
   */
  readonly error?: { message: string; line: number; key?: string };
  /** Offsets of the block (with delimiters) and of its YAML body. */
  readonly range?: FrontMatterRange;
}

const cache = new Map<string, FrontMatter>();

/**
 * Reads a document's front matter with `yaml` (YAML 1.2: "22:30" stays a string, dates stay
 * strings). Never throws. A YAML error comes back in `error` with its line in the document, and
 * `data` keeps what can still be read: the lines the parser rejects are left out and the rest is
 * read again, so one broken line loses only its own key. A one-line value whose only fault is a
 * ": " inside (`subject: Re: hello`) is kept as written, its line still reported.
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
  } else {
    result = parseWithYaml(yamlText);
  }
  if (cache.size > 2000) cache.clear();
  cache.set(yamlText, result);
  return { ...result, range };
}

/**
 * What `yaml` is given at most: real front matter is a few hundred bytes, and very long YAML (a
 * pasted blob, a fuzzer's line) is slow to parse and has crashed V8's regexp compiler inside
 * `yaml` (Node 20), which would take the extension host down. Longer input is reported instead.
 */
const MAX_YAML_CHARS = 65_536;
const MAX_YAML_LINE = 4_096;
/** Broken blocks longer than this are not re-read key by key (each key is a `yaml` call). */
const MAX_RECOVERY_CHARS = 8_192;

function parseWithYaml(yamlText: string): FrontMatter {
  if (yamlText.length > MAX_YAML_CHARS)
    return { present: true, data: {}, error: { message: `front matter longer than ${MAX_YAML_CHARS} characters is not read`, line: 2 } };
  const lines = yamlText.split('\n').map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l));
  const longLine = lines.findIndex((l) => l.length > MAX_YAML_LINE);
  const first =
    longLine >= 0 ? { errorOffset: 0, message: `line longer than ${MAX_YAML_LINE} characters`, data: undefined } : readYaml(yamlText);
  if (first.errorOffset === undefined) return { present: true, data: first.data ?? {} };
  const recovered =
    yamlText.length <= MAX_RECOVERY_CHARS
      ? readEntries(lines)
      : { data: {}, badLine: longLine >= 0 ? longLine : undefined, message: first.message };
  if (recovered.badLine === undefined) {
    return {
      present: true,
      data: first.data ?? {},
      error: { message: first.message ?? 'invalid YAML', line: badLine(lines, first.errorOffset) + 2 },
    };
  }
  const error = { message: recovered.message ?? first.message ?? 'invalid YAML', line: recovered.badLine + 2 };
  return { present: true, data: recovered.data, error: recovered.badKey === undefined ? error : { ...error, key: recovered.badKey } };
}

/**
 * Reads a broken block one top-level entry at a time (a key line and its indented continuation),
 * so a broken entry loses only its own key. Returns the first broken line (0-based in the block).
 */
function readEntries(lines: readonly string[]): { data: Record<string, unknown>; badLine?: number; badKey?: string; message?: string } {
  const data: Record<string, unknown> = {};
  let bad: number | undefined;
  let badKey: string | undefined;
  let message: string | undefined;
  for (let i = 0; i < lines.length;) {
    const t = lines[i];
    if (!t.trim() || t.startsWith('#')) {
      i++;
      continue;
    }
    const keyLine = readKeyLine(t);
    if (!keyLine) {
      bad ??= i;
      i++;
      continue;
    }
    const end = entryEnd(lines, i, lines.length);
    const chunk = lines.slice(i, end);
    const src = chunk.join('\n');
    const r =
      src.length > MAX_YAML_LINE
        ? { errorOffset: 0, message: `line longer than ${MAX_YAML_LINE} characters`, data: undefined }
        : readYaml(src);
    const ok = r.errorOffset === undefined && r.data;
    if (ok) Object.assign(data, r.data);
    else if (end === i + 1 && src.length <= MAX_YAML_LINE && isLooseScalar(t.slice(keyLine.valueStart)))
      data[keyLine.key] = t.slice(keyLine.valueStart).trim();
    if (!ok && bad === undefined) {
      bad = i + (r.errorOffset === undefined ? 0 : badLine(chunk, r.errorOffset));
      badKey = keyLine.key;
      message = r.message;
    }
    i = end;
  }
  return { data, badLine: bad, badKey, message };
}

/**
 * A one-line value people write unquoted that YAML rejects only for a ": " inside it
 * (`subject: Re: the invoice`): read as written, the error still reported so the line gets quoted.
 */
function isLooseScalar(value: string): boolean {
  const v = value.trim();
  return v.includes(': ') && !/^[-?:,[\]{}#&*!|>%@`'"]/.test(v);
}

/**
 * `yaml`, loaded the first time a block needs it: most front matter is read by `parseSimpleYaml`,
 * and a draft without front matter never needs it, so `composure lint` starts without it.
 */
let yaml: typeof Yaml | undefined;
function parseDocument(src: string, options: Yaml.ParseOptions & Yaml.DocumentOptions & Yaml.SchemaOptions): Yaml.Document {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on first use, see above
  yaml ??= require('yaml') as typeof Yaml;
  return yaml.parseDocument(src, options);
}

function readYaml(src: string): { data?: Record<string, unknown>; errorOffset?: number; message?: string } {
  let data: Record<string, unknown> | undefined;
  try {
    const doc = parseDocument(src, { prettyErrors: false, uniqueKeys: false, logLevel: 'error' });
    try {
      const value = doc.toJS({ maxAliasCount: 50 }) as unknown;
      if (value && typeof value === 'object' && !Array.isArray(value)) data = value as Record<string, unknown>;
    } catch {
      data = undefined;
    }
    if (doc.errors.length) {
      const err = doc.errors[0];
      return { data, errorOffset: err.pos?.[0] ?? 0, message: err.message.split('\n')[0] };
    }
    return { data: data ?? {} };
  } catch (err) {
    return { errorOffset: 0, message: err instanceof Error ? err.message : String(err) };
  }
}

/** The line an error offset falls on; an error at the end (an unclosed list) belongs to the last written line. */
function badLine(lines: readonly string[], offset: number): number {
  let line = Math.min(lineOfOffset(lines.join('\n'), offset), lines.length - 1);
  while (line > 0 && (line >= lines.length || !lines[line].trim())) line--;
  return line;
}

// The value is trimmed in code: `(.*?)[ \t]*$` would backtrack quadratically over a long run of spaces.
const SIMPLE_KEY = /^([A-Za-z_][\w-]*):(?:[ \t](.*))?$/;

/**
 * A fast reader for the front matter people actually write: `key: value` lines with plain or
 * quoted scalars and flow lists of scalars. Returns undefined for anything else (nesting, block
 * scalars, anchors…), which then goes to `yaml`. Values follow YAML 1.2: numbers, true/false and
 * null are typed; dates and times stay strings.
 */
export function parseSimpleYaml(text: string): Record<string, unknown> | undefined {
  // A Map: `key in object` is slow with thousands of keys and true for "constructor".
  const data = new Map<string, unknown>();
  for (const raw of text.split('\n')) {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (!line.trim() || /^\s*#/.test(line)) continue;
    const m = SIMPLE_KEY.exec(line);
    if (!m || data.has(m[1])) return undefined;
    const value = m[2]?.trim();
    const v = value ? scalarOrList(value) : null;
    if (v === FAIL) return undefined;
    data.set(m[1], v);
  }
  return Object.fromEntries(data);
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

/** One line of a text with its own line ending ('' on the last line). */
interface Line {
  text: string;
  eol: string;
}

function splitLines(text: string): Line[] {
  const out: Line[] = [];
  let s = 0;
  while (s < text.length) {
    const nl = text.indexOf('\n', s);
    if (nl < 0) {
      out.push({ text: text.slice(s), eol: '' });
      break;
    }
    const cr = nl > s && text.charCodeAt(nl - 1) === 13;
    out.push({ text: text.slice(s, cr ? nl - 1 : nl), eol: cr ? '\r\n' : '\n' });
    s = nl + 1;
  }
  return out;
}

/**
 * The top-level key a front matter line starts, plain or quoted (`followup:`, `"followup":`,
 * `'hold_until':`), and where its value starts; undefined for anything else. A hand scanner (one
 * pass), so a long line costs linear time.
 */
export function readKeyLine(line: string): { key: string; valueStart: number } | undefined {
  const c = line[0];
  if (c === undefined || c === ' ' || c === '\t' || c === '#' || c === '-' || c === '?' || c === '[' || c === '{') return undefined;
  let key: string;
  let i: number;
  if (c === '"' || c === "'") {
    i = 1;
    let raw = '';
    for (; i < line.length; i++) {
      const ch = line[i];
      if (c === '"' && ch === '\\') {
        raw += ch + (line[i + 1] ?? '');
        i++;
      } else if (ch === c) {
        if (c === "'" && line[i + 1] === "'") {
          raw += "'";
          i++;
        } else break;
      } else raw += ch;
    }
    if (i >= line.length) return undefined;
    if (c === '"') {
      try {
        key = JSON.parse(`"${raw}"`) as string;
      } catch {
        return undefined;
      }
    } else key = raw;
    i++;
    while (line[i] === ' ' || line[i] === '\t') i++;
    if (line[i] !== ':') return undefined;
  } else {
    i = 0;
    for (; i < line.length; i++) {
      if (line[i] === ':' && (i + 1 === line.length || line[i + 1] === ' ' || line[i + 1] === '\t')) break;
      if (line[i] === '#' && (line[i - 1] === ' ' || line[i - 1] === '\t')) return undefined;
    }
    if (i >= line.length) return undefined;
    key = line.slice(0, i).replace(/[ \t]+$/, '');
  }
  const next = line[i + 1];
  if (next !== undefined && next !== ' ' && next !== '\t') return undefined;
  return { key, valueStart: i + 1 };
}

/**
 * Splits what follows a key's colon into the spacing before the value, the value as written and
 * the rest of the line (spaces and an inline comment), so a new value keeps both.
 */
function splitValue(rest: string): { sep: string; value: string; tail: string } {
  let i = 0;
  while (rest[i] === ' ' || rest[i] === '\t') i++;
  const sep = rest.slice(0, i);
  const q = rest[i];
  let end = rest.length;
  if (q === '"' || q === "'") {
    let j = i + 1;
    for (; j < rest.length; j++) {
      if (q === '"' && rest[j] === '\\') j++;
      else if (rest[j] === q) {
        if (q === "'" && rest[j + 1] === "'") j++;
        else break;
      }
    }
    end = Math.min(rest.length, j + 1);
  } else {
    for (let j = i; j < rest.length; j++) {
      if (rest[j] === '#' && (rest[j - 1] === ' ' || rest[j - 1] === '\t')) {
        end = j;
        break;
      }
    }
    while (end > i && (rest[end - 1] === ' ' || rest[end - 1] === '\t')) end--;
  }
  return { sep, value: rest.slice(i, end), tail: rest.slice(end) };
}

/** A new value written in the style of the old one: double-quoted, single-quoted or plain. */
function renderLike(old: string, v: string): string {
  if (old.startsWith('"')) return JSON.stringify(v);
  if (old.startsWith("'") && !/[\p{Cc}\p{Cs}]/u.test(v)) return `'${v.replace(/'/g, "''")}'`;
  return quoteIfNeeded(v);
}

/** How far a key's entry reaches: its line plus indented or `- ` continuation lines below it. */
function entryEnd(lines: readonly (Line | string)[], at: number, end: number): number {
  let last = at;
  for (let j = at + 1; j < end; j++) {
    const l = lines[j];
    const t = typeof l === 'string' ? l : l.text;
    if (t.trim() === '') continue;
    if (t[0] === ' ' || t[0] === '\t' || t === '-' || t.startsWith('- ')) last = j;
    else break;
  }
  return last + 1;
}

/** The 0-based document lines where a top-level front matter key is written (quoted or not). */
export function frontMatterKeyLines(text: string, key: string): number[] {
  const range = findFrontMatter(text);
  if (!range) return [];
  const lines = splitLines(text.slice(0, range.bodyEnd));
  const out: number[] = [];
  for (let i = 1; i < lines.length; i++) if (readKeyLine(lines[i].text)?.key === key) out.push(i);
  return out;
}

/**
 * Sets keys in a document's front matter, touching only the lines of the keys it sets: every
 * other byte (comments, key order, quoting, flow lists, line endings, dates as written) stays as
 * it was. A key found on the page (plain or quoted) is replaced in place, keeping its quoting
 * style, its spacing and an inline comment; a missing key is appended as a new last line with the
 * block's own line ending; a value of undefined removes the key's lines. Adds a front matter block
 * when there is none. Returns undefined when the block does not parse or the result would not
 * read back as asked (the user's text is never rewritten blindly).
 */
export function setFrontMatterKeys(text: string, values: Record<string, string | undefined>): string | undefined {
  const fm = parseFrontMatter(text);
  if (!fm.present || !fm.range) {
    const nl = text.indexOf('\n');
    const eol = nl > 0 && text[nl - 1] === '\r' ? '\r\n' : '\n';
    const lines = Object.entries(values)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => `${k}: ${quoteIfNeeded(v as string)}`);
    return lines.length ? `---${eol}${lines.join(eol)}${eol}---${eol}${text}` : text;
  }
  if (fm.error) return undefined;
  const head = text.slice(0, fm.range.bodyStart);
  const lines = splitLines(text.slice(fm.range.bodyStart, fm.range.bodyEnd));
  const headEol = head.endsWith('\r\n') ? '\r\n' : '\n';
  for (const [key, value] of Object.entries(values)) {
    let found = false;
    for (let i = 0; i < lines.length; i++) {
      const k = readKeyLine(lines[i].text);
      if (k?.key !== key) continue;
      const end = entryEnd(lines, i, lines.length);
      const eol = lines[end - 1].eol || lines[i].eol;
      if (value === undefined) {
        lines.splice(i, end - i);
        i--;
        continue;
      }
      found = true;
      const keyText = lines[i].text.slice(0, k.valueStart);
      const single = end === i + 1;
      const { sep, value: old, tail } = single ? splitValue(lines[i].text.slice(k.valueStart)) : { sep: ' ', value: '', tail: '' };
      const rendered = single ? renderLike(old, value) : quoteIfNeeded(value);
      lines.splice(i, end - i, { text: `${keyText}${sep || ' '}${rendered}${tail}`, eol });
    }
    if (!found && value !== undefined) {
      const eol = lines.length ? lines[lines.length - 1].eol || headEol : headEol;
      lines.push({ text: `${key}: ${quoteIfNeeded(value)}`, eol });
    }
  }
  const body = lines.map((l) => l.text + l.eol).join('');
  const out = head + body + text.slice(fm.range.bodyEnd);
  const check = parseFrontMatter(out);
  if (check.error) return undefined;
  for (const [k, v] of Object.entries(values)) {
    const got = check.data[k];
    if (v === undefined ? k in check.data : got !== v && !(typeof got === 'number' && String(got) === v)) return undefined;
  }
  return out;
}

/** Writes a value plainly when YAML reads it back as the same string (dates and times included). */
function quoteIfNeeded(v: string): string {
  if (/^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2})?$/.test(v)) return v;
  return /^[\p{L}\p{N}_.@/+ -]*$/u.test(v) && !/^[\d.+-]/.test(v) && !/^(?:true|false|null|yes|no|on|off|~)$/i.test(v) && v.trim() === v
    ? v
    : JSON.stringify(v);
}

/** Removes a front matter block that holds nothing (no keys, no comments); other text is unchanged. */
export function dropEmptyFrontMatter(text: string): string {
  const fm = parseFrontMatter(text);
  if (!fm.present || !fm.range || text.slice(fm.range.bodyStart, fm.range.bodyEnd).trim()) return text;
  return text.slice(fm.range.end);
}
