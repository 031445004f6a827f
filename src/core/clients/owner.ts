import { foldText } from '../text/fold';

/**
 * An action item's owner as people read it: without the `@`, and each name spelt as in the
 * meeting's attendee list ("@giovanna" → "Giovanna", "@ana.ruiz" → "Ana Ruiz" when that is an
 * attendee). Names that match no attendee stay as written.
 */
export function ownerAsAttendee(owner: string | null, attendees: readonly string[]): string | null {
  if (!owner) return owner;
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
  return owner.replace(
    /@?([\p{L}\p{N}_.'-]+)/gu,
    (all, name: string) =>
      byKey.get(foldText(name)) ?? byKey.get(foldText(name).replace(/[_-]/g, '.')) ?? (all.startsWith('@') ? name : all),
  );
}
