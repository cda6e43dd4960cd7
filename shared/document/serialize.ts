import { validateJourney } from './parse';
import type { JourneyDocument } from './schema';

type Ordered = { id: string; order: string };
const byOrder = (a: Ordered, b: Ordered) =>
  a.order < b.order ? -1 : a.order > b.order ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

function rankOf(records: readonly { id: string }[]): (id: string | undefined) => number {
  const ranks = new Map(records.map((r, i) => [r.id, i]));
  return (id) => (id === undefined ? -1 : (ranks.get(id) ?? -1));
}

/** Sorts by a list of numeric keys, then by id, so equal keys still give one order. */
function sortBy<T extends { id: string }>(records: readonly T[], keys: (r: T) => number[]): T[] {
  return [...records].sort((a, b) => {
    const ka = keys(a);
    const kb = keys(b);
    for (let i = 0; i < ka.length; i += 1) {
      const d = (ka[i] ?? 0) - (kb[i] ?? 0);
      if (d !== 0) return d;
    }
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  });
}

/**
 * Pretty-printed JSON in a stable order (schema key order; grid records sorted by lane,
 * stage, step and order key; personas, curves and images in the order they were added) so
 * that a journey kept in git diffs line by line.
 */
export function serializeJourney(doc: JourneyDocument): string {
  const valid = validateJourney(doc);
  const stages = [...valid.stages].sort(byOrder);
  const lanes = [...valid.lanes].sort(byOrder);
  const stageRank = rankOf(stages);
  const laneRank = rankOf(lanes);
  const steps = [...valid.steps].sort((a, b) => stageRank(a.stageId) - stageRank(b.stageId) || byOrder(a, b));
  const stepRank = rankOf(steps);
  const curveRank = rankOf(valid.emotionCurves);
  const cardOrder = new Map([...valid.cards].sort(byOrder).map((c, i) => [c.id, i]));
  const sorted: JourneyDocument = {
    ...valid,
    stages,
    steps,
    lanes,
    channels: [...valid.channels].sort(byOrder),
    cards: sortBy(valid.cards, (c) => [laneRank(c.laneId), stageRank(c.stageId), stepRank(c.stepId), cardOrder.get(c.id) ?? 0]),
    emotionPoints: sortBy(valid.emotionPoints, (p) => [curveRank(p.curveId), stageRank(p.stageId), stepRank(p.stepId)]),
    metricValues: sortBy(valid.metricValues, (m) => [laneRank(m.laneId), stageRank(m.stageId), stepRank(m.stepId)]),
    views: [...valid.views].sort(byOrder),
  };
  return `${JSON.stringify(sorted, null, 2)}\n`;
}
