import type { RecordTables, TableName } from '../document/changes';
import { compareOrder, keyBetween } from '../document/order';
import type { JourneyDocument } from '../document/schema';
import type { MergeConflict } from './three-way';

/** The record that still names one brought back. */
type RestoredUse = NonNullable<Extract<MergeConflict, { kind: 'restored' }>['usedBy']>;

interface Sides { base: JourneyDocument; ours: JourneyDocument; theirs: JourneyDocument }
type AnyRecord = RecordTables[TableName];
type Fields = Readonly<Record<string, unknown>>;
type Keyed = { id: string };

/** Which fields of which records name a record of another table (one id, or a list of ids). */
export const REFERENCES: readonly { from: TableName | 'journey'; field: string; to: TableName }[] = [
  { from: 'steps', field: 'stageId', to: 'stages' },
  { from: 'cards', field: 'stageId', to: 'stages' }, { from: 'cards', field: 'stepId', to: 'steps' }, { from: 'cards', field: 'laneId', to: 'lanes' },
  { from: 'cards', field: 'channelId', to: 'channels' }, { from: 'cards', field: 'imageId', to: 'assets' }, { from: 'cards', field: 'links', to: 'cards' },
  { from: 'emotionCurves', field: 'laneId', to: 'lanes' }, { from: 'emotionCurves', field: 'personaId', to: 'personas' },
  { from: 'emotionPoints', field: 'curveId', to: 'emotionCurves' }, { from: 'emotionPoints', field: 'stageId', to: 'stages' }, { from: 'emotionPoints', field: 'stepId', to: 'steps' },
  { from: 'metricValues', field: 'laneId', to: 'lanes' }, { from: 'metricValues', field: 'stageId', to: 'stages' }, { from: 'metricValues', field: 'stepId', to: 'steps' },
  { from: 'personas', field: 'photoId', to: 'assets' }, { from: 'journey', field: 'personaIds', to: 'personas' },
  { from: 'views', field: 'laneIds', to: 'lanes' }, { from: 'views', field: 'personaIds', to: 'personas' }, { from: 'views', field: 'channelIds', to: 'channels' },
  { from: 'views', field: 'fromStageId', to: 'stages' }, { from: 'views', field: 'toStageId', to: 'stages' },
];

/**
 * Brings back every record the merged journey still names but one side deleted (a stage
 * deleted on one side while a card was added to it on the other), from the side that kept
 * it, until nothing is missing; each is listed as `restored`.
 */
function restoreReferenced(doc: JourneyDocument, sides: Sides, conflicts: MergeConflict[]): void {
  // The ids each table holds, read when a reference to it first comes up (few cards link to
  // cards: the set of 10,000 card ids is rarely built) and kept up to date as records come back.
  const present = new Map<TableName, Set<string>>();
  const idsOf = (table: TableName) => {
    let ids = present.get(table);
    if (!ids) present.set(table, (ids = new Set((doc[table] as AnyRecord[]).map((r) => r.id))));
    return ids;
  };
  let restoredSome = true;
  /** Brings back the record `id` of `to` if the journey lacks it and a side or the base has it; `usedBy` still names it. */
  const restore = (to: TableName, id: string, usedBy: RestoredUse) => {
    const ids = idsOf(to);
    if (ids.has(id)) return;
    const [inOurs, inTheirs] = [sides.ours, sides.theirs].map((side) => (side[to] as AnyRecord[]).find((r) => r.id === id));
    const kept = inOurs ?? inTheirs ?? (sides.base[to] as AnyRecord[]).find((r) => r.id === id);
    if (!kept) return; // named by neither side nor the base: not the merge's to mend
    (doc[to] as AnyRecord[]).push(kept);
    ids.add(id);
    restoredSome = true;
    conflicts.push({ kind: 'restored', table: to, id, deletedBy: inOurs ? 'theirs' : inTheirs ? 'ours' : 'both', usedBy });
  };
  while (restoredSome) {
    restoredSome = false;
    for (const { from, field, to } of REFERENCES) {
      const records: readonly Fields[] = from === 'journey' ? [doc.journey] : (doc[from] as readonly Fields[]);
      for (const record of records) {
        // A reference field holds one id, or a list of them.
        const value = record[field];
        const usedBy = { table: from, id: from === 'journey' ? 'journey' : String(record['id']) };
        if (typeof value === 'string') restore(to, value, usedBy);
        else if (Array.isArray(value)) for (const id of value) if (typeof id === 'string') restore(to, id, usedBy);
      }
    }
  }
}

