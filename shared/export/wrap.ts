/** Splits text into user-perceived characters, so a break never lands inside an emoji or accent. */
const graphemes = (() => {
  const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  return (text: string): string[] => Array.from(segmenter.segment(text), (s) => s.segment);
})();

type Measure = (text: string) => number;

/** How many leading graphemes of a word fit `maxWidth` (at least one); widths grow with length. */
function fittingPrefix(parts: readonly string[], maxWidth: number, measure: Measure): number {
  let low = 1;
  let high = parts.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (measure(parts.slice(0, mid).join('')) <= maxWidth) low = mid;
    else high = mid - 1;
  }
  return low;
}

function wrapParagraph(paragraph: string, maxWidth: number, measure: Measure): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of paragraph.split(' ')) {
    const candidate = current === '' ? word : `${current} ${word}`;
    if (measure(candidate) <= maxWidth) {
      current = candidate;
      continue;
    }
    if (current !== '') lines.push(current);
    current = word;
    // A word wider than the line breaks between characters, as the editor's canvas does
    // (split into characters only then: most words that start a line fit on it).
    if (measure(word) <= maxWidth) continue;
    let rest = graphemes(word);
    while (rest.length > 1 && measure(rest.join('')) > maxWidth) {
      const take = fittingPrefix(rest, maxWidth, measure);
      lines.push(rest.slice(0, take).join(''));
      rest = rest.slice(take);
    }
    current = rest.join('');
  }
  lines.push(current);
  return lines;
}

/** Word-wrapped lines of `text` at `maxWidth`: explicit newlines kept, long words broken. */
export function wrapText(text: string, maxWidth: number, measure: Measure): string[] {
  return text.split('\n').flatMap((paragraph) => wrapParagraph(paragraph, maxWidth, measure));
}

/** `text` on one line, cut with an ellipsis when wider than `maxWidth`. */
export function ellipsize(text: string, maxWidth: number, measure: Measure): string {
  const flat = text.replace(/\s*\n\s*/g, ' ');
  if (measure(flat) <= maxWidth) return flat;
  const parts = graphemes(flat);
  let count = parts.length;
  while (count > 0 && measure(`${parts.slice(0, count).join('').trimEnd()}…`) > maxWidth) count -= 1;
  return `${parts.slice(0, count).join('').trimEnd()}…`;
}

/** `text` wrapped to `width`, at most `max` lines, the last cut with "…" when more would follow. */
export function wrapAtMost(text: string, width: number, max: number, measure: Measure): string[] {
  const lines = wrapText(text.replace(/\s*\n\s*/g, ' ').trim(), width, measure);
  if (lines.length <= max) return lines;
  const kept = lines.slice(0, max);
  kept[max - 1] = ellipsize(`${kept[max - 1] ?? ''}…`, width, measure);
  return kept;
}
