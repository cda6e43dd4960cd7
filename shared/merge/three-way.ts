import type { RecordTables, TableName } from '../document/changes';
import type { JourneyDocument } from '../document/schema';
import { repairMerged } from './repair';
import { sameRecord } from '../document/same-record';

/** Every record table, in the order a journey lists them. */
export const RECORD_TABLES = [
  'stages', 'steps', 'lanes', 'channels', 'cards', 'emotionCurves', 'emotionPoints', 'metricValues', 'personas', 'views', 'assets', 'workshops',
] as const satisfies readonly TableName[];

/**
 * What a merge could not decide alone. The merged journey holds a value for each (ours where
 * both sides changed a field; the changed record where one side deleted it), so nothing is
 * lost, and the conflict says what the other side had.
 */
export type MergeConflict = {
  /** Both sides changed the field to different values: `ours` is in the result. */
  kind: 'both-changed';
  table: TableName | 'journey';
  id: string;
  field: string;
  base: unknown;
  ours: unknown;
  theirs: unknown;
} | {
  /** One side deleted the record, the other changed it: the changed record is in the result. */
  kind: 'changed-and-deleted';
  table: TableName;
  id: string;
  deletedBy: 'ours' | 'theirs';
} | {
  /** One side deleted the record, but what the other side added needs it (a card in a deleted stage): it is back. */
  kind: 'restored';
  table: TableName;
  id: string;
  deletedBy: 'ours' | 'theirs' | 'both';
  /** The first record found that still needs it (the card that kept a stage). */
  usedBy?: { table: TableName | 'journey'; id: string };
} | {
  /** Both sides filled the same slot (a curve's point in a column): ours (`kept`) stays, theirs (`id`, `dropped`) is left out. */
  kind: 'same-slot';
  table: 'emotionPoints' | 'metricValues';
  id: string;
  kept: string;
  dropped: unknown;
} | {
  /** A record placed in a column the other side reshaped: it went to the stage's first step (null: to the stage, which has none now). */
  kind: 'placed';
  table: 'cards' | 'emotionPoints' | 'metricValues';
  id: string;
  stepId: string | null;
};

export interface MergeResult { document: JourneyDocument; conflicts: MergeConflict[] }

type Keyed = { readonly id: string };
type Fields = Readonly<Record<string, unknown>>;

/**
 * Fields that only make sense together, merged as one `place`: where a record sits (a card
 * moved to another stage on one side and to another step on the other must not end up in a
 * step of a stage it is not in).
 */
const PLACE_FIELDS: Partial<Record<TableName, readonly string[]>> = {
  cards: ['stageId', 'stepId', 'laneId', 'order'],
  steps: ['stageId', 'order'],
  emotionPoints: ['stageId', 'stepId'],
  metricValues: ['stageId', 'stepId'],
};

/** A record's fields with its place fields gathered under `place`. */
function withPlace(record: Fields | undefined, place: readonly string[] | undefined): Fields | undefined {
  if (!record || !place) return record;
  const gathered: Record<string, unknown> = { place: Object.fromEntries(place.map((f) => [f, record[f]])) };
  for (const [field, value] of Object.entries(record)) if (!place.includes(field)) gathered[field] = value;
  return gathered;
}

/** One record both sides have: field by field, a side's change wins over an unchanged field. */
function mergeFields<T extends object>(base: T | undefined, ours: T, theirs: T, at: { table: TableName | 'journey'; id: string }, conflicts: MergeConflict[]): T {
  const place = at.table === 'journey' ? undefined : PLACE_FIELDS[at.table];
  const [b, o, t] = [withPlace(base as Fields | undefined, place), withPlace(ours as Fields, place), withPlace(theirs as Fields, place)] as [Fields | undefined, Fields, Fields];
  const merged: Record<string, unknown> = {};
  for (const field of new Set([...Object.keys(o), ...Object.keys(t)])) {
    const [was, mine, other] = [b?.[field], o[field], t[field]];
    let value = mine;
    if (sameRecord(mine, was)) value = other;
    else if (!sameRecord(other, was) && !sameRecord(mine, other)) conflicts.push({ kind: 'both-changed', ...at, field, base: was, ours: mine, theirs: other });
    if (field !== 'place') {
      if (value !== undefined) merged[field] = value;
      continue;
    }
    for (const [f, v] of Object.entries(value as Fields)) if (v !== undefined) merged[f] = v;
  }
  return merged as T;
}

/** How far ahead in the base a side's next record is looked for before the map of all ids. */
const LOOKAHEAD = 8;

