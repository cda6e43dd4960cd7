import { validateJourney } from './parse';
import type { JourneyDocument } from './schema';

type Ordered = { id: string; order: string };
const byOrder = (a: Ordered, b: Ordered) =>
  a.order < b.order ? -1 : a.order > b.order ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

function rankOf(records: readonly Ordered[]): Map<string, number> {
  return new Map([...records].sort(byOrder).map((r, i) => [r.id, i]));
}

/**
 * Pretty-printed JSON in a stable order (schema key order; records sorted by lane, stage,
 * then order key) so that a journey kept in git diffs line by line.
 */
export function serializeJourney(doc: JourneyDocument): string {
  const valid = validateJourney(doc);
  const stageRank = rankOf(valid.stages);
  const laneRank = rankOf(valid.lanes);
  const cell = (r: { laneId: string; stageId: string }) =>
    (laneRank.get(r.laneId) ?? 0) * 100_000 + (stageRank.get(r.stageId) ?? 0);
  const sorted: JourneyDocument = {
    ...valid,
    stages: [...valid.stages].sort(byOrder),
    lanes: [...valid.lanes].sort(byOrder),
    cards: [...valid.cards].sort((a, b) => cell(a) - cell(b) || byOrder(a, b)),
    emotionPoints: [...valid.emotionPoints].sort((a, b) => cell(a) - cell(b) || (a.id < b.id ? -1 : 1)),
  };
  return `${JSON.stringify(sorted, null, 2)}\n`;
}
