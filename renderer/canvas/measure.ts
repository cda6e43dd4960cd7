import { METRICS, type LineCounter } from '../../shared/layout/metrics';
import { FONT_FAMILY } from './theme';

let context: CanvasRenderingContext2D | null = null;
const widths = new Map<string, number>();
const lineCounts = new Map<string, number>();

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

function wrapCount(paragraph: string, maxWidth: number): number {
  const words = paragraph.split(' ');
  let lines = 1;
  let line = '';
  for (const word of words) {
    const candidate = line === '' ? word : `${line} ${word}`;
    if (width(candidate) <= maxWidth) {
      line = candidate;
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
  }
  return lines;
}

/** Wrapped line count with the bundled font's real glyph widths, cached per text and width. */
export const measureLines: LineCounter = (text, maxWidth) => {
  const key = `${maxWidth}\u0000${text}`;
  let count = lineCounts.get(key);
  if (count === undefined) {
    count = text.split('\n').reduce((sum, p) => sum + wrapCount(p, maxWidth), 0);
    lineCounts.set(key, count);
  }
  return count;
};
