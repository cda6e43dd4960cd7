import type PptxGenJS from 'pptxgenjs';
import type { JourneyDocument } from '../../../shared/document/schema';
import type { TextMeasurer } from '../../../shared/export/drawing';
import { EXPORT_GRID } from '../../../shared/export/palette';
import { ellipsize, wrapText } from '../../../shared/export/wrap';
import { actionPlanItems } from '../../../shared/exchange/action-plan';
import type { Translate } from '../../../shared/templates/templates';
import { FONT_FACE, hex, PT, SLIDE, xmlText } from './pptx-units';
import { addTitledSlide } from './slide-masters';

/** Column widths in inches (they add up to the slide less its margins) and what each shows. */
const COLUMNS = [
  { key: 'stage', width: 1.75 },
  { key: 'opportunity', width: 4.2 },
  { key: 'owner', width: 1.55 },
  { key: 'priority', width: 1.1 },
  { key: 'status', width: 1.25 },
  { key: 'addresses', width: 2.883 },
] as const;

export const PLAN_TABLE = {
  font: 11,
  /** Cell margins in points (top, right, bottom, left). */
  margin: [4, 6, 4, 6] as [number, number, number, number],
  top: 1.05,
  /** Never more rows than this on one slide, however short they are. */
  maxRows: 14,
  /** A cell shows at most this many lines; longer text ends with an ellipsis (the full text is in the notes). */
  maxLines: 10,
} as const;

const LINE = (PLAN_TABLE.font * 1.2) / PT;
const ROW_PADDING = (PLAN_TABLE.margin[0] + PLAN_TABLE.margin[2] + 2) / PT;
const ROOM = SLIDE.height - SLIDE.margin - PLAN_TABLE.top;

interface PlanRow { cells: string[]; height: number; full: { text: string; notes: string; cut: boolean } }

const innerWidth = (width: number) => width * PT - PLAN_TABLE.margin[1] - PLAN_TABLE.margin[3] - 2;
/** The widest a short column grows to fit its longest word. */
const MAX_SHORT_COLUMN = 2.2;
const MIN_OPPORTUNITY_COLUMN = 3;
/**
 * Words are measured in the bundled fonts; a viewer without the deck's font draws them in
 * another (LibreOffice without Carlito uses DejaVu Sans, about 15 % wider): room for that.
 */
const FALLBACK_SLACK = 1.2;

/**
 * Column widths for the words in them: a short column (stage, owner, priority, status) is at
 * least as wide as its longest word, header included ("Προτεραιότητα" would otherwise break in
 * the middle), taking the room from the opportunity column, whose text wraps anyway.
 */
export function planColumnWidths(header: readonly string[], rows: readonly (readonly string[])[], measure: TextMeasurer): number[] {
  const widths = COLUMNS.map((column, i) => {
    if (column.key === 'opportunity' || column.key === 'addresses') return column.width;
    const words = (text: string) => text.split(/\s+/).filter((w) => w !== '');
    const widest = Math.max(
      ...words(header[i] ?? '').map((w) => measure.width(w, PLAN_TABLE.font, 'bold')),
      ...rows.flatMap((row) => words(row[i] ?? '').map((w) => measure.width(w, PLAN_TABLE.font, 'regular'))),
    );
    const needed = (widest * FALLBACK_SLACK + PLAN_TABLE.margin[1] + PLAN_TABLE.margin[3] + 4) / PT;
    return Math.min(MAX_SHORT_COLUMN, Math.max(column.width, needed));
  });
  const extra = widths.reduce((a, b) => a + b, 0) - COLUMNS.reduce((a, c) => a + c.width, 0);
  const opportunity = COLUMNS.findIndex((c) => c.key === 'opportunity');
  widths[opportunity] = Math.max(MIN_OPPORTUNITY_COLUMN, (widths[opportunity] ?? 0) - extra);
  return widths;
}

/** A cell's text cut to `maxLines` wrapped lines, and how many lines it takes. */
function fitCell(text: string, width: number, bold: boolean, measure: TextMeasurer): { text: string; lines: number; cut: boolean } {
  const inner = innerWidth(width);
  const measureAt = (s: string) => measure.width(s, PLAN_TABLE.font, bold ? 'bold' : 'regular');
  const lines = text === '' ? [] : wrapText(text, inner, measureAt);
  if (lines.length <= PLAN_TABLE.maxLines) return { text, lines: Math.max(1, lines.length), cut: false };
  const kept = lines.slice(0, PLAN_TABLE.maxLines);
  kept[kept.length - 1] = ellipsize(`${kept.at(-1) ?? ''}…`, inner, measureAt);
  return { text: kept.join('\n'), lines: PLAN_TABLE.maxLines, cut: true };
}

