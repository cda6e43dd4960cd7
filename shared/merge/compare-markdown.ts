import type { JourneyDocument } from '../document/schema';
import { inline, table } from '../exchange/markdown';
import type { Say } from '../exchange/issue-text';
import type { Delta, JourneyComparison } from './compare';
import { describeChanges } from './diff';
import { readableNumber, signedNumber } from './words';

/** "1.5 → −0.5 (−2)" in the reader's number format, minus signs alike everywhere; a dash where a map has no value. */
function delta({ before, after }: Delta, language: string, unit = ''): string {
  const value = (n: number | null) => (n === null ? '–' : `${readableNumber(n, language)}${unit}`);
  const change = before !== null && after !== null && before !== after ? ` (${signedNumber(after - before, language)})` : '';
  return `${value(before)} → ${value(after)}${change}`;
}

/**
 * A comparison of two maps as Markdown, for a review or a hand-over: stages with their card
 * changes, lanes added or removed, each curve's emotion and each metric per stage before and
 * after, and the change list. User text is escaped as in the Markdown export.
 */
export function comparisonMarkdown(comparison: JourneyComparison, before: JourneyDocument, after: JourneyDocument, t: Say, language: string, labels?: { before: string; after: string }): string {
  const names = labels ?? { before: before.journey.title, after: after.journey.title };
  const lines = [`# ${inline(t('merge.compare.title', names))}`, ''];
  const presence = (p: string, previous?: string) => (previous ? t('merge.compare.renamedFrom', { name: previous }) : t(`merge.compare.presence.${p}`));
  lines.push(`## ${inline(t('merge.compare.stages'))}`, '', ...table([
    [t('merge.compare.stage'), t('merge.compare.change'), t('merge.compare.cardsAdded'), t('merge.compare.cardsRemoved'), t('merge.compare.cardsChanged'), t('merge.compare.cardsMoved')],
    ...comparison.stages.map((s) => [s.name, presence(s.presence, s.previousName), ...[s.cards.added, s.cards.removed, s.cards.changed, s.cards.moved].map(String)]),
  ]), '');
  const lanes = comparison.lanes.filter((l) => l.presence !== 'same');
  if (lanes.length > 0) lines.push(`## ${inline(t('merge.compare.lanes'))}`, '', ...lanes.map((l) => `- ${inline(l.name)}: ${inline(presence(l.presence, l.previousName))}`), '');
  const curves = comparison.stages[0]?.emotions.map((e) => e.curve) ?? [];
  if (curves.length > 0) {
    lines.push(`## ${inline(t('merge.compare.emotions'))}`, '', ...table([
      [t('merge.compare.stage'), ...curves],
      ...comparison.stages.map((s) => [s.name, ...s.emotions.map((e) => delta(e, language))]),
    ]), '');
  }
  const metrics = comparison.stages[0]?.metrics ?? [];
  if (metrics.length > 0) {
    lines.push(`## ${inline(t('merge.compare.metrics'))}`, '', ...table([
      [t('merge.compare.stage'), ...metrics.map((m) => m.lane)],
      ...comparison.stages.map((s) => [s.name, ...s.metrics.map((m) => delta(m, language, m.unit ? ` ${m.unit}` : ''))]),
    ]), '');
  }
  lines.push(`## ${inline(t('merge.compare.changes'))}`, '', ...describeChanges(comparison.changes, comparison.before, after, t, language).map((line) => `- ${inline(line)}`), '');
  return lines.join('\n');
}
