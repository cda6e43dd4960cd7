import type { JourneyDocument } from '../document/schema';
import { EXPORT_GRID, EXPORT_LANE_COLOURS } from '../export/palette';
import { computeLayout } from '../layout/layout';
import { estimateLines, METRICS } from '../layout/metrics';

/** A thumbnail draws at most this many cards: past it, a map reads as a texture anyway and the image stays small. */
const MAX_CARDS = 600;

const n = (value: number): string => String(Math.round(value));

/**
 * A small drawing of a map as an SVG document: headers, lanes in their colours, cards as
 * blocks and the emotion curves, from the layout the canvas uses. No text (nothing to escape,
 * nothing to read at that size): the card around it names the map.
 */
export function mapThumbnailSvg(doc: JourneyDocument): string {
  const layout = computeLayout(doc, estimateLines);
  const laneWidth = METRICS.laneHeaderWidth;
  const parts: string[] = [`<rect width="${n(layout.width)}" height="${n(layout.height)}" fill="${EXPORT_GRID.background}"/>`];
  const kindOf = new Map(layout.lanes.map((lane) => [lane.id, lane.kind]));
  for (const lane of layout.lanes) {
    const colours = EXPORT_LANE_COLOURS[lane.kind];
    parts.push(`<rect x="${laneWidth}" y="${n(lane.y)}" width="${n(layout.width - laneWidth)}" height="${n(lane.height)}" fill="${colours.fill}" stroke="${EXPORT_GRID.line}" stroke-width="2"/>`);
    parts.push(`<rect x="0" y="${n(lane.y)}" width="${laneWidth}" height="${n(lane.height)}" fill="${EXPORT_GRID.laneHeader}"/><rect x="0" y="${n(lane.y)}" width="40" height="${n(lane.height)}" fill="${colours.accent}"/>`);
  }
  parts.push(`<rect width="${n(layout.width)}" height="${n(layout.top)}" fill="${EXPORT_GRID.header}"/>`);
  for (const stage of layout.stages) parts.push(`<line x1="${n(stage.x)}" y1="0" x2="${n(stage.x)}" y2="${n(layout.height)}" stroke="${EXPORT_GRID.stepHeader}" stroke-width="3"/>`);
  for (const card of layout.cards.slice(0, MAX_CARDS)) {
    const accent = EXPORT_LANE_COLOURS[kindOf.get(card.laneId) ?? 'actions'].accent;
    parts.push(`<rect x="${n(card.x)}" y="${n(card.y)}" width="${n(card.width)}" height="${n(card.height)}" rx="8" fill="#FFFFFF" stroke="${accent}" stroke-width="5"/>`);
  }
  for (const curve of layout.emotionCurves) {
    const points = curve.points.map((p) => `${n(p.x)},${n(p.y)}`).join(' ');
    parts.push(`<polyline points="${points}" fill="none" stroke="${/^#[0-9A-Fa-f]{6}$/.test(curve.colour) ? curve.colour : '#0072B2'}" stroke-width="8" stroke-linecap="round" stroke-linejoin="round"/>`);
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${n(layout.width)} ${n(layout.height)}" preserveAspectRatio="xMinYMin slice">${parts.join('')}</svg>`;
}