type Placed = RecordTables['cards'] | RecordTables['emotionPoints'] | RecordTables['metricValues'];

/** A record moved into a step by `placeInSteps`: the step, or null where its stage has none. */
export interface PlacedInStep { table: 'cards' | 'emotionPoints' | 'metricValues'; id: string; stepId: string | null }

/**
 * A record in a stage that now has steps goes to its first step (a step it names that is not
 * the stage's, likewise); a record naming a step in a stage without steps leaves it. Merging and
 * co-editing both mend a journey this way; `placed` hears of each record moved.
 */
export function placeInSteps(doc: JourneyDocument, placed: (record: PlacedInStep) => void): void {
  const firstStep = new Map<string, { id: string; order: string }>();
  for (const step of doc.steps) {
    const first = firstStep.get(step.stageId);
    // Equal order keys (two laptops adding a step at once) are told apart by id, so every copy picks the same step.
    const before = first ? compareOrder(step, first) || (step.id < first.id ? -1 : 1) : -1;
    if (before < 0) firstStep.set(step.stageId, step);
  }
  const stepStage = new Map(doc.steps.map((s) => [s.id, s.stageId]));
  for (const table of ['cards', 'emotionPoints', 'metricValues'] as const) {
    const records = doc[table] as Placed[];
    records.forEach((record, i) => {
      const first = firstStep.get(record.stageId);
      const fits = record.stepId === undefined ? first === undefined : stepStage.get(record.stepId) === record.stageId;
      if (fits) return;
      const { stepId: _stepId, ...rest } = record;
      records[i] = first ? { ...rest, stepId: first.id } : rest;
      placed({ table, id: record.id, stepId: first?.id ?? null });
    });
  }
}

/** One point per curve and column, one value per metrics lane and column: ours kept where both sides filled a slot. */
function oneInEachSlot(doc: JourneyDocument, sides: Sides, conflicts: MergeConflict[]): void {
  const slotKey = { emotionPoints: (p: RecordTables['emotionPoints']) => p.curveId, metricValues: (m: RecordTables['metricValues']) => m.laneId };
  for (const table of ['emotionPoints', 'metricValues'] as const) {
    const ours = new Set((sides.ours[table] as Keyed[]).map((r) => r.id));
    const records = doc[table] as (RecordTables['emotionPoints'] | RecordTables['metricValues'])[];
    const bySlot = new Map<string, (typeof records)[number]>();
    const keep = new Set<(typeof records)[number]>();
    for (const record of [...records].sort((a, b) => Number(ours.has(b.id)) - Number(ours.has(a.id)))) {
      const owner = 'curveId' in record ? slotKey.emotionPoints(record) : slotKey.metricValues(record);
      const slot = `${owner}/${record.stageId}/${record.stepId ?? ''}`;
      const held = bySlot.get(slot);
      if (held) {
        conflicts.push({ kind: 'same-slot', table, id: record.id, kept: held.id, dropped: record });
        continue;
      }
      bySlot.set(slot, record);
      keep.add(record);
    }
    if (keep.size < records.length) (doc as { [K in typeof table]: typeof records })[table] = records.filter((r) => keep.has(r));
  }
}

type Ordered = Keyed & { order: string };

/** The groups whose members share an order: a stage's steps, a cell's cards, and the lists (grouped by these fields). */
const ORDER_GROUPS: readonly { table: 'stages' | 'steps' | 'lanes' | 'channels' | 'cards' | 'views'; by: readonly string[] }[] = [
  { table: 'stages', by: [] }, { table: 'lanes', by: [] }, { table: 'channels', by: [] }, { table: 'views', by: [] },
  { table: 'steps', by: ['stageId'] },
  { table: 'cards', by: ['stageId', 'stepId', 'laneId'] },
];

