import { compareOrder, sortByOrder } from '../document/order';
import { EMOTION_MAX, EMOTION_MIN } from '../document/limits';
import type { Card, JourneyDocument, LaneKind } from '../document/schema';
import { columnKey, computeColumns, type ColumnBox, type StageBox } from './columns';
import { cardTextWidth, METRICS, type LineCounter } from './metrics';

export type { ColumnBox, StageBox, StepBox } from './columns';

export interface LaneBox { id: string; kind: LaneKind; name: string; y: number; height: number; collapsed: boolean }
export interface CardBox {
  id: string; stageId: string; stepId: string | undefined; laneId: string; text: string; colour: string | undefined;
  x: number; y: number; width: number; height: number; imageHeight: number;
}
export interface EmotionPointBox { stageId: string; stepId: string | undefined; value: number; label: string | undefined; x: number; y: number }
export interface EmotionCurveBox { curveId: string; laneId: string; name: string; style: 'solid' | 'dashed' | 'dotted'; colour: string; points: EmotionPointBox[] }
export interface MetricBarBox { stageId: string; stepId: string | undefined; value: number; x: number; width: number }
export interface MetricLaneBox { laneId: string; unit: string | undefined; bars: MetricBarBox[] }
/** Service blueprint lines drawn across the grid between two lanes. */
export interface BlueprintLine { kind: 'interaction' | 'visibility' | 'internalInteraction'; y: number }

export interface JourneyLayout {
  width: number;
  height: number;
  /** The y where lanes begin, below the stage (and step) headers. */
  top: number;
  stages: StageBox[];
  columns: ColumnBox[];
  lanes: LaneBox[];
  cards: CardBox[];
  emotionCurves: EmotionCurveBox[];
  metricLanes: MetricLaneBox[];
  blueprintLines: BlueprintLine[];
}

/** The y of an emotion value inside its lane: +2 at the top, -2 at the bottom. */
export function emotionY(lane: { y: number; height: number }, value: number): number {
  const top = lane.y + METRICS.emotionPadding;
  const span = lane.height - 2 * METRICS.emotionPadding;
  return top + ((EMOTION_MAX - value) / (EMOTION_MAX - EMOTION_MIN)) * span;
}

/** The emotion value at a y inside an emotion lane (inverse of emotionY), clamped to the scale. */
export function emotionValueAt(lane: { y: number; height: number }, y: number): number {
  const span = lane.height - 2 * METRICS.emotionPadding;
  const value = EMOTION_MAX - ((y - lane.y - METRICS.emotionPadding) / span) * (EMOTION_MAX - EMOTION_MIN);
  return Math.min(EMOTION_MAX, Math.max(EMOTION_MIN, value));
}

const CUSTOMER_SIDE: ReadonlySet<LaneKind> = new Set(['actions', 'touchpoints', 'channels', 'emotions', 'thoughts', 'painPoints', 'storyboard']);

function blueprintLine(above: LaneKind, below: LaneKind): BlueprintLine['kind'] | null {
  if (below === 'frontstage' && CUSTOMER_SIDE.has(above)) return 'interaction';
  if (above === 'frontstage' && below === 'backstage') return 'visibility';
  if (above === 'backstage' && below === 'support') return 'internalInteraction';
  return null;
}

function fixedLaneHeight(kind: LaneKind): number | null {
  if (kind === 'emotions') return METRICS.emotionLaneHeight;
  if (kind === 'metrics') return METRICS.metricLaneHeight;
  return null;
}

/**
 * A first layout for a big map, exact where the window can show it: lanes that start below
 * `y` count their cards' lines with `countLines` (a cheap estimate) instead. Nothing above `y`
 * moves when the exact layout replaces it.
 */
export interface EstimateBelow { y: number; countLines: LineCounter }

/**
 * Where everything is drawn, derived from the document alone (geometry is never stored).
 * `countLines` is injected so the renderer can measure real glyphs and node can estimate.
 */
