import { z } from 'zod';
import { LIMITS } from '../limits';
import type { evidenceSchema } from './cards';
import { cardSchema } from './cards';
import { emotionCurveSchema, emotionPointSchema, metricValueSchema } from './emotions';
import type { laneKindSchema} from './grid';
import { channelSchema, laneSchema, type mapLinkSchema, stageSchema, stepSchema } from './grid';
import { assetSchema, journeyMetaSchema, personaSchema } from './people';
import { referenceIssues } from './references';
import { viewSchema } from './views';
import type { parkedNoteSchema, workshopRatingSchema, workshopVoteSchema } from './workshops';
import { workshopResultSchema } from './workshops';

export * from './cards';
export * from './emotions';
export * from './grid';
export * from './people';
export * from './views';
export * from './workshops';

export const FORMAT_NAME = 'waymark.journey';
/** The format version this build writes. Bump it with a migration in migrations.ts. */
export const CURRENT_FORMAT_VERSION = 4;

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
  steps: z.array(stepSchema).max(LIMITS.steps),
  lanes: z.array(laneSchema).max(LIMITS.lanes),
  channels: z.array(channelSchema).max(LIMITS.channels),
  cards: z.array(cardSchema).max(LIMITS.cards),
  emotionCurves: z.array(emotionCurveSchema).max(LIMITS.emotionCurves),
  emotionPoints: z.array(emotionPointSchema).max(LIMITS.emotionPoints),
  metricValues: z.array(metricValueSchema).max(LIMITS.metricValues),
  personas: z.array(personaSchema).max(LIMITS.personas),
  views: z.array(viewSchema).max(LIMITS.views),
  assets: z.array(assetSchema).max(LIMITS.assets),
  /** Results of live workshops, one record each (format 4). */
  workshops: z.array(workshopResultSchema).max(LIMITS.workshops),
});
export type JourneyShape = z.infer<typeof journeyShape>;

export const journeyDocumentSchema = journeyShape.superRefine((doc, ctx) => {
  for (const issue of referenceIssues(doc)) ctx.addIssue({ code: 'custom', ...issue });
});

export type LaneKind = z.infer<typeof laneKindSchema>;
export type JourneyMeta = z.infer<typeof journeyMetaSchema>;
export type Stage = z.infer<typeof stageSchema>;
export type Step = z.infer<typeof stepSchema>;
export type MapLink = z.infer<typeof mapLinkSchema>;
export type Lane = z.infer<typeof laneSchema>;
export type Channel = z.infer<typeof channelSchema>;
export type Card = z.infer<typeof cardSchema>;
export type Evidence = z.infer<typeof evidenceSchema>;
export type EmotionCurve = z.infer<typeof emotionCurveSchema>;
export type EmotionPoint = z.infer<typeof emotionPointSchema>;
export type MetricValue = z.infer<typeof metricValueSchema>;
export type Persona = z.infer<typeof personaSchema>;
export type Asset = z.infer<typeof assetSchema>;
export type JourneyView = z.infer<typeof viewSchema>;
export type WorkshopResult = z.infer<typeof workshopResultSchema>;
export type WorkshopVote = z.infer<typeof workshopVoteSchema>;
export type WorkshopRating = z.infer<typeof workshopRatingSchema>;
export type ParkedNote = z.infer<typeof parkedNoteSchema>;
export type JourneyDocument = z.infer<typeof journeyDocumentSchema>;
