import type { JourneyDocument } from '../document/schema';
import { columnKey } from './columns';
import { emotionY, type EmotionCurveBox, type JourneyLayout } from './layout';

/**
 * One map's emotion curves drawn on another map's layout (the compare screen draws the curves
 * of the map before, dashed, over the map after): points go to the columns and lanes of the
 * same ids, and a point whose column or lane the layout lacks is left out.
 */
export function curvesOn(doc: JourneyDocument, layout: JourneyLayout): EmotionCurveBox[] {
  const lanes = new Map(layout.lanes.map((l) => [l.id, l]));
  return doc.emotionCurves.flatMap((curve) => {
    const lane = lanes.get(curve.laneId);
    if (!lane || lane.collapsed) return [];
    const byColumn = new Map(doc.emotionPoints.filter((p) => p.curveId === curve.id).map((p) => [columnKey(p.stageId, p.stepId), p]));
    const points = layout.columns.flatMap((column) => {
      const point = byColumn.get(columnKey(column.stageId, column.stepId));
      return point ? [{ stageId: column.stageId, stepId: column.stepId, value: point.value, label: point.label, x: column.x + column.width / 2, y: emotionY(lane, point.value) }] : [];
    });
    return [{ curveId: curve.id, laneId: lane.id, name: curve.name, style: 'dashed' as const, colour: curve.colour, points }];
  });
}
