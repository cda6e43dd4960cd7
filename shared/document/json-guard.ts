import { JourneyFileError } from './errors';

/** Keys that could reach an object's prototype if a later step copied the parsed value carelessly. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

export function lineAndColumn(text: string, position: number): string {
  const before = text.slice(0, position);
  const line = before.split('\n').length;
  const column = position - before.lastIndexOf('\n');
  return `line ${line}, column ${column}`;
}

/** Index of the quote closing the string opened at `open`, or `text.length` if it never closes. */
function endOfString(text: string, open: number): number {
  for (let quote = text.indexOf('"', open + 1); quote >= 0; quote = text.indexOf('"', quote + 1)) {
    // A quote after an odd run of backslashes is escaped. The run cannot pass the opening quote.
    let before = quote - 1;
    while (text.charCodeAt(before) === 0x5c) before -= 1;
    if ((quote - 1 - before) % 2 === 0) return quote;
  }
  return text.length;
}

/**
 * Refuses text whose brackets nest deeper than `maxDepth`, before JSON.parse spends time on
 * it: one pass that jumps over string contents, so a 32 MB `[[[[…` costs milliseconds.
 * Returns the number of commas and opening brackets outside strings: at least the number of
 * values in the text besides the outermost one (each follows a comma or its list's or
 * object's opening bracket), which bounds how much pretty-printing can add (size-limit.ts).
 */
export function assertNestingWithin(text: string, maxDepth: number): number {
  let depth = 0;
  let marks = 0;
  const length = text.length;
  for (let i = 0; i < length; i += 1) {
    const code = text.charCodeAt(i);
    if (code === 0x22) {
      i = endOfString(text, i);
    } else if (code === 0x2c) {
      marks += 1;
    } else if (code === 0x7b || code === 0x5b) {
      marks += 1;
      depth += 1;
      if (depth > maxDepth) {
        throw new JourneyFileError('invalid', `the file nests objects or lists more than ${maxDepth} levels deep`, lineAndColumn(text, i));
      }
    } else if (code === 0x7d || code === 0x5d) {
      depth -= 1;
    }
  }
  return marks;
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
