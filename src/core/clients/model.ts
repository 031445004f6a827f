import type { IsoDate } from '../dates/calendar';
import type { Lang } from '../lang';
import type { ActionItem } from '../notes/parse';
import type { ContactEntry } from './log';

export const STATUSES = ['lead', 'active', 'paused', 'ended'] as const;
export type ClientStatus = (typeof STATUSES)[number];

export interface ClientProfile {
  readonly name: string;
  readonly company?: string;
  readonly email?: string;
  readonly lang?: Lang;
  readonly timezone?: string;
  readonly status: ClientStatus;
  readonly contract?: string;
  readonly deposit?: string;
  readonly rate?: string;
  readonly hours?: string;
  readonly tags: readonly string[];
  readonly register?: 'formal' | 'informal';
}

export type NoteKind = 'profile' | 'log' | 'meeting' | 'draft' | 'followup' | 'note';

export interface NoteSummary {
  readonly path: string;
  readonly kind: NoteKind;
  readonly title: string;
  /** From front matter `date` or the file name; never the file's modification time. */
  readonly date: IsoDate | null;
  /** Meetings: the `followup:` date in front matter. */
  readonly followedUp?: string | null;
  /** Follow-ups: the meeting note they answer (front matter `meeting:`), as a path relative to the workspace. */
  readonly meeting?: string;
}

/** An agreement still open, with where it was written. */
export interface Agreement extends ActionItem {
  /** The owner as the attendee list spells it, without `@` (for display; `owner` stays as written). */
  readonly ownerName: string | null;
  readonly clientId: string;
  readonly clientName: string;
  readonly path: string;
  readonly meetingDate: IsoDate | null;
}

export interface Client {
  /** The client's folder name, or the one-file client's file name without .md. */
  readonly id: string;
  readonly profile: ClientProfile;
  /** Path of the profile (client.md or the one-file client). */
  readonly file: string | null;
  /** The client's folder, for folder clients. */
  readonly folder: string | null;
  /**
   * The profile's YAML problem (1-based line in client.md), when it does not parse: the client is
   * still listed with every key that could be read.
   */
  readonly error?: ProfileError;
  /** Profile dates that are not real calendar days (`contract: 2026-02-30`), with their 1-based line. */
  readonly badDates?: readonly BadDate[];
  /** Profile keys Composure does not know that look like one it does, with their 1-based line. */
  readonly lookalikeKeys?: readonly LookalikeKey[];
  readonly log: readonly ContactEntry[];
  readonly notes: readonly NoteSummary[];
  /** Open agreements (action items not done) from every meeting note. */
  readonly agreements: readonly Agreement[];
  /** Latest contact: log entries and meeting dates (never file times). */
  readonly lastContact: IsoDate | null;
}

/** A profile's YAML problem: the client keeps every key that could be read. */
export interface ProfileError {
  readonly message: string;
  /** 1-based line in the profile. */
  readonly line: number;
  /**
   * Keys whose value the broken line may have held: the broken entry's key, or every signal key
   * the profile lacks when the line has no key. Signals that read them are not computed.
   */
  readonly lost: readonly string[];
}

export interface BadDate {
  readonly key: string;
  readonly value: string;
  readonly line: number;
}

/** An unknown profile key that looks like a known one: `regster` → `register`, `idioma` → `lang`. */
export interface LookalikeKey {
  readonly key: string;
  readonly known: string;
  readonly line: number;
}

export type SignalSeverity = 'error' | 'warning' | 'info';

export interface Signal {
  readonly code:
    | 'profile-error'
    | 'bad-date'
    | 'lookalike-key'
    | 'no-contract'
    | 'no-deposit'
    | 'after-hours'
    | 'contact-spike'
    | 'overdue-theirs'
    | 'overdue-mine'
    | 'payment-overdue'
    | 'no-followup'
    | 'no-feedback';
  readonly severity: SignalSeverity;
  readonly message: string;
  /** The 1-based line of client.md the signal is about, when it is about one line. */
  readonly line?: number;
  /**
   * What the message counts, as numbers for scripts (`composure clients --format json`):
   * after-hours {outside, inbound, lastWeek}; contact-spike {lastWeek, usualPerWeek};
   * overdue-mine/theirs {count, oldestDaysLate}; payment-overdue {count, oldestDaysLate};
   * no-followup {daysSinceMeeting}; no-feedback {weeks}.
   */
  readonly counts?: Readonly<Record<string, number>>;
}
