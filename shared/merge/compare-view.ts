import type { TableName } from '../document/changes';
import type { JourneyDocument } from '../document/schema';
import type { JourneyComparison } from './compare';
import { isMove, type JourneyChange } from './diff';
import type { RECORD_TABLES } from './three-way';

/** How a record differs between the two maps compared: each kind has its colour and its shape. */
export type ChangeMark = 'added' | 'removed' | 'moved' | 'changed';
export const CHANGE_MARKS: readonly ChangeMark[] = ['added', 'removed', 'moved', 'changed'];

export const markOf = (change: JourneyChange): ChangeMark => (change.kind !== 'changed' ? change.kind : isMove(change) ? 'moved' : 'changed');

/** Where on the map a change shows: a card, a stage's column or a lane's row (none: the journey's details, a persona…). */
export type ChangeTarget = { kind: 'card' | 'stage' | 'lane'; id: string } | null;

export interface ChangeEntry {
  /** The change's place in the comparison's change list (and in its described lines). */
  index: number;
  mark: ChangeMark;
  table: TableName | 'journey';
  id: string;
  target: ChangeTarget;
}

/** What the compare screen marks, all by id; the canvas finds the boxes in its own layout. */
export interface CompareMarks {
  cards: ReadonlyMap<string, ChangeMark>;
  stages: ReadonlyMap<string, ChangeMark>;
  lanes: ReadonlyMap<string, ChangeMark>;
}

/** The id a moved card's old place has in the overlay (its ghost); never a real record's (ids have no "~"). */
export const ghostIdOf = (cardId: string): string => `${cardId}~before`;

export interface CompareView {
  /** The map after, with what only the map before had put back in its place: the overlay draws this. */
  union: JourneyDocument;
  /** Each moved card's old place in the union (a copy of the card there, drawn faded): ghost id → card id. */
  ghosts: ReadonlyMap<string, string>;
  entries: ChangeEntry[];
  /** Marks on the overlay (union), on the map before and on the map after (side by side). */
  overlay: CompareMarks;
  before: CompareMarks;
  after: CompareMarks;
}

type Keyed = { id: string };

/** Where a change is seen: points and metric values at their stage, steps at theirs, cards and lanes themselves. */
function targetOf(change: JourneyChange, before: JourneyDocument, after: JourneyDocument): ChangeTarget {
  const find = <T extends Keyed>(list: readonly T[]) => list.find((r) => r.id === change.id);
  const stageOf = (record: { stageId: string } | undefined): ChangeTarget => (record ? { kind: 'stage', id: record.stageId } : null);
  switch (change.table) {
    case 'cards': return { kind: 'card', id: change.id };
    case 'stages': return { kind: 'stage', id: change.id };
    case 'lanes': return { kind: 'lane', id: change.id };
    case 'steps': return stageOf(find(after.steps) ?? find(before.steps));
    case 'emotionPoints': return stageOf(find(after.emotionPoints) ?? find(before.emotionPoints));
    case 'metricValues': return stageOf(find(after.metricValues) ?? find(before.metricValues));
    default: return null;
  }
}

/**
 * What the compare screen draws, derived from a comparison (geometry stays with the layout):
 * the union map for the overlay, the change list with where each change is, and the marks of
 * each canvas. Side by side, a removed card is marked on the map before, an added one on the
 * map after, and a moved or changed one on both.
 */
export function compareView(comparison: JourneyComparison, after: JourneyDocument): CompareView {
  const before = comparison.before;
  const union = { ...after } as Record<string, unknown>;
  for (const table of ['stages', 'steps', 'lanes', 'channels', 'cards', 'personas', 'assets'] as const satisfies readonly (typeof RECORD_TABLES)[number][]) {
    const kept = new Set((after[table] as readonly Keyed[]).map((r) => r.id));
    union[table] = [...after[table], ...(before[table] as readonly Keyed[]).filter((r) => !kept.has(r.id))];
  }
  const marks = () => ({ cards: new Map<string, ChangeMark>(), stages: new Map<string, ChangeMark>(), lanes: new Map<string, ChangeMark>() });
  const [overlay, beforeMarks, afterMarks] = [marks(), marks(), marks()];
  const entries = comparison.changes.map((change, index): ChangeEntry => {
    const mark = markOf(change);
    const target = targetOf(change, before, after);
    if (target && (change.table === 'cards' || change.table === 'stages' || change.table === 'lanes')) {
      const group = target.kind === 'card' ? 'cards' : target.kind === 'stage' ? 'stages' : 'lanes';
      overlay[group].set(target.id, mark);
      if (mark !== 'added') beforeMarks[group].set(target.id, mark);
      if (mark !== 'removed') afterMarks[group].set(target.id, mark);
    }
    return { index, mark, table: change.table, id: change.id, target };
  });
  // A moved card is also drawn where it was, faded, so the overlay shows where it came from.
  const ghosts = new Map<string, string>();
  const moved = entries.filter((e) => e.table === 'cards' && e.mark === 'moved').map((e) => e.id);
  if (moved.length > 0) {
    const was = new Map(before.cards.map((c) => [c.id, c]));
    const copies = moved.flatMap((id) => {
      const card = was.get(id);
      return card ? [{ ...card, id: ghostIdOf(id) }] : [];
    });
    for (const copy of copies) ghosts.set(copy.id, copy.id.slice(0, -'~before'.length));
    union['cards'] = [...(union['cards'] as readonly Keyed[]), ...copies];
  }
  return { union: union as unknown as JourneyDocument, ghosts, entries, overlay, before: beforeMarks, after: afterMarks };
}

export interface MetricDelta { stageId: string; laneId: string; delta: number; unit?: string }

const average = (values: readonly number[]) => (values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length);

/** Each metrics lane's change at each stage both maps have a value for (what the metrics lane's badges say). */
export function metricDeltas(comparison: JourneyComparison, after: JourneyDocument): MetricDelta[] {
  const before = comparison.before;
  const at = (doc: JourneyDocument, laneId: string, stageId: string) => average(doc.metricValues.filter((m) => m.laneId === laneId && m.stageId === stageId).map((m) => m.value));
  return after.lanes.filter((l) => l.kind === 'metrics').flatMap((lane) => after.stages.flatMap((stage) => {
    const [was, now] = [at(before, lane.id, stage.id), at(after, lane.id, stage.id)];
    return was === null || now === null || was === now ? [] : [{ stageId: stage.id, laneId: lane.id, delta: now - was, ...(lane.unit ? { unit: lane.unit } : {}) }];
  }));
}
