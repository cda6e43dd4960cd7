import { columnKey } from '../../../shared/layout/columns';
import type { ColumnBox, JourneyLayout, LaneBox } from '../../../shared/layout/layout';
import type { TextMeasurer } from '../../../shared/export/drawing';
import { wrapText } from '../../../shared/export/wrap';
import { PT, SLIDE } from './pptx-units';

/** A card as a stage slide shows it: its text, a line of its fields (owner, severity…), its picture (storyboard frames). */
export interface StageCard {
  id: string; laneId: string; columnKey: string; text: string; details: string; colour: string | undefined;
  /** A storyboard frame, PNG or JPEG, shown 16:9 above the card's text. */
  image?: { mimeType: string; data: string };
}

/** Where a stage slide puts things, in inches; sizes of text in points. */
export const STAGE_FRAME = {
  bandHeight: 0.72,
  stepHeight: 0.34,
  laneHeaderWidth: 2.1,
  gutter: 0.08,
  /**
   * The largest and smallest card text: the largest that fits the slide is chosen; a stage
   * that does not fit at the smallest goes on over further slides (stage-pages.ts).
   */
  maxFont: 14,
  minFont: 10,
} as const;

export interface PlacedCard { card: StageCard; x: number; y: number; w: number; h: number }
export interface StageColumn { column: ColumnBox; x: number; w: number }
export interface LaneRow { lane: LaneBox; y: number; h: number; nameFont: number }
export interface StagePlan {
  /** Card text size (pt); details and lane names follow it. */
  font: number;
  top: number;
  left: number;
  right: number;
  columns: StageColumn[];
  rows: LaneRow[];
  cards: PlacedCard[];
  /** Whether everything fits above the slide's bottom margin (false only at the smallest font). */
  fits: boolean;
  /** The tallest a storyboard frame is drawn (inches). */
  imageCap: number;
}

/** Spacing at a card font size, in inches. */
export function spacing(font: number) {
  return {
    pad: Math.max(1.5, 0.4 * font) / PT,
    line: (1.2 * font) / PT,
    gap: Math.max(1.5, 0.45 * font) / PT,
    cell: Math.max(2, 0.5 * font) / PT,
    accent: Math.max(1.5, 0.3 * font) / PT,
    /** Cards are never narrower than this: a cell wide enough holds several side by side. */
    minCardWidth: 0.17 * font,
  };
}

export const laneNameFont = (font: number): number => Math.min(14, Math.max(4, font));
/** A card's line of fields: a little smaller than its text, never under the smallest card text. */
export const detailsFont = (font: number): number => Math.max(STAGE_FRAME.minFont, Math.round(font * 0.85 * 2) / 2);

export function fixedRowHeight(lane: LaneBox, font: number): number | null {
  if (lane.collapsed) return Math.max(0.22, (laneNameFont(font) * 1.8) / PT);
  if (lane.kind === 'emotions') return Math.min(1.5, Math.max(0.7, (font * 6.5) / PT));
  if (lane.kind === 'metrics') return Math.max(0.3, (font * 2.6) / PT);
  return null;
}

/**
 * Counts the lines a text wraps to, as `wrapText` breaks them, in the export fonts' metrics
 * (wider than Calibri's: a safe guess). Widths scale with the font size, so each word is
 * measured once at 1 pt and every size tried is a sum; a word wider than a line (broken
 * between characters) falls back to `wrapText` itself.
 */
export class LineCounter {
  private readonly paragraphs: number[][];
  private readonly space: number;

  constructor(private readonly text: string, private readonly measure: TextMeasurer) {
    this.space = measure.width(' ', 1, 'regular');
    // An empty word (two spaces in a row) is -1: at the start of a line it adds nothing, as in wrapText.
    this.paragraphs = text === '' ? [] : text.split('\n').map((p) => p.split(' ').map((word) => (word === '' ? -1 : measure.width(word, 1, 'regular'))));
  }