/** Each opportunity's cells as text, in the columns' order. */
function planValues(doc: JourneyDocument, t: Translate): { values: string[]; notes: string }[] {
  return actionPlanItems(doc).map(({ stage, step, card, addresses }) => {
    const values = [
      step ? `${stage} › ${step}` : stage,
      card.text,
      card.owner ?? '',
      card.priority ? t(`exchange.value.${card.priority}`) : '',
      card.status ? t(`exchange.value.${card.status}`) : '',
      addresses.map((a) => `• ${a.replace(/\s*\n\s*/g, ' ')}`).join('\n'),
    ].map(xmlText);
    return { values, notes: xmlText(card.notes?.trim() ?? '') };
  });
}

function planRows(items: readonly { values: string[]; notes: string }[], widths: readonly number[], measure: TextMeasurer): PlanRow[] {
  return items.map(({ values, notes }) => {
    const fitted = values.map((value, i) => fitCell(value, widths[i] ?? 1, false, measure));
    return {
      cells: fitted.map((f) => f.text),
      height: Math.max(...fitted.map((f) => f.lines)) * LINE + ROW_PADDING,
      full: { text: values[1] ?? '', notes, cut: fitted.some((f) => f.cut) },
    };
  });
}

/** Rows split into pages: each page's rows fit under the header within the slide, at most `maxRows`. */
export function pageRows<T extends { height: number }>(rows: readonly T[], headerHeight: number): T[][] {
  const pages: T[][] = [];
  let page: T[] = [];
  let used = headerHeight;
  for (const row of rows) {
    if (page.length > 0 && (page.length >= PLAN_TABLE.maxRows || used + row.height > ROOM)) {
      pages.push(page);
      page = [];
      used = headerHeight;
    }
    page.push(row);
    used += row.height;
  }
  if (page.length > 0) pages.push(page);
  return pages;
}

/**
 * The action plan as native tables, one page of rows per slide, each with its header row;
 * rows are measured so no table runs off its slide. Opportunities' notes (and any text cut
 * short in a cell) go in the slide's presenter notes. No opportunities, no slides.
 */
export function addPlanSlides(pptx: PptxGenJS, doc: JourneyDocument, t: Translate, measure: TextMeasurer, lang: string): number {
  const items = planValues(doc, t);
  const header = COLUMNS.map((c) => xmlText(t(`exchange.plan.${c.key}`)));
  const widths = planColumnWidths(header, items.map((item) => item.values), measure);
  const rows = planRows(items, widths, measure);
  const headerHeight = Math.max(...header.map((h, i) => fitCell(h, widths[i] ?? 1, true, measure).lines)) * LINE + ROW_PADDING;
  const pages = pageRows(rows, headerHeight);
  const border = { type: 'solid' as const, pt: 0.5, color: hex(EXPORT_GRID.line) };
  pages.forEach((page, index) => {
    const title = pages.length > 1 ? t('exchange.pptx.planPage', { page: index + 1, pages: pages.length }) : t('exchange.sheet.actionPlan');
    // The table goes last, after at most two shapes: pptxgenjs numbers a table by its slide, and
    // this keeps that number clear of the shapes' (a duplicate id makes PowerPoint repair the file).
    const slide = addTitledSlide(pptx, 'plan', title, lang);
    const tableRows: PptxGenJS.TableRow[] = [
      header.map((text) => ({ text, options: { lang, bold: true, color: hex(EXPORT_GRID.headerText), fill: { color: hex(EXPORT_GRID.header) } } })),
      ...page.map((row, r) => row.cells.map((text) => ({ text, options: { lang, fill: { color: r % 2 === 0 ? 'FFFFFF' : 'F3F4F6' } } }))),
    ];
    slide.addTable(tableRows, {
      x: SLIDE.margin, y: PLAN_TABLE.top, w: SLIDE.width - 2 * SLIDE.margin, colW: widths,
      rowH: [headerHeight, ...page.map((row) => row.height)], fontFace: FONT_FACE, lang, fontSize: PLAN_TABLE.font, color: hex(EXPORT_GRID.cardText),
      margin: PLAN_TABLE.margin, valign: 'top', border: [border, border, border, border], autoPage: false,
    });
    const notes = page.filter((row) => row.full.notes || row.full.cut).map((row) => [row.full.text, row.full.notes].filter(Boolean).join('\n'));
    if (notes.length > 0) slide.addNotes(notes.join('\n\n'));
  });
  return pages.length;
}
