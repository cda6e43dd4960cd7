import Papa from 'papaparse';
import { applyChanges, type Change } from '../../shared/document/changes';
import { addLane, addStage, pasteCards, sameColumn, setEmotion, setMetricValue, updateStage, type Cell, type Column } from '../../shared/document/commands';
import { EMOTION_MAX, EMOTION_MIN, LIMITS } from '../../shared/document/limits';
import { sortByOrder } from '../../shared/document/order';
import { LANE_KINDS, type JourneyDocument, type Lane, type LaneKind } from '../../shared/document/schema';
import type { JourneyLayout } from '../../shared/layout/layout';
import { alignStages, isPlaceholderPoint, stageKey, staleCurvePoints, type StageSlot } from './paste-stages';

/** Why pasted cells did not become part of the map; the toast names each with its count. */
export type SkipReason = 'noLane' | 'notEmotion' | 'notNumber' | 'full' | 'outside' | 'noCell';

export interface PasteReport {
  cards: number;
  /** Stages and lanes the paste created. */
  stages: number;
  lanes: number;
  /** Stages the header row named that the map has (by name), and empty stages it filled in their places (taking its names). */
  matched: number;
  placed: number;
  /** Emotion points and metric values set from numbers. */
  values: number;
  /** Card texts cut to the longest a card may hold. */
  shortened: number;
  skipped: Partial<Record<SkipReason, number>>;
}

/** Names in the user's language for what a paste creates, and a lane's kind from its name. */
export interface PasteNames {
  stage: (number: number) => string;
  lane: (kind: LaneKind) => string;
  /** The kind a lane name says ("Pain points", "Smärtpunkter"), or null for any other name. */
  laneKind: (name: string) => LaneKind | null;
}

export interface PastePlan { changes: Change[]; cardIds: string[]; report: PasteReport }

const BULLET = /^[-*•–](?:\s+|$)/;
const NUMBER = /^[+-−]?\d+(?:[.,]\d+)?$/;
const toNumber = (text: string) => Number(text.trim().replace('−', '-').replace(',', '.'));
const squash = (name: string) => name.normalize('NFC').trim().toLocaleLowerCase().replace(/\s+/g, ' ');
const holdsCards = (kind: LaneKind) => kind !== 'emotions' && kind !== 'metrics';

/**
 * The items a pasted cell lists: one per line, per bullet ("- ", "• ", "* ", "– ") and per
 * "; ", in the order written; blank lines and empty items are dropped.
 */
export function cellItems(text: string): string[] {
  return text
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.trim().replace(BULLET, ''))
    .flatMap((line) => line.split(/\s*;\s+/))
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

/** Tab-separated rows as spreadsheets copy them (quoted cells may hold line breaks). */
export function parseBlock(text: string): string[][] {
  const rows = Papa.parse<string[]>(text.replace(/\r\n?/g, '\n').replace(/\n+$/, ''), { delimiter: '\t', quoteChar: '"' }).data;
  return rows.map((row) => row.map((cell) => cell.trim()));
}

/** Lane kinds from names in the current language and in English, for `PasteNames.laneKind`. */
export function laneKindMatcher(names: readonly ((kind: LaneKind) => string)[]): (name: string) => LaneKind | null {
  const byName = new Map<string, LaneKind>();
  for (const kind of LANE_KINDS) {
    byName.set(squash(kind), kind);
    for (const name of names) byName.set(squash(name(kind)), kind);
  }
  return (name) => byName.get(squash(name)) ?? null;
}

/**
 * What a block of text pasted at `anchor` does to the map, as one list of changes (one undo
 * step). A block whose first row names stages (the top-left cell empty, a stage of this map
 * named, or a first column naming lanes) puts each column in the stage it names, else in the
 * map's empty stages in order, adding the stages the map lacks (alignStages); a first column
 * naming lanes does the same for lanes. A curve that held only a template's zeros loses them
 * where the block sets its real values. Any other block
 * fills the grid from the cursor's cell and adds stages and lanes where it is bigger than the
 * grid. Every cell's items become cards; numbers in emotions and metrics lanes become values.
 * Whatever is left out is counted in the report.
 */