  /**
   * Lines at `width` inches and `font` points. A candidate line is measured as the measurer
   * measures a string (its words' widths summed in order, plus its spaces, times the size), so
   * every break falls exactly where wrapText's would.
   */
  count(width: number, font: number): number {
    const room = width * PT;
    const fits = (sum: number, words: number) => (sum + (words - 1) * this.space) * font <= room;
    let lines = 0;
    for (const words of this.paragraphs) {
      /** The current line: its words' summed widths, how many words, and whether it is still ''. */
      let sum = 0;
      let count = 0;
      let empty = true;
      lines += 1;
      for (const word of words) {
        const width = Math.max(0, word);
        if (!fits(width, 1)) return wrapText(this.text, room, (s) => this.measure.width(s, font, 'regular')).length;
        if (!empty && fits(sum + width, count + 1)) {
          sum += width;
          count += 1;
          continue;
        }
        if (!empty) lines += 1;
        sum = width;
        count = 1;
        empty = word < 0;
      }
    }
    return lines;
  }
}

/** Line counters, one per text (made once, asked at every size tried). */
export type Counters = (text: string) => LineCounter;

/** The key of a lane's cell in a column. */
export const cellKey = (laneId: string, column: string): string => `${laneId}\u0000${column}`;

/** Cards of one cell placed in rows of `k` (reading order left to right, then down). */
export function placeCell(cards: readonly StageCard[], x: number, w: number, top: number, font: number, counter: Counters, imageCap: number): { placed: PlacedCard[]; height: number } {
  const s = spacing(font);
  const inner = w - 2 * s.cell;
  const k = Math.max(1, Math.min(cards.length, Math.floor((inner + s.gap) / (s.minCardWidth + s.gap))));
  const cardW = (inner - (k - 1) * s.gap) / k;
  const textW = cardW - 2 * s.pad - s.accent;
  const placed: PlacedCard[] = [];
  let y = top + s.cell;
  for (let start = 0; start < cards.length; start += k) {
    const row = cards.slice(start, start + k);
    const heights = row.map((card) => {
      const text = card.text.trim() === '' && card.image ? 0 : counter(card.text).count(textW, font) * s.line;
      const lines = text + (card.details ? counter(card.details).count(textW, detailsFont(font)) * (s.line * 0.85) : 0);
      // A little more than the lines: where the first baseline sits differs between programs.
      return imageHeight(card, cardW, imageCap) + Math.max(s.line + 2 * s.pad, lines + 2 * s.pad + 0.35 * s.line);
    });
    const rowH = Math.max(...heights);
    row.forEach((card, i) => placed.push({ card, x: x + s.cell + i * (cardW + s.gap), y, w: cardW, h: rowH }));
    y += rowH + s.gap;
  }
  return { placed, height: cards.length === 0 ? 2 * s.cell : y - s.gap + s.cell - top };
}

/**
 * The tallest a storyboard frame is drawn (inches), tried in turn: a lone card spans its whole
 * cell, so a frame is capped; a full stage gives its frames less room before its text.
 */
export const IMAGE_CAPS = [1.5, 1.1, 0.8] as const;

/** A storyboard frame's height on a card `w` wide: 16:9 across the card, as on the map, at most `cap`. */
export const imageHeight = (card: StageCard, w: number, cap: number): number => (card.image ? Math.min((w * 9) / 16, cap) : 0);

export function laneNameHeight(lane: LaneBox, font: number, measure: TextMeasurer): number {
  const size = laneNameFont(font);
  const lines = wrapText(lane.name, (STAGE_FRAME.laneHeaderWidth - 0.25) * PT, (s) => measure.width(s, size, 'bold')).length;
  return (lines * 1.2 * size + 12) / PT;
}

function planAt(font: number, base: StageBase, lanes: readonly LaneBox[], cells: Map<string, StageCard[]>, measure: TextMeasurer, counter: Counters): StagePlan {
  const rows: LaneRow[] = [];
  const cards: PlacedCard[] = [];
  let y = base.top;
  for (const lane of lanes) {
    const fixed = fixedRowHeight(lane, font);
    let h = fixed ?? laneNameHeight(lane, font, measure);
    if (fixed === null) {
      for (const { column, x, w } of base.columns) {
        const cell = placeCell(cells.get(cellKey(lane.id, columnKey(column.stageId, column.stepId))) ?? [], x, w, y, font, counter, base.imageCap);
        cards.push(...cell.placed);
        h = Math.max(h, cell.height);
      }
    }
    rows.push({ lane, y, h, nameFont: laneNameFont(font) });
    y += h;
  }
  return { ...base, font, rows, cards, fits: y <= SLIDE.height - SLIDE.margin + 1e-9 };
}

