import type {
  Asset, Card, Channel, EmotionCurve, EmotionPoint, JourneyDocument, JourneyMeta, JourneyView, Lane, MetricValue, Persona, Stage, Step, WorkshopResult,
} from './schema';

/** The record tables of a journey; each record has a stable id. */
export interface RecordTables {
  stages: Stage;
  steps: Step;
  lanes: Lane;
  channels: Channel;
  cards: Card;
  emotionCurves: EmotionCurve;
  emotionPoints: EmotionPoint;
  metricValues: MetricValue;
  personas: Persona;
  views: JourneyView;
  assets: Asset;
  workshops: WorkshopResult;
}
export type TableName = keyof RecordTables;

/**
 * One record added (before null), removed (after null) or updated. `index` is where a
 * removed record stood, so that undoing the removal puts it back in the same place.
 */
export type RecordChange = {
  [T in TableName]: { table: T; before: RecordTables[T] | null; after: RecordTables[T] | null; index?: number };
}[TableName];

export type MetaChange = { table: 'journey'; before: JourneyMeta; after: JourneyMeta };

export type Change = RecordChange | MetaChange;

/**
 * Who made a transaction. `user`: a gesture in this window. `library`: the workspace's
 * persona library pulled in. `merge`: another copy of the map merged in (Versions, a
 * conflicts file). `workshop`: a participant's note accepted or merged. `remote`: a
 * co-editor's change arriving through sync (issue 28): applied as it is, never recorded in
 * this window's history and never sent back where it came from.
 */
export type TransactionOrigin = 'user' | 'library' | 'merge' | 'workshop' | 'remote';
export const TRANSACTION_ORIGINS: readonly TransactionOrigin[] = ['user', 'library', 'merge', 'workshop', 'remote'];

/** What applied a change to the document now: a transaction done for the first time (its origin), or history. */
export type ChangeOrigin = TransactionOrigin | 'undo' | 'redo';

/** A named, undoable unit of document change: what one gesture (or one arrival from elsewhere) did. */
export interface Transaction {
  readonly name: string;
  readonly origin: TransactionOrigin;
  readonly changes: readonly Change[];
}

/**
 * One change of the document as listeners see it: the transaction it belongs to, what applied
 * it (`origin`: the transaction's own, or `undo`/`redo`), and the record changes as applied
 * (for an undo, the transaction's changes reversed). Listeners decide from these, never from
 * the transaction's name.
 */
export interface AppliedChange {
  readonly transaction: Transaction;
  readonly origin: ChangeOrigin;
  readonly changes: readonly Change[];
}

type AnyRecord = RecordTables[TableName];

/** Applies one record change; returns the new table and, for a removal, where the record stood. */
function applyRecordChange(records: readonly AnyRecord[], change: RecordChange): { records: AnyRecord[]; removedAt?: number } {
  const { before, after } = change;
  const id = (after ?? before)?.id;
  const index = records.findIndex((r) => r.id === id);
  if (before === null && after !== null) {
    if (index !== -1) throw new Error(`cannot add ${after.id}: it exists`);
    const next = [...records];
    next.splice(change.index === undefined ? next.length : Math.min(change.index, next.length), 0, after);
    return { records: next };
  }
  if (index === -1) throw new Error(`cannot change ${String(id)}: it does not exist`);
  const next = [...records];
  if (after === null) {
    next.splice(index, 1);
    return { records: next, removedAt: index };
  }
  next[index] = after;
  return { records: next };
}

/**
 * Applies changes in order; the input is not modified. Also returns the changes with each
 * removal's position recorded, which is what history keeps so undo restores exactly.
 */
export function applyAndRecord(doc: JourneyDocument, changes: readonly Change[]): { document: JourneyDocument; changes: Change[] } {
  let next = doc;
  const recorded: Change[] = [];
  for (const change of changes) {
    if (change.table === 'journey') {
      next = { ...next, journey: change.after };
      recorded.push(change);
    } else {
      // The mapped union keeps `before`/`after` tied to `table`; TypeScript cannot follow that
      // across the dynamic key, so the table is re-widened once here.
      const records = next[change.table] as readonly AnyRecord[];
      const applied = applyRecordChange(records, change);
      next = { ...next, [change.table]: applied.records };
      recorded.push(applied.removedAt === undefined ? change : { ...change, index: applied.removedAt });
    }
  }
  return { document: next, changes: recorded };
}

export const applyChanges = (doc: JourneyDocument, changes: readonly Change[]): JourneyDocument => applyAndRecord(doc, changes).document;

/** The changes that undo `changes`: each one reversed, in reverse order (a removal's index goes with it). */
export function invertChanges(changes: readonly Change[]): Change[] {
  return [...changes].reverse().map((c) => ({ ...c, before: c.after, after: c.before }) as Change);
}
