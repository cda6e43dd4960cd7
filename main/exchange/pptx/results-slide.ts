import type PptxGenJS from 'pptxgenjs';
import type { JourneyDocument } from '../../../shared/document/schema';
import type { TextMeasurer } from '../../../shared/export/drawing';
import { EXPORT_GRID } from '../../../shared/export/palette';
import { ellipsize, wrapText } from '../../../shared/export/wrap';
import { workshopTables, type WorkshopTables } from '../../../shared/exchange/workshop-tables';
import type { Translate } from '../../../shared/templates/templates';
import { FONT_FACE, hex, PT, SLIDE, xmlText } from './pptx-units';
import { addTitledSlide } from './slide-masters';

const FONT = 14;
const MARGIN: [number, number, number, number] = [4, 6, 4, 6];
const LINE = (FONT * 1.2) / PT;
const PADDING = (MARGIN[0] + MARGIN[2] + 2) / PT;
const TOP = 1.45;
/** Rows of top-voted items on the slide; the rest are in the presenter notes. */
const TOP_ITEMS = 10;
const GAP = 0.35;
const LEFT_WIDTH = 6.6;
const RIGHT_WIDTH = SLIDE.width - 2 * SLIDE.margin - LEFT_WIDTH - GAP;

/** Text cut to `lines` wrapped lines of a column `width` inches wide, and the lines it takes. */
function fit(text: string, width: number, lines: number, measure: TextMeasurer, bold = false): { text: string; lines: number } {
  const inner = width * PT - MARGIN[1] - MARGIN[3] - 2;
  const at = (s: string) => measure.width(s, FONT, bold ? 'bold' : 'regular');
  const wrapped = text === '' ? [''] : wrapText(text, inner, at);
  if (wrapped.length <= lines) return { text, lines: wrapped.length };
  const kept = wrapped.slice(0, lines);
  kept[lines - 1] = ellipsize(`${kept[lines - 1] ?? ''}…`, inner, at);
  return { text: kept.join('\n'), lines };
}

interface Table { rows: string[][]; widths: number[]; heights: number[] }

/** The room below the tables' top. */
const ROOM = SLIDE.height - SLIDE.margin - TOP;

/**
 * Rows with their heights (each cell at most `maxLines` lines, the header row bold), as many as
 * fit on the slide below the header: the rest are in the presenter notes.
 */
function measured(rows: readonly (readonly string[])[], widths: readonly number[], measure: TextMeasurer, maxLines: number): Table {
  const fitted = rows.map((row, r) => row.map((cell, c) => fit(xmlText(cell), widths[c] ?? 1, maxLines, measure, r === 0)));
  const heights = fitted.map((row) => Math.max(...row.map((cell) => cell.lines)) * LINE + PADDING);
  let used = 0;
  const count = heights.findIndex((height) => (used += height) > ROOM);
  const kept = count === -1 ? fitted.length : Math.max(1, count);
  return { rows: fitted.slice(0, kept).map((row) => row.map((cell) => cell.text)), widths: [...widths], heights: heights.slice(0, kept) };
}

function addTable(slide: PptxGenJS.Slide, table: Table, x: number, width: number, lang: string, numeric: ReadonlySet<number>): void {
  const border = { type: 'solid' as const, pt: 0.5, color: hex(EXPORT_GRID.line) };
  const [header = [], ...body] = table.rows;
  slide.addTable([
    header.map((text, c) => ({ text, options: { lang, bold: true, color: hex(EXPORT_GRID.headerText), fill: { color: hex(EXPORT_GRID.header) }, align: numeric.has(c) ? 'right' as const : 'left' as const } })),
    ...body.map((row, r) => row.map((text, c) => ({ text, options: { lang, fill: { color: r % 2 === 0 ? 'FFFFFF' : 'F3F4F6' }, align: numeric.has(c) ? 'right' as const : 'left' as const, bold: c === 0 && numeric.has(0) } }))),
  ], {
    x, y: TOP, w: width, colW: table.widths, rowH: table.heights, fontFace: FONT_FACE, lang, fontSize: FONT, color: hex(EXPORT_GRID.cardText),
    margin: MARGIN, valign: 'top', border: [border, border, border, border], autoPage: false,
  });
}

