import { isIsoDate, type IsoDate } from '../dates/calendar';
import { fmString, parseFrontMatter } from '../frontmatter';
import { parseMeetingNote, type ActionItem } from '../notes/parse';
import { attendeeSpeller } from './owner';
import { prettify, toProfile } from './profile';
import { badDates, lookalikes, profileError } from './profile-check';
import { locateFile } from '../workspace/layout';
import { parseContactLog, type ContactEntry } from './log';
import {
  type Agreement,
  type BadDate,
  type Client,
  type LookalikeKey,
  type ClientProfile,
  type NoteKind,
  type NoteSummary,
  type ProfileError,
} from './model';

export { toProfile } from './profile';

/** Plain code-unit order (for ISO dates and times, the calendar's). */
const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** What one file contributes to its client. */
interface FileRecord {
  readonly clientId: string;
  readonly kind: NoteKind;
  readonly note: NoteSummary;
  readonly profile?: ClientProfile;
  readonly error?: ProfileError;
  readonly badDates?: BadDate[];
  readonly lookalikes?: LookalikeKey[];
  readonly log?: ContactEntry[];
  readonly actions?: Array<ActionItem & { ownerName: string | null }>;
  readonly meetingDate?: IsoDate | null;
}

export interface IndexOptions {
  /** The clients folder, as the paths given to setFile start (e.g. "/ws/clients"). */
  readonly root: string;
  /** The user's name and aliases: their action items are "mine". */
  readonly userNames?: readonly string[];
}

/** Notes longer than this are listed but not parsed for agreements (a pasted log, an export). */
export const MAX_PARSED_CHARS = 1_000_000;

/**
 * The client index over the workspace format: a client is a folder with a client.md (or a single
 * Markdown file) under the clients folder. Files are added one by one (`setFile`), so a change
 * re-reads only that file; client aggregates are rebuilt lazily for the clients that changed.
 */
export class ClientIndex {
  private readonly files = new Map<string, FileRecord>();
  private readonly byClient = new Map<string, Set<string>>();
  private readonly built = new Map<string, Client>();
  private readonly dirty = new Set<string>();
  private readonly root: string;

  constructor(private readonly opts: IndexOptions) {
    this.root = opts.root.replace(/\/+$/, '');
  }

  /** Which client and kind a path belongs to, or undefined when it is not client data. */
  classify(path: string): { clientId: string; kind: NoteKind } | undefined {
    // The workspace model's rule, the same for the CLI, the views and the commands.
    const where = locateFile(this.root, path);
    return where && { clientId: where.clientId, kind: where.kind };
  }

  /** Adds or replaces one file. Returns the client id it belongs to, if any. */
  setFile(path: string, text: string): string | undefined {
    const where = this.classify(path);
    if (!where) return undefined;
    const rec = this.read(path, text, where.clientId, where.kind);
    const old = this.files.get(path);
    if (old && old.clientId !== rec.clientId) this.detach(path, old.clientId);
    this.files.set(path, rec);
    let set = this.byClient.get(rec.clientId);
    if (!set) this.byClient.set(rec.clientId, (set = new Set()));
    set.add(path);
    this.dirty.add(rec.clientId);
    return rec.clientId;
  }

  /** Forgets a file (deleted or moved). */
  removeFile(path: string): string | undefined {
    const old = this.files.get(path);
    if (!old) {
      // A deleted folder: forget everything under it.
      const prefix = `${path.replace(/\/+$/, '')}/`;
      let id: string | undefined;
      for (const p of [...this.files.keys()]) if (p.startsWith(prefix)) id = this.removeFile(p) ?? id;
      return id;
    }
    this.files.delete(path);
    this.detach(path, old.clientId);
    return old.clientId;
  }

  private detach(path: string, clientId: string): void {
    const set = this.byClient.get(clientId);
    set?.delete(path);
    if (set && set.size === 0) {
      this.byClient.delete(clientId);
      this.built.delete(clientId);
      this.dirty.delete(clientId);
      this.sorted = undefined;
    } else this.dirty.add(clientId);
  }

  get size(): number {
    return this.byClient.size;
  }

  /** Every path the index holds (for a full refresh). */
  paths(): string[] {
    return [...this.files.keys()];
  }

  private sorted: Client[] | undefined;

  /** All clients, sorted by name (sorted once per change, not per call). */
  clients(): Client[] {
    if (this.dirty.size || !this.sorted) {
      for (const id of this.dirty) this.rebuildOne(id);
      this.dirty.clear();
      const collator = new Intl.Collator(undefined, { sensitivity: 'base' });
      this.sorted = [...this.built.values()].sort((a, b) => collator.compare(a.profile.name, b.profile.name));
    }
    return this.sorted;
  }

