import { z } from 'zod';
import { EMOTION_MAX, EMOTION_MIN, LIMITS } from '../limits';
import { colourSchema, idSchema, text } from './primitives';

/** One curve in an emotions lane: as-is, to-be, or one persona's. */
export const emotionCurveSchema = z.strictObject({
  id: idSchema,
  laneId: idSchema,
  name: text(LIMITS.nameLength),
  style: z.enum(['solid', 'dashed', 'dotted']),
  colour: colourSchema,
  personaId: idSchema.optional(),
});

/** A curve's value at a stage (or at a step, in a stage that has steps). */
export const emotionPointSchema = z.strictObject({
  id: idSchema,
  curveId: idSchema,
  stageId: idSchema,
  stepId: idSchema.optional(),
  value: z.number().finite().min(EMOTION_MIN).max(EMOTION_MAX),
  label: text(LIMITS.labelLength).optional(),
});

/** A metrics lane's number at a stage (or step): conversion, NPS, CSAT… */
export const metricValueSchema = z.strictObject({
  id: idSchema,
  laneId: idSchema,
  stageId: idSchema,
  stepId: idSchema.optional(),
  value: z.number().finite().min(-1e12).max(1e12),
});
