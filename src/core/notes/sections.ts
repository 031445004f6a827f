import { endLine, type Block } from './structure';
import { foldText } from '../text/fold';
import { mentionsAttendee, writerOwner } from './owner';
import {
  EVERYONE,
  inList,
  keyValue,
  labelOf,
  LEAD_IN,
  looksLikeGroup,
  looksLikeNames,
  namesAGroup,
  NOT_NAMES,
  OWNER_KEYS,
  scoreHeading,
  type SectionKind,
} from './vocabulary';

/**
 * Stage 2, sections: which part of the note each block belongs to. Contract: every block gets the
 * kind of the section it sits in (from the nearest heading, or a "Label:" line that opens a
 * section inside it) and, when the note groups items under a person (a sub-heading, a bold label,
 * a "Name:" line above a list), that person as `groupOwner`. Headings and labels that only open a
 * section are marked `consumed`.
 */
export type Placed = Block & {
  section: SectionKind;
  /** The section came from a heading ('heading') or from a label line above a list ('label'). */
  sectionFrom: 'heading' | 'label' | 'none';
  /** The person a group of items is under. */
  groupOwner?: string;
  /**
   * The group is surely a person's: an attendee, "everyone", an "Owner:" line, a name the note's
   * text uses elsewhere, or a sub-heading beside such a one. A lone capitalised heading ("Roles")
   * may be a topic.
   */
  groupSure?: boolean;
  /** The line opened a section or named a group: not an item itself. */
  consumed: boolean;
  /** The heading text above this block (for a sub-heading per item). */
  heading?: { text: string; line: number; level: number };
};

/** True for a line that only names a person: "**Ana**", "Ana Ruiz:", "Digiweb (Davide / Erik)". */
export function isOwnerLabel(text: string): string | undefined {
  const t = text.replace(/\*\*|__/g, '').trim();
  const bare = t.replace(/[:：]\s*$/, '').trim();
  if (!bare || bare.length > 60) return undefined;
  if (t !== bare ? looksLikeNames(bare) : looksLikeNames(bare) && bare.split(/\s+/).length <= 4) return bare;
  return undefined;
}

/**
 * A heading that names a person (or a group of people): with an attendee list, one of them;
 * without, a short capitalised name none of whose words is a common heading word.
 */
