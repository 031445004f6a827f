import { findDates } from '../dates/resolve';
import type { Lang } from '../lang';
import { foldText } from '../text/fold';
import {
  CLITIC_WORDS,
  EVERYONE,
  FIRST_PERSON_OWNERS,
  looksLikeGroup,
  looksLikeNames,
  namesAGroup,
  namesPeopleOf,
  OWNER_KEYS,
  PERSON_OBJECT_VERBS,
  PRESENT_TASK_VERBS,
  TITLES,
  TOPIC_LABEL,
} from './vocabulary';

/**
 * Stage 4, owner: who an item belongs to. Contract: given an item's text (and the person it is
 * grouped under, if any), return the owner as written and the task without the owner's words.
 * Forms: `@mention`, `[AB]` initials, `Owner: X`, `Name -> task`, `Name: task`, `Name - task`,
 * `Name will / to / se encarga de / si occupa di …`, `(Name)` or `@name` at the end, titles
 * (Dr., Sra., dott., ing., avv.), the writer's own first person (the user).
 */
export interface OwnerContext {
  readonly lang: Lang;
  readonly attendees: readonly string[];
  /** Name-cased words the note uses mid-sentence ("the call with Rosa"), folded: people it talks about. */
  readonly named?: ReadonlySet<string>;
}

export interface OwnerFound {
  readonly owner: string;
  readonly task: string;
  /** The owner is the writer ("I", "yo", "io"). */
  readonly firstPerson?: boolean;
  /** Read only from "X to …" with no attendee named: a group's owner above the item wins over it. */
  readonly weak?: boolean;
}

/** Object pronouns between a subject and its verb: "Pilar lo consultará", "Gonzalo se lo planteará", "Marco ci penserà". */
const CLITICS: Record<Lang, string> = {
  en: '',
  es: String.raw`(?:(?:se|me|te|nos|os|le|les)\s+)?(?:(?:lo|la|los|las)\s+)?`,
  it: String.raw`(?:(?:ci|mi|ti|vi|gli|le|si|ce|me|te|se|ve)\s+)?(?:(?:lo|la|li|le|ne)\s+)?`,
};

