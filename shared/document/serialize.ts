import { validateJourney } from './parse';
import type { JourneyDocument } from './schema';

type Ordered = { id: string; order: string };
const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const byOrder = (a: Ordered, b: Ordered) => (a.order < b.order ? -1 : a.order > b.order ? 1 : byId(a, b));

function rankOf(records: readonly { id: string }[]): (id: string | undefined) => number {
  const ranks = new Map(records.map((r, i) => [r.id, i]));
  return (id) => (id === undefined ? -1 : (ranks.get(id) ?? -1));
}

/** True when no record sorts before the one ahead of it: a stable sort would keep the list as it is. */
function inOrder<T>(records: readonly T[], compare: (a: T, b: T) => number): boolean {
  return records.every((record, i) => i === 0 || compare(records[i - 1] as T, record) <= 0);
}

/** A sorted copy; a list already in order (as a saved and reopened journey is) is only copied. */
function sorted<T>(records: readonly T[], compare: (a: T, b: T) => number): T[] {
  return inOrder(records, compare) ? records.slice() : [...records].sort(compare);
}

/**
 * Sorts by a list of numeric keys, then by `tieBreak` (the id unless given), so equal keys
 * still give one order. Keys are computed once per record, not once per comparison; a list
 * already in order is checked in one pass and copied.
 */
function sortBy<T extends { id: string }>(records: readonly T[], keys: (r: T) => number[], tieBreak: (a: T, b: T) => number = byId): T[] {
  const keyed = records.map((record) => ({ record, key: keys(record) }));
  const compare = (a: { record: T; key: number[] }, b: { record: T; key: number[] }) => {
    for (let i = 0; i < a.key.length; i += 1) {
      const d = (a.key[i] ?? 0) - (b.key[i] ?? 0);
      if (d !== 0) return d;
    }
    return tieBreak(a.record, b.record);
  };
  if (inOrder(keyed, compare)) return records.slice();
  keyed.sort(compare);
  return keyed.map(({ record }) => record);
}

/**
 * Pretty-printed JSON in a stable order (schema key order; grid records sorted by lane,
 * stage, step and order key; personas, curves and images in the order they were added) so
 * that a journey kept in git diffs line by line.
 */
export function serializeJourney(doc: JourneyDocument): string {
  return serializeValidJourney(validateJourney(doc));
}

/** serializeJourney for a document validateJourney has just returned, so it is not validated twice. */
export function serializeValidJourney(valid: JourneyDocument): string {
  return `${JSON.stringify(canonicalOrder(valid), null, 2)}\n`;
}

/** The document as serializeValidJourney writes it: its records in canonical order (lists already in order are copied). */
export function canonicalOrder(valid: JourneyDocument): JourneyDocument {
  const stages = sorted(valid.stages, byOrder);
  const lanes = sorted(valid.lanes, byOrder);
  const stageRank = rankOf(stages);
  const laneRank = rankOf(lanes);
  const steps = sorted(valid.steps, (a, b) => stageRank(a.stageId) - stageRank(b.stageId) || byOrder(a, b));
  const stepRank = rankOf(steps);
  const curveRank = rankOf(valid.emotionCurves);
  return {
    ...valid,
    stages,
    steps,
    lanes,
    channels: sorted(valid.channels, byOrder),
    cards: sortBy(valid.cards, (c) => [laneRank(c.laneId), stageRank(c.stageId), stepRank(c.stepId)], byOrder),
    emotionPoints: sortBy(valid.emotionPoints, (p) => [curveRank(p.curveId), stageRank(p.stageId), stepRank(p.stepId)]),
    metricValues: sortBy(valid.metricValues, (m) => [laneRank(m.laneId), stageRank(m.stageId), stepRank(m.stepId)]),
    views: sorted(valid.views, byOrder),
  };
}
