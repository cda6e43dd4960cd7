import { z } from 'zod';
import { LIMITS } from '../limits';
import { idSchema, orderKeySchema, text } from './primitives';

/** A named way to show the map: which lanes and personas, a filter, a stage range. */
export const viewSchema = z.strictObject({
  id: idSchema,
  name: text(LIMITS.nameLength),
  order: orderKeySchema,
  laneIds: z.array(idSchema).max(LIMITS.lanes).optional(),
  personaIds: z.array(idSchema).max(LIMITS.personas).optional(),
  tags: z.array(text(LIMITS.tagLength)).max(LIMITS.tagsPerCard).optional(),
  channelIds: z.array(idSchema).max(LIMITS.channels).optional(),
  /** Only touchpoints rated at least this (impact or importance) show. */
  minRating: z.number().int().min(1).max(5).optional(),
  fromStageId: idSchema.optional(),
  toStageId: idSchema.optional(),
});