/** Verbs after an owner that make an item theirs, per language (bounded: one pass from the start). */
const OWNER_VERB: Record<Lang, RegExp> = {
  en: /^(.{1,60}?)\s+(?:will|to|shall|should|is going to|are going to|'ll|needs? to|(?:has |have )?(?:agreed|committed|promised|volunteered|offered|pledged|undertaken) to|undertook to|(?:is|are) tasked with|tasked with|(?:is|are) responsible for|will take care of|takes? care of|taking (?:an? |the )?action(?: item)? to|takes? (?:an? |the )?action(?: item)? to|takes? on|owns?)\s+(?=\p{L})/u,
  es: new RegExp(
    String.raw`^(.{1,60}?)\s+(?:va a|van a|se encarga(?:n|rá|rán)? del?|se ocupa(?:n|rá|rán)? del?|se compromete(?:n)? a|se comprometi(?:ó|o|eron) a|se ha(?:n)? comprometido a|se ofreci(?:ó|o|eron) a|prometi(?:ó|o|eron)|ha(?:n)? quedado en|queda(?:n)? en|debe|deben|tiene que|tienen que|quedó en|quedaron en|(?=${CLITICS.es}\p{L}{2,}(?:rá|rán)\s))\s*(?=\p{L})`,
    'u',
  ),
  it: new RegExp(
    String.raw`^(.{1,60}?)\s+(?:si occupa(?:no)? |si occuperà |si occuperanno )(?:di|del|dello|della|dei|degli|delle|dell['’])\s*(?=\p{L})|^(.{1,60}?)\s+(?:si impegna(?:no)? a|si [eè] impegnat[oa] a|si sono impegnat[ie] a|si [eè] offert[oa] di|si sono offert[ie] di|ha(?:nno)? promesso di|si [eè] pres[oa] (?:l['’]impegno|carico) di|si prende(?:rà)? carico di|deve|devono|dovrà|dovranno|(?=${CLITICS.it}\p{L}{2,}(?:rà|ranno)\s))\s*(?=\p{L})`,
    'u',
  ),
};

/**
 * Work handed to someone in the passive: "si è affidata alla grafica la responsabilità del logo…",
 * "se le asignó a Marta la tarea de…", "Sam was given the task of…" (bounded).
 */
const ASSIGNED: Record<Lang, RegExp> = {
  en: /(?<![\p{L}])(?<who>\p{Lu}[\p{L}.'-]{0,30}(?: \p{Lu}[\p{L}.'-]{0,30}){0,2})(?<to>) (?:was|were|has been|have been) (?:given|assigned|handed) (?:the )?(?:responsibility|task|job) (?:for|of|to) (?<task>\p{L}.{0,200})$/u,
  es: /(?<![\p{L}])se (?:le |les )?(?:asign[oó]|asignaron|encarg[oó]|encargaron|dio|dieron|otorg[oó]|confi[oó]) (?<to>a |al |a la |a los |a las )(?<who>[^,;.]{1,40}?) (?:la responsabilidad|la tarea|el encargo) (?:de|del) (?<task>\p{L}.{0,200})$/iu,
  it: /(?<![\p{L}])(?:si [eè]|[eè] stat[oa]|viene|verr[aà]) (?:data|dato|affidata|affidato|assegnata|assegnato|attribuita|attribuito) (?<to>a |al |alla |allo |ai |alle |agli |all['’])(?<who>[^,;.]{1,40}?) (?:la responsabilit[aà]|il compito|l'incarico) (?:di|del|della|dello|dei|delle) (?<task>\p{L}.{0,200})$/iu,
};

/** The article hidden in "al", "alla", "al" (es): "al fornitore" → "il fornitore". */
const ARTICLE_OF: Record<string, string> = {
  al: 'il ',
  alla: 'la ',
  allo: 'lo ',
  ai: 'i ',
  agli: 'gli ',
  alle: 'le ',
  'a la': 'la ',
  'a los': 'los ',
  'a las': 'las ',
  "all'": "l'",
  'all’': 'l’',
};

/** Connectors that commit strongly, even without an attendee list. */
const STRONG = new RegExp(
  String.raw`^\s+(?:will|shall|'ll|is going to|are going to|(?:has |have )?(?:agreed|committed|promised|volunteered|offered|pledged) to|undertook to|tasked with|is tasked with|are tasked with|will take care of|takes care of|is responsible for|taking|takes|se encarga|se ocupa|se compromet|se ha comprometido|se ofreci|prometi|ha quedado|va a|van a|quedó en|queda en|si occupa|si occuperà|si impegna|si [eè] impegnat|si sono impegnat|si [eè] offert|si sono offert|ha promesso|hanno promesso|si [eè] pres[oa]|si prende|(?:${CLITICS.es}|${CLITICS.it})\p{L}{2,}(?:rá|rán|rà|ranno)\s)`,
  'u',
);

/** First-person commitments: "I'll…", "Me encargo de…", "Mi occupo di…". */
const FIRST_PERSON: Record<Lang, RegExp> = {
  en: /^(?:ok(?:ay)?,?\s*)?(?:i'll|i will|i'm going to|i am going to|i need to|i have to|i must|let me)\s+(?=\p{L})/iu,
  es: /^(?:vale,?\s*)?(?:yo\s+(?:me encargo de|me ocupo de|me comprometo a|voy a|tengo que|debo)?|me encargo de|me ocupo de|me comprometo a|voy a|tengo que|debo)\s*(?=\p{L})/iu,
  it: /^(?:ok,?\s*)?(?:io\s+(?:mi occupo di|mi occuperò di|me ne occupo|ci penso io a|mi impegno a|devo|dovrò)?|mi occupo di|mi occuperò di|me ne occupo|ci penso io a|mi impegno a|devo|dovrò)\s*(?=\p{L})/iu,
};

const ARTICLES = new Set([
  'the',
  'la',
  'el',
  'il',
  'lo',
  'los',
  'las',
  'le',
  'gli',
  'a',
  'an',
  'un',
  'una',
  'this',
  'that',
  'we',
  'they',
  'it',
]);

/** The owner text as the user reads it: markup gone, a lone first-person word kept. */
function clean(owner: string): string {
  return owner
    .replace(/\*\*|__/g, '')
    .replace(/^[\s,;:–—-]+|[\s,;:–—-]+$/g, '')
    .trim();
}

function isFirstPersonWord(s: string): boolean {
  return FIRST_PERSON_OWNERS.has(foldText(s).trim().replace(/^@/, ''));
}

/** Possessives of the writer that are also first names ("(mia)" after a task, "Mia" as a person). */
const NAME_LIKE_POSSESSIVES = new Set(['mia', 'mio']);

/** The writer's pronoun with their name beside it: "yo (Pablo)", "@yo (Nacho)", "io = Chiara", "me (Owen, dev)". */
const PRONOUN_NAME = /^@?(?:[Ii]|[Mm]e|[Yy]o|[Ii]o)\s*(?:\(\s*|=\s*)(\p{Lu}[\p{L}'’-]{1,30}(?: \p{Lu}[\p{L}'’-]{1,30})?)/u;

/**
 * Whose an owner written as the writer is: `{ name }` when the note names them beside the pronoun
 * ("Yo (Pablo)"), `{}` for the bare pronoun ("io", "@me"), undefined for anyone else.
 */
export function writerOwner(owner: string, attendees: readonly string[] = []): { name?: string } | undefined {
  const o = clean(owner);
  const named = PRONOUN_NAME.exec(o);
  if (named) return { name: named[1] };
  if (!isFirstPersonWord(o)) return undefined;
  // "Mia" capitalised, or among the attendees, is a person, not the Italian "mine".
  const possessive = NAME_LIKE_POSSESSIVES.has(foldText(o));
  if (possessive && /^\p{Lu}/u.test(o)) return undefined;
  // "me" in "Present: Jess, Ollie, me" is still the writer; "Mia" among the attendees is a person.
  return possessive && attendees.some((a) => foldText(a.split(/\s+/)[0] ?? '') === foldText(o)) ? undefined : {};
}

/**
 * The writer's own commitment at the start: "I'll send…", "Me encargo de…", and the pronoun with
 * the writer's name beside it ("Yo (Pablo) preparo…", "io (Chiara): mandare…"), whose owner is that name.
 */
function firstPersonLead(t: string, lang: Lang): OwnerFound | undefined {
  const named = /^@?(?:[Ii]|[Mm]e|[Yy]o|[Ii]o)\s*\((\p{Lu}[\p{L}'’-]{1,30}(?: \p{Lu}[\p{L}'’-]{1,30})?)\)\s*[:–—-]?\s*/u.exec(t);
  if (named) {
    const rest = t.slice(named[0].length);
    const verb = FIRST_PERSON[lang].exec(rest);
    return { owner: named[1], task: rest.slice(verb ? verb[0].length : 0), firstPerson: true };
  }
  const fp = FIRST_PERSON[lang].exec(t) ?? (lang !== 'en' ? FIRST_PERSON.en.exec(t) : null);
  // The pronoun, whatever the verb ("Devo…", "I'll…"): the writer stands in for it later.
  if (fp) return { owner: FIRST_PERSON_OWNER[lang], task: t.slice(fp[0].length), firstPerson: true };
  return undefined;
}

