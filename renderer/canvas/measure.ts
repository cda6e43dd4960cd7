import { METRICS, type LineCounter } from '../../shared/layout/metrics';
import { createTextWidths, isAlphabetic } from './text-widths';
import { FONT_FAMILY } from './theme';

let context: CanvasRenderingContext2D | null = null;
/** Exact widths of words (and of pieces of over-long words), each measured once per map. */
const widths = new Map<string, number>();
/** Wrapped texts per wrap width (texts are used as keys as they are: no key strings to build). */
const wrapped = new Map<number, Map<string, Wrapped>>();
/**
 * How far a line's estimated width may be from the canvas's: float rounding where every join
 * is between alphabetic characters (their kerning is known), plus this per space next to
 * other text (emoji, CJK: unknown kerning). Only lines within the tolerance of the edge are
 * measured whole.
 */
const EDGE_TOLERANCE = 0.05;
const UNKNOWN_JOIN_TOLERANCE = 0.25;

/** A text's line count at one width, and its lines once something draws it. */
interface Wrapped { count: number; lines: readonly string[] | null }

function measure(text: string): number {
  if (!context) {
    context = document.createElement('canvas').getContext('2d');
    if (!context) return text.length * METRICS.fontSize * 0.55;
    // Set once: this context only ever measures card text, and parsing the font costs more than measuring.
    context.font = `${METRICS.fontSize}px "${FONT_FAMILY}"`;
  }
  return context.measureText(text).width;
}

const textWidths = createTextWidths(measure);
const SPACE = 0x20;

function width(text: string): number {
  let w = widths.get(text);
  if (w === undefined) widths.set(text, (w = measure(text)));
  return w;
}

/**
 * Greedy word wrap of one paragraph: a word joins the line when the whole line fits. The
 * line's width is its words' cached widths plus the space and the kerning on either side of
 * it (text-widths.ts), so each word is measured once per map and a line is measured whole only
 * when that sum lies within the tolerance of the edge: the first draw of a big map wraps every
 * card. Returns the line count; `lines` receives the lines when given.
 */
function wrapParagraph(paragraph: string, maxWidth: number, lines: string[] | null): number {
  const space = textWidths.advance(SPACE);
  let count = 1;
  let lineStart = -1; // -1: the line is empty
  let lineWidth = 0;
  let tolerance = EDGE_TOLERANCE;
  let last = -1; // the line's last character, -1 when none
  for (let start = 0; start <= paragraph.length; ) {
    const nextSpace = paragraph.indexOf(' ', start);
    const end = nextSpace < 0 ? paragraph.length : nextSpace;
    const wordW = width(paragraph.slice(start, end));
    const first = end > start ? paragraph.charCodeAt(start) : -1;
    if (lineStart < 0 && wordW <= maxWidth) {
      lineStart = start;
      lineWidth = wordW;
      last = end > start ? paragraph.charCodeAt(end - 1) : -1;
    } else {
      const knownJoin = (last < 0 || isAlphabetic(last)) && (first < 0 || isAlphabetic(first));
      const joinTolerance = tolerance + (knownJoin ? 0 : UNKNOWN_JOIN_TOLERANCE);
      const estimate = lineWidth + (last < 0 ? 0 : textWidths.kern(last, SPACE)) + space + (first < 0 ? 0 : textWidths.kern(SPACE, first)) + wordW;
      const fits = lineStart >= 0 &&
        (estimate + joinTolerance <= maxWidth || (estimate - joinTolerance <= maxWidth && measure(paragraph.slice(lineStart, end)) <= maxWidth));
      if (fits) {
        lineWidth = estimate;
        tolerance = joinTolerance;
        last = end > start ? paragraph.charCodeAt(end - 1) : SPACE;
      } else {
        if (lineStart >= 0) {
          count += 1;
          lines?.push(paragraph.slice(lineStart, start - 1));
        }
        // A word wider than the card breaks between characters, as Konva does.
        let rest = paragraph.slice(start, end);
        let restWidth = wordW;
        while (restWidth > maxWidth && rest.length > 1) {
          let fit = rest.length - 1;
          while (fit > 1 && width(rest.slice(0, fit)) > maxWidth) fit -= 1;
          lines?.push(rest.slice(0, fit));
          rest = rest.slice(fit);
          restWidth = width(rest);
          count += 1;
        }
        lineStart = end - rest.length;
        lineWidth = restWidth;
        tolerance = EDGE_TOLERANCE;
        last = end > start ? paragraph.charCodeAt(end - 1) : -1;
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
    texts.set(text, (entry = { count, lines: null }));
  }
  return entry;
}

/** Wrapped line count with the bundled font's real glyph widths, cached per text and width. */
export const measureLines: LineCounter = (text, maxWidth) => wrappedAt(text, maxWidth).count;

/**
 * The lines measureLines counts for `text`, cached with the count, so the canvas draws
 * exactly the lines the layout made room for.
 */
export function wrapLines(text: string, maxWidth: number): readonly string[] {
  const entry = wrappedAt(text, maxWidth);
  if (entry.lines === null) {
    const lines: string[] = [];
    for (const paragraph of text.split('\n')) wrapParagraph(paragraph, maxWidth, lines);
    entry.lines = lines;
  }
  return entry.lines;
}
