import Papa from 'papaparse';
import type { Cell } from '../../shared/document/commands';
import type { Card, JourneyDocument, LaneKind } from '../../shared/document/schema';
import type { JourneyLayout } from '../../shared/layout/layout';

/** Waymark's own clipboard format, so cards keep their fields between maps. */
export const CARDS_MIME = 'application/x-waymark-cards';

interface CopiedCard { row: number; col: number; fields: Omit<Card, 'id' | 'stageId' | 'stepId' | 'laneId' | 'order'> }
interface CardsPayload { format: 'waymark.cards'; version: 1; cards: CopiedCard[] }

/** Lanes that hold cards; emotion curves and metric charts take their values another way. */
const holdsCards = (kind: LaneKind) => kind !== 'emotions' && kind !== 'metrics';

function gridPosition(layout: JourneyLayout, card: { laneId: string; stageId: string; stepId?: string | undefined }) {
  return {
    row: layout.lanes.findIndex((l) => l.id === card.laneId),
    col: layout.columns.findIndex((c) => c.stageId === card.stageId && c.stepId === card.stepId),
  };
}

/**
 * The selected cards as Waymark JSON (positions relative to the top-left card) and as text
 * for other programs: one line per card from a single cell, a tab-separated grid otherwise.
 */
export function copyCards(doc: JourneyDocument, layout: JourneyLayout, ids: readonly string[]): { json: string; text: string } {
  const chosen = layout.cards.filter((c) => ids.includes(c.id));
  const positions = chosen.map((c) => gridPosition(layout, c));
  const top = Math.min(...positions.map((p) => p.row));
  const left = Math.min(...positions.map((p) => p.col));
  const byId = new Map(doc.cards.map((c) => [c.id, c]));
  const cards = chosen.flatMap((box, i) => {
    const card = byId.get(box.id);
    if (!card) return [];
    const { id: _id, stageId: _s, stepId: _st, laneId: _l, order: _o, ...fields } = card;
    return [{ row: (positions[i]?.row ?? top) - top, col: (positions[i]?.col ?? left) - left, fields }];
  });
  const payload: CardsPayload = { format: 'waymark.cards', version: 1, cards };
  const rows = Math.max(...cards.map((c) => c.row)) + 1;
  const cols = Math.max(...cards.map((c) => c.col)) + 1;
  if (rows === 1 && cols === 1) return { json: JSON.stringify(payload), text: cards.map((c) => c.fields.text).join('\n') };
  const grid = Array.from({ length: rows }, (_, r) =>
    Array.from({ length: cols }, (_, c) => cards.filter((x) => x.row === r && x.col === c).map((x) => x.fields.text).join('\n')),
  );
  return { json: JSON.stringify(payload), text: Papa.unparse(grid, { delimiter: '\t', newline: '\n' }) };
}

export interface Placement { cell: Cell; fields: Partial<Card> & { text: string } }

/** Rows go down the lanes that hold cards and columns go right, from the cursor's cell. */
function placeAt(layout: JourneyLayout, anchor: Cell, row: number, col: number): Cell | null {
  const lanes = layout.lanes.filter((l) => holdsCards(l.kind) && !l.collapsed);
  const start = gridPosition(layout, anchor);
  const startLane = Math.max(0, lanes.findIndex((l) => l.id === anchor.laneId));
  const lane = lanes[startLane + row];
  const column = layout.columns[start.col + col];
  return lane && column ? { laneId: lane.id, stageId: column.stageId, stepId: column.stepId } : null;
}

function parseCards(json: string): CardsPayload | null {
  try {
    const value = JSON.parse(json) as Partial<CardsPayload>;
    return value.format === 'waymark.cards' && Array.isArray(value.cards) ? (value as CardsPayload) : null;
  } catch {
    return null;
  }
}

/**
 * Where Waymark's own copied cards go: they keep their relative positions and fields from the
 * cursor's cell; null when the clipboard holds no Waymark cards. Cards that would fall off the
 * grid are counted as dropped (text from other programs goes through paste-grid.ts instead).
 */
export function placeCopiedCards(layout: JourneyLayout, anchor: Cell, json: string | undefined): { placements: Placement[]; dropped: number } | null {
  const cards = json ? parseCards(json) : null;
  if (!cards) return null;
  const placements = cards.cards.flatMap((c) => {
    const cell = placeAt(layout, anchor, c.row, c.col);
    return cell && typeof c.fields.text === 'string' ? [{ cell, fields: c.fields }] : [];
  });
  return { placements, dropped: cards.cards.length - placements.length };
}
