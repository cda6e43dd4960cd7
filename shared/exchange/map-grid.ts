import { compareOrder, sortByOrder } from '../document/order';
import type { JourneyDocument } from '../document/schema';
import { columnKey, computeColumns } from '../layout/columns';

export const formatEmotion = (value: number): string => {
  const rounded = Math.round(value * 100) / 100;
  return rounded > 0 ? `+${rounded}` : String(rounded);
};

/** A curve's row: the lane's name, and the curve's after a dash unless it is the same ("Känslor", not "Känslor — Känslor"). */
export const curveRowLabel = (laneName: string, curveName: string): string =>
  curveName.trim() === '' || curveName === laneName ? laneName : `${laneName} — ${curveName}`;

/** Cards in one grid cell are separated by a blank line (grid import splits them there). */
export const CARD_SEPARATOR = '\n\n';

/**
 * The map as a plain grid of text, as the editor shows it: a header row of columns (a stage,
 * or "stage — step"), then a row per lane (a row per curve in emotions lanes). Hidden lanes
 * are left out, as on screen.
 */
export function mapGrid(doc: JourneyDocument): string[][] {
  const { stages, columns } = computeColumns(doc);
  const stageName = new Map(stages.map((s) => [s.id, s]));
  const header = ['', ...columns.map((c) => {
    const stage = stageName.get(c.stageId);
    const step = stage?.steps.find((s) => s.id === c.stepId);
    return step ? `${stage?.name ?? ''} — ${step.name}` : (stage?.name ?? '');
  })];
  const rows: string[][] = [header];
  for (const lane of sortByOrder(doc.lanes)) {
    if (lane.hidden) continue;
    if (lane.kind === 'emotions') {
      const curves = doc.emotionCurves.filter((c) => c.laneId === lane.id);
      for (const curve of curves) {
        const points = new Map(doc.emotionPoints.filter((p) => p.curveId === curve.id).map((p) => [columnKey(p.stageId, p.stepId), p]));
        const label = curveRowLabel(lane.name, curve.name);
        rows.push([label, ...columns.map((c) => {
          const point = points.get(columnKey(c.stageId, c.stepId));
          return point ? [formatEmotion(point.value), point.label ?? ''].filter((s) => s !== '').join(' ') : '';
        })]);
      }
      if (curves.length === 0) rows.push([lane.name, ...columns.map(() => '')]);
      continue;
    }
    if (lane.kind === 'metrics') {
      const values = new Map(doc.metricValues.filter((m) => m.laneId === lane.id).map((m) => [columnKey(m.stageId, m.stepId), m.value]));
      rows.push([lane.name, ...columns.map((c) => {
        const value = values.get(columnKey(c.stageId, c.stepId));
        return value === undefined ? '' : `${value}${lane.unit ? ` ${lane.unit}` : ''}`;
      })]);
      continue;
    }
    const cells = new Map<string, string[]>();
    for (const card of [...doc.cards].filter((c) => c.laneId === lane.id).sort(compareOrder)) {
      const key = columnKey(card.stageId, card.stepId);
      cells.set(key, [...(cells.get(key) ?? []), card.text]);
    }
    rows.push([lane.name, ...columns.map((c) => (cells.get(columnKey(c.stageId, c.stepId)) ?? []).join(CARD_SEPARATOR))]);
  }
  return rows;
}
