import { applyChanges, type Change } from '../../shared/document/changes';
import { addCard, addLane, moveCards, removeCards, setEmotion, setMetricValue, updateCard, updateLane, updateStage } from '../../shared/document/commands';
import type { JourneyDocument } from '../../shared/document/schema';
import { gridJourney } from './editor';

const edit = (doc: JourneyDocument, ...steps: ((d: JourneyDocument) => Change[])[]) => steps.reduce((d, step) => applyChanges(d, step(d)), doc);

/**
 * A map before and after a workshop, with one change of every kind: a card added, one
 * removed, one moved, one reworded; a stage renamed, a lane added; an emotion and a metric
 * changed at the stage "Buy" (the metric by +12).
 */
export function beforeAndAfter(): { before: JourneyDocument; after: JourneyDocument } {
  let before = gridJourney(['Discover', 'Buy', 'Use', 'Leave'], ['actions', 'painPoints', 'emotions', 'metrics'], [
    [0, 0, 'Reads reviews'], [0, 1, 'Pays online'], [1, 1, 'Queue at the till'], [0, 2, 'Calls support'], [0, 3, 'Writes a review'],
  ]);
  const metrics = before.lanes[3]!;
  const curve = { curve: before.emotionCurves[0]! };
  before = edit(before, (d) => updateLane(d, metrics.id, { unit: '%' }));
  const stage = (name: string) => before.stages.find((s) => s.name === name)!.id;
  before = edit(before,
    ...[['Discover', 1], ['Buy', -1], ['Use', 0], ['Leave', 1]].map(([name, value]) => (d: JourneyDocument) => setEmotion(d, curve.curve.id, { stageId: stage(name as string) }, value as number)),
    (d) => setMetricValue(d, metrics.id, { stageId: stage('Discover') }, 40),
    (d) => setMetricValue(d, metrics.id, { stageId: stage('Buy') }, 20));
  const card = (text: string) => before.cards.find((c) => c.text === text)!;
  const after = edit(before,
    (d) => addCard(d, { stageId: stage('Discover'), laneId: before.lanes[0]!.id }, 'Compares prices').changes,
    (d) => removeCards(d, [card('Calls support').id]),
    (d) => moveCards(d, [card('Queue at the till').id], { stageId: stage('Use'), laneId: before.lanes[1]!.id }, null),
    (d) => updateCard(d, card('Pays online').id, { text: 'Pays by card' }),
    (d) => updateStage(d, stage('Leave'), { name: 'Recommend' }),
    (d) => addLane(d, 'thoughts', 'Thoughts').changes,
    (d) => setEmotion(d, curve.curve.id, { stageId: stage('Buy') }, 1),
    (d) => setMetricValue(d, metrics.id, { stageId: stage('Buy') }, 32));
  return { before, after };
}
