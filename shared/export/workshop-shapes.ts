import type { JourneyDocument } from '../document/schema';
import { formatSigned } from '../i18n/numbers';
import type { JourneyLayout } from '../layout/layout';
import { BADGE, badgeGeometry, bandGeometry, bandX, MARK_INK as INK, VOTE_BLUE as VOTE } from '../workshop/mark-geometry';
import { bandLane, latestWorkshop, resultMarks, type WorkshopMarks } from '../workshop/marks';
import type { MarkText } from './card-marks';
import { line, type Shape, type TextMeasurer } from './drawing';
import { exportEmotionColour } from './palette';

/** A workshop's marks as shapes: each card's badge, each stage's rating band with its mean. */
export function workshopMarkShapes(marks: WorkshopMarks, layout: JourneyLayout, measure: TextMeasurer, language: string | undefined): Shape[] {
  const shapes: Shape[] = [];
  for (const card of layout.cards) {
    const mark = marks.cards.get(card.id);
    if (!mark) continue;
    const badge = badgeGeometry(card, mark, (text) => measure.width(text, BADGE.font, 'bold'));
    const { place } = badge;
    shapes.push(
      { kind: 'rect', x: place.x, y: place.y, width: place.width, height: place.height, radius: place.height / 2, fill: INK },
      { kind: 'text', x: place.x + place.width / 2, y: place.y + place.height / 2 + BADGE.font * 0.35, text: place.text, size: BADGE.font, weight: 'bold', colour: '#FFFFFF', anchor: 'middle' },
      ...badge.dots.map((dot): Shape => ({ kind: 'circle', cx: dot.cx, cy: dot.cy, r: BADGE.dot, fill: VOTE, stroke: '#FFFFFF', strokeWidth: 1.5 })),
      { kind: 'text', x: badge.count.x, y: badge.count.y + BADGE.font * 0.35, text: badge.count.text, size: BADGE.font, weight: 'bold', colour: VOTE, anchor: 'start' },
    );
  }
  const lane = bandLane(layout.lanes, marks.laneId);
  for (const band of lane ? marks.ratings : []) {
    const stage = layout.stages.find((candidate) => candidate.id === band.stageId);
    if (!stage || !lane) continue;
    const g = bandGeometry(bandX(stage), lane, band);
    shapes.push(
      { kind: 'rect', ...g.frame, fill: '#FFFFFF', stroke: '#9AA5B1', strokeWidth: 1, radius: 6 },
      line(g.axis.x, g.axis.top, g.axis.x, g.axis.bottom, '#4B5563', 1.5),
      ...g.bars.map((bar): Shape => ({ kind: 'rect', x: bar.x, y: bar.y, width: bar.width, height: bar.height, fill: exportEmotionColour(bar.level), stroke: INK, strokeWidth: 0.5 })),
      line(g.mean.x1, g.mean.y, g.mean.x2, g.mean.y, INK, 2.5, [6, 3]),
      { kind: 'rect', ...g.label, radius: 5, fill: INK },
      { kind: 'text', x: g.label.x + g.label.width / 2, y: g.label.y + g.label.height / 2 + 16 * 0.35, text: formatSigned(Math.round(band.mean * 10) / 10, language), size: 16, weight: 'bold', colour: '#FFFFFF', anchor: 'middle' },
      { kind: 'text', x: g.count.x, y: g.count.y + 11 * 0.35, text: g.count.text, size: 11, weight: 'regular', colour: INK, anchor: 'middle' },
    );
  }
  return shapes;
}

/**
 * The latest workshop's marks on the poster: each card voted on with its place and votes, and
 * the room's rating band with its mean in the lane the facilitator picked. Nothing when the map
 * keeps no workshop.
 */
export function workshopShapes(doc: JourneyDocument, layout: JourneyLayout, measure: TextMeasurer, language: string | undefined): Shape[] {
  const result = latestWorkshop(doc.workshops);
  return result ? workshopMarkShapes(resultMarks(result), layout, measure, language) : [];
}

/**
 * What the workshop marks mean, as one line for the poster's title band (right-aligned at
 * `right`, baseline `y`): the workshop's name and date, then each mark drawn with its words.
 * Its width tells the title band how much room the line takes.
 */
export function workshopLegendShapes(doc: JourneyDocument, right: number, y: number, measure: TextMeasurer, t: MarkText, date: (day: string) => string): { shapes: Shape[]; width: number } {
  const result = latestWorkshop(doc.workshops);
  if (!result) return { shapes: [], width: 0 };
  const size = 13;
  const words = (text: string) => measure.width(text, size, 'regular');
  const title = `${t('workshopHost.export.section')}: ${result.name}, ${date(result.date)}`;
  const place = ` ${t('workshopHost.export.legendPlace')}   `;
  const votes = ` ${t('workshopHost.export.legendVotes')}   `;
  const band = ` ${t('workshopHost.export.legendBand')}`;
  const width = words(`${title}   `) + 28 + words(place) + 15 + measure.width('1', 12, 'bold') + words(votes) + 22 + words(band);
  let x = Math.max(0, right - width);
  const text = (value: string): Shape => {
    const shape: Shape = { kind: 'text', x, y, text: value, size, weight: 'regular', colour: INK, anchor: 'start' };
    x += words(value);
    return shape;
  };
  const shapes: Shape[] = [text(`${title}   `)];
  shapes.push({ kind: 'rect', x, y: y - 12, width: 26, height: 16, radius: 8, fill: INK }, { kind: 'text', x: x + 13, y: y - 1, text: '#1', size: 11, weight: 'bold', colour: '#FFFFFF', anchor: 'middle' });
  x += 28;
  shapes.push(text(place));
  shapes.push({ kind: 'circle', cx: x + 5, cy: y - 4, r: BADGE.dot, fill: VOTE }, { kind: 'text', x: x + 13, y, text: '1', size: 12, weight: 'bold', colour: VOTE, anchor: 'start' });
  x += 15 + measure.width('1', 12, 'bold');
  shapes.push(text(votes));
  shapes.push({ kind: 'rect', x, y: y - 12, width: 18, height: 16, radius: 3, fill: '#FFFFFF', stroke: '#9AA5B1', strokeWidth: 1 }, line(x + 2, y - 4, x + 16, y - 4, INK, 2, [4, 2]));
  x += 22;
  shapes.push(text(band));
  return { shapes, width };
}
