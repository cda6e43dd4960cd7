/**
 * Sorting and searching text the way its readers expect: Intl.Collator knows that Swedish
 * sorts å ä ö after z and Polish ł after l, and (for search) that Greek ά matches α and ς
 * matches σ, while Swedish ö stays apart from o.
 */
const sorters = new Map<string, Intl.Collator>();
const searchers = new Map<string, Intl.Collator>();

function cached(cache: Map<string, Intl.Collator>, language: string | undefined, options: Intl.CollatorOptions): Intl.Collator {
  const key = language ?? '';
  let collator = cache.get(key);
  if (!collator) {
    collator = new Intl.Collator(language, options);
    cache.set(key, collator);
  }
  return collator;
}

/** Compares for sorting lists people read: the language's alphabet, numbers by value ("Stage 2" before "Stage 10"). */
export const sortCompare = (language: string | undefined): ((a: string, b: string) => number) =>
  cached(sorters, language, { numeric: true }).compare;

// Made on first search, not at start-up: creating a segmenter loads ICU's break rules (~8 ms).
let segmenter: Intl.Segmenter | null = null;
const graphemes = (text: string): string[] => {
  segmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  return Array.from(segmenter.segment(text.normalize('NFC')), (s) => s.segment);
};

/**
 * Whether `text` contains `query` for a reader of `language`: case and (where the language
 * treats them as such) accents are ignored. An empty query matches everything.
 */
export function containsText(text: string, query: string, language: string | undefined): boolean {
  const wanted = graphemes(query.trim());
  if (wanted.length === 0) return true;
  const needle = wanted.join('');
  // Most searches match as typed: skip the collator then.
  if (text.normalize('NFC').toLocaleLowerCase(language).includes(needle.toLocaleLowerCase(language))) return true;
  const collator = cached(searchers, language, { usage: 'search', sensitivity: 'base' });
  const hay = graphemes(text);
  for (let i = 0; i + wanted.length <= hay.length; i++) {
    if (collator.compare(hay.slice(i, i + wanted.length).join(''), needle) === 0) return true;
  }
  return false;
}
