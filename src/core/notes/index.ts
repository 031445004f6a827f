/**
 * The meeting-note reader: structure → sections → candidate items → owner → due → filters.
 * See parse.ts for the entry point and each stage's file for its contract.
 */
export {
  parseMeetingNote,
  MAX_NOTE_CHARS,
  type ActionItem,
  type MeetingNote,
  type NextMeeting,
  type NoteLine,
  type ParseOptions,
  type WarningCode,
} from './parse';
export { MARKER_ACTION, MARKER_NOT_ACTION, WHY_CODES, stripMarkers, type WhyCode } from './markers';
export { checkNote, suggestDates, type NoteCheck } from './checks';
export { markLineDone } from './done';