function personHeading(text: string, attendees: readonly string[]): string | undefined {
  // "Technical - Owen, Adam", "Diseño: Marta y Luis": a topic and the people on it.
  const sep = /\s[-–—:]\s|:\s/.exec(text);
  if (sep) {
    const names = text.slice(sep.index + sep[0].length).trim();
    if (names && looksLikeNames(names) && (!attendees.length || mentionsAttendee(names, attendees) || /,|\sand\s|\sy\s|\se\s/.test(names)))
      return names;
  }
  const name = isOwnerLabel(text);
  if (!name) return undefined;
  if (attendees.length && mentionsAttendee(name, attendees)) return name;
  // "Me", "**Io**", "Yo (Lola)": the writer's own group.
  if (writerOwner(name, attendees)) return name;
  const words = foldText(name.replace(/\([^()]{0,80}\)/g, ' '))
    .split(/[^\p{L}'-]+/u)
    .filter(Boolean);
  if (words.some((w) => NOT_NAMES.has(w) || w.length > 14)) return undefined;
  return attendees.length && words.length === 1 && !/^\p{Lu}{2,3}$/u.test(name) ? undefined : name;
}

/** A short line that opens a section: "Next steps:", "**Acuerdos**", "Prossime azioni". */
function sectionLabel(b: Block): SectionKind | undefined {
  if (b.kind !== 'para' && b.kind !== 'item') return undefined;
  const text = b.text;
  if (text.length > 60) return undefined;
  const colon = /[:：]\s*$/.test(text);
  // "ACTION: Everyone should read this:" is a labelled line, not a section label.
  if (/[:：]./.test(text.replace(/[:：]\s*$/, ''))) return undefined;
  if (!colon && (b.kind !== 'para' || text.split(' ').length > 5 || /[.!?:：]/.test(text))) return undefined;
  const label = text.replace(/[:：]\s*$/, '');
  if (labelOf(label).split(' ').length > 6) return undefined;
  const kind = scoreHeading(label).kind;
  return kind === 'other' ? undefined : kind;
}

/** "Owner: Ana", "Responsable: Lucía", "Referente: Luca": the person a line names as owner. */
function ownerOfLine(text: string): string | undefined {
  const kv = keyValue(text);
  return kv && kv.value && inList(kv.key, OWNER_KEYS) && looksLikeNames(kv.value) ? kv.value : undefined;
}

/** "It was agreed that the board should:", "Ana will:": the owner of the list below, if any. */
function leadInOwner(b: Block): string | undefined {
  if ((b.kind !== 'para' && b.kind !== 'item') || b.text.length > 90 || !/[:：]\s*$/.test(b.text)) return undefined;
  const text = b.text.replace(/\*\*|__/g, '').trim();
  const m = LEAD_IN.exec(foldText(text).replace(/[：]$/, ':'));
  const at = m?.indices?.groups?.who;
  if (!at) return undefined;
  // Folding keeps every character in place: the owner is read from the original at the same offsets.
  const who = text.slice(at[0], at[1]).replace(/^(?:the|el|la|il|lo)\s+/i, '');
  return looksLikeNames(who) || looksLikeGroup(who) || namesAGroup(who) ? who : undefined;
}

/** Name-cased words the note's text uses mid-sentence ("send it to Sophie"), folded: one pass. */
export function namesInText(blocks: readonly Block[]): Set<string> {
  const out = new Set<string>();
  const word = /\p{Lu}\p{Ll}{1,20}(?![\p{L}])/gu;
  for (const b of blocks) {
    if (b.kind === 'heading' || b.kind === 'row' || (b.kind === 'para' && b.strong)) continue;
    for (let m = word.exec(b.text); m; m = word.exec(b.text)) {
      const before = b.text.slice(Math.max(0, m.index - 3), m.index).trimEnd();
      if (m.index === 0 || !before || /[.!?:>\-–—*•]$/.test(before)) continue;
      if (/[\p{L}'’]$/u.test(b.text.slice(m.index - 1, m.index))) continue;
      out.add(foldText(m[0]));
    }
  }
  return out;
}

/**
 * Which sub-headings name a person, and how surely, in one pass before placing: a weak one (a
 * lone capitalised word) is sure when the heading before or after it at its level is.
 */
function personHeadings(
  blocks: readonly Block[],
  attendees: readonly string[],
  isSure: (who: string) => boolean,
): Map<number, { who: string; sure: boolean; evidence: boolean }> {
  const out = new Map<number, { who: string; sure: boolean; evidence: boolean }>();
  const byLevel = new Map<number, number>();
  let first = true;
  blocks.forEach((raw, k) => {
    if (raw.kind !== 'heading' && !(raw.kind === 'para' && raw.strong && raw.depth === 0 && !raw.quoted)) return;
    const level = raw.kind === 'heading' ? raw.level : 7;
    const text = raw.kind === 'heading' ? raw.text : raw.text.replace(/[:：]\s*$/, '');
    const title = level === 1 && first;
    first = false;
    const prev = byLevel.get(level);
    byLevel.set(level, k);
    const who = !title && scoreHeading(text).kind === 'other' ? personHeading(text, attendees) : undefined;
    if (!who) return;
    // Only a heading sure by its own evidence vouches for its neighbours (no chains).
    const evidence = isSure(who);
    out.set(k, { who, sure: evidence, evidence });
    const before = prev !== undefined ? out.get(prev) : undefined;
    if (before && evidence) before.sure = true;
    if (before?.evidence) out.get(k)!.sure = true;
  });
  return out;
}

/**
 * A block with its placement. Built property by property: spreading blocks of several shapes into
 * new literals is slow in V8 and the reader places every block of every note the index reads.
 */
function placed(b: Block, placement: Omit<Placed, keyof Block>): Placed {
  return Object.assign(Object.assign({}, b), placement) as Placed;
}

export function placeBlocks(blocks: readonly Block[], attendees: readonly string[] = []): Placed[] {
  const used = namesInText(blocks);
  // Several names, "everyone", an attendee, or a name the text uses elsewhere: surely a person.
  const isSure = (who: string) =>
    EVERYONE.test(foldText(who)) ||
    (attendees.length > 0 && mentionsAttendee(who, attendees)) ||
    used.has(foldText(who.replace(/^@/, '').split(/[\s,(]/)[0] ?? '')) ||
    /[,&/]|\s(?:and|y|e)\s/.test(who);
  const persons = personHeadings(blocks, attendees, isSure);
  const out: Placed[] = [];
  let section: SectionKind = 'other';
  let sectionLevel = 0;
  let from: Placed['sectionFrom'] = 'none';
  let ownerHeading: { owner: string; level: number; sure: boolean } | undefined;
  let heading: Placed['heading'];
  let pseudo: { kind: SectionKind; depth: number; line: number; lastLine: number } | undefined;
  let groups: Array<{ depth: number; owner: string; lastLine: number; para: boolean; sure: boolean }> = [];

  for (let at = 0; at < blocks.length; at++) {
    const raw = blocks[at];
    // A bold line on its own, outside lists, acts as the smallest heading.
    const b: Block =
      raw.kind === 'para' && raw.strong && raw.depth === 0 && !raw.quoted
        ? { kind: 'heading', level: 7, text: raw.text.replace(/[:：]\s*$/, ''), line: raw.line, quoted: false, marker: raw.marker }
        : raw;
    if (b.kind === 'heading') {
      pseudo = undefined;
      groups = [];
      const kind = scoreHeading(b.text).kind;
      heading = { text: b.text, line: b.line, level: b.level };
      const kv = keyValue(b.text);
      if (kv && kv.value && kind === 'other') {
        // "## Date: 2026-11-18" is a fact, not a section.
        out.push(placed(b, { section, sectionFrom: from, consumed: true, heading }));
        continue;
      }
      if (ownerHeading && b.level <= ownerHeading.level) ownerHeading = undefined;
      // The note's title (its first heading, at level 1) names the meeting, never a person's group.
      const found = persons.get(at);
      const who = found?.who;
      if (who) {
        // A person's sub-heading: the items under it are theirs.
        if (b.level <= sectionLevel) [section, from, sectionLevel] = ['other', 'none', b.level];
        ownerHeading = { owner: who, level: b.level, sure: !!found?.sure };
        out.push(placed(b, { section, sectionFrom: from, groupOwner: who, consumed: true, heading }));
        continue;
      }
      if (kind !== 'other') {
        [section, from, sectionLevel] = [kind, 'heading', b.level];
        out.push(placed(b, { section, sectionFrom: from, groupOwner: ownerHeading?.owner, consumed: true, heading }));
        continue;
      }
      // Any other sub-heading inside an actions section keeps it (it may be one task with an
      // "Owner:" line under it); elsewhere it starts a part the vocabulary does not know.
      if (!(section === 'actions' && b.level > sectionLevel)) [section, from, sectionLevel] = ['other', 'none', b.level];
      out.push(placed(b, { section, sectionFrom: from, groupOwner: ownerHeading?.owner, consumed: false, heading }));
      continue;
    }

    const depth = b.depth;
    if (pseudo) {
      // An agenda or attendance list is one list: a blank line after it ends the label's part.
      const ended =
        (pseudo.kind === 'agenda' || pseudo.kind === 'attendees') && b.line > pseudo.lastLine + 1 && pseudo.lastLine > pseudo.line;
      const continues =
        !ended &&
        (depth > pseudo.depth ||
          (b.kind !== 'row' && b.kind === 'para' && depth === pseudo.depth && b.line === pseudo.lastLine + 1) ||
          (b.kind === 'row' && b.line <= pseudo.lastLine + 3));
      if (continues) pseudo.lastLine = endLine(b);
      else pseudo = undefined;
    }
    groups = groups.filter((g) => depth > g.depth || (g.para && b.kind === 'item' && depth >= g.depth && b.line <= g.lastLine + 2));
    for (const g of groups) g.lastLine = endLine(b);

    if (b.kind !== 'row' && !b.quoted) {
      const handed = leadInOwner(b);
      if (handed) {
        // The list below completes the sentence: each item is the owner's task.
        pseudo = { kind: 'actions', depth, line: b.line, lastLine: b.line };
        groups.push({ depth, owner: handed, lastLine: b.line, para: b.kind === 'para', sure: true });
        out.push(placed(b, { section: 'actions', sectionFrom: 'label', consumed: true, heading, groupOwner: handed }));
        continue;
      }
      const kind = sectionLabel(b);
      if (kind) {
        pseudo = { kind, depth, line: b.line, lastLine: b.line };
        out.push(placed(b, { section: kind, sectionFrom: 'label', consumed: true, heading, groupOwner: ownerHeading?.owner }));
        continue;
      }
      // "Responsable: Lucía" with a list right under it: the list is hers (surely a person's).
      const next = blocks[at + 1];
      const ownerLine = b.kind === 'para' && next?.kind === 'item' && next.line <= endLine(b) + 2 ? ownerOfLine(b.text) : undefined;
      const named = (b.kind === 'item' && b.hasChildren) || b.kind === 'para' ? isOwnerLabel(b.text) : undefined;
      const person =
        ownerLine ?? (named && (b.kind === 'item' || /[:：]\s*$|^\*\*|^__/.test(b.text) || looksLikeNames(b.text)) ? named : undefined);
      if (person) {
        groups.push({ depth, owner: person, lastLine: b.line, para: b.kind === 'para', sure: !!ownerLine || isSure(person) });
        out.push(
          placed(b, {
            section: pseudo?.kind ?? section,
            sectionFrom: pseudo ? 'label' : from,
            consumed: true,
            heading,
            groupOwner: person,
          }),
        );
        continue;
      }
    }
    const group = groups[groups.length - 1];
    out.push(
      placed(b, {
        section: pseudo?.kind ?? section,
        sectionFrom: pseudo ? 'label' : from,
        groupOwner: group?.owner ?? ownerHeading?.owner,
        groupSure: group ? group.sure : ownerHeading?.sure,
        consumed: false,
        heading,
      }),
    );
  }
  return out;
}
