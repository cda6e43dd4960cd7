import type { JourneyDocument } from '../../shared/document/schema';
import { serializeJourney } from '../../shared/document/serialize';
import { createI18n } from '../../shared/i18n/i18n';
import { compareJourneys } from '../../shared/merge/compare';
import { compareView, metricDeltas } from '../../shared/merge/compare-view';
import { describeChanges, diffJourneys } from '../../shared/merge/diff';
import { mergeJourneys } from '../../shared/merge/three-way';
import { median, timed } from './stats';

export interface MergeFigures {
  /** Three-way merge of two copies, each with 1% of its cards reworded and 0.2% removed. */
  mergeMs: number;
  /** The change list from the base to one copy. */
  diffMs: number;
  /** What the compare screen derives before it draws: the comparison, its marks and union map, metric deltas and the described change list. */
  compareMs: number;
  /** JSON.parse of the journey's file text: the floor both are compared with. */
  parseFloorMs: number;
}

/** Two copies of `base` edited apart, as two consultants would: different cards reworded, a few removed. */
function copiesOf(base: JourneyDocument): [JourneyDocument, JourneyDocument] {
  const edit = (side: string, offset: number): JourneyDocument => ({
    ...base,
    cards: base.cards.filter((_, i) => i % 500 !== offset).map((card, i) => (i % 100 === offset ? { ...card, text: `${card.text} (${side})` } : card)),
  });
  return [edit('ours', 7), edit('theirs', 57)];
}

/** Medians of `runs` timed rounds (after one warm-up) of merge, diff and their JSON.parse floor. */
export async function timeMergeAndDiff(base: JourneyDocument, runs: number): Promise<MergeFigures> {
  const [ours, theirs] = copiesOf(base);
  const text = serializeJourney(base);
  const i18n = createI18n('en');
  const t = i18n.t.bind(i18n);
  const compare = () => {
    const comparison = compareJourneys(base, theirs);
    compareView(comparison, theirs);
    metricDeltas(comparison, theirs);
    return describeChanges(comparison.changes, comparison.before, theirs, t);
  };
  const samples = { mergeMs: [] as number[], diffMs: [] as number[], compareMs: [] as number[], parseFloorMs: [] as number[] };
  for (let run = 0; run <= runs; run += 1) {
    const round = {
      mergeMs: await timed(async () => mergeJourneys(base, ours, theirs)),
      diffMs: await timed(async () => diffJourneys(base, theirs)),
      compareMs: await timed(async () => compare()),
      parseFloorMs: await timed(async () => JSON.parse(text)),
    };
    if (run === 0) continue;
    for (const key of Object.keys(samples) as (keyof typeof samples)[]) samples[key].push(round[key]);
  }
  if (mergeJourneys(base, ours, theirs).conflicts.length !== 0) throw new Error('the benchmark copies should merge without conflicts');
  return { mergeMs: median(samples.mergeMs), diffMs: median(samples.diffMs), compareMs: median(samples.compareMs), parseFloorMs: median(samples.parseFloorMs) };
}