/**
 * Each side's records by their place in the base. Copies edited apart keep the base's order
 * (records removed, a few added or moved), so a side's record is looked for a few places
 * ahead of where its predecessor was found; only a record found nowhere near (added, moved)
 * builds the map of the base's ids, which for 10,000 cards costs about half a JSON.parse of
 * the file. Ids a side added are kept apart.
 */
class Sides<T extends Keyed> {
  private index: Map<string, number> | null = null;
  /** Each base record's counterpart on each side. */
  private readonly mine: (T | undefined)[];
  private readonly other: (T | undefined)[];
  /** The base position of each side's records, in their own order (-1: not in the base). */
  readonly oursAt: number[];
  readonly theirsAt: number[];
  private readonly addedMine = new Map<string, T>();
  private readonly addedOther = new Map<string, T>();

  constructor(private readonly base: readonly T[], ours: readonly T[], theirs: readonly T[]) {
    this.mine = new Array<T | undefined>(base.length);
    this.other = new Array<T | undefined>(base.length);
    this.oursAt = this.place(ours, this.mine, this.addedMine);
    this.theirsAt = this.place(theirs, this.other, this.addedOther);
  }

  private positionOf(id: string, from: number): number {
    const end = Math.min(from + LOOKAHEAD, this.base.length);
    for (let i = from; i < end; i += 1) if ((this.base[i] as T).id === id) return i;
    if (!this.index) {
      this.index = new Map();
      this.base.forEach((record, i) => this.index?.set(record.id, i));
    }
    return this.index.get(id) ?? -1;
  }

  private place(records: readonly T[], at: (T | undefined)[], added: Map<string, T>): number[] {
    let next = 0;
    return records.map((record) => {
      const i = this.positionOf(record.id, next);
      if (i < 0) added.set(record.id, record);
      else {
        at[i] = record;
        next = i + 1;
      }
      return i;
    });
  }

  /** The base's, ours and theirs record of the record `id` at base position `i` (-1: added). */
  at(i: number, id: string): { was: T | undefined; mine: T | undefined; other: T | undefined } {
    if (i < 0) return { was: undefined, mine: this.addedMine.get(id), other: this.addedOther.get(id) };
    return { was: this.base[i], mine: this.mine[i], other: this.other[i] };
  }
}

/** A table merged by id: additions of both kept, deletions taken unless the other side changed the record. */
function mergeTable<N extends TableName>(table: N, base: readonly RecordTables[N][], ours: readonly RecordTables[N][], theirs: readonly RecordTables[N][], conflicts: MergeConflict[]): RecordTables[N][] {
  const sides = new Sides<RecordTables[N]>(base, ours, theirs);
  const merged: RecordTables[N][] = [];
  const take = (id: string, { was, mine, other }: ReturnType<typeof sides.at>) => {
    if (mine && other) merged.push(sameRecord(mine, other) ? mine : mergeFields(was, mine, other, { table, id }, conflicts));
    else if (mine || other) {
      const kept = (mine ?? other) as RecordTables[N];
      if (was === undefined) merged.push(kept); // added on one side
      else if (!sameRecord(kept, was)) {
        merged.push(kept);
        conflicts.push({ kind: 'changed-and-deleted', table, id, deletedBy: mine ? 'theirs' : 'ours' });
      }
    }
  };
  // Ours in their order, then what only theirs holds, in theirs' order.
  ours.forEach((mine, k) => take(mine.id, sides.at(sides.oursAt[k] ?? -1, mine.id)));
  theirs.forEach((other, k) => {
    const records = sides.at(sides.theirsAt[k] ?? -1, other.id);
    if (records.mine === undefined) take(other.id, records);
  });
  return merged;
}

/**
 * Three-way merge of two copies of a journey edited apart from a common `base`, by record id
 * and field: an edit made on one side only is taken; edits of the same field on both sides
 * keep ours and are listed as conflicts; a record deleted on one side and changed on the
 * other is kept and listed. The result is then made whole again (records it still refers to,
 * one point per curve and column, order keys that do not collide) and always validates.
 */
export function mergeJourneys(base: JourneyDocument, ours: JourneyDocument, theirs: JourneyDocument): MergeResult {
  const conflicts: MergeConflict[] = [];
  const tables = Object.fromEntries(RECORD_TABLES.map((table) => [table, mergeTable(table, base[table], ours[table], theirs[table], conflicts)]));
  const merged = {
    ...ours,
    journey: sameRecord(ours.journey, theirs.journey) ? ours.journey : mergeFields(base.journey, ours.journey, theirs.journey, { table: 'journey', id: 'journey' }, conflicts),
    ...tables,
  } as JourneyDocument;
  return { document: repairMerged(merged, { base, ours, theirs }, conflicts), conflicts };
}