/** A group's members, and whether their order keys rise strictly in list order (then none tie). */
interface Group { indexes: number[]; last: string; rising: boolean }
type GroupTree = Map<string, GroupTree | Group>;

/**
 * The records' indexes grouped by the values of `by`, through a map per field (no key strings
 * built for 10,000 cards).
 */
function groupsOf(records: readonly Ordered[], by: readonly string[]): Group[] {
  const tree: GroupTree = new Map();
  const groups: Group[] = [];
  records.forEach((record, i) => {
    let node = tree;
    let group: Group | undefined;
    for (let level = 0; level <= by.length; level += 1) {
      const field = by[level];
      const key = field === undefined ? '' : String((record as unknown as Fields)[field] ?? '');
      let next = node.get(key);
      if (next === undefined) {
        next = field === undefined ? { indexes: [], last: '', rising: true } : new Map();
        if (field === undefined) groups.push(next as Group);
        node.set(key, next);
      }
      if (next instanceof Map) node = next;
      else group = next;
    }
    if (!group) return;
    if (group.indexes.length > 0 && record.order <= group.last) group.rising = false;
    group.indexes.push(i);
    group.last = record.order;
  });
  return groups;
}

/** Whether some members of a group share an order key (the common case: none do). */
function hasTie(records: readonly Ordered[], group: Group): boolean {
  if (group.rising) return false;
  const orders = new Set<string>();
  for (const i of group.indexes) {
    const order = (records[i] as Ordered).order;
    if (orders.has(order)) return true;
    orders.add(order);
  }
  return false;
}

/**
 * Records placed in the same spot on both sides get the same order key; the merge gives the
 * later one (by id, so every merge decides alike) a key of its own between its neighbours.
 * Keys that already tied within one side are left as that side had them.
 */
function separateOrderKeys(doc: JourneyDocument, sides: Sides): void {
  for (const { table, by } of ORDER_GROUPS) {
    const records = doc[table] as Ordered[];
    let sideOrder: Map<string, string>[] | null = null;
    const tiedOnOneSide = (a: Ordered, b: Ordered) => {
      sideOrder ??= [sides.ours, sides.theirs].map((side) => new Map((side[table] as Ordered[]).map((r) => [r.id, r.order])));
      return sideOrder.some((orders) => orders.get(a.id) === a.order && orders.get(b.id) === b.order);
    };
    for (const group of groupsOf(records, by)) {
      if (!hasTie(records, group)) continue;
      const sorted = group.indexes.map((i) => records[i] as Ordered).sort((a, b) => compareOrder(a, b) || (a.id < b.id ? -1 : 1));
      for (let i = 1; i < sorted.length; i += 1) {
        const [before, record] = [sorted[i - 1] as Ordered, sorted[i] as Ordered];
        if (record.order !== before.order || tiedOnOneSide(before, record)) continue;
        const next = sorted.slice(i + 1).find((r) => r.order > record.order);
        const moved = { ...record, order: keyBetween(before.order, next?.order ?? null) };
        sorted[i] = moved;
        records[records.findIndex((r) => r.id === record.id)] = moved;
      }
    }
  }
}

/**
 * Makes a merged journey whole: records it still names are restored, records in a stage that
 * gained steps are placed in one, each slot holds one value, and order keys do not collide.
 * Works on (and returns) `doc`, whose tables the merge has just built.
 */
export function repairMerged(doc: JourneyDocument, sides: Sides, conflicts: MergeConflict[]): JourneyDocument {
  restoreReferenced(doc, sides, conflicts);
  placeInSteps(doc, (record) => conflicts.push({ kind: 'placed', ...record }));
  oneInEachSlot(doc, sides, conflicts);
  separateOrderKeys(doc, sides);
  return doc;
}