  /** One client, rebuilt alone when its files changed (no work for the others). */
  client(id: string): Client | undefined {
    if (this.dirty.has(id)) {
      this.rebuildOne(id);
      this.dirty.delete(id);
      this.sorted = undefined;
    }
    return this.built.get(id);
  }

  private rebuildOne(id: string): void {
    const c = this.build(id);
    if (c) this.built.set(id, c);
    else this.built.delete(id);
    this.sorted = undefined;
  }

  /** Every open agreement across clients. */
  agreements(): Agreement[] {
    return this.clients().flatMap((c) => c.agreements);
  }

  private read(path: string, text: string, clientId: string, kindHint: NoteKind): FileRecord {
    const fm = parseFrontMatter(text);
    const fileName = path.split('/').pop() ?? path;
    const fmDate = fmString(fm.data, 'date')?.slice(0, 10);
    const nameDate = /^(\d{4}-\d{2}-\d{2})/.exec(fileName)?.[1];
    const date = fmDate && isIsoDate(fmDate) ? fmDate : nameDate && isIsoDate(nameDate) ? nameDate : null;
    const kind: NoteKind = kindHint === 'note' && fm.data.type === 'meeting' ? 'meeting' : kindHint;
    const title = fmString(fm.data, 'title') ?? /^#\s+(.+)$/m.exec(text)?.[1]?.trim() ?? fileName.replace(/\.(md|markdown)$/i, '');
    const note: NoteSummary = {
      path,
      kind,
      title,
      date,
      followedUp: kind === 'meeting' ? (fmString(fm.data, 'followup') ?? null) : undefined,
      meeting: kind === 'followup' ? fmString(fm.data, 'meeting') : undefined,
    };
    if (kind === 'profile') {
      return {
        clientId,
        kind,
        note,
        profile: toProfile(fm.data, clientId),
        error: profileError(fm),
        badDates: badDates(text, fm.data),
        lookalikes: lookalikes(text, fm.data),
      };
    }
    if (kind === 'log') return { clientId, kind, note, log: parseContactLog(text) };
    if (kind === 'meeting' && text.length > MAX_PARSED_CHARS) return { clientId, kind, note };
    if (kind === 'meeting') {
      const parsed = parseMeetingNote(text, { fileName, userNames: this.opts.userNames });
      const spell = attendeeSpeller(parsed.attendees);
      return {
        clientId,
        kind,
        note: { ...note, date: parsed.date ?? date, followedUp: parsed.followedUp },
        actions: parsed.actions.map((a) => ({ ...a, ownerName: spell(a.owner) })),
        meetingDate: parsed.date,
      };
    }
    return { clientId, kind, note };
  }

  private build(id: string): Client | undefined {
    const paths = this.byClient.get(id);
    if (!paths?.size) return undefined;
    const recs = [...paths].map((p) => this.files.get(p) as FileRecord);
    const profileRec = recs.find((r) => r.kind === 'profile');
    // Dates and times are ISO digits: compared as code units, which orders them as the calendar
    // does, without a collator call per comparison (thousands per client on a cold index).
    const log = recs.flatMap((r) => r.log ?? []).sort((a, b) => byCodeUnits(a.date + (a.time ?? ''), b.date + (b.time ?? '')));
    const notes = recs.map((r) => r.note).sort((a, b) => byCodeUnits(b.date ?? '', a.date ?? '') || a.path.localeCompare(b.path));
    const profile = profileRec?.profile ?? { name: prettify(id), status: 'active' as const, tags: [] };
    const agreements: Agreement[] = [];
    for (const r of recs) {
      if (r.kind !== 'meeting' || !r.actions) continue;
      for (const a of r.actions) {
        // Agreements keep the editor's 0-based line; the parser's is 1-based.
        if (!a.done)
          agreements.push({
            ...a,
            line: a.line - 1,
            clientId: id,
            clientName: profile.name,
            path: r.note.path,
            meetingDate: r.meetingDate ?? null,
          });
      }
    }
    const contacts = [...log.map((e) => e.date), ...notes.filter((n) => n.kind === 'meeting' && n.date).map((n) => n.date as string)];
    const lastContact = contacts.length ? contacts.reduce((a, b) => (a > b ? a : b)) : null;
    const isFolder = !(profileRec && profileRec.note.path === `${this.root}/${profileRec.note.path.split('/').pop()}` && paths.size === 1);
    return {
      id,
      profile,
      file: profileRec?.note.path ?? null,
      folder: isFolder ? `${this.root}/${id}` : null,
      error: profileRec?.error,
      badDates: profileRec?.badDates,
      lookalikeKeys: profileRec?.lookalikes,
      log,
      notes,
      agreements,
      lastContact,
    };
  }
}