export function planGridPaste(doc: JourneyDocument, layout: JourneyLayout, anchor: Cell | null, text: string, names: PasteNames): PastePlan {
  const rows = parseBlock(text).filter((row) => row.some((cell) => cell !== ''));
  const report = emptyReport();
  const skip = (reason: SkipReason, count = 1) => void (report.skipped[reason] = (report.skipped[reason] ?? 0) + count);
  let current = doc;
  const changes: Change[] = [];
  const apply = (more: readonly Change[]) => {
    changes.push(...more);
    current = applyChanges(current, more);
  };

  const width = Math.max(0, ...rows.map((r) => r.length));
  const top = rows[0] ?? [];
  const firstColumnOf = (stageId: string): Column => layout.columns.find((c) => c.stageId === stageId) ?? { stageId };
  const stagesByName = new Map<string, Column>([...sortByOrder(doc.stages)].reverse().map((s) => [stageKey(s.name), firstColumnOf(s.id)]));
  const lanesByName = new Map<string, Lane>();
  for (const lane of [...sortByOrder(doc.lanes)].reverse()) if (!lane.hidden || !lanesByName.has(squash(lane.name))) lanesByName.set(squash(lane.name), lane);
  const namesLane = (name: string) => name !== '' && (lanesByName.has(squash(name)) || names.laneKind(name) !== null);

  const cornerEmpty = rows.length >= 2 && width >= 2 && (top[0] ?? '') === '' && top.some((c) => c !== '');
  const laneColumn = width >= 2 && (cornerEmpty || rows.some((r) => namesLane(r[0] ?? '')));
  const headerRow = rows.length >= 2 && (cornerEmpty || (laneColumn && !namesLane(top[0] ?? '')) || top.slice(laneColumn ? 1 : 0).some((c) => stagesByName.has(stageKey(c))));
  const firstCol = laneColumn ? 1 : 0;
  const body = headerRow ? rows.slice(1) : rows;

  // Where the cursor is: the grid fills from there when the block does not name its places.
  const cardLanes = layout.lanes.filter((l) => holdsCards(l.kind) && !l.collapsed);
  const anchorColumn = Math.max(0, anchor ? layout.columns.findIndex((c) => c.stageId === anchor.stageId && c.stepId === anchor.stepId) : 0);
  const anchorLane = Math.max(0, anchor ? cardLanes.findIndex((l) => l.id === anchor.laneId) : 0);

  // The header's stages go where the map has them by name, else into its empty stages (a
  // template's, a new map's "Stage 2") in their places, else new in between, in the block's order.
  const isEmpty = (stageId: string) => !doc.cards.some((c) => c.stageId === stageId) && !doc.steps.some((s) => s.stageId === stageId)
    && !doc.metricValues.some((m) => m.stageId === stageId) && doc.emotionPoints.every((p) => p.stageId !== stageId || isPlaceholderPoint(p));
  const headerNames = [...new Map(top.slice(firstCol).filter((n) => n !== '').map((n) => [stageKey(n), n])).values()];
  const slots = new Map<string, StageSlot>();
  if (headerRow) alignStages(sortByOrder(doc.stages), isEmpty, headerNames).forEach((slot, i) => slots.set(stageKey(headerNames[i] ?? ''), slot));

  const newStage = (name: string, beforeId: string | null = null): Column | null => {
    if (current.stages.length >= LIMITS.stages) return null;
    const { changes: added, stage } = addStage(current, name || names.stage(current.stages.length + 1), beforeId);
    apply(added);
    report.stages += 1;
    return { stageId: stage.id };
  };

  const columns: (Column | null)[] = [];
  const resolved = new Map<string, Column | null>();
  for (let c = firstCol; c < width; c += 1) {
    const filled = body.some((r) => (r[c] ?? '') !== '');
    if (headerRow) {
      const name = top[c] ?? '';
      const key = stageKey(name);
      const slot = slots.get(key);
      // A name the block repeats goes to the same stage.
      const seen = resolved.get(key);
      if (seen !== undefined) columns[c] = seen;
      else if (name === '') columns[c] = filled ? newStage('') : null;
      else if (slot?.kind === 'name') {
        report.matched += 1;
        columns[c] = stagesByName.get(key) ?? { stageId: slot.stageId };
      } else if (slot?.kind === 'place') {
        apply(updateStage(current, slot.stageId, { name: name.slice(0, LIMITS.nameLength) }));
        report.placed += 1;
        columns[c] = { stageId: slot.stageId };
      } else columns[c] = newStage(name.slice(0, LIMITS.nameLength), slot?.beforeId ?? null);
      if (name !== '') resolved.set(key, columns[c] ?? null);
    } else {
      const existing = layout.columns[anchorColumn + c - firstCol];
      columns[c] = existing ? { stageId: existing.stageId, stepId: existing.stepId } : filled ? newStage('') : null;
    }
  }

  const newLane = (kind: LaneKind, name: string): Lane | null => {
    if (current.lanes.length >= LIMITS.lanes) return null;
    const { changes: added, lane } = addLane(current, kind, name.slice(0, LIMITS.nameLength) || names.lane(kind));
    apply(added);
    report.lanes += 1;
    return lane;
  };
  const isNumbers = (row: readonly string[]) => {
    const values = row.slice(firstCol).filter((c) => c !== '');
    return values.length > 0 && values.every((v) => NUMBER.test(v) && Math.abs(toNumber(v)) <= EMOTION_MAX);
  };

  const placements: { cell: Cell; fields: { text: string } }[] = [];
  const pastedPoints = new Map<string, Set<string>>();
  let previous: Lane | null = null;
  for (const [r, row] of body.entries()) {
    let lane: Lane | null;
    if (laneColumn) {
      const name = row[0] ?? '';
      const known = lanesByName.get(squash(name));
      // An empty name continues the lane above, as a merged cell copies.
      if (name === '') lane = previous;
      else if (known) lane = known;
      else {
        lane = newLane(names.laneKind(name) ?? (isNumbers(row) ? 'emotions' : 'actions'), name);
        if (lane) lanesByName.set(squash(name), lane);
      }
    } else {
      const existing = cardLanes[anchorLane + r];
      // Rows beyond the grid's last lane get lanes of their own (only rows that hold something come here).
      lane = (existing && current.lanes.find((l) => l.id === existing.id)) ?? newLane('actions', '');
    }
    previous = lane;
    for (let c = firstCol; c < width; c += 1) {
      const value = row[c] ?? '';
      if (value === '') continue;
      const column = columns[c];
      if (!lane) {
        skip(laneColumn && (row[0] ?? '') === '' ? 'noLane' : 'full');
        continue;
      }
      if (!column) {
        skip('full');
        continue;
      }
      if (lane.kind === 'emotions') {
        const curve = current.emotionCurves.find((k) => k.laneId === lane.id);
        const number = toNumber(value);
        if (!curve || !NUMBER.test(value) || number < EMOTION_MIN || number > EMOTION_MAX) skip('notEmotion');
        else {
          apply(setEmotion(current, curve.id, column, number));
          report.values += 1;
          const point = current.emotionPoints.find((p) => p.curveId === curve.id && sameColumn(p, column));
          if (point) pastedPoints.set(curve.id, (pastedPoints.get(curve.id) ?? new Set<string>()).add(point.id));
        }
        continue;
      }
      if (lane.kind === 'metrics') {
        const more = NUMBER.test(value) ? setMetricValue(current, lane.id, column, toNumber(value)) : [];
        if (more.length === 0) skip('notNumber');
        else {
          apply(more);
          report.values += 1;
        }
        continue;
      }
      for (const item of cellItems(value)) {
        if (doc.cards.length + placements.length >= LIMITS.cards) {
          skip('full');
          continue;
        }
        if (item.length > LIMITS.cardTextLength) report.shortened += 1;
        placements.push({ cell: { laneId: lane.id, ...column }, fields: { text: item.slice(0, LIMITS.cardTextLength) } });
      }
    }
  }
  apply(staleCurvePoints(doc, current, pastedPoints));
  const { changes: cardChanges, cards } = pasteCards(current, placements);
  changes.push(...cardChanges);
  report.cards = cards.length;
  return { changes, cardIds: cards.map((c) => c.id), report };
}

