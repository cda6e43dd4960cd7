import fc from 'fast-check';
import { generateKeyBetween } from 'fractional-indexing';
import { validateJourney } from '../../shared/document/parse';
import type { Card, JourneyDocument, LaneKind } from '../../shared/document/schema';
import { journeyFrom } from './journeys';

const WORDS = ['Kunden', 'jämför', 'priser', 'och', 'läser', 'recensioner', 'Ο', 'πελάτης', 'ψάχνει', 'checkout', 'queue', 'długa', 'kolejka', 'support', 'răspuns', 'lent'];
const KINDS: readonly LaneKind[] = ['actions', 'touchpoints', 'thoughts', 'emotions', 'painPoints', 'opportunities', 'metrics', 'storyboard', 'frontstage', 'backstage'];

const keys = (count: number): string[] => {
  const out: string[] = [];
  let last: string | null = null;
  for (let i = 0; i < count; i += 1) out.push((last = generateKeyBetween(last, null)));
  return out;
};

/** A card's text: from one word to a long paragraph, sometimes with a line break. */
const cardText = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 60 }).chain((words) =>
  fc.boolean().map((breakLine) => (breakLine && words.length > 4 ? `${words.slice(0, 3).join(' ')}\n${words.slice(3).join(' ')}` : words.join(' '))));

interface Shape { stages: { steps: number; width: number | null }[]; lanes: LaneKind[]; cells: { stage: number; lane: number; texts: string[] }[]; values: number[] }

const shapeArbitrary: fc.Arbitrary<Shape> = fc.record({
  stages: fc.array(fc.record({ steps: fc.oneof(fc.constant(0), fc.constant(0), fc.integer({ min: 1, max: 3 })), width: fc.option(fc.integer({ min: 160, max: 640 }), { freq: 4 }) }), { minLength: 1, maxLength: 12 }),
  lanes: fc.array(fc.constantFrom(...KINDS), { minLength: 1, maxLength: 9 }),
  cells: fc.array(fc.record({ stage: fc.nat(), lane: fc.nat(), texts: fc.array(cardText, { minLength: 1, maxLength: 5 }) }), { maxLength: 40 }),
  values: fc.array(fc.integer({ min: -20, max: 20 }), { minLength: 12, maxLength: 12 }),
});

/**
 * Random maps for property tests: 1-12 stages (some with steps, some resized), 1-9 lanes of any
 * kind, cells of one to five cards from a word to a paragraph, curves and metric values.
 * Each is a valid journey (it goes through the schema).
 */
export const randomJourney: fc.Arbitrary<JourneyDocument> = shapeArbitrary.map((shape) => {
  const base = journeyFrom('blank');
  const stageKeys = keys(shape.stages.length);
  const stages = shape.stages.map((s, i) => ({ id: `stage-${i}`, name: `Etapp ${i + 1} ${WORDS[i % WORDS.length]}`, order: stageKeys[i]!, ...(s.width !== null && s.steps === 0 ? { width: s.width } : {}) }));
  const steps = shape.stages.flatMap((s, i) => keys(s.steps).map((order, j) => ({ id: `step-${i}-${j}`, stageId: `stage-${i}`, name: `Steg ${j + 1}`, order })));
  const laneKeys = keys(shape.lanes.length);
  const lanes = shape.lanes.map((kind, i) => ({ id: `lane-${i}`, kind, name: `${kind} ${i + 1}`, order: laneKeys[i]!, ...(kind === 'metrics' ? { unit: '%' } : {}) }));
  const columns = stages.flatMap((stage) => {
    const own = steps.filter((s) => s.stageId === stage.id);
    return own.length === 0 ? [{ stageId: stage.id, stepId: undefined }] : own.map((s) => ({ stageId: stage.id, stepId: s.id as string | undefined }));
  });
  const cards: Card[] = [];
  shape.cells.forEach((cell, c) => {
    const lane = lanes[cell.lane % lanes.length]!;
    if (lane.kind === 'emotions' || lane.kind === 'metrics') return;
    const column = columns[cell.stage % columns.length]!;
    keys(cell.texts.length).forEach((order, i) => cards.push({
      id: `card-${c}-${i}`, stageId: column.stageId, ...(column.stepId ? { stepId: column.stepId } : {}), laneId: lane.id, order, text: cell.texts[i]!,
    }));
  });
  const curves = lanes.filter((l) => l.kind === 'emotions').map((lane, i) => ({ id: `curve-${i}`, laneId: lane.id, name: lane.name, style: 'solid' as const, colour: '#0072B2' }));
  const emotionPoints = curves.flatMap((curve) => columns.map((column, i) => ({
    id: `${curve.id}-${i}`, curveId: curve.id, stageId: column.stageId, ...(column.stepId ? { stepId: column.stepId } : {}), value: (shape.values[i % 12] ?? 0) / 10,
  })));
  const metricValues = lanes.filter((l) => l.kind === 'metrics').flatMap((lane) => columns.map((column, i) => ({
    id: `${lane.id}-${i}`, laneId: lane.id, stageId: column.stageId, ...(column.stepId ? { stepId: column.stepId } : {}), value: (shape.values[i % 12] ?? 0) * 4,
  })));
  return validateJourney({
    ...base, journey: { ...base.journey, title: 'Slumpkarta', description: 'En karta för egenskapstester.' },
    stages, steps, lanes, cards, emotionCurves: curves, emotionPoints, metricValues,
  });
});
