import { z } from 'zod';
import { LIMITS } from '../limits';
import { dateSchema, idSchema, text } from './primitives';

export const personaSchema = z.strictObject({
  id: idSchema,
  name: text(LIMITS.nameLength),
  photoId: idSchema.optional(),
  quote: text(LIMITS.labelLength).optional(),
  demographics: text(LIMITS.notesLength).optional(),
  goals: text(LIMITS.notesLength).optional(),
  motivations: text(LIMITS.notesLength).optional(),
  frustrations: text(LIMITS.notesLength).optional(),
  keyTasks: text(LIMITS.notesLength).optional(),
  /** Set when the persona is a copy of one in the workspace's persona library. */
  sharedId: idSchema.optional(),
});

/** An image stored inside the journey (persona photos, storyboard frames), re-encoded on import. */
export const assetSchema = z.strictObject({
  id: idSchema,
  mimeType: z.enum(['image/png', 'image/jpeg', 'image/webp']),
  width: z.number().int().min(1).max(4096),
  height: z.number().int().min(1).max(4096),
  data: z.string().max(LIMITS.assetBase64Length).regex(/^[A-Za-z0-9+/]*={0,2}$/, 'must be base64'),
});

export const MAP_TYPES = ['currentState', 'futureState', 'dayInTheLife', 'serviceBlueprint'] as const;
export const GOAL_TYPES = ['purchase', 'serviceOrder', 'information', 'support', 'other'] as const;
export const MAP_STATUSES = ['draft', 'inReview', 'approved', 'archived'] as const;

export const journeyMetaSchema = z.strictObject({
  title: text(LIMITS.titleLength),
  description: text(LIMITS.descriptionLength),
  /** The target action in the user's words. */
  goal: text(LIMITS.titleLength),
  goalType: z.enum(GOAL_TYPES).optional(),
  scope: text(LIMITS.descriptionLength).optional(),
  mapType: z.enum(MAP_TYPES).optional(),
  market: z.enum(['b2b', 'b2c']).optional(),
  owner: text(LIMITS.nameLength).optional(),
  status: z.enum(MAP_STATUSES).optional(),
  lastReviewed: dateSchema.optional(),
  nextReview: dateSchema.optional(),
  /** Personas this map is drawn for, shown in the header band. */
  personaIds: z.array(idSchema).max(LIMITS.personas).optional(),
});
