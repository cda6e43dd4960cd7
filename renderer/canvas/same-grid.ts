import { sameRecord } from '../../shared/document/same-record';
import type { JourneyLayout } from '../../shared/layout/layout';

/**
 * Whether two layouts draw the same grid and headers: the lanes, columns, stages, curves and
 * service-blueprint lines in the same places. A card's new text makes a new layout; while its
 * lane keeps its height, the grid and header layers need not draw again.
 */
export function sameGrid(a: JourneyLayout, b: JourneyLayout): boolean {
  return a === b || (a.width === b.width && a.height === b.height && a.top === b.top && sameRecord(a.lanes, b.lanes) && sameRecord(a.columns, b.columns)
    && sameRecord(a.stages, b.stages) && sameRecord(a.blueprintLines, b.blueprintLines) && sameRecord(a.emotionCurves, b.emotionCurves));
}

/** Props equal but for a layout with the same grid (for React.memo). */
export function sameGridProps<P extends { layout: JourneyLayout }>(a: Readonly<P>, b: Readonly<P>): boolean {
  for (const key of new Set([...Object.keys(a), ...Object.keys(b)]) as Set<keyof P>) {
    if (key === 'layout' ? !sameGrid(a.layout, b.layout) : !Object.is(a[key], b[key]) && !(a[key] instanceof Map && sameRecord([...(a[key] as Map<unknown, unknown>)], [...(b[key] as Map<unknown, unknown>)]))) return false;
  }
  return true;
}
