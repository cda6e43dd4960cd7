import { firstKeys } from '../document/order';

const KEY = /^[0-9A-Za-z]{1,80}$/;

/**
 * Order keys for records read in row order. Keys from the file are kept when every one is
 * valid and they rise with the rows (an untouched export); otherwise the group is renumbered,
 * so rows moved in a spreadsheet keep the order the user gave them.
 */
export function assignOrderKeys<T extends { order?: unknown }>(group: readonly T[]): void {
  const keys = group.map((r) => r.order);
  const usable = keys.every((k, i) => typeof k === 'string' && KEY.test(k) && (i === 0 || (keys[i - 1] as string) < k));
  if (usable) return;
  const fresh = firstKeys(group.length);
  group.forEach((record, i) => {
    record.order = fresh[i];
  });
}
