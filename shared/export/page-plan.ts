import type { TileGuide } from './drawing';

/** A stretch of the map along one axis, in drawing units. */
export interface Span { from: number; to: number }

/** How the map goes over paper: as it comes, fitted to so many pages across, or a stage a page. */
export interface PageFit {
  /** Scale the map down so its stages fit this many pages across. */
  pagesWide?: number;
  /** Each stage on pages of its own (only when asked: it leaves much of the paper empty). */
  stagePerPage?: boolean;
}

/**
 * Where the map's pages go: the scale (points per drawing unit) and the part of the grid's
 * body (below the stage headers, right of the lane names) each column and row of pages shows.
 * Every page repeats the stage headers and lane names around its part.
 */
export interface PagePlan { scale: number; columns: Span[]; rows: Span[] }

/** A map unit prints at its size on screen at 100 % (a CSS pixel is 0.75 pt)… */
export const PRINT_SCALE = 0.75;
/** …or smaller, to fill the paper better, down to card text of 9 pt (15 units). */
export const SMALLEST_AUTO_SCALE = 0.6;
/** Fitting to pages across may go smaller still, as asked; never below this. */
const SMALLEST_SCALE = 0.05;
/** A break at a lane's edge is taken while it leaves at least this share of the page used. */
const LANE_EDGE_FILL = 0.4;
/** Less than this share of a page is a sliver: rather than print one, a page ends across a card. */
const SLIVER = 0.25;

interface Axis {
  from: number;
  to: number;
  /** Where a page may end (no card crosses it), sorted. */
  allowed: readonly number[];
  /** Where a page ends best (a lane's or a stage's edge), when that uses enough of the page; sorted. */
  preferred: readonly number[];
}

/** The largest of the sorted `candidates` in (after, upTo], or -Infinity. */
function lastIn(candidates: readonly number[], after: number, upTo: number): number {
  let low = 0;
  let high = candidates.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((candidates[mid] ?? Infinity) <= upTo) low = mid + 1;
    else high = mid;
  }
  const found = candidates[low - 1];
  return found !== undefined && found > after ? found : -Infinity;
}

/** The smallest of the sorted `candidates` above `after`, or `otherwise`. */
function firstAfter(candidates: readonly number[], after: number, otherwise: number): number {
  let low = 0;
  let high = candidates.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((candidates[mid] ?? Infinity) <= after) low = mid + 1;
    else high = mid;
  }
  return candidates[low] ?? otherwise;
}

const sortedUnique = (values: readonly number[]): number[] => [...new Set(values)].sort((a, b) => a - b);

/** Whether a place lies inside none of the spans (merged once, then found by binary search). */
function outsideOf(spans: readonly { top: number; bottom: number }[]): (at: number) => boolean {
  const merged: { top: number; bottom: number }[] = [];
  for (const span of [...spans].sort((a, b) => a.top - b.top)) {
    const last = merged.at(-1);
    if (last && span.top < last.bottom) last.bottom = Math.max(last.bottom, span.bottom);
    else merged.push({ ...span });
  }
  return (at) => {
    let low = 0;
    let high = merged.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if ((merged[mid]?.top ?? Infinity) < at) low = mid + 1;
      else high = mid;
    }
    const before = merged[low - 1];
    return !before || at >= before.bottom;
  };
}

/**
 * Greedy breaks along an axis, for maps too big to search: each page takes as much as `room`
 * allows, ending at the last preferred place that still fills most of it, else at the last
 * allowed place; a card longer than a page, or one that would leave only a sliver before it,
 * is cut (in its middle when it ends within two pages).
 */
function greedy(axis: Axis, room: number): Span[] {
  const sliver = SLIVER * room;
  const spans: Span[] = [];
  let from = axis.from;
  while (from < axis.to - 0.5) {
    const limit = from + room;
    if (limit >= axis.to - 0.5) {
      spans.push({ from, to: axis.to });
      break;
    }
    const preferred = lastIn(axis.preferred, from + LANE_EDGE_FILL * room, limit);
    const allowed = lastIn(axis.allowed, from + 1, limit);
    const best = Number.isFinite(preferred) ? preferred : Number.isFinite(allowed) ? allowed : limit;
    // Only a sliver fits before a card too tall to join it (or a card is longer than a page): the
    // card is cut, in the middle when it ends within two pages, so neither part is a sliver.
    const forced = best - from < sliver || best === limit;
    const end = firstAfter(axis.allowed, limit, axis.to);
    const to = !forced ? best : end - from <= 2 * room ? from + (end - from) / 2 : limit;
    spans.push({ from, to });
    from = to;
  }
  return spans;
}

