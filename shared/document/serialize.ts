import { validateJourney } from './parse';
import type { JourneyDocument } from './schema';

type Ordered = { id: string; order: string };
const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const byOrder = (a: Ordered, b: Ordered) => (a.order < b.order ? -1 : a.order > b.order ? 1 : byId(a, b));

function rankOf(records: readonly { id: string }[]): (id: string | undefined) => number {
  const ranks = new Map(records.map((r, i) => [r.id, i]));
  return (id) => (id === undefined ? -1 : (ranks.get(id) ?? -1));
}

/**
 * Sorts by a list of numeric keys, then by `tieBreak` (the id unless given), so equal keys
 * still give one order. Keys are computed once per record, not once per comparison.
 */
function sortBy<T extends { id: string }>(records: readonly T[], keys: (r: T) => number[], tieBreak: (a: T, b: T) => number = byId): T[] {
  const keyed = records.map((record) => ({ record, key: keys(record) }));
  keyed.sort((a, b) => {
    for (let i = 0; i < a.key.length; i += 1) {
      const d = (a.key[i] ?? 0) - (b.key[i] ?? 0);
      if (d !== 0) return d;
    }
    return tieBreak(a.record, b.record);
  });
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
  const stages = [...valid.stages].sort(byOrder);
  const lanes = [...valid.lanes].sort(byOrder);
  const stageRank = rankOf(stages);
  const laneRank = rankOf(lanes);
  const steps = [...valid.steps].sort((a, b) => stageRank(a.stageId) - stageRank(b.stageId) || byOrder(a, b));
  const stepRank = rankOf(steps);
  const curveRank = rankOf(valid.emotionCurves);
  const sorted: JourneyDocument = {
    ...valid,
    stages,
    steps,
    lanes,
    channels: [...valid.channels].sort(byOrder),
    cards: sortBy(valid.cards, (c) => [laneRank(c.laneId), stageRank(c.stageId), stepRank(c.stepId)], byOrder),
    emotionPoints: sortBy(valid.emotionPoints, (p) => [curveRank(p.curveId), stageRank(p.stageId), stepRank(p.stepId)]),
    metricValues: sortBy(valid.metricValues, (m) => [laneRank(m.laneId), stageRank(m.stageId), stepRank(m.stepId)]),
    views: [...valid.views].sort(byOrder),
  };
  return `${JSON.stringify(sorted, null, 2)}\n`;
}
