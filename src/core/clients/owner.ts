import { foldText } from '../text/fold';

/**
 * An action item's owner as people read it: without the `@`, and each name spelt as in the
 * meeting's attendee list ("@giovanna" → "Giovanna", "@ana.ruiz" → "Ana Ruiz" when that is an
 * attendee). Names that match no attendee stay as written.
 */
export function ownerAsAttendee(owner: string | null, attendees: readonly string[]): string | null {
  return attendeeSpeller(attendees)(owner);
}

/**
 * `ownerAsAttendee` for every item of one meeting: the attendee list is read once, on the first
 * owner to spell, not once per item.
 */
export function attendeeSpeller(attendees: readonly string[]): (owner: string | null) => string | null {
  let byKey: Map<string, string> | undefined;
  return (owner) => {
    if (!owner) return owner;
    const keys = (byKey ??= attendeeKeys(attendees));
    return owner.replace(/@?([\p{L}\p{N}_.'-]+)/gu, (all, name: string) => {
      const folded = foldText(name);
      return keys.get(folded) ?? keys.get(folded.replace(/[_-]/g, '.')) ?? (all.startsWith('@') ? name : all);
    });
  };
}

/** Each attendee under the spellings an owner may use: folded, dotted, joined, and the first name alone. */
function attendeeKeys(attendees: readonly string[]): Map<string, string> {
  const byKey = new Map<string, string>();
  for (const a of attendees) {
    const full = a.trim();
    if (!full) continue;
    const folded = foldText(full);
    byKey.set(folded, full);
    byKey.set(folded.replace(/\s+/g, '.'), full);
    byKey.set(folded.replace(/\s+/g, ''), full);
    const first = full.split(/\s+/)[0];
    if (!byKey.has(foldText(first))) byKey.set(foldText(first), first);
  }
  return byKey;
}
