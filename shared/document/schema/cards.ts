import { z } from 'zod';
import { LIMITS } from '../limits';
import { colourSchema, dateSchema, idSchema, orderKeySchema, ratingSchema, text } from './primitives';

export const evidenceSchema = z.strictObject({
  id: idSchema,
  kind: z.enum(['quote', 'note']),
  text: text(LIMITS.cardTextLength),
  source: text(LIMITS.nameLength).optional(),
  date: dateSchema.optional(),
});

export const OPPORTUNITY_STATUSES = ['idea', 'planned', 'inProgress', 'done', 'dropped'] as const;
export const PRIORITIES = ['low', 'medium', 'high'] as const;

/**
 * A note on the grid. Every card has text; the optional fields belong to lane kinds
 * (touchpoint, pain point, opportunity, storyboard) but stay with the card if it moves, so a
 * move and its undo never lose data.
 */
export const cardSchema = z.strictObject({
  id: idSchema,
  stageId: idSchema,
  stepId: idSchema.optional(),
  laneId: idSchema,
  order: orderKeySchema,
  text: text(LIMITS.cardTextLength),
  colour: colourSchema.optional(),
  notes: text(LIMITS.notesLength).optional(),
  tags: z.array(text(LIMITS.tagLength)).max(LIMITS.tagsPerCard).optional(),
  /** Whether research observed this, or the team assumes it. */
  confidence: z.enum(['observed', 'assumed']).optional(),
  evidence: z.array(evidenceSchema).max(LIMITS.evidencePerCard).optional(),
  // Touchpoints
  channelId: idSchema.optional(),
  mode: z.enum(['online', 'offline']).optional(),
  team: text(LIMITS.nameLength).optional(),
  impact: ratingSchema.optional(),
  importance: ratingSchema.optional(),
  // Pain points
  severity: ratingSchema.optional(),
  // Opportunities
  owner: text(LIMITS.nameLength).optional(),
  priority: z.enum(PRIORITIES).optional(),
  status: z.enum(OPPORTUNITY_STATUSES).optional(),
  /** Pain points and touchpoints this opportunity addresses (card ids). */
  links: z.array(idSchema).max(LIMITS.linksPerCard).optional(),
  // Storyboard
  imageId: idSchema.optional(),
});
