import type { JourneyDocument } from '../document/schema';
import type { Block, Shape, TextMeasurer } from './drawing';
import { footerBlock, type MapVersion } from './map-footer';
import { legendBlock } from './map-legend';
import { EXPORT_GRID } from './palette';
import { personaPanel, type PersonaText } from './persona-band';
import { wrapAtMost } from './wrap';

const TITLE_SIZE = 26;
const TITLE_LINE = 32;
const SUBTITLE_SIZE = 15;
const SUBTITLE_LINE = 20;
/** The description may take this many lines; a longer one ends with "…". */
const SUBTITLE_LINES = 4;
const GAP = 16;

/**
 * The map's heading, set to `width`: its title, its goal and description wrapped under it
 * (never running off the page a tiled PDF prints it on), then the personas it is drawn for
 * (with their goals and frustrations when `text` gives the words).
 */
export function headingBlock(doc: JourneyDocument, width: number, measure: TextMeasurer, text?: PersonaText): Block {
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
  const panel = personaPanel(doc, width, measure, text);
  if (panel.height > 0) {
    shapes.push({ kind: 'group', dx: 0, dy: y, shapes: panel.shapes });
    y += panel.height + GAP;
  }
  return { height: y, shapes };
}

/** What goes under the map, set to `width`: the legend of its marks, then the footer (owner, status, version, reviews). */
export function tailBlock(doc: JourneyDocument, width: number, measure: TextMeasurer, text: PersonaText | undefined, version?: MapVersion): Block {
  if (!text) return { height: 0, shapes: [] };
  const legend = legendBlock(doc, width, measure, text.t, text.language);
  const footer = footerBlock(doc, width, measure, text.t, text.language, version);
  const blocks = [legend, footer].filter((b) => b.height > 0);
  const shapes: Shape[] = [];
  let y = 0;
  for (const block of blocks) {
    y += GAP + 8;
    shapes.push({ kind: 'group', dx: 0, dy: y, shapes: block.shapes });
    y += block.height;
  }
  return { height: y, shapes };
}
