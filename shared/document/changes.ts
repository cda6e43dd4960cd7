import type {
  Asset, Card, Channel, EmotionCurve, EmotionPoint, JourneyDocument, JourneyMeta, JourneyView, Lane, MetricValue, Persona, Stage, Step,
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
}
export type TableName = keyof RecordTables;

/** One record added (before null), removed (after null) or updated. */
export type RecordChange = {
  [T in TableName]: { table: T; before: RecordTables[T] | null; after: RecordTables[T] | null };
}[TableName];

export type MetaChange = { table: 'journey'; before: JourneyMeta; after: JourneyMeta };

export type Change = RecordChange | MetaChange;

/** A named, undoable unit of document change: what one gesture did. */
export interface Transaction {
  readonly name: string;
  readonly changes: readonly Change[];
}

function applyRecordChange<T extends TableName>(
  records: readonly RecordTables[T][],
  before: RecordTables[T] | null,
  after: RecordTables[T] | null,
): RecordTables[T][] {
  const id = (after ?? before)?.id;
  const index = records.findIndex((r) => r.id === id);
  if (before === null && after !== null) {
    if (index !== -1) throw new Error(`cannot add ${after.id}: it exists`);
    return [...records, after];
  }
  if (index === -1) throw new Error(`cannot change ${String(id)}: it does not exist`);
  const next = [...records];
  if (after === null) next.splice(index, 1);
  else next[index] = after;
  return next;
}

/** Applies changes in order, returning a new document; the input is not modified. */
export function applyChanges(doc: JourneyDocument, changes: readonly Change[]): JourneyDocument {
  let next = doc;
  for (const change of changes) {
    if (change.table === 'journey') {
      next = { ...next, journey: change.after };
    } else {
      const table: TableName = change.table;
      // The mapped union keeps `before`/`after` tied to `table`; TypeScript cannot follow that
      // across the dynamic key, so the table is re-widened once here.
      const records = next[table] as readonly RecordTables[TableName][];
      next = { ...next, [table]: applyRecordChange(records, change.before, change.after) };
    }
  }
  return next;
}

/** The changes that undo `changes`: each one reversed, in reverse order. */
export function invertChanges(changes: readonly Change[]): Change[] {
  return [...changes].reverse().map((c) => ({ ...c, before: c.after, after: c.before }) as Change);
}