/** What every slide of a stage shares: its columns across, its cards by cell, their line counters. */
type StageBase = Omit<StagePlan, 'font' | 'rows' | 'cards' | 'fits'>;
export interface StageFrame { base: StageBase; cells: Map<string, StageCard[]>; counter: Counters }

export function stageFrame(layout: JourneyLayout, stageId: string, cards: readonly StageCard[], measure: TextMeasurer): StageFrame {
  const stageColumns = layout.columns.filter((c) => c.stageId === stageId);
  const hasSteps = stageColumns.some((c) => c.stepId !== undefined);
  const left = SLIDE.margin + STAGE_FRAME.laneHeaderWidth + STAGE_FRAME.gutter;
  const right = SLIDE.width - SLIDE.margin;
  const total = stageColumns.reduce((sum, c) => sum + c.width, 0) || 1;
  let x = left;
  const columns = stageColumns.map((column) => {
    const w = ((right - left) * column.width) / total;
    const placed = { column, x, w };
    x += w;
    return placed;
  });
  const top = STAGE_FRAME.bandHeight + (hasSteps ? STAGE_FRAME.stepHeight : 0) + 0.1;
  const cells = new Map<string, StageCard[]>();
  for (const card of cards) {
    const key = cellKey(card.laneId, card.columnKey);
    const list = cells.get(key);
    if (list) list.push(card);
    else cells.set(key, [card]);
  }
  const counters = new Map<string, LineCounter>();
  const counter: Counters = (text) => {
    let found = counters.get(text);
    if (!found) counters.set(text, (found = new LineCounter(text, measure)));
    return found;
  };
  return { base: { top, left, right, columns, imageCap: IMAGE_CAPS[0] }, cells, counter };
}

/**
 * One stage on one slide: its columns (steps) across, the map's lanes down, each cell's cards
 * in rows, at the largest text size (in quarter points) from 14 pt down to 10 pt that fits
 * the slide; `fits` is false when even 10 pt does not.
 */
export function planStage(layout: JourneyLayout, stageId: string, cards: readonly StageCard[], measure: TextMeasurer): StagePlan {
  const { base, cells, counter } = stageFrame(layout, stageId, cards, measure);
  // Binary search over quarter points: fitting only gets easier as text gets smaller.
  let low = STAGE_FRAME.minFont * 4;
  let high = STAGE_FRAME.maxFont * 4;
  let best = planAt(low / 4, base, layout.lanes, cells, measure, counter);
  if (!best.fits) {
    // Smaller storyboard frames before a second slide.
    for (const imageCap of IMAGE_CAPS.slice(1)) {
      const smaller = planAt(low / 4, { ...base, imageCap }, layout.lanes, cells, measure, counter);
      if (smaller.fits) return spread(smaller);
    }
    return best;
  }
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    const plan = planAt(mid / 4, base, layout.lanes, cells, measure, counter);
    if (plan.fits) {
      low = mid;
      best = plan;
    } else {
      high = mid - 1;
    }
  }
  return spread(best);
}

/**
 * Room left under the lanes goes to them: emotion lanes first (up to half of it, and to a
 * generous height, so the curve reads), then every open lane alike. Cards keep their place
 * at the top of their cell.
 */
export function spread(plan: StagePlan): StagePlan {
  const bottom = SLIDE.height - SLIDE.margin;
  const last = plan.rows.at(-1);
  let left = bottom - (last ? last.y + last.h : plan.top);
  if (!plan.fits || left <= 0) return plan;
  const grown = plan.rows.map((row) => ({ ...row }));
  const forCurves = left / 2;
  for (const row of grown.filter((r) => r.lane.kind === 'emotions' && !r.lane.collapsed)) {
    const more = Math.min(left, forCurves, Math.max(0, 1.6 - row.h));
    row.h += more;
    left -= more;
  }
  const open = grown.filter((r) => !r.lane.collapsed);
  for (const row of open) row.h += left / Math.max(1, open.length);
  const shift = new Map<string, number>();
  let y = plan.top;
  for (const row of grown) {
    shift.set(row.lane.id, y - row.y);
    row.y = y;
    y += row.h;
  }
  return { ...plan, rows: grown, cards: plan.cards.map((c) => ({ ...c, y: c.y + (shift.get(c.card.laneId) ?? 0) })) };
}