export const emptyReport = (): PasteReport => ({ cards: 0, stages: 0, lanes: 0, matched: 0, placed: 0, values: 0, shortened: 0, skipped: {} });

/** Lines of text (no tabs): each item a card in the cursor's cell, or the first cell that holds cards. */
function planLines(doc: JourneyDocument, layout: JourneyLayout, anchor: Cell | null, text: string): PastePlan {
  const report = emptyReport();
  const items = cellItems(text);
  const anchorLane = anchor ? layout.lanes.find((l) => l.id === anchor.laneId) : undefined;
  const firstLane = layout.lanes.find((l) => holdsCards(l.kind) && !l.collapsed);
  const column = layout.columns[0];
  const cell: Cell | null = anchor && anchorLane && holdsCards(anchorLane.kind) ? anchor
    : !anchor && firstLane && column ? { laneId: firstLane.id, stageId: column.stageId, stepId: column.stepId } : null;
  if (!cell) {
    if (items.length > 0) report.skipped.noCell = items.length;
    return { changes: [], cardIds: [], report };
  }
  const room = Math.max(0, LIMITS.cards - doc.cards.length);
  if (items.length > room) report.skipped.full = items.length - room;
  const kept = items.slice(0, room);
  report.shortened = kept.filter((item) => item.length > LIMITS.cardTextLength).length;
  const { changes, cards } = pasteCards(doc, kept.map((item) => ({ cell, fields: { text: item.slice(0, LIMITS.cardTextLength) } })));
  report.cards = cards.length;
  return { changes, cardIds: cards.map((c) => c.id), report };
}

/** Text from other programs: a tab-separated block goes through the grid, lines into one cell. */
export function planTextPaste(doc: JourneyDocument, layout: JourneyLayout, anchor: Cell | null, text: string, names: PasteNames): PastePlan {
  return text.includes('\t') ? planGridPaste(doc, layout, anchor, text, names) : planLines(doc, layout, anchor, text);
}