/** A place a page may end: a lane's (stage's) edge, a card's edge, inside a card (a cut), or an end of the map. */
interface Place { at: number; kind: 'edge' | 'card' | 'cut' | 'end'; /** A cut inside something longer than a page: there is no other way on. */ needed?: boolean }

/**
 * Every place a page may end: the allowed ones, and inside anything longer than a quarter of a
 * page, places an eighth of a page apart where it can be cut (when no other choice avoids a
 * sliver, or it is longer than a page).
 */
function places(axis: Axis, room: number): Place[] {
  const edges = new Set(axis.preferred);
  const allowed = [axis.from, ...axis.allowed.filter((at) => at > axis.from + 0.5 && at < axis.to - 0.5), axis.to];
  const out: Place[] = [];
  allowed.forEach((at, i) => {
    const previous = allowed[i - 1];
    if (previous !== undefined && at - previous > SLIVER * room) {
      for (let cut = previous + room / 8; cut < at - 1; cut += room / 8) out.push({ at: cut, kind: 'cut', needed: at - previous > room });
    }
    out.push({ at, kind: i === 0 || i === allowed.length - 1 ? 'end' : edges.has(at) ? 'edge' : 'card' });
  });
  return out;
}

/** How good a run of pages is, best first: no sliver, fewest cards cut, most pages ending at lanes' edges, then the longest shortest page. */
type Score = readonly [number, number, number, number];
const better = (a: Score, b: Score): boolean => {
  for (let i = 0; i < a.length; i += 1) if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) > (b[i] ?? 0);
  return false;
};

/** Past this many places times pages, the greedy breaks are good enough (a map of thousands of cards in one column). */
const SEARCH_LIMIT = 400_000;

/**
 * The breaks along an axis: the fewest pages that cut no card that could stay whole, and of
 * those the run with no sliver of a page, the fewest cards cut, the most pages ending at lanes'
 * (stages') edges, and the most even pages (dynamic programming over where pages may end).
 */
export function balancedSpans(axis: Axis, room: number): Span[] {
  if (axis.to - axis.from <= room + 0.5) return [{ from: axis.from, to: axis.to }];
  const at = places(axis, room);
  const n = at.length;
  // The fewest pages without cutting a card that could stay whole: reach as far as each page
  // allows (greedy reach is optimal for the count).
  const whole = at.filter((place) => place.kind !== 'cut' || place.needed);
  let pages = 0;
  for (let i = 0; i < whole.length - 1; pages += 1) {
    let j = i;
    while (j + 1 < whole.length && (whole[j + 1]?.at ?? Infinity) - (whole[i]?.at ?? 0) <= room + 1e-6) j += 1;
    if (j === i) return greedy(axis, room);
    i = j;
  }
  if (n * pages > SEARCH_LIMIT) return greedy(axis, room);
  const sliver = SLIVER * room;
  // best[k * n + i]: the best way to end page k at place i, and the place page k started at.
  const best: (Score | null)[] = new Array<Score | null>((pages + 1) * n).fill(null);
  const from: number[] = new Array<number>((pages + 1) * n).fill(-1);
  best[0] = [sliver, 0, 0, Infinity];
  for (let k = 1; k <= pages; k += 1) {
    for (let i = 1; i < n; i += 1) {
      const end = at[i];
      if (!end) continue;
      for (let j = i - 1; j >= 0; j -= 1) {
        const start = at[j];
        if (!start || end.at - start.at > room + 1e-6) break;
        const before = best[(k - 1) * n + j];
        if (!before) continue;
        const span = end.at - start.at;
        const score: Score = [
          Math.min(before[0], span, sliver),
          before[1] - (end.kind === 'cut' ? 1 : 0),
          before[2] - (end.kind === 'card' ? 1 : 0),
          Math.min(before[3], span),
        ];
        const current = best[k * n + i];
        if (!current || better(score, current)) {
          best[k * n + i] = score;
          from[k * n + i] = j;
        }
      }
    }
  }
  if (!best[pages * n + n - 1]) return greedy(axis, room);
  const spans: Span[] = [];
  for (let k = pages, i = n - 1; k > 0; k -= 1) {
    const j = from[k * n + i] ?? 0;
    spans.unshift({ from: at[j]?.at ?? axis.from, to: at[i]?.at ?? axis.to });
    i = j;
  }
  return spans;
}