/** True when every word of `owner` that looks like a name is an attendee's name. */
export function mentionsAttendee(owner: string, attendees: readonly string[]): boolean {
  // "@sam" in the attendee list and "Sam" in the text are one person (and the other way round).
  const wordsOf = (s: string) =>
    foldText(s)
      .split(/[^a-z0-9]+/)
      .filter((w) => w.length > 1);
  const words = wordsOf(owner);
  return attendees.some((a) => {
    const aw = wordsOf(a);
    return words.some((w) => aw.includes(w));
  });
}

/**
 * Someone the note knows: an attendee, or, in a note with no attendee list, a single name its text
 * also uses mid-sentence ("Notes after the call with Rosa…" makes "Rosa to confirm…" Rosa's task).
 */
export function knownPerson(owner: string, ctx: OwnerContext): boolean {
  // With an attendee list, that list says who is a person ("Salesforce" is named mid-sentence too).
  if (ctx.attendees.length > 0) return mentionsAttendee(owner, ctx.attendees);
  const bare = foldText(owner.replace(/^@/, '')).trim();
  return !!ctx.named && /^[\p{L}'’-]+$/u.test(bare) && ctx.named.has(bare);
}

/** "Il dott. Renzi", "La Sig.ra Dolcemare", "El Sr. Solana": the article before a title goes. */
function withoutArticle(owner: string): string {
  const m = /^(?:(?:the|el|la|il|lo|los|las|le)\s+|l['’])(?=([\p{L}.]{1,10}?)\.?\s)/iu.exec(owner);
  return m && TITLES.has(foldText(m[1])) ? owner.slice(m[0].length) : owner;
}

/** A name (or names) before a verb: "Ana", "Dr. Ruiz", "Tim and Sebastian", "@lena". */
function nameBefore(text: string, ctx: OwnerContext): { owner: string; rest: string; strong: boolean } | undefined {
  const m = OWNER_VERB[ctx.lang].exec(text) ?? (ctx.lang !== 'en' ? OWNER_VERB.en.exec(text) : null);
  if (!m) return undefined;
  const subject = m[1] ?? m[2];
  const owner = withoutArticle(clean(subject));
  // "Call Ana to confirm": Ana is who is called, not the owner.
  if (PERSON_OBJECT_VERBS.has(foldText(owner.split(/\s+/)[0] ?? ''))) return undefined;
  const strong = STRONG.test(text.slice(subject.length, m[0].length + 24));
  if (isFirstPersonWord(owner)) return { owner, rest: text.slice(m[0].length), strong: true };
  if (looksLikeGroup(owner) || namesPeopleOf(owner)) return { owner, rest: text.slice(m[0].length), strong: true };
  // "The design team to provide…", "the SPDX groups will…": a group in lower case.
  if (!/^\p{Lu}[\p{L}'’-]*$/u.test(owner) && namesAGroup(owner))
    return { owner: owner.replace(/^(?:the|el|la|il|lo)\s+/i, ''), rest: text.slice(m[0].length), strong: true };
  if (!looksLikeNames(owner)) return undefined;
  if (ARTICLES.has(foldText(owner))) return undefined;
  return { owner, rest: text.slice(m[0].length), strong };
}

/**
 * The owner named in an item's text, or undefined. `strongOnly` asks for the forms that commit
 * even in free prose (a verb of commitment, an @mention, a label).
 */
export function findOwner(text: string, ctx: OwnerContext): OwnerFound | undefined {
  const t = text.trim();
  // "@alice and @bob to …", "@alice: …"
  const at =
    /^((?:@[\p{L}\p{N}_.-]{1,40})(?:\s{0,3}(?:,|and|&|y|e)\s{0,3}@[\p{L}\p{N}_.-]{1,40}){0,10})\s*[:–—-]?\s*(?:(?:will|to|shall)\s+)?/iu.exec(
      t,
    );
  if (at) return { owner: at[1], task: t.slice(at[0].length) };
  // "[[Mateo]] set up …": a wiki link to a person's page (Logseq, Obsidian).
  const wiki = /^\[\[([^\][|]{1,60})(?:\|[^\][]{0,60})?\]\]\s*[:–—-]?\s*/u.exec(t);
  if (wiki && looksLikeNames(wiki[1].trim())) return withPerson(wiki[1].trim(), t.slice(wiki[0].length));
  // "[AB] task", "[AB, CD] task"
  const initials = /^\[(\p{Lu}{1,3}(?:\s{0,2}[,/&]\s{0,2}\p{Lu}{1,3}){0,6})\]\s*[:–—-]?\s*/u.exec(t);
  if (initials) return { owner: initials[1], task: t.slice(initials[0].length) };
  // "[All] task", "[Tutti] task": a group in brackets.
  const group = /^\[([\p{L} ]{2,20})\]\s*[:–—-]?\s*/u.exec(t);
  if (group && EVERYONE.test(foldText(group[1]).trim())) return { owner: group[1], task: t.slice(group[0].length) };
  // "(Luca) task", "(tutti) task", "(me) task": a name, the group or the writer in parentheses before the task.
  const leadParen = /^\(([^()\n]{1,40})\)\s*[:–—-]?\s*(?=\S)/u.exec(t);
  if (leadParen) {
    const who = clean(leadParen[1]);
    if (looksLikeNames(who) || isFirstPersonWord(who) || EVERYONE.test(foldText(who).trim()))
      return withPerson(who, t.slice(leadParen[0].length));
  }
  // "Owner: Ana — …" anywhere
  const labelled = ownerLabel(t);
  if (labelled) return labelled;
  // "Ana -> task", "Ana → task"
  const arrow = /^(?:\*\*)?([^\s>→][^>→]{0,50}?)(?:\*\*)?\s*(?:->|→|=>)\s*/u.exec(t);
  // "proofs: me -> final PDFs…": a topic, then who.
  const arrowWho = arrow ? clean(arrow[1].replace(TOPIC_LABEL, '')) : '';
  if (arrow && (looksLikeNames(arrowWho) || isFirstPersonWord(arrowWho))) return withPerson(arrowWho, t.slice(arrow[0].length));
  // "**Ana**: …", "Ana: …", "Ana — …", "Ana - …", "Dr. Ruiz: …"
  const prefix = /^(?:\*\*|__)?([\p{L}@][\p{L}'’. +/&@]{0,40}?(?:\s\([^()]{1,40}\))?)(?:\*\*|__)?\s*(?::|—|–|\s-)\s+/u.exec(t);
  if (prefix) {
    const who = clean(prefix[1]);
    if (isFirstPersonWord(who)) return withPerson(who, t.slice(prefix[0].length));
    if (namesWithWriter(who) && (!ctx.attendees.length || mentionsAttendee(who, ctx.attendees) || who.split(/\s+/).length <= 3)) {
      return { owner: who, task: t.slice(prefix[0].length) };
    }
  }
  // "Ana will …", "Ana to …", "Lucía enviará …", "I'll …"
  const fp = firstPersonLead(t, ctx.lang);
  if (fp) return fp;
  const nb = nameBefore(t, ctx);
  if (nb) {
    const weak = !nb.strong && !isFirstPersonWord(nb.owner) && !knownPerson(nb.owner, ctx);
    return weak ? { ...withPerson(nb.owner, nb.rest), weak } : withPerson(nb.owner, nb.rest);
  }
  // "… → io", "… -> Ana" at the end: the arrow hands the line to someone.
  const handed = /\s(?:->|→|=>)\s*(@?\p{L}[\p{L}'’.-]{0,30}(?: \p{Lu}[\p{L}'’.-]{0,30})?)\s*[.]?\s*$/u.exec(t.slice(-70));
  if (handed && (isFirstPersonWord(handed[1]) || looksLikeNames(handed[1])))
    return withPerson(handed[1], t.slice(0, t.length - handed[0].length).trim());
  // "… (Raúl y Carlos)", "… – (Aitor)", "… (@ana)", "… (me)"
  const paren = trailingParens(t);
  if (paren) return paren;
  // "… [CB]" at the end: initials in brackets.
  const initialsEnd = /\s\[(\p{Lu}{1,3}(?:\s{0,2}[,/&]\s{0,2}\p{Lu}{1,3}){0,6})\]\s*[.]?\s*$/u.exec(t);
  if (initialsEnd) return { owner: initialsEnd[1], task: t.slice(0, initialsEnd.index).trim() };
  // "… #joan": a tag that names an attendee.
  const tag = ctx.attendees.length ? attendeeTag(t, ctx.attendees) : undefined;
  if (tag) return tag;
  // "… @ana" at the end
  const trailingAt = /\s(@[\p{L}\p{N}_.-]{1,40})\s*[.]?\s*$/u.exec(t);
  if (trailingAt) return { owner: trailingAt[1], task: t.slice(0, trailingAt.index).trim() };
  const present = presentTask(t, ctx, false) ?? subjectAfter(t, ctx);
  if (present) return present;
  // A first name of an attendee at the very start: "Marco invia i testi entro venerdì"
  if (ctx.attendees.length) {
    const first = /^(\p{Lu}[\p{L}'’-]{1,30})\s+(?=\p{L})/u.exec(t);
    if (first && mentionsAttendee(first[1], ctx.attendees) && !ARTICLES.has(foldText(first[1])))
      return { owner: first[1], task: t.slice(first[0].length) };
  }
  return undefined;
}

/** Names joined by "+", "/" or "&", the writer among them: "Gus + Lin", "Luca/io". */
function namesWithWriter(who: string): boolean {
  if (looksLikeNames(who)) return true;
  const parts = who.split(/\s*[+/&,]\s*/).filter(Boolean);
  return parts.length > 1 && parts.every((p) => looksLikeNames(p) || isFirstPersonWord(p));
}

/** A `#tag` that is an attendee's name ("… 📅 2026-10-19 #joan"); the tag leaves the task. */
function attendeeTag(t: string, attendees: readonly string[]): OwnerFound | undefined {
  const re = /(?<![\p{L}\p{N}&#/])#([\p{L}][\p{L}\p{N}_-]{1,30})(?![\p{L}\p{N}])/gu;
  for (let m = re.exec(t); m; m = re.exec(t)) {
    const name = m[1];
    if (attendees.some((a) => foldText(a.split(/\s+/)[0]) === foldText(name)))
      return {
        owner: name,
        task: `${t.slice(0, m.index)}${t.slice(m.index + m[0].length)}`.replace(/\s{2,}/g, ' ').trim(),
      };
  }
  return undefined;
}

function withPerson(owner: string, task: string): OwnerFound {
  return isFirstPersonWord(owner) ? { owner, task, firstPerson: true } : { owner, task };
}

/** "Owner: Ana", "Responsable: Marta", "Referente: Luca" anywhere in the text. */
export function ownerLabel(t: string): OwnerFound | undefined {
  const lower = foldText(t);
  for (const key of OWNER_KEYS) {
    if (key.length <= 3 && key !== 'who') continue;
    let at = lower.indexOf(key);
    while (at >= 0) {
      const before = at === 0 ? ' ' : lower[at - 1];
      const after = lower.slice(at + key.length, at + key.length + 3);
      if (!/[\p{L}]/u.test(before) && /^\s{0,2}[:：]/.test(after)) {
        const colon = t.indexOf(':', at + key.length) >= 0 ? t.indexOf(':', at + key.length) : t.indexOf('：', at + key.length);
        const rest = t.slice(colon + 1);
        const m = /^\s*(?:\*\*)?([^,;()\]|—–]{1,60}?)(?:\*\*)?\s*(?:[,;)\]|—–]|\s-\s|$)/u.exec(rest);
        if (m && m[1].trim()) {
          const owner = clean(m[1]);
          const start = at > 0 && /[([]/.test(t[at - 1]) ? at - 1 : at;
          const end = colon + 1 + m[0].length;
          const task = `${t.slice(0, start)} ${t.slice(end)}`
            .replace(/\s*[-–—]\s*$/, '')
            .replace(/^\s*[-–—]\s*/, '')
            .replace(/\s{2,}/g, ' ')
            .trim();
          return withPerson(owner, task);
        }
      }
      at = lower.indexOf(key, at + 1);
    }
  }
  return undefined;
}

/** A name in parentheses at the end: "Book the venue (Ana Ruiz)", "… (Karen/Gopi)", "… (todos)". */
function trailingParens(t: string): OwnerFound | undefined {
  const close = t.replace(/[\s.;]+$/, '');
  if (!close.endsWith(')')) return undefined;
  const open = close.lastIndexOf('(');
  if (open < 0 || close.length - open > 64) return undefined;
  const inner = close.slice(open + 1, -1).trim();
  const task = close
    .slice(0, open)
    .replace(/[\s–—-]+$/, '')
    .trim();
  if (!task) return undefined;
  if (/^@[\p{L}\p{N}_.-]+$/u.test(inner) || looksLikeNames(inner)) return withPerson(inner.replace(/^@(?=\p{Lu})/u, ''), task);
  if (isFirstPersonWord(inner)) return { owner: inner, task, firstPerson: true };
  const lead = /^((?:todos|todas|all|everyone|tutti)(?: juntos| insieme| together)?)\b\s*(.*)$/i.exec(inner);
  if (lead) return { owner: lead[1], task: lead[2] ? `${task} (${lead[2]})` : task };
  return undefined;
}

/** A subject that may own a task: names (with a title or an article before it), or people named as a whole. */
function ownerSubject(words: readonly string[]): string | undefined {
  const who = withoutArticle(clean(words.join(' ')));
  if (!who || ARTICLES.has(foldText(who))) return undefined;
  return looksLikeNames(who) || namesPeopleOf(who) ? who : undefined;
}

/** A task verb of the vocabulary, also with the prefix of doing again ("rifanno", "reenvía"). */
function isTaskVerb(word: string, lang: Lang): boolean {
  const w = foldText(word);
  const verbs = PRESENT_TASK_VERBS[lang];
  return verbs.has(w) || (lang !== 'en' && /^r[ie]/.test(w) && verbs.has(w.slice(2)));
}

/** Up to this many words before a present-tense verb make its subject ("La Sig.ra Dolcemare", "Anna e Paolo"). */
const MAX_SUBJECT_WORDS = 5;

/**
 * A task in the present tense with its subject first: "Giada prepara le foto entro il 25",
 * "Jordi lo consulta con dirección", "Anna e Paolo preparano…", "Saoirse sends the photos by the 16th".
 * The verb comes from a vocabulary of task verbs; the subject must be someone the note knows
 * (an attendee, a title), or carry an object pronoun before the verb, or the task a date.
 */
function presentTask(t: string, ctx: OwnerContext, dateCounts: boolean): OwnerFound | undefined {
  const words = t.split(/\s+/, MAX_SUBJECT_WORDS + 4);
  const clitics = CLITIC_WORDS[ctx.lang];
  for (let k = 1; k <= Math.min(MAX_SUBJECT_WORDS, words.length - 2); k++) {
    let v = k;
    while (v < k + 2 && v < words.length && clitics.has(foldText(words[v]))) v++;
    if (!isTaskVerb(words[v] ?? '', ctx.lang) || /^\p{Lu}/u.test(words[v])) continue;
    const who = ownerSubject(words.slice(0, k));
    if (!who) return undefined;
    const known = knownPerson(who, ctx);
    // English task verbs are nouns too ("Design updates…"): only a known person's count there.
    // The date is looked for only now, in the sentence's first words (a long line costs no more).
    const dated = () => dateCounts && findDates(t.slice(0, 200), '2000-01-01', ctx.lang).length > 0;
    if (!known && !hasTitle(who) && (ctx.lang === 'en' || (v === k && !dated())) && !namesPeopleOf(who)) return undefined;
    // The task keeps its verb and pronouns ("lo consulta con dirección").
    let at = 0;
    for (let i = 0; i < k; i++) at = t.indexOf(words[i], at) + words[i].length;
    return { owner: who, task: t.slice(at).trim() };
  }
  return undefined;
}

/**
 * The subject after its verb, with an object pronoun first: "copy delle stories: lo scrive Roberto",
 * "(lo envía la Dra. Vega)", "ci pensa Marco", "se encarga Lucía de las fotos". The task is what
 * the sentence is about: the words before, or after "de"/"di".
 */
function subjectAfter(t: string, ctx: OwnerContext): OwnerFound | undefined {
  const clitics = CLITIC_WORDS[ctx.lang];
  if (!clitics.size) return undefined;
  const re = /(?<![\p{L}])([\p{Ll}]{2,4})\s+(?:([\p{Ll}]{2,4})\s+)?([\p{Ll}]{2,14})\s+(?=[\p{L}@])/gu;
  for (let m = re.exec(t); m; m = re.exec(t)) {
    if (!clitics.has(foldText(m[1])) || (m[2] && !clitics.has(foldText(m[2]))) || !isTaskVerb(m[3], ctx.lang)) {
      re.lastIndex = m.index + m[1].length;
      continue;
    }
    // Bounded slices: a long line costs one pass, not a copy of its rest per match.
    const start = m.index + m[0].length;
    const after = t.slice(start, start + 80);
    const name =
      /^((?:(?:el|la|il|lo)\s+)?(?:[\p{L}.]{1,8}\.\s?)?@?\p{Lu}[\p{L}'’-]{1,30}(?: \p{Lu}[\p{L}'’-]{1,30})?)(?:\s*\([^()]{0,30}\))?/u.exec(
        after,
      );
    const who = name ? ownerSubject([name[1]]) : undefined;
    if (!name || !who) continue;
    const end = start + name[0].length;
    const of = /^\s+(?:de|del|di|del|dello|della|dei|degli|delle|dell['’])\s+(?=\p{L})/u.exec(t.slice(end, end + 12));
    if (of) return { owner: who, task: t.slice(end + of[0].length).replace(/[\s.;)]+$/, '') };
    if (t.length - end > 8 || !/^[\s.;)]*$/.test(t.slice(end))) continue;
    const task = t
      .slice(0, m.index)
      .replace(/[\s:(,;–—-]+$/, '')
      .trim();
    if (task) return { owner: who, task };
  }
  return undefined;
}

/** A committing sentence in prose: "Sam will send the figures by Friday", "Marta se encarga de…". */
export function proseCommitment(sentence: string, ctx: OwnerContext): OwnerFound | undefined {
  const t = sentence.replace(/\*\*|__/g, '').trim();
  const fp = firstPersonLead(t, ctx.lang);
  if (fp) return fp;
  const given = ASSIGNED[ctx.lang].exec(t);
  if (given?.groups) {
    const owner = `${ARTICLE_OF[given.groups.to.toLowerCase().trim()] ?? ''}${given.groups.who}`.trim();
    return { owner, task: given.groups.task.replace(/[.;,]+$/, '') };
  }
  const at = /^(@[\p{L}\p{N}_.-]{1,40})\s+(?=\p{L})/u.exec(t);
  if (at) {
    const nb = nameBefore(t, ctx);
    if (nb && nb.owner.startsWith('@')) return { owner: nb.owner, task: nb.rest };
    // "@lena shares the deck on Thursday": a mention followed by a verb.
    return { owner: at[1], task: t.slice(at[0].length) };
  }
  const nb = nameBefore(t, ctx);
  if (!nb) return presentTask(t, ctx, true) ?? subjectAfter(t, ctx);
  if (EVERYONE.test(foldText(nb.owner))) return nb.strong ? { owner: nb.owner, task: nb.rest } : undefined;
  const known = knownPerson(nb.owner, ctx);
  const several = /\s(?:and|&|y|e)\s|,|\//.test(nb.owner) || nb.owner.split(/\s+/).length >= 2 || /^\p{Lu}{2,3}$/u.test(nb.owner);
  if (nb.strong || known || several) {
    // With an attendee list, an unknown single capitalised word ("Python will…", "Salesforce farà…") is not a person.
    if (
      !known &&
      ctx.attendees.length &&
      nb.owner.split(/\s+/).length === 1 &&
      !/^\p{Lu}{2,3}$/u.test(nb.owner) &&
      !looksLikeGroup(nb.owner)
    )
      return undefined;
    return withPerson(nb.owner, nb.rest);
  }
  return undefined;
}

/** The writer's own words for themselves, to find their name: "io = Marta", "Marta (yo)", "me (Owen, dev)". */
const WRITER = [
  /(?<![\p{L}])(?:[Ii]|[Mm]e|[Yy]o|[Ii]o)\s*=\s*(\p{Lu}[\p{L}'’-]{1,30})/u,
  /(\p{Lu}[\p{L}'’-]{1,30}(?: \p{Lu}[\p{L}'’-]{1,30})?)(?:\]\])?\s*\((?:[Ii]|[Mm]e|[Yy]o|[Ii]o)\)/u,
  /(?<![\p{L}])(?:[Mm]e|[Yy]o|[Ii]o)\s*\((\p{Lu}[\p{L}'’-]{1,30})[,)]/u,
];

/** The writer's name when the note states it (in its first lines or the attendee list), else undefined. */
export function writerName(lines: readonly string[]): string | undefined {
  for (const line of lines) {
    const s = line.slice(0, 300);
    for (const re of WRITER) {
      const m = re.exec(s);
      if (m && !FIRST_PERSON_OWNERS.has(foldText(m[1]))) return m[1];
    }
  }
  return undefined;
}

/** The writer as an owner when their name is not known. */
export const FIRST_PERSON_OWNER: Record<Lang, string> = { en: 'I', es: 'Yo', it: 'Io' };

/** The attendee-list spelling of an owner: "@ana" → "Ana", "marta" → "Marta". */
export function displayOwner(owner: string, attendees: readonly string[]): string {
  const o = clean(owner);
  if (!attendees.length) return o;
  const bare = foldText(o.replace(/^@/, ''));
  if (!bare || /[\s,&/]/.test(bare)) return o;
  for (const a of attendees) {
    if (foldText(a) === bare) return a;
    const first = a.split(/\s+/)[0];
    if (foldText(first) === bare) return first;
  }
  return o;
}

/** True when a title ("Dr.", "dott.") starts the owner text. */
export function hasTitle(owner: string): boolean {
  return TITLES.has(foldText(owner.split(/\s+/)[0] ?? '').replace(/\.$/, ''));
}
