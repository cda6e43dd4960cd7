import type * as Y from 'yjs';
import { YKeyValue } from 'y-utility/y-keyvalue';
import type { RecordTables, TableName } from '../document/changes';
import { RECORD_TABLES } from '../merge/three-way';

/**
 * How a journey lives in a Y.Doc while laptops edit it together.
 *
 * Each record table is a YKeyValue (a Y.Array of `{ key, val }`; unlike a Y.Map it keeps no
 * overwritten values) with, per record:
 * - `<id>`: its head, `{}` while it exists and `{ deleted: true }` once removed. A removed
 *   record keeps its fields, so a record another laptop still names (a card added to a stage
 *   deleted meanwhile) can be brought back exactly;
 * - `<id>.<group>`: a group of its fields. Fields merge one group at a time, so two people
 *   changing different fields of one card both keep their change; fields that only make sense
 *   together (a card's stage, step, lane and order) are one group, so they move as one.
 * The journey's own fields (title, goal…) are a YKeyValue of their own, one key per field.
 */

export type Head = { readonly deleted?: true };
export type GroupValue = Readonly<Record<string, unknown>>;
export type Entry = Head | GroupValue;
export type Table = YKeyValue<Entry>;


/** Fields that change together: where a record sits. Every other field is a group of its own. */
const GROUPS: { readonly [T in TableName]?: Readonly<Record<string, readonly (keyof RecordTables[T] & string)[]>> } = {
  cards: { place: ['stageId', 'stepId', 'laneId', 'order'] },
  steps: { place: ['stageId', 'order'] },
  emotionPoints: { slot: ['curveId', 'stageId', 'stepId'] },
  metricValues: { slot: ['laneId', 'stageId', 'stepId'] },
};

/** The group a field belongs to. */
export function groupOf(table: TableName, field: string): string {
  const groups = GROUPS[table];
  if (groups) for (const [name, fields] of Object.entries(groups)) if ((fields as readonly string[]).includes(field)) return name;
  return field;
}

/** The fields of a group, as they stand in `record` (absent optional fields left out). */
export function groupValue(table: TableName, group: string, record: Readonly<Record<string, unknown>>): GroupValue {
  const fields = (GROUPS[table]?.[group] as readonly string[] | undefined) ?? [group];
  const value: Record<string, unknown> = {};
  for (const field of fields) if (record[field] !== undefined) value[field] = record[field];
  return value;
}

/** The groups a record's fields fall in (its id aside). */
export function groupsOf(table: TableName, record: Readonly<Record<string, unknown>>): Set<string> {
  const groups = new Set<string>();
  for (const field of Object.keys(record)) if (field !== 'id') groups.add(groupOf(table, field));
  return groups;
}

export const headKey = (id: string): string => id;
export const groupKey = (id: string, group: string): string => `${id}.${group}`;

/** `<id>` or `<id>.<group>`; ids never hold a dot (idSchema). */
export function parseKey(key: string): { id: string; group: string | null } {
  const dot = key.indexOf('.');
  return dot === -1 ? { id: key, group: null } : { id: key.slice(0, dot), group: key.slice(dot + 1) };
}

/** The shared types of one co-edited journey; made once per Y.Doc. */
export interface JourneyY {
  readonly doc: Y.Doc;
  readonly tables: { readonly [T in TableName]: Table };
  readonly meta: YKeyValue<unknown>;
}

const bound = new WeakMap<Y.Doc, JourneyY>();

export function journeyY(doc: Y.Doc): JourneyY {
  const known = bound.get(doc);
  if (known) return known;
  const tables = Object.fromEntries(RECORD_TABLES.map((name) => [name, new YKeyValue<Entry>(doc.getArray(`table:${name}`))])) as unknown as JourneyY['tables'];
  const made: JourneyY = { doc, tables, meta: new YKeyValue<unknown>(doc.getArray('journey')) };
  bound.set(doc, made);
  return made;
}
