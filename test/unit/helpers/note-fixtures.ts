import * as fs from 'node:fs';
import * as path from 'node:path';
import { detectLanguage } from '../../../src/core/detect-lang';
import { parseMeetingNote } from '../../../src/core/notes/parse';

/**
 * Meeting-note fixtures (test/fixtures/notes/) and their inline expectations: the reading and
 * matching behind test/unit/notes-fixtures.test.ts, also used by test/tools/notes-to-fixture.mjs.
 *
 * Fixture notes in test/fixtures/notes/ carry their expectations inline, on the line they are
 * about: `<!-- expect: action owner=Ana due=2026-11-20 -->`, several separated by `;`.
 *
 * Kinds: `action` (owner=, due=, dueText=, done, mine), `decision`, `question`, `next` (date=),
 * `none` (nothing is read on this line), and `maybe`: a borderline item (NOTES-GUIDE's "possible
 * action items"): reading nothing on the line is right, and so is an action, but an action read
 * there must still meet the props given (a borderline task read with the wrong owner is wrong).
 * `next date=null` (a next meeting with no day) is also met when nothing is read: with no day
 * there is nothing for the follow-up to state. A value `null` means the field is empty.
 * `owner~=X` compares owners as the corpus scorer does (eval-notes.mjs): the first words, folded
 * and without `@`, match when one starts with the other ("Dr. Osei" ~ "Dr", "@ana" ~ "Ana B."); like
 * the scorer, it leaves `mine` unchecked (such an annotation does not say who wrote the note).
 *
 * `known-miss="reason"` on an expectation says the reader does not meet it today: it is reported
 * as a pending test named with its reason, and extra items read on its line are excused. When the
 * reader meets it, that test fails with "now read right: remove known-miss", so markers stay honest.
 *
 * File-wide directives, on lines of their own (the converter puts them at the end of the file):
 * - `<!-- expect-scope: action next -->`: only these kinds are checked in the file (`maybe` goes
 *   with `action`); items of other kinds are neither expected nor reported as extra.
 * - `<!-- expect-user: none -->`: the note is read with no user name configured, as
 *   `composure followup` reads a note outside a workspace (default: the user is Sam Rivera).
 * - `<!-- expect-reference: 2026-11-28 -->`: the note is read on that day (as `composure followup`
 *   reads it on the day it drafts): it gives a year to a meeting date written without one.
 * - `<!-- expect-line 12: action owner=Ana -->`: an expectation for line 12, for a line where an
 *   appended comment would change the Markdown (front matter, a fenced code block).
 *
 * Every item the reader finds must be expected on its line, and every expectation met. Each
 * fixture is also read with its expectation comments removed, and must read the same. The note's
 * language is detected on the note without these comments (their English words would sway it);
 * a `<!-- fixture-origin: … -->` line says where a converted note came from.
 */
export const KINDS = ['action', 'decision', 'question', 'next'];
export const DEFAULT_USER = ['Sam Rivera', 'Sam'];
export const COMMENT_RE = /[ \t]*<!--\s*(?:expect(?:-line\s+\d+|-scope|-user|-reference)?|fixture-origin):.*?-->/g;

export interface Expectation {
  kind: string;
  props: Record<string, string | true>;
  knownMiss?: string;
  source: string;
}

export interface Fixture {
  byLine: Map<number, Expectation[]>;
  scope: Set<string>;
  userNames: string[];
  reference?: string;
}