/** The printable area of a page, in points. */
export interface PageArea { width: number; height: number }

function axes(guide: TileGuide, stagePerPage: boolean): { x: Axis; y: Axis } {
  const bodyLeft = guide.x + guide.laneHeaderWidth;
  const bodyTop = guide.y + guide.headerHeight;
  const inside = (from: number, to: number) => (at: number) => at > from && at < to;
  const inX = inside(bodyLeft, guide.x + guide.width);
  const inY = inside(bodyTop, guide.y + guide.height);
  const keep = guide.keepTogether;
  const free = outsideOf(keep);
  const laneEdges = guide.lanes.flatMap((l) => [l.top, l.bottom]).filter(inY);
  return {
    x: {
      from: bodyLeft,
      to: guide.x + guide.width,
      allowed: stagePerPage ? [] : sortedUnique(guide.columnEdges.filter(inX)),
      preferred: sortedUnique(guide.stageEdges.filter(inX)),
    },
    y: {
      from: bodyTop,
      to: guide.y + guide.height,
      allowed: sortedUnique([...laneEdges, ...keep.flatMap((k) => [k.top, k.bottom])].filter(inY).filter(free)),
      preferred: sortedUnique(laneEdges.filter(free)),
    },
  };
}

/** The body's room on a page at `scale`, in drawing units, beside and below the repeated headers. */
const roomAt = (guide: TileGuide, area: PageArea, scale: number) => ({
  width: area.width / scale - guide.laneHeaderWidth,
  height: area.height / scale - guide.headerHeight,
});

function planAt(guide: TileGuide, map: { x: Axis; y: Axis }, area: PageArea, scale: number, stagePerPage: boolean): PagePlan {
  const room = roomAt(guide, area, scale);
  const columns = stagePerPage ? stageSpans(map.x) : balancedSpans(map.x, room.width);
  return { scale, columns, rows: balancedSpans(map.y, room.height) };
}

/** One column of pages per stage. */
function stageSpans(x: Axis): Span[] {
  const edges = [x.from, ...x.preferred, x.to];
  return edges.slice(1).map((to, i) => ({ from: edges[i] ?? x.from, to }));
}

const pageCount = (plan: PagePlan) => plan.columns.length * plan.rows.length;

/**
 * The pages for a map on paper of `area` points: at print size, or a little smaller where that
 * saves pages (never below 9 pt card text); fitted to `pagesWide` across when asked (as small
 * as that needs); or a stage per column of pages, as large as the widest stage allows.
 */
export function planPages(guide: TileGuide, area: PageArea, fit: PageFit = {}): PagePlan {
  const stagePerPage = fit.stagePerPage === true;
  const map = axes(guide, stagePerPage);
  const at = (scale: number) => planAt(guide, map, area, scale, stagePerPage);
  if (stagePerPage) {
    const widest = Math.max(1, ...stageWidths(guide));
    return at(Math.max(SMALLEST_SCALE, Math.min(PRINT_SCALE, area.width / (widest + guide.laneHeaderWidth))));
  }
  if (fit.pagesWide !== undefined) {
    const wanted = Math.max(1, Math.floor(fit.pagesWide));
    const columns = (scale: number) => balancedSpans(map.x, roomAt(guide, area, scale).width).length;
    if (columns(PRINT_SCALE) <= wanted) return at(PRINT_SCALE);
    let low = SMALLEST_SCALE;
    let high = PRINT_SCALE;
    for (let i = 0; i < 30; i += 1) {
      const mid = (low + high) / 2;
      if (columns(mid) <= wanted) low = mid;
      else high = mid;
    }
    return at(low);
  }
  let best = at(PRINT_SCALE);
  for (let scale = PRINT_SCALE - 0.01; scale >= SMALLEST_AUTO_SCALE - 1e-9; scale -= 0.01) {
    const plan = at(scale);
    if (pageCount(plan) < pageCount(best)) best = plan;
  }
  return best;
}

function stageWidths(guide: TileGuide): number[] {
  const edges = [guide.x + guide.laneHeaderWidth, ...guide.stageEdges, guide.x + guide.width];
  return edges.slice(1).map((to, i) => to - (edges[i] ?? to));
}
