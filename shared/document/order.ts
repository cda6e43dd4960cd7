import { generateKeyBetween, generateNKeysBetween } from 'fractional-indexing';

type Ordered = { order: string };

/** Order keys compare by code unit, never by locale. */
export const compareOrder = (a: Ordered, b: Ordered): number =>
  a.order < b.order ? -1 : a.order > b.order ? 1 : 0;

export function sortByOrder<T extends Ordered>(records: readonly T[]): T[] {
  return [...records].sort(compareOrder);
}

/** A key after every record in the list. */
export function keyAfterLast(records: readonly Ordered[]): string {
  const last = sortByOrder(records).at(-1);
  return generateKeyBetween(last?.order ?? null, null);
}

export function keyBetween(before: string | null, after: string | null): string {
  return generateKeyBetween(before, after);
}

export function firstKeys(count: number): string[] {
  return generateNKeysBetween(null, null, count);
}
