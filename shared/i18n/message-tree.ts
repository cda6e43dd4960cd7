/**
 * A locale's strings: nested objects of strings. Locales other than English are typed this
 * loosely on purpose, so that a key someone adds to en.ts does not break the typecheck while
 * its translations are pending; tests/unit/i18n-locales.test.ts checks every locale against en.
 */
export interface MessageTree {
  readonly [key: string]: string | MessageTree;
}

/** i18next's plural suffixes, one per Intl.PluralRules category. */
export const PLURAL_SUFFIXES = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;

/** Every string of a tree by its dotted key (`menu.file`, `content.review.soon_one`). */
export function flattenMessages(tree: MessageTree, prefix = ''): Map<string, string> {
  const flat = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') flat.set(path, value);
    else for (const [k, v] of flattenMessages(value, path)) flat.set(k, v);
  }
  return flat;
}
