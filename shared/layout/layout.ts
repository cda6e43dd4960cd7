import { sortByOrder, compareOrder } from '../document/order';
import { EMOTION_MAX, EMOTION_MIN } from '../document/limits';
import type { Card, JourneyDocument, LaneKind } from '../document/schema';
import { METRICS, type LineCounter } from './metrics';

export interface StageBox { id: string; name: string; x: number; width: number }
export interface LaneBox { id: string; kind: LaneKind; name: string; y: number; height: number }
export interface CardBox { id: string; stageId: string; laneId: string; text: string; colour: string | undefined; x: number; y: number; width: number; height: number }
export interface EmotionPointBox { stageId: string; value: number; label: string | undefined; x: number; y: number }
export interface EmotionCurve { laneId: string; points: EmotionPointBox[] }

export interface JourneyLayout {
  width: number;
  height: number;
  stages: StageBox[];
  lanes: LaneBox[];
  cards: CardBox[];
  emotionCurves: EmotionCurve[];
}

const cellKey = (laneId: string, stageId: string) => `${laneId}\u0000${stageId}`;

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

/**
 * Where everything is drawn, derived from the document alone (geometry is never stored).
 * `countLines` is injected so the renderer can measure real glyphs and node can estimate.
 */
export function computeLayout(doc: JourneyDocument, countLines: LineCounter): JourneyLayout {
  const stages: StageBox[] = sortByOrder(doc.stages).map((stage, i) => ({
    id: stage.id,
    name: stage.name,
    x: METRICS.laneHeaderWidth + i * METRICS.stageWidth,
    width: METRICS.stageWidth,
  }));
  const stageX = new Map(stages.map((s) => [s.id, s.x]));
  const cardWidth = METRICS.stageWidth - 2 * METRICS.cellPadding;
  const textWidth = cardWidth - 2 * METRICS.cardPaddingX;

  const cells = new Map<string, Card[]>();
  for (const card of doc.cards) {
    const key = cellKey(card.laneId, card.stageId);
    const list = cells.get(key);
    if (list) list.push(card);
    else cells.set(key, [card]);
  }

  const lanes: LaneBox[] = [];
  const cards: CardBox[] = [];
  let y = METRICS.stageHeaderHeight;
  for (const lane of sortByOrder(doc.lanes)) {
    let laneHeight: number = lane.kind === 'emotions' ? METRICS.emotionLaneHeight : METRICS.laneMinHeight;
    for (const stage of stages) {
      const inCell = (cells.get(cellKey(lane.id, stage.id)) ?? []).sort(compareOrder);
      let cardY = y + METRICS.cellPadding;
      for (const card of inCell) {
        const lines = countLines(card.text, textWidth);
        const height = Math.max(METRICS.cardMinHeight, 2 * METRICS.cardPaddingY + lines * METRICS.lineHeight);
        cards.push({
          id: card.id, stageId: card.stageId, laneId: card.laneId, text: card.text, colour: card.colour,
          x: stage.x + METRICS.cellPadding, y: cardY, width: cardWidth, height,
        });
        cardY += height + METRICS.cardGap;
      }
      const used = cardY - y - METRICS.cardGap + METRICS.cellPadding;
      // An occupied cell keeps room below its last card for the next one.
      laneHeight = Math.max(laneHeight, inCell.length > 0 ? used + METRICS.cardMinHeight : used);
    }
    lanes.push({ id: lane.id, kind: lane.kind, name: lane.name, y, height: laneHeight });
    y += laneHeight;
  }

  const emotionCurves: EmotionCurve[] = lanes
    .filter((lane) => lane.kind === 'emotions')
    .map((lane) => {
      const byStage = new Map(doc.emotionPoints.filter((p) => p.laneId === lane.id).map((p) => [p.stageId, p]));
      const points = stages.flatMap((stage) => {
        const point = byStage.get(stage.id);
        if (!point) return [];
        return [{ stageId: stage.id, value: point.value, label: point.label, x: (stageX.get(stage.id) ?? 0) + stage.width / 2, y: emotionY(lane, point.value) }];
      });
      return { laneId: lane.id, points };
    });

  const width = METRICS.laneHeaderWidth + stages.length * METRICS.stageWidth;
  return { width, height: y, stages, lanes, cards, emotionCurves };
}
