import { sortByOrder } from '../document/order';
import type { EmotionCurve, JourneyDocument } from '../document/schema';
import { bandLane } from './marks';

/**
 * The map's own curve beside which a workshop's ratings are read: the first curve of the
 * emotions lane the band sits in (the first emotions lane shown when that one is gone), with
 * its value per stage (the mean of its steps' points in a stage that has steps).
 */
export function mapCurveByStage(doc: JourneyDocument, laneId: string | null): { curve: EmotionCurve; values: Map<string, number> } | null {
  const lane = bandLane(sortByOrder(doc.lanes).filter((candidate) => !candidate.hidden), laneId);
  const curve = lane && doc.emotionCurves.find((candidate) => candidate.laneId === lane.id);
  if (!curve) return null;
  const sums = new Map<string, { sum: number; count: number }>();
  for (const point of doc.emotionPoints) {
    if (point.curveId !== curve.id) continue;
    const entry = sums.get(point.stageId) ?? { sum: 0, count: 0 };
    sums.set(point.stageId, { sum: entry.sum + point.value, count: entry.count + 1 });
  }
  return { curve, values: new Map([...sums].map(([stageId, { sum, count }]) => [stageId, sum / count])) };
}
