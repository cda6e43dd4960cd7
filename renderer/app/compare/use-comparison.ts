import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { computeLayout } from '../../../shared/layout/layout';
import { curvesOn } from '../../../shared/layout/curves-on';
import { alignRows } from '../../../shared/merge/aligned-rows';
import { compareJourneys } from '../../../shared/merge/compare';
import { compareView, metricDeltas } from '../../../shared/merge/compare-view';
import { describeChanges } from '../../../shared/merge/diff';
import { measureLines } from '../../canvas/measure';
import type { ComparedMap } from './compare-types';

/** Everything the compare screen draws, derived from the two journeys (nothing of it is stored). */
export function useComparison(before: ComparedMap, after: ComparedMap, mode: 'side' | 'overlay') {
  const { t, i18n } = useTranslation();
  const comparison = useMemo(() => compareJourneys(before.document, after.document), [before.document, after.document]);
  const view = useMemo(() => compareView(comparison, after.document), [comparison, after.document]);
  const lines = useMemo(() => (comparison.changes.length === 0 ? [] : describeChanges(comparison.changes, comparison.before, after.document, t, i18n.language)), [comparison, after.document, t, i18n.language]);
  const deltas = useMemo(() => metricDeltas(comparison, after.document), [comparison, after.document]);
  // Laid out once each, and only for the mode shown: a 10,000-card map takes a while to measure.
  const overlay = useMemo(() => (mode === 'overlay' ? computeLayout(view.union, measureLines) : null), [mode, view.union]);
  // Side by side, the rows line up: a card added to one map does not push the other's lanes out of line.
  const side = useMemo(() => (mode === 'side' ? alignRows(computeLayout(comparison.before, measureLines), computeLayout(after.document, measureLines)) : null), [mode, comparison.before, after.document]);
  const layouts = useMemo(() => ({
    overlay, side,
    overlayGhosts: overlay ? curvesOn(comparison.before, overlay) : [],
    afterGhosts: side ? curvesOn(comparison.before, side.after) : [],
  }), [overlay, side, comparison.before]);
  // Faded on the overlay: what the map after no longer has, and where moved cards were.
  const removed = useMemo(() => new Set([...[...view.overlay.cards].filter(([, mark]) => mark === 'removed').map(([id]) => id), ...view.ghosts.keys()]), [view]);
  return { comparison, view, lines, deltas, layouts, removed };
}