export function computeLayout(doc: JourneyDocument, countLines: LineCounter, estimateBelow?: EstimateBelow): JourneyLayout {
  const { stages, columns, top, right } = computeColumns(doc);
  const cells = new Map<string, Card[]>();
  for (const card of doc.cards) {
    const key = `${card.laneId}\u0000${columnKey(card.stageId, card.stepId)}`;
    const list = cells.get(key);
    if (list) list.push(card);
    else cells.set(key, [card]);
  }

  const lanes: LaneBox[] = [];
  const cards: CardBox[] = [];
  let y = top;
  for (const lane of sortByOrder(doc.lanes)) {
    if (lane.hidden) continue;
    const collapsed = lane.collapsed === true;
    const linesOf = estimateBelow && y >= estimateBelow.y ? estimateBelow.countLines : countLines;
    let laneHeight: number = collapsed ? METRICS.collapsedLaneHeight : (fixedLaneHeight(lane.kind) ?? METRICS.laneMinHeight);
    if (!collapsed) {
      for (const column of columns) {
        const inCell = (cells.get(`${lane.id}\u0000${columnKey(column.stageId, column.stepId)}`) ?? []).sort(compareOrder);
        const cardWidth = column.width - 2 * METRICS.cellPadding;
        let cardY = y + METRICS.cellPadding;
        for (const card of inCell) {
          const imageHeight = card.imageId ? Math.round((cardWidth * 9) / 16) : 0;
          const lines = card.text === '' && imageHeight > 0 ? 0 : linesOf(card.text, cardTextWidth(cardWidth));
          const height = Math.max(METRICS.cardMinHeight, 2 * METRICS.cardPaddingY + lines * METRICS.lineHeight + imageHeight);
          cards.push({
            id: card.id, stageId: card.stageId, stepId: card.stepId, laneId: card.laneId, text: card.text, colour: card.colour,
            x: column.x + METRICS.cellPadding, y: cardY, width: cardWidth, height, imageHeight,
          });
          cardY += height + METRICS.cardGap;
        }
        // An occupied cell keeps room below its last card for the next one.
        const used = cardY - y - METRICS.cardGap + METRICS.cellPadding;
        laneHeight = Math.max(laneHeight, inCell.length > 0 ? used + METRICS.cardMinHeight : used);
      }
    }
    lanes.push({ id: lane.id, kind: lane.kind, name: lane.name, y, height: laneHeight, collapsed });
    y += laneHeight;
  }

  const laneById = new Map(lanes.map((l) => [l.id, l]));
  const columnX = new Map(columns.map((c) => [columnKey(c.stageId, c.stepId), c]));
  const emotionCurves: EmotionCurveBox[] = doc.emotionCurves.flatMap((curve) => {
    const lane = laneById.get(curve.laneId);
    if (!lane || lane.collapsed) return [];
    const byColumn = new Map(doc.emotionPoints.filter((p) => p.curveId === curve.id).map((p) => [columnKey(p.stageId, p.stepId), p]));
    const points = columns.flatMap((column) => {
      const point = byColumn.get(columnKey(column.stageId, column.stepId));
      if (!point) return [];
      return [{ stageId: column.stageId, stepId: column.stepId, value: point.value, label: point.label, x: column.x + column.width / 2, y: emotionY(lane, point.value) }];
    });
    return [{ curveId: curve.id, laneId: lane.id, name: curve.name, style: curve.style, colour: curve.colour, points }];
  });

  const metricLanes: MetricLaneBox[] = lanes
    .filter((lane) => lane.kind === 'metrics' && !lane.collapsed)
    .map((lane) => ({
      laneId: lane.id,
      unit: doc.lanes.find((l) => l.id === lane.id)?.unit,
      bars: doc.metricValues
        .filter((m) => m.laneId === lane.id)
        .flatMap((m) => {
          const column = columnX.get(columnKey(m.stageId, m.stepId));
          return column ? [{ stageId: m.stageId, stepId: m.stepId, value: m.value, x: column.x, width: column.width }] : [];
        }),
    }));

  const blueprintLines: BlueprintLine[] = lanes.flatMap((lane, i) => {
    const above = lanes[i - 1];
    const kind = above ? blueprintLine(above.kind, lane.kind) : null;
    return kind ? [{ kind, y: lane.y }] : [];
  });

  return { width: right, height: y, top, stages, columns, lanes, cards, emotionCurves, metricLanes, blueprintLines };
}
