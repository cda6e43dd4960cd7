import { firstKeys } from '../../shared/document/order';
import { validateJourney } from '../../shared/document/parse';
import type { JourneyDocument, LaneKind } from '../../shared/document/schema';
import { createJourney } from '../../shared/templates/templates';
import { englishT } from '../helpers/journeys';
import { cardText, type TextLaneKind } from './card-text';
import { seededRandom, type SeededRandom } from './seeded-random';

type Card = JourneyDocument['cards'][number];

const STAGE_NAMES = [
  'Awareness', 'Consideration', 'Comparison', 'Decision', 'Purchase', 'Onboarding',
  'First use', 'Usage', 'Support', 'Renewal', 'Retention', 'Advocacy',
];

/** Ten lanes: nine of cards and one emotion curve, kinds every format version knows. */
const LANES: readonly { kind: LaneKind & TextLaneKind | 'emotions'; name: string }[] = [
  { kind: 'actions', name: 'Customer actions' },
  { kind: 'touchpoints', name: 'Touchpoints (online)' },
  { kind: 'touchpoints', name: 'Touchpoints (offline)' },
  { kind: 'emotions', name: 'Emotions' },
  { kind: 'thoughts', name: 'Thoughts' },
  { kind: 'thoughts', name: 'Questions' },
  { kind: 'painPoints', name: 'Pain points' },
  { kind: 'actions', name: 'Company actions' },
  { kind: 'opportunities', name: 'Quick wins' },
  { kind: 'opportunities', name: 'Long-term opportunities' },
];

/** Splits `total` over cells with uneven weights (busy and quiet cells), summing exactly. */
function cellCounts(total: number, cells: number, random: SeededRandom): number[] {
  const weights = Array.from({ length: cells }, () => 0.4 + random.next() * 1.2);
  const sum = weights.reduce((a, b) => a + b, 0);
  const counts = weights.map((w) => Math.floor((w / sum) * total));
  for (let i = 0, left = total - counts.reduce((a, b) => a + b, 0); left > 0; i = (i + 1) % cells, left -= 1) counts[i]! += 1;
  return counts;
}

/** A curve that wanders over the -2..+2 scale in half steps, like a real as-is curve. */
function emotionValues(count: number, random: SeededRandom): number[] {
  let value = random.pick([-0.5, 0, 0.5, 1]);
  return Array.from({ length: count }, () => (value = Math.max(-2, Math.min(2, value + random.pick([-1, -0.5, 0, 0.5, 1])))));
}

/** Replaces the template's random ids with numbered ones wherever they are referenced. */
function withStableIds(doc: JourneyDocument, randomIds: readonly string[]): JourneyDocument {
  const stable = new Map(randomIds.map((id, i) => [id, `t${i}`]));
  return JSON.parse(JSON.stringify(doc), (_key, value: unknown) => (typeof value === 'string' ? (stable.get(value) ?? value) : value)) as JourneyDocument;
}

const idsOf = (doc: JourneyDocument): string[] =>
  Object.values(doc).filter(Array.isArray).flat().flatMap((r: { id?: unknown }) => (typeof r.id === 'string' ? [r.id] : []));

/**
 * A valid journey of `cards` cards over 12 stages and 10 lanes with an emotion curve, the same
 * for the same seed. It starts from the 5-stage template, so it follows the current format
 * (records gain fields there first) and is validated before it is returned.
 */
export function generateJourney({ cards, seed }: { cards: number; seed: number }): JourneyDocument {
  const random = seededRandom(seed);
  const template = createJourney('buyer5', englishT);
  const stageKeys = firstKeys(STAGE_NAMES.length);
  const stages = STAGE_NAMES.map((name, i) => ({ ...template.stages[0]!, id: template.stages[i]?.id ?? `s${i}`, name, order: stageKeys[i]! }));

  const laneKeys = firstKeys(LANES.length);
  const unusedTemplateLanes = [...template.lanes];
  const lanes = LANES.map(({ kind, name }, i) => {
    const reused = unusedTemplateLanes.findIndex((lane) => lane.kind === kind);
    const id = reused >= 0 ? unusedTemplateLanes.splice(reused, 1)[0]!.id : `l${i}`;
    return { ...template.lanes[0]!, id, kind, name, order: laneKeys[i]! };
  });

  // One point per stage for each curve the template draws, cloned from its first stage's point.
  const firstPoints = template.emotionPoints.filter((p) => p.stageId === template.stages[0]!.id);
  const emotionPoints = firstPoints.flatMap((prototype, curve) => {
    const values = emotionValues(stages.length, random);
    return stages.map((stage, i) => ({ ...prototype, id: `p${curve}x${i}`, stageId: stage.id, value: values[i]! }));
  });

  const cells = lanes.flatMap((lane) => (lane.kind === 'emotions' ? [] : stages.map((stage) => ({ lane, stage }))));
  const counts = cellCounts(cards, cells.length, random);
  const cardRecords: Card[] = cells.flatMap(({ lane, stage }, cell) => {
    const count = counts[cell]!;
    const keys = count > 0 ? firstKeys(count) : [];
    return keys.map((order, i) => ({ id: `c${cell}x${i}`, stageId: stage.id, laneId: lane.id, order, text: cardText(lane.kind as TextLaneKind, random) }));
  });

  const doc: JourneyDocument = {
    ...template,
    journey: { ...template.journey, title: `Benchmark journey: ${cards} cards`, goal: 'Buy and keep using the service' },
    stages,
    lanes,
    cards: cardRecords,
    emotionPoints,
  };
  return validateJourney(withStableIds(doc, idsOf(template)));
}
