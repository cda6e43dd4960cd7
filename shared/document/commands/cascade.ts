import type { Change } from '../changes';
import { recordChange } from './records';
import type { JourneyDocument } from '../schema';
import { removeCards } from './cards';

/**
 * Everything that hangs off removed columns or lanes: their cards (unlinked from the rest),
 * emotion points, metric values, and view references. One list, so the removal and its undo
 * are one step.
 */
export function removeDependents(
  doc: JourneyDocument,
  gone: { stageIds?: ReadonlySet<string>; stepIds?: ReadonlySet<string>; laneIds?: ReadonlySet<string>; curveIds?: ReadonlySet<string> },
): Change[] {
  const inGoneColumn = (r: { stageId: string; stepId?: string | undefined }) =>
    (gone.stageIds?.has(r.stageId) ?? false) || (r.stepId !== undefined && (gone.stepIds?.has(r.stepId) ?? false));
  const cards = doc.cards.filter((c) => inGoneColumn(c) || (gone.laneIds?.has(c.laneId) ?? false)).map((c) => c.id);
  const curves = doc.emotionCurves.filter((c) => gone.laneIds?.has(c.laneId) || gone.curveIds?.has(c.id));
  const curveIds = new Set(curves.map((c) => c.id));
  const changes: Change[] = [
    ...removeCards(doc, cards),
    ...doc.emotionPoints.filter((p) => inGoneColumn(p) || curveIds.has(p.curveId)).map((before) => ({ table: 'emotionPoints', before, after: null }) as const),
    ...curves.map((before) => ({ table: 'emotionCurves', before, after: null }) as const),
    ...doc.metricValues.filter((m) => inGoneColumn(m) || (gone.laneIds?.has(m.laneId) ?? false)).map((before) => ({ table: 'metricValues', before, after: null }) as const),
  ];
  for (const before of doc.views) {
    const after = { ...before };
    if (gone.laneIds && after.laneIds?.some((id) => gone.laneIds?.has(id))) after.laneIds = after.laneIds.filter((id) => !gone.laneIds?.has(id));
    if (gone.stageIds && after.fromStageId && gone.stageIds.has(after.fromStageId)) delete after.fromStageId;
    if (gone.stageIds && after.toStageId && gone.stageIds.has(after.toStageId)) delete after.toStageId;
    changes.push(...recordChange('views', before, after));
  }
  return changes;
}
