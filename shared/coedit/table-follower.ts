import type * as Y from 'yjs';
import type { RecordTables, TableName } from '../document/changes';
import { parseKey, type GroupValue, type Head, type JourneyY } from './y-layout';

type AnyRecord = RecordTables[TableName];
export interface Group { readonly key: string; readonly val: GroupValue }
/** One record's entries: its head and its groups, sorted by key (the same on every laptop, whatever the array's order). */
export interface Gathered { head: Head | null; groups: Group[] }
/** A record as the shared state holds it: its head and group values (by identity, for the cache). */
export interface Parts { deleted: boolean; record: AnyRecord | null; groups: readonly Group[] }
/** One table's records as last derived, kept until the table changes. */
export interface TableResult { live: AnyRecord[]; tombstones: Map<string, AnyRecord>; invalid: string[] }

const byKey = (a: Group, b: Group) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

/**
 * One table of the shared state, followed as it changes: which records a transaction touched,
 * and whether any head moved (a record added, removed or restored), which changes the order.
 */
export class TableFollower {
  /** Record ids with a head, in the shared array's order (the same on every laptop). */
  private order: string[] | null = null;
  private readonly gathered = new Map<string, Gathered>();
  private readonly touched = new Map<string, Set<string>>();
  private result: TableResult | null = null;

  constructor(private readonly table: TableName, private readonly kv: JourneyY['tables'][TableName]) {
    kv.yarray.observe((event) => {
      const note = (items: Iterable<Y.Item>) => {
        for (const item of items) {
          for (const entry of item.content.getContent() as { key: string }[]) {
            const { id, group } = parseKey(entry.key);
            if (group === null) this.order = null;
            let keys = this.touched.get(id);
            if (!keys) this.touched.set(id, (keys = new Set()));
            keys.add(entry.key);
          }
        }
      };
      note(event.changes.added);
      note(event.changes.deleted);
      this.result = null;
    });
  }

  /**
   * Brings the gathered records up to the shared array: everything again after a head moved,
   * else only the touched records. Says what changed: `touched` is null when a head moved.
   */
  sync(): { touched: ReadonlyMap<string, ReadonlySet<string>> | null } {
    const structural = this.order === null;
    if (structural) this.gatherAll();
    else for (const [id, keys] of this.touched) this.regather(id, keys);
    const touched = new Map(this.touched);
    this.touched.clear();
    return { touched: structural ? null : touched };
  }

  /** Every record as the shared array now holds it (call sync first). */
  records(parts: (table: TableName, id: string, gathered: Gathered) => Parts): TableResult {
    if (this.result) return this.result;
    const result: TableResult = { live: [], tombstones: new Map(), invalid: [] };
    for (const id of this.order as string[]) {
      const { deleted, record } = parts(this.table, id, this.gathered.get(id) as Gathered);
      if (record === null) {
        if (!deleted) result.invalid.push(id);
      } else if (deleted) result.tombstones.set(id, record);
      else result.live.push(record);
    }
    this.result = result;
    return result;
  }

  /** The record `id` as now gathered (call sync first). */
  gatheredOf(id: string): Gathered | undefined {
    return this.gathered.get(id);
  }

  private gatherAll(): void {
    const entries = this.kv.yarray.toArray();
    const order: string[] = [];
    this.gathered.clear();
    for (const { key, val } of entries) {
      if (parseKey(key).group !== null) continue;
      order.push(key);
      this.gathered.set(key, { head: val as Head, groups: [] });
    }
    for (const { key, val } of entries) {
      const { id, group } = parseKey(key);
      if (group !== null) this.gathered.get(id)?.groups.push({ key, val: val as GroupValue });
    }
    for (const gathered of this.gathered.values()) gathered.groups.sort(byKey);
    this.order = order;
  }

  /** No head moved: the record's groups are read again from the table, its known keys and the touched ones. */
  private regather(id: string, touchedKeys: ReadonlySet<string>): void {
    const known = this.gathered.get(id);
    if (!known) return; // no head: not a record (the next head that comes gathers everything)
    const keys = new Set([...known.groups.map((group) => group.key), ...touchedKeys]);
    const groups: Group[] = [];
    for (const key of keys) if (parseKey(key).group !== null && this.kv.map.has(key)) groups.push({ key, val: this.kv.get(key) as GroupValue });
    this.gathered.set(id, { head: (this.kv.get(id) as Head | undefined) ?? known.head, groups: groups.sort(byKey) });
  }
}
