import type { TextMeasurer } from '../../../shared/export/drawing';
import { columnKey } from '../../../shared/layout/columns';
import type { JourneyLayout, LaneBox } from '../../../shared/layout/layout';
import { SLIDE } from './pptx-units';
import {
  cellKey, fixedRowHeight, laneNameFont, laneNameHeight, placeCell, planStage, spacing, spread, STAGE_FRAME, stageFrame,
  type LaneRow, type PlacedCard, type StageCard, type StageFrame, type StagePlan,
} from './stage-layout';

/** A lane's cards as placed at the top of a slide, ready to be cut between slides. */
interface PlacedLane { lane: LaneBox; cells: PlacedCard[][]; nameHeight: number }

/**
 * Cards of a cell that end above `limit` (whole rows of cards stay together: the cards of one
 * row share their top and height), and the rest.
 */
function cutCell(cards: readonly PlacedCard[], limit: number): { kept: PlacedCard[]; rest: PlacedCard[] } {
  const kept = cards.filter((c) => c.y + c.h <= limit + 1e-9);
  return { kept, rest: cards.slice(kept.length) };
}

/** Cards moved up by `dy` (onto the next slide). */
const shifted = (cards: readonly PlacedCard[], dy: number): PlacedCard[] => cards.map((c) => ({ ...c, y: c.y - dy }));

/**
 * A stage too full for one slide at the smallest card text goes on over further slides, lane
 * by lane at that size: a lane that does not fit below the lanes already there starts the
 * next slide; a lane taller than a whole slide is cut between rows of cards and continues at
 * the top of the next. Every slide repeats the stage's columns; rows keep the map's order.
 */
function pagesAt(frame: StageFrame, lanes: readonly LaneBox[], measure: TextMeasurer): StagePlan[] {
  const font = STAGE_FRAME.minFont;
  const s = spacing(font);
  const { base } = frame;
  const bottom = SLIDE.height - SLIDE.margin;
  const pages: StagePlan[] = [];
  let rows: LaneRow[] = [];
  let cards: PlacedCard[] = [];
  let y = base.top;
  const flush = () => {
    if (rows.length > 0) pages.push({ ...base, font, rows, cards, fits: true });
    rows = [];
    cards = [];
    y = base.top;
  };
  const add = (lane: LaneBox, h: number, placed: readonly PlacedCard[]) => {
    rows.push({ lane, y, h, nameFont: laneNameFont(font) });
    cards.push(...placed);
    y += h;
  };
  for (const lane of lanes) {
    const fixed = fixedRowHeight(lane, font);
    if (fixed !== null) {
      if (y + fixed > bottom) flush();
      add(lane, fixed, []);
      continue;
    }
    // The whole lane placed once at the top of a slide; what a slide cannot hold moves on, as placed.
    const placed: PlacedLane = {
      lane,
      nameHeight: laneNameHeight(lane, font, measure),
      cells: base.columns.map(({ column, x, w }) => placeCell(frame.cells.get(cellKey(lane.id, columnKey(column.stageId, column.stepId))) ?? [], x, w, base.top, font, frame.counter, base.imageCap).placed),
    };
    const height = (cells: readonly PlacedCard[][], top: number) => Math.max(placed.nameHeight, 2 * s.cell, ...cells.map((c) => (c.length === 0 ? 0 : Math.max(...c.map((card) => card.y + card.h)) - top + s.cell)));
    let cells = placed.cells;
    let top = base.top;
    for (;;) {
      const whole = height(cells, top);
      if (y + whole <= bottom) {
        add(lane, whole, shifted(cells.flat(), top - y));
        break;
      }
      // Rather a fresh slide than a lane cut, when the lane fits one.
      if (rows.length > 0 && whole <= bottom - base.top) {
        flush();
        continue;
      }
      const limit = top + (bottom - y) - s.cell;
      const cut = cells.map((c) => cutCell(c, limit));
      const kept = cut.map((c) => c.kept);
      if (kept.every((c) => c.length === 0)) {
        if (rows.length > 0) {
          flush();
          continue;
        }
        // A single row of cards taller than a slide: it goes on its own, as tall as it is.
        const first = cells.findIndex((c) => c.length > 0);
        const row = cells[first]?.[0];
        const rowCards = cells.map((c) => c.filter((card) => row !== undefined && card.y === row.y));
        add(lane, height(rowCards, top), shifted(rowCards.flat(), top - y));
        cells = cells.map((c, i) => c.slice(rowCards[i]?.length ?? 0));
      } else {
        add(lane, Math.max(height(kept, top), bottom - y), shifted(kept.flat(), top - y));
        cells = cut.map((c) => c.rest);
      }
      flush();
      if (cells.every((c) => c.length === 0)) break;
      // The rest starts at the next slide's top, as the first row of cards left.
      const next = Math.min(...cells.flatMap((c) => c.map((card) => card.y)));
      top = next - s.cell;
    }
  }
  flush();
  // Room left on a slide goes to its lanes, but not on the last, which may hold a lane or two.
  return pages.map((page, i) => (i < pages.length - 1 ? spread(page) : page));
}

/**
 * A stage's slides: one, at the largest card text from 14 pt down to 10 pt that fits; or,
 * when even 10 pt does not fit, as many as it needs at 10 pt (so no card text on a stage
 * slide is ever smaller than 10 pt).
 */
export function pageStage(layout: JourneyLayout, stageId: string, cards: readonly StageCard[], measure: TextMeasurer): StagePlan[] {
  const one = planStage(layout, stageId, cards, measure);
  if (one.fits) return [one];
  return pagesAt(stageFrame(layout, stageId, cards, measure), layout.lanes, measure);
}
