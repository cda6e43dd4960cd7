import type { Change } from '../changes';
import { newId } from '../ids';
import { LIMITS } from '../limits';
import type { JourneyDocument } from '../schema';
import { columnFields, sameColumn, type Column } from './cell';

/** The largest magnitude a metric may have in the file. */
export const METRIC_LIMIT = 1e12;

/**
 * Sets a metrics lane's number at a column (conversion, NPS, CSAT…), or clears it with null.
 * Numbers that are not finite or beyond the file's range are refused (no change).
 */
export function setMetricValue(doc: JourneyDocument, laneId: string, column: Column, value: number | null): Change[] {
  const lane = doc.lanes.find((l) => l.id === laneId);
  if (lane?.kind !== 'metrics') return [];
  const before = doc.metricValues.find((m) => m.laneId === laneId && sameColumn(m, column));
  if (value === null) return before ? [{ table: 'metricValues', before, after: null }] : [];
  if (!Number.isFinite(value) || Math.abs(value) > METRIC_LIMIT) return [];
  if (before) return before.value === value ? [] : [{ table: 'metricValues', before, after: { ...before, value } }];
  if (doc.metricValues.length >= LIMITS.metricValues) return [];
  return [{ table: 'metricValues', before: null, after: { id: newId(), laneId, ...columnFields(column), value } }];
}
