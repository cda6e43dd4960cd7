import type { Change, RecordTables, TableName } from '../changes';
import { sameRecord } from '../same-record';

/**
 * A record with `patch` applied, where `undefined` or an empty text clears an optional field:
 * the schema is strict about undefined, and an empty optional text is only noise in the file.
 * Fields in `required` keep whatever the patch gives them, empty text included.
 */
export function patchRecord<T extends object>(before: T, patch: Partial<T>, required: readonly (keyof T & string)[] = []): T {
  const kept = Object.entries({ ...before, ...patch }).filter(([key, value]) => {
    if (required.includes(key as keyof T & string)) return value !== undefined;
    return value !== undefined && value !== '' && !(Array.isArray(value) && value.length === 0);
  });
  return Object.fromEntries(kept) as T;
}

/** The change from `before` to `after`, or none when they are the same. */
export function recordChange<T extends TableName>(table: T, before: RecordTables[T], after: RecordTables[T]): Change[] {
  if (sameRecord(before, after)) return [];
  return [{ table, before, after } as Change];
}

/** Removes `id` from a record's list of ids, and the list itself when nothing is left. */
export function withoutId<T extends object, K extends keyof T & string>(record: T, key: K, id: string): T {
  const list = record[key];
  if (!Array.isArray(list) || !list.includes(id)) return record;
  const rest = (list as string[]).filter((x) => x !== id);
  const entries = Object.entries(record).flatMap(([k, v]) => (k !== key ? [[k, v]] : rest.length > 0 ? [[k, rest]] : []));
  return Object.fromEntries(entries) as T;
}
