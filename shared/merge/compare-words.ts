import type { Say } from '../exchange/issue-text';
import type { JourneyComparison } from './compare';
import type { MetricDelta } from './compare-view';
import { signedNumber } from './words';

/** The stages and lanes added, removed or renamed, one line each ("stage “Recommend”: renamed from “Leave”"), as the screen and the PDF list them. */
export function structureLines(comparison: JourneyComparison, t: Say): string[] {
  return [
    ...comparison.stages.filter((s) => s.presence !== 'same').map((s) => ({ what: t('merge.record.stages'), ...s })),
    ...comparison.lanes.filter((l) => l.presence !== 'same').map((l) => ({ what: t('merge.record.lanes'), ...l })),
  ].map((s) => t('compare.structureLine', { what: s.what, name: s.name, change: s.previousName ? t('merge.compare.renamedFrom', { name: s.previousName }) : t(`merge.compare.presence.${s.presence}`) }));
}

/** A metric's change at a stage as its badge says it: "+12 %", "−0,5". */
export const deltaText = (delta: MetricDelta, language: string): string => `${signedNumber(delta.delta, language)}${delta.unit ? ` ${delta.unit}` : ''}`;
