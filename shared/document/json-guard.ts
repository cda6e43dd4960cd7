import { JourneyFileError } from './errors';

/** Keys that could reach an object's prototype if a later step copied the parsed value carelessly. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export function lineAndColumn(text: string, position: number): string {
  const before = text.slice(0, position);
  const line = before.split('\n').length;
  const column = position - before.lastIndexOf('\n');
  return `line ${line}, column ${column}`;
}

/**
 * Refuses text whose brackets nest deeper than `maxDepth`, before JSON.parse spends time on
 * it: one pass, skipping string contents, so a 32 MB `[[[[…` costs milliseconds.
 */
export function assertNestingWithin(text: string, maxDepth: number): void {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (inString) {
      if (code === 0x5c) i += 1; // backslash: the next character is escaped
      else if (code === 0x22) inString = false;
    } else if (code === 0x22) {
      inString = true;
    } else if (code === 0x7b || code === 0x5b) {
      depth += 1;
      if (depth > maxDepth) {
        throw new JourneyFileError('invalid', `the file nests objects or lists more than ${maxDepth} levels deep`, lineAndColumn(text, i));
      }
    } else if (code === 0x7d || code === 0x5d) {
      depth -= 1;
    }
  }
}

/** Throws at the first `__proto__`, `constructor` or `prototype` key anywhere in a parsed value. */
export function assertNoForbiddenKeys(value: unknown, describePath: (path: readonly PropertyKey[]) => string): void {
  const pending: { value: object; path: PropertyKey[] }[] = [];
  const visit = (child: unknown, path: PropertyKey[]) => {
    if (typeof child === 'object' && child !== null) pending.push({ value: child, path });
  };
  visit(value, []);
  for (let item = pending.pop(); item; item = pending.pop()) {
    const { value: current, path } = item;
    if (Array.isArray(current)) {
      current.forEach((child, index) => visit(child, [...path, index]));
      continue;
    }
    for (const [key, child] of Object.entries(current)) {
      if (FORBIDDEN_KEYS.has(key)) {
        throw new JourneyFileError('invalid', `the key "${key}" is not allowed in a journey file`, describePath([...path, key]));
      }
      visit(child, [...path, key]);
    }
  }
}
