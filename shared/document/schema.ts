import { z } from 'zod';
import { EMOTION_MAX, EMOTION_MIN, LIMITS } from './limits';

export const FORMAT_NAME = 'waymark.journey';
/** The format version this build writes. Bump it with a migration in migrations.ts. */
export const CURRENT_FORMAT_VERSION = 1;

const idSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'must be 1-64 letters, digits, - or _');
const orderKeySchema = z.string().regex(/^[0-9A-Za-z]{1,80}$/, 'must be a fractional index key');
const colourSchema = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'must be a colour like #1a2b3c');
const text = (max: number) => z.string().max(max, `must be at most ${max} characters`);

export const LANE_KINDS = [
  'actions',
  'touchpoints',
  'emotions',
  'thoughts',
  'painPoints',
  'opportunities',
] as const;
export const laneKindSchema = z.enum(LANE_KINDS);
export type LaneKind = z.infer<typeof laneKindSchema>;

export const journeyMetaSchema = z.strictObject({
  title: text(LIMITS.titleLength),
  description: text(LIMITS.descriptionLength),
  goal: text(LIMITS.titleLength),
});

export const stageSchema = z.strictObject({
  id: idSchema,
  name: text(LIMITS.nameLength),
  order: orderKeySchema,
});

export const laneSchema = z.strictObject({
  id: idSchema,
  kind: laneKindSchema,
  name: text(LIMITS.nameLength),
  order: orderKeySchema,
});

export const cardSchema = z.strictObject({
  id: idSchema,
  stageId: idSchema,
  laneId: idSchema,
  order: orderKeySchema,
  text: text(LIMITS.cardTextLength),
  colour: colourSchema.optional(),
});

export const emotionPointSchema = z.strictObject({
  id: idSchema,
  stageId: idSchema,
  laneId: idSchema,
  value: z.number().finite().min(EMOTION_MIN).max(EMOTION_MAX),
  label: text(LIMITS.labelLength).optional(),
});

/** Fields every format version shares; read first to decide whether we can read the rest. */
export const envelopeSchema = z.object({
  format: z.literal(FORMAT_NAME),
  formatVersion: z.number().int().min(1),
  minReaderVersion: z.number().int().min(1),
});

const journeyShape = z.strictObject({
  format: z.literal(FORMAT_NAME),
  formatVersion: z.literal(CURRENT_FORMAT_VERSION),
  minReaderVersion: z.number().int().min(1).max(CURRENT_FORMAT_VERSION),
  journey: journeyMetaSchema,
  stages: z.array(stageSchema).max(LIMITS.stages),
  lanes: z.array(laneSchema).max(LIMITS.lanes),
  cards: z.array(cardSchema).max(LIMITS.cards),
  emotionPoints: z.array(emotionPointSchema).max(LIMITS.emotionPoints),
});

type Issue = { path: (string | number)[]; message: string };

function duplicateIdIssues(name: string, records: readonly { id: string }[]): Issue[] {
  const seen = new Set<string>();
  const issues: Issue[] = [];
  records.forEach((record, index) => {
    if (seen.has(record.id)) issues.push({ path: [name, index, 'id'], message: `duplicate id "${record.id}"` });
    seen.add(record.id);
  });
  return issues;
}

/** Cross-record rules a per-record schema cannot see: unique ids and valid references. */
function referenceIssues(doc: z.infer<typeof journeyShape>): Issue[] {
  const issues: Issue[] = [
    ...duplicateIdIssues('stages', doc.stages),
    ...duplicateIdIssues('lanes', doc.lanes),
    ...duplicateIdIssues('cards', doc.cards),
    ...duplicateIdIssues('emotionPoints', doc.emotionPoints),
  ];
  const stageIds = new Set(doc.stages.map((s) => s.id));
  const laneKinds = new Map(doc.lanes.map((l) => [l.id, l.kind]));
  doc.cards.forEach((card, i) => {
    if (!stageIds.has(card.stageId)) issues.push({ path: ['cards', i, 'stageId'], message: `unknown stage "${card.stageId}"` });
    if (!laneKinds.has(card.laneId)) issues.push({ path: ['cards', i, 'laneId'], message: `unknown lane "${card.laneId}"` });
  });
  const pointCells = new Set<string>();
  doc.emotionPoints.forEach((point, i) => {
    if (!stageIds.has(point.stageId)) issues.push({ path: ['emotionPoints', i, 'stageId'], message: `unknown stage "${point.stageId}"` });
    const kind = laneKinds.get(point.laneId);
    if (kind !== 'emotions') issues.push({ path: ['emotionPoints', i, 'laneId'], message: `"${point.laneId}" is not an emotions lane` });
    const cell = `${point.laneId}/${point.stageId}`;
    if (pointCells.has(cell)) issues.push({ path: ['emotionPoints', i], message: 'a second point for the same stage' });
    pointCells.add(cell);
  });
  return issues;
}

export const journeyDocumentSchema = journeyShape.superRefine((doc, ctx) => {
  for (const issue of referenceIssues(doc)) ctx.addIssue({ code: 'custom', ...issue });
});

export type JourneyMeta = z.infer<typeof journeyMetaSchema>;
export type Stage = z.infer<typeof stageSchema>;
export type Lane = z.infer<typeof laneSchema>;
export type Card = z.infer<typeof cardSchema>;
export type EmotionPoint = z.infer<typeof emotionPointSchema>;
export type JourneyDocument = z.infer<typeof journeyDocumentSchema>;
