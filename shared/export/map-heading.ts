import type { JourneyDocument } from '../document/schema';
import type { Block, Shape, TextMeasurer } from './drawing';
import { EXPORT_GRID } from './palette';
import { PERSONA_BAND_HEIGHT, personaBandShapes } from './persona-band';
import { ellipsize, wrapText } from './wrap';

const TITLE_SIZE = 26;
const TITLE_LINE = 32;
const SUBTITLE_SIZE = 15;
const SUBTITLE_LINE = 20;
/** The description may take this many lines; a longer one ends with "…". */
const SUBTITLE_LINES = 4;
const GAP = 16;

/** `text` wrapped to `width`, at most `max` lines, the last cut with "…" when more would follow. */
export function wrapAtMost(text: string, width: number, max: number, measure: (s: string) => number): string[] {
  const lines = wrapText(text.replace(/\s*\n\s*/g, ' ').trim(), width, measure);
  if (lines.length <= max) return lines;
  const kept = lines.slice(0, max);
  kept[max - 1] = ellipsize(`${kept[max - 1] ?? ''}…`, width, measure);
  return kept;
}

/**
 * The map's heading, set to `width`: its title, its goal and description wrapped under it
 * (never running off the page a tiled PDF prints it on), then the personas it is drawn for.
 */
export function headingBlock(doc: JourneyDocument, width: number, measure: TextMeasurer): Block {
  const shapes: Shape[] = [];
  const title = wrapAtMost(doc.journey.title, width, 2, (s) => measure.width(s, TITLE_SIZE, 'bold'));
  let y = 0;
  for (const line of title) {
    shapes.push({ kind: 'text', x: 0, y: y + 28, text: line, size: TITLE_SIZE, weight: 'bold', colour: EXPORT_GRID.laneHeaderText, anchor: 'start' });
    y += TITLE_LINE;
  }
  const subtitle = [doc.journey.goal, doc.journey.description].filter((s) => s.trim() !== '').join(' — ');
  const lines = subtitle ? wrapAtMost(subtitle, width, SUBTITLE_LINES, (s) => measure.width(s, SUBTITLE_SIZE, 'regular')) : [];
  for (const line of lines) {
    shapes.push({ kind: 'text', x: 0, y: y + 20, text: line, size: SUBTITLE_SIZE, weight: 'regular', colour: EXPORT_GRID.muted, anchor: 'start' });
    y += SUBTITLE_LINE;
  }
  y = Math.max(y, TITLE_LINE) + GAP;
  const band = personaBandShapes(doc, width, measure);
  if (band.length > 0) {
    shapes.push({ kind: 'group', dx: 0, dy: y, shapes: band });
    y += PERSONA_BAND_HEIGHT + GAP;
  }
  return { height: y, shapes };
}