/** One workshop's slide: its title and facts, the top-voted items, the ratings per stage; the full lists in the presenter notes. */
function addResultsSlide(pptx: PptxGenJS, workshop: WorkshopTables, t: Translate, measure: TextMeasurer, lang: string): void {
  // The action plan's layout: the same band, and the title in its title placeholder.
  const slide = addTitledSlide(pptx, 'plan', t('workshopHost.results.title', { name: workshop.result.name }), lang);
  slide.addText(xmlText(workshop.heading), { x: SLIDE.margin, y: 0.95, w: SLIDE.width - 2 * SLIDE.margin, h: 0.4, fontFace: FONT_FACE, lang, fontSize: 16, color: hex(EXPORT_GRID.muted), valign: 'middle', margin: 0 });
  // Top-voted items: place, item, votes; rounds named only when there were several.
  const rounds = new Set(workshop.result.ranking.map((vote) => vote.round)).size;
  const voted = workshop.ranking.slice(1).filter((row) => row[1] !== '');
  const shown = voted.slice(0, TOP_ITEMS).map((row) => [rounds > 1 ? `${row[0]}.${row[1]}` : (row[1] ?? ''), row[2] ?? '', row[4] ?? '']);
  const left = measured([[workshop.ranking[0]?.[1] ?? '', workshop.ranking[0]?.[2] ?? '', workshop.ranking[0]?.[4] ?? ''], ...shown], [0.8, LEFT_WIDTH - 1.8, 1.0], measure, 2);
  if (shown.length > 0) addTable(slide, left, SLIDE.margin, LEFT_WIDTH, lang, new Set([0, 2]));
  else slide.addText(xmlText(t('workshopHost.results.noVotes')), { x: SLIDE.margin, y: TOP, w: LEFT_WIDTH, h: 0.5, fontFace: FONT_FACE, lang, fontSize: FONT, margin: 0 });
  const numberWidth = 0.5;
  const ratingWidths = [RIGHT_WIDTH - 2 * 0.75 - 5 * numberWidth, 0.75, 0.75, ...Array<number>(5).fill(numberWidth)];
  if (workshop.ratings.length > 1) addTable(slide, measured(workshop.ratings, ratingWidths, measure, 2), SLIDE.margin + LEFT_WIDTH + GAP, RIGHT_WIDTH, lang, new Set([1, 2, 3, 4, 5, 6, 7]));
  else slide.addText(xmlText(t('workshopHost.results.noRatings')), { x: SLIDE.margin + LEFT_WIDTH + GAP, y: TOP, w: RIGHT_WIDTH, h: 0.5, fontFace: FONT_FACE, lang, fontSize: FONT, margin: 0 });
  const parked = workshop.parked.length - 1;
  const notes = [
    workshop.heading,
    ...workshop.ranking.slice(1).map((row) => `${row[0]}. ${row[1] || '–'}  ${row[2]} (${row[3]}): ${row[4]}`),
    ...(parked > 0 ? ['', t('workshopHost.results.parked', { count: parked }), ...workshop.parked.slice(1).map((row) => `• ${row[0]} / ${row[1]}: ${row[2]}`)] : []),
  ];
  slide.addNotes(xmlText(notes.join('\n')));
}

/** A slide per workshop the map keeps, oldest first (none when it keeps none). */
export function addResultsSlides(pptx: PptxGenJS, doc: JourneyDocument, t: Translate, measure: TextMeasurer, lang: string, language: string): number {
  const workshops = workshopTables(doc, t, language);
  for (const workshop of workshops) addResultsSlide(pptx, workshop, t, measure, lang);
  return workshops.length;
}