function parseList(body: string): Expectation[] {
  return body.split(';').map((e) => {
    const [kind, ...rest] = e.trim().match(/(?:[^\s"]+="[^"]*"|\S+)/g) ?? [];
    const props: Record<string, string | true> = {};
    let knownMiss: string | undefined;
    for (const r of rest) {
      const eq = r.indexOf('=');
      const [k, v] = eq < 0 ? [r, true as const] : [r.slice(0, eq), r.slice(eq + 1).replace(/^"|"$/g, '')];
      if (k === 'known-miss') knownMiss = String(v);
      else props[k] = v;
    }
    const source = e
      .trim()
      .replace(/\s*known-miss="[^"]*"/, '')
      .trim();
    return { kind: kind ?? 'none', props, knownMiss, source };
  });
}

export function parseFixture(text: string): Fixture {
  const byLine = new Map<number, Expectation[]>();
  let scope = new Set(KINDS);
  let userNames = DEFAULT_USER;
  let reference: string | undefined;
  const add = (line: number, list: Expectation[]) => byLine.set(line, [...(byLine.get(line) ?? []), ...list]);
  text.split(/\r?\n/).forEach((line, i) => {
    for (const m of line.matchAll(/<!--\s*expect(?:-line\s+(\d+)|-(scope|user|reference))?:\s*(.*?)\s*-->/g)) {
      if (m[2] === 'scope') scope = new Set(m[3].split(/\s+/).map((k) => (k === 'maybe' ? 'action' : k)));
      else if (m[2] === 'reference') reference = m[3];
      else if (m[2] === 'user') userNames = m[3] === 'none' ? [] : m[3].split(/\s*,\s*/);
      else add(m[1] ? Number(m[1]) : i + 1, parseList(m[3]));
    }
  });
  return { byLine, scope, userNames, reference };
}

export type Found = { kind: string; line: number; fields: Record<string, unknown> };

export function found(file: string, text: string, userNames: string[], reference?: string): Found[] {
  // The language as the note alone gives it: the comments' English words must not sway it.
  const body = text.replace(COMMENT_RE, '').replace(/^---\r?\n[^]*?\r?\n---\r?\n/, '');
  const n = parseMeetingNote(text, {
    fileName: file,
    userNames,
    lang: detectLanguage(body, 1500) ?? undefined,
    reference,
  });
  return [
    ...n.actions.map((a) => ({
      kind: 'action',
      line: a.line,
      fields: { owner: a.owner, due: a.due, dueText: a.dueText, done: a.done, mine: a.mine, task: a.task },
    })),
    ...n.decisions.map((d) => ({ kind: 'decision', line: d.line, fields: { text: d.text } })),
    ...n.openQuestions.map((q) => ({ kind: 'question', line: q.line, fields: { text: q.text } })),
    ...(n.nextMeeting ? [{ kind: 'next', line: n.nextMeeting.line, fields: { date: n.nextMeeting.date, text: n.nextMeeting.text } }] : []),
  ];
}

/** The corpus scorer's owner match: first words, folded, without `@`, one a prefix of the other. */
export function sameOwner(expected: string, got: unknown): boolean {
  const first = (s: string) =>
    s
      .toLowerCase()
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/^@/, '')
      .split(/[\s,/(]+/)[0];
  if (typeof got !== 'string' || !first(got)) return false;
  return first(expected).startsWith(first(got)) || first(got).startsWith(first(expected));
}

export function check(e: Expectation, f: Found): string | undefined {
  const kind = e.kind === 'maybe' ? 'action' : e.kind;
  if (kind !== f.kind) return `expected ${e.kind}, read ${f.kind}`;
  for (const [k, v] of Object.entries(e.props)) {
    const got = f.fields[k.replace(/~$/, '')];
    const ok = k.endsWith('~') ? sameOwner(String(v), got) : v === true ? got === true : String(got) === v;
    if (!ok) return `${k}: expected ${v === true ? 'true' : v}, read ${String(got)}`;
  }
  // A loose owner comes from an annotation that does not say who wrote the note: `mine` unchecked.
  for (const k of ['done', 'mine'])
    if (kind === 'action' && !(k in e.props) && f.fields[k] === true && !(k === 'mine' && 'owner~' in e.props))
      return `${k}: read true, not expected`;
  return undefined;
}

/** Nothing read on the line also meets it: a borderline item, a next meeting with no day. */
export const optional = (e: Expectation) => e.kind === 'maybe' || (e.kind === 'next' && e.props.date === 'null');

/** Matches one line's expectations to what was read there: the ones not met, the items left over. */
export function matchLine(list: Expectation[], here: Found[]): { unmet: Map<Expectation, string>; extras: Found[] } {
  const used = new Set<number>();
  const unmet = new Map<Expectation, string>();
  // Firm expectations first, so a borderline one does not take an item a firm one needs.
  for (const e of [...list].sort((a, b) => Number(optional(a)) - Number(optional(b)))) {
    if (e.kind === 'none') continue;
    const i = here.findIndex((g, k) => !used.has(k) && !check(e, g));
    if (i >= 0) used.add(i);
    else if (!optional(e) || here.some((g, k) => !used.has(k) && g.kind === (e.kind === 'maybe' ? 'action' : e.kind)))
      unmet.set(e, here.length ? here.map((g) => check(e, g) ?? 'taken').join(' / ') : `expected ${e.kind}, read nothing`);
  }
  return { unmet, extras: here.filter((_, k) => !used.has(k)) };
}

export const show = (g: Found) => `extra ${g.kind} ${JSON.stringify(g.fields)}`;

/** What is wrong on one line: an expectation not met (`e`) or an item nobody expected (`extra`). */
export interface Problem {
  line: number;
  e?: Expectation;
  extra?: Found;
  why: string;
}

export interface KnownMiss {
  line: number;
  e: Expectation;
  nowRight: boolean;
}

/** Reads one fixture note and compares what was read with its expectations. */
export function readFixture(
  file: string,
  text: string,
): { problems: Problem[]; misses: KnownMiss[]; userNames: string[]; reference?: string } {
  const fx = parseFixture(text);
  const got = found(file, text, fx.userNames, fx.reference).filter((g) => fx.scope.has(g.kind));
  const problems: Problem[] = [];
  const misses: KnownMiss[] = [];
  for (const [line, all] of [...fx.byLine].sort((a, b) => a[0] - b[0])) {
    const list = all.filter((e) => e.kind === 'none' || fx.scope.has(e.kind === 'maybe' ? 'action' : e.kind));
    const here = got.filter((g) => g.line === line);
    const firm = list.filter((e) => !e.knownMiss);
    const known = list.filter((e) => e.knownMiss);
    const r = matchLine(firm, here);
    for (const [e, why] of r.unmet) problems.push({ line, e, why });
    // Items left over on a line with a known miss are that miss, not a new problem.
    if (!known.length) problems.push(...r.extras.map((g) => ({ line, extra: g, why: show(g) })));
    for (const e of known) {
      const r2 = matchLine([...firm, e], here);
      misses.push({ line, e, nowRight: !r2.unmet.has(e) && !r2.extras.length });
    }
  }
  for (const g of got) if (!fx.byLine.has(g.line)) problems.push({ line: g.line, extra: g, why: show(g) });
  return { problems: problems.sort((a, b) => a.line - b.line), misses, userNames: fx.userNames, reference: fx.reference };
}

/** The fixture notes, sorted by name. */
export function fixtureFiles(dir: string): { file: string; text: string }[] {
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((file) => ({ file, text: fs.readFileSync(path.join(dir, file), 'utf8') }));
}
