import { sameColumn } from '../../shared/document/commands';
import type { JourneyLayout } from '../../shared/layout/layout';
import { METRICS } from '../../shared/layout/metrics';
import type { Editing } from '../editor/selection';
import { toScreen, type Viewport } from '../editor/viewport';
import { cardsInCell } from '../editor/navigation';

export interface EditingBox { left: number; top: number; width: number; minHeight: number; text: string; multiline: boolean; fontSize: number }

/** Where the text field for an edit goes on screen (at 100%; the field scales itself). */
export function editingBox(layout: JourneyLayout, v: Viewport, editing: Editing): EditingBox | null {
  if (!editing) return null;
  const at = (x: number, y: number) => toScreen(v, { x, y });
  switch (editing.kind) {
    case 'card': {
      const card = layout.cards.find((c) => c.id === editing.id);
      if (!card) return null;
      const p = at(card.x, card.y + card.imageHeight);
      return { left: p.x, top: p.y, width: card.width, minHeight: card.height - card.imageHeight, text: card.text, multiline: true, fontSize: METRICS.fontSize };
    }
    case 'newCard': {
      const column = layout.columns.find((c) => sameColumn(c, editing.cell));
      const lane = layout.lanes.find((l) => l.id === editing.cell.laneId);
      if (!column || !lane) return null;
      const last = cardsInCell(layout, editing.cell).at(-1);
      const p = at(column.x + METRICS.cellPadding, last ? last.y + last.height + METRICS.cardGap : lane.y + METRICS.cellPadding);
      return { left: p.x, top: p.y, width: column.width - 2 * METRICS.cellPadding, minHeight: METRICS.cardMinHeight, text: '', multiline: true, fontSize: METRICS.fontSize };
    }
    case 'stageName': {
      const stage = layout.stages.find((s) => s.id === editing.id);
      if (!stage) return null;
      return { left: (stage.x - v.x) * v.zoom, top: 6 * v.zoom, width: stage.width, minHeight: METRICS.stageHeaderHeight - 12, text: stage.name, multiline: false, fontSize: 17 };
    }
    case 'stepName': {
      const step = layout.stages.flatMap((s) => s.steps).find((s) => s.id === editing.id);
      if (!step) return null;
      return { left: (step.x - v.x) * v.zoom, top: METRICS.stageHeaderHeight * v.zoom, width: step.width, minHeight: METRICS.stepHeaderHeight, text: step.name, multiline: false, fontSize: 14 };
    }
    case 'laneName': {
      const lane = layout.lanes.find((l) => l.id === editing.id);
      if (!lane) return null;
      return { left: 0, top: (lane.y - v.y) * v.zoom, width: METRICS.laneHeaderWidth, minHeight: 40, text: lane.name, multiline: false, fontSize: 16 };
    }
  }
}
