import { describe, expect, it } from 'vitest';
import { applyChanges } from '../../shared/document/changes';
import { addCard, removeLane, setEmotion, updateCard, updateStage } from '../../shared/document/commands';
import { parseJourneyText } from '../../shared/document/parse';
import type { JourneyDocument } from '../../shared/document/schema';
import { createI18n } from '../../shared/i18n/i18n';
import { compareJourneys } from '../../shared/merge/compare';
import { comparisonMarkdown } from '../../shared/merge/compare-markdown';
import { currentFixtureText } from '../helpers/fixtures';
import { journeyFrom } from '../helpers/journeys';

const base = parseJourneyText(currentFixtureText());
const t = createI18n('en').t.bind(createI18n('en'));
const edit = (doc: JourneyDocument, ...steps: ((d: JourneyDocument) => Parameters<typeof applyChanges>[1])[]) => steps.reduce((d, step) => applyChanges(d, step(d)), doc);

describe('comparing two maps', () => {
  it('two versions: stage by stage card changes, renamed stage, removed lane, emotion deltas, and Markdown of it all', () => {
    const [first, second] = [base.stages[0]!, base.stages[1]!];
    const curve = base.emotionCurves[0]!;
    const point = base.emotionPoints.find((p) => p.curveId === curve.id && p.stageId === second.id)!;
    const card = base.cards.find((c) => c.stageId === second.id)!;
    const spare = base.lanes.find((l) => !base.cards.some((c) => c.laneId === l.id) && l.kind !== 'emotions' && l.kind !== 'metrics');
    const after = edit(base,
      (d) => updateStage(d, first.id, { name: 'Hearing about it' }),
      (d) => updateCard(d, card.id, { text: 'Reworded' }),
      (d) => addCard(d, { stageId: second.id, laneId: card.laneId, stepId: card.stepId }, 'New pain').changes,
      (d) => setEmotion(d, curve.id, { stageId: second.id, stepId: point.stepId }, point.value >= 1 ? point.value - 1 : point.value + 1),
      (d) => (spare ? removeLane(d, spare.id) : []));
    const comparison = compareJourneys(base, after);
    const row = comparison.stages.find((s) => s.name === second.name)!;
    expect(row.cards).toMatchObject({ added: 1, changed: 1, removed: 0 });
    expect(comparison.stages[0]).toMatchObject({ name: 'Hearing about it', presence: 'renamed', previousName: first.name });
    const emotion = row.emotions.find((e) => e.curve === curve.name)!;
    expect(Math.abs((emotion.after ?? 0) - (emotion.before ?? 0))).toBeGreaterThan(0);
    if (spare) expect(comparison.lanes).toContainEqual({ name: spare.name, presence: 'removed' });
    const markdown = comparisonMarkdown(comparison, base, after, t, 'en');
    expect(markdown).toContain(`# Comparison: ${base.journey.title} → `);
    expect(markdown).toContain(`| Hearing about it | renamed from “${first.name}” | 0 | 0 | 0 | 0 |`);
    expect(markdown).toContain('## Emotions by stage');
    expect(markdown).toContain('- card added: “New pain”');
  });

  it('an as-is and a to-be map made apart pair their stages and lanes by name', () => {
    const asIs = journeyFrom('journey8');
    const toBe = journeyFrom('journey8');
    expect(asIs.stages[0]!.id).not.toBe(toBe.stages[0]!.id);
    const comparison = compareJourneys(asIs, toBe);
    expect(comparison.stages.map((s) => s.presence)).toEqual(asIs.stages.map(() => 'same'));
    expect(comparison.lanes.every((l) => l.presence === 'same')).toBe(true);
  });
});
