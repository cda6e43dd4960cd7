import type { JourneyLayout } from '../layout/layout';
import { METRICS } from '../layout/metrics';

const holdsCards = (kind: string) => kind !== 'emotions' && kind !== 'metrics';

/**
 * The layout as a stage is presented: a card lane with nothing in this stage, made tall by
 * another stage's cards, shrinks to a new lane's height, so the stage's content sits together
 * on the screen (the other stages' cards that no longer fit in it are left out; those stages
 * are dimmed). Lanes stay open, so a card can still be added there. The layout itself when
 * nothing shrinks.
 */
export function stageLayout(layout: JourneyLayout, stageId: string): JourneyLayout {
  const used = new Set(layout.cards.filter((c) => c.stageId === stageId).map((c) => c.laneId));
  const shrinks = (lane: JourneyLayout['lanes'][number]) => !lane.collapsed && holdsCards(lane.kind) && !used.has(lane.id) && lane.height > METRICS.laneMinHeight;
  if (!layout.lanes.some(shrinks)) return layout;

  let shift = 0;
  const moved = new Map<string, { shift: number; bottom: number }>();
  const byY = new Map<number, number>();
  const lanes = layout.lanes.map((lane) => {
    const height = shrinks(lane) ? METRICS.laneMinHeight : lane.height;
    const y = lane.y - shift;
    moved.set(lane.id, { shift, bottom: y + height });
    byY.set(lane.y, y);
    shift += lane.height - height;
    return { ...lane, y, height };
  });
  const cards = layout.cards.flatMap((card) => {
    const lane = moved.get(card.laneId);
    if (!lane) return [card];
    const y = card.y - lane.shift;
    return y + card.height + METRICS.cellPadding <= lane.bottom ? [{ ...card, y }] : [];
  });
  const emotionCurves = layout.emotionCurves.map((curve) => {
    const by = moved.get(curve.laneId)?.shift ?? 0;
    return by === 0 ? curve : { ...curve, points: curve.points.map((p) => ({ ...p, y: p.y - by })) };
  });
  const blueprintLines = layout.blueprintLines.map((line) => ({ ...line, y: byY.get(line.y) ?? line.y }));
  return { ...layout, height: layout.height - shift, lanes, cards, emotionCurves, blueprintLines };
}
