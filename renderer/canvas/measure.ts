import { METRICS, type LineCounter } from '../../shared/layout/metrics';
import { FONT_FAMILY } from './theme';

let context: CanvasRenderingContext2D | null = null;
/** Exact widths of words, and of the few lines whose estimate is too close to the edge to trust. */
const widths = new Map<string, number>();
/** Line counts per text, per wrap width (texts are used as keys as they are: no key strings to build). */
const lineCounts = new Map<number, Map<string, number>>();
/**
 * How far a line's real width may be from the sum of its words' and spaces' widths (kerning
 * around a space, rounding), per space. Only lines within this of the edge are measured whole.
 */
const TOLERANCE_PER_SPACE = 0.25;

function width(text: string): number {
  let w = widths.get(text);
  if (w === undefined) {
    context ??= document.createElement('canvas').getContext('2d');
    if (!context) return text.length * METRICS.fontSize * 0.55;
    context.font = `${METRICS.fontSize}px "${FONT_FAMILY}"`;
    w = context.measureText(text).width;
    widths.set(text, w);
  }
  return w;
}

/**
 * Greedy word wrap: a word joins the line when the whole line fits. The line's width is the
 * sum of cached word widths, so each word is measured once per map instead of every line
 * prefix; only a sum within the tolerance of the edge is checked by measuring the line.
 */
function wrapCount(paragraph: string, maxWidth: number): number {
  const space = width(' ');
  let lines = 1;
  let line = '';
  let lineWidth = 0;
  let spaces = 0;
  for (const word of paragraph.split(' ')) {
    const wordWidth = width(word);
    if (line === '' && wordWidth <= maxWidth) {
      line = word;
      lineWidth = wordWidth;
      continue;
    }
    const estimate = lineWidth + space + wordWidth;
    const tolerance = (spaces + 1) * TOLERANCE_PER_SPACE;
    const fits = line !== '' && (estimate + tolerance <= maxWidth || (estimate - tolerance <= maxWidth && width(`${line} ${word}`) <= maxWidth));
    if (fits) {
      line = `${line} ${word}`;
      lineWidth = estimate;
      spaces += 1;
      continue;
    }
    if (line !== '') lines += 1;
    // A word wider than the card breaks between characters, as Konva does.
    let rest = word;
    while (width(rest) > maxWidth && rest.length > 1) {
      let fit = rest.length - 1;
      while (fit > 1 && width(rest.slice(0, fit)) > maxWidth) fit -= 1;
      rest = rest.slice(fit);
      lines += 1;
    }
    line = rest;
    lineWidth = width(rest);
    spaces = 0;
  }
  return lines;
}

/** Wrapped line count with the bundled font's real glyph widths, cached per text and width. */
export const measureLines: LineCounter = (text, maxWidth) => {
  let counts = lineCounts.get(maxWidth);
  if (!counts) lineCounts.set(maxWidth, (counts = new Map()));
  let count = counts.get(text);
  if (count === undefined) {
    count = text.split('\n').reduce((sum, p) => sum + wrapCount(p, maxWidth), 0);
    counts.set(text, count);
  }
  return count;
};
