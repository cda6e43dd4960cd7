import { METRICS, type LineCounter } from '../../shared/layout/metrics';
import { FONT_FAMILY } from './theme';

let context: CanvasRenderingContext2D | null = null;
/** Exact widths of words (and of word pieces when a word is wider than a card). */
const widths = new Map<string, number>();
/** Wrapped texts per wrap width (texts are used as keys as they are: no key strings to build). */
const wrapped = new Map<number, Map<string, Wrapped>>();
/**
 * How far a line's real width may be from the sum of its words' and spaces' widths (kerning
 * around a space, rounding), per space. Only lines within this of the edge are measured whole.
 */
const TOLERANCE_PER_SPACE = 0.25;

/** A text's line count at one width; its lines joined by line breaks once something draws it. */
interface Wrapped { count: number; text: string | null }

function measure(text: string): number {
  if (!context) {
    context = document.createElement('canvas').getContext('2d');
    if (!context) return text.length * METRICS.fontSize * 0.55;
    // Set once: this context only ever measures card text, and parsing the font costs more than measuring.
    context.font = `${METRICS.fontSize}px "${FONT_FAMILY}"`;
  }
  return context.measureText(text).width;
}

function width(text: string): number {
  let w = widths.get(text);
  if (w === undefined) widths.set(text, (w = measure(text)));
  return w;
}

/**
 * Greedy word wrap of one paragraph: a word joins the line when the whole line fits. The
 * line's width is the sum of cached word widths, so each word is measured once per map; only
 * a sum within the tolerance of the edge is checked by measuring the line. Words are found
 * by index and a line is only cut out of the paragraph when it is measured or kept, since
 * the first draw of a big map wraps every card. Returns the line count; `lines` receives the
 * lines when given.
 */
function wrapParagraph(paragraph: string, maxWidth: number, lines: string[] | null): number {
  const space = width(' ');
  let count = 1;
  let lineStart = -1; // -1: the line is empty
  let lineWidth = 0;
  let spaces = 0;
  for (let start = 0; start <= paragraph.length; ) {
    const nextSpace = paragraph.indexOf(' ', start);
    const end = nextSpace < 0 ? paragraph.length : nextSpace;
    const word = paragraph.slice(start, end);
    const wordWidth = width(word);
    if (lineStart < 0 && wordWidth <= maxWidth) {
      lineStart = start;
      lineWidth = wordWidth;
    } else {
      const estimate = lineWidth + space + wordWidth;
      const tolerance = (spaces + 1) * TOLERANCE_PER_SPACE;
      const fits = lineStart >= 0 &&
        (estimate + tolerance <= maxWidth || (estimate - tolerance <= maxWidth && measure(paragraph.slice(lineStart, end)) <= maxWidth));
      if (fits) {
        lineWidth = estimate;
        spaces += 1;
      } else {
        if (lineStart >= 0) {
          count += 1;
          lines?.push(paragraph.slice(lineStart, start - 1));
        }
        // A word wider than the card breaks between characters, as Konva does.
        let rest = word;
        while (width(rest) > maxWidth && rest.length > 1) {
          let fit = rest.length - 1;
          while (fit > 1 && width(rest.slice(0, fit)) > maxWidth) fit -= 1;
          lines?.push(rest.slice(0, fit));
          rest = rest.slice(fit);
          count += 1;
        }
        lineStart = end - rest.length;
        lineWidth = width(rest);
        spaces = 0;
      }
    }
    start = end + 1;
  }
  lines?.push(paragraph.slice(Math.max(lineStart, 0)));
  return count;
}

function wrappedAt(text: string, maxWidth: number): Wrapped {
  let texts = wrapped.get(maxWidth);
  if (!texts) wrapped.set(maxWidth, (texts = new Map()));
  let entry = texts.get(text);
  if (entry === undefined) {
    let count = 0;
    for (const paragraph of text.split('\n')) count += wrapParagraph(paragraph, maxWidth, null);
    texts.set(text, (entry = { count, text: null }));
  }
  return entry;
}

/** Wrapped line count with the bundled font's real glyph widths, cached per text and width. */
export const measureLines: LineCounter = (text, maxWidth) => wrappedAt(text, maxWidth).count;

/**
 * `text` with a line break wherever measureLines wraps it, so the canvas draws exactly the
 * lines the layout made room for (and Konva need not wrap it again).
 */
export function wrapText(text: string, maxWidth: number): string {
  const entry = wrappedAt(text, maxWidth);
  if (entry.text === null) {
    const lines: string[] = [];
    for (const paragraph of text.split('\n')) wrapParagraph(paragraph, maxWidth, lines);
    entry.text = lines.join('\n');
  }
  return entry.text;
}
