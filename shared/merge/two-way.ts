import type { JourneyDocument } from '../document/schema';
import { mergeJourneys, RECORD_TABLES, type MergeResult } from './three-way';

/**
 * A map with no records: the base of a merge of two copies that keep no version in common (a
 * copy e-mailed as a single file). Against it every record is an addition of the side that has
 * it, and every field both sides fill differently a conflict.
 */
function emptyBase(like: JourneyDocument): JourneyDocument {
  return { ...like, journey: {} as JourneyDocument['journey'], ...Object.fromEntries(RECORD_TABLES.map((table) => [table, []])) } as JourneyDocument;
}

/**
 * Two-way merge by record id, for two copies with no common version: what only one side has
 * is kept, what both have alike stays, and each field both have but differently keeps ours and
 * is a conflict (`both-changed`, with no base value). Nothing either side holds is lost.
 */
export function mergeTwoWay(ours: JourneyDocument, theirs: JourneyDocument): MergeResult {
  return mergeJourneys(emptyBase(ours), ours, theirs);
}
