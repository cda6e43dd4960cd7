import { z } from 'zod';
import { LIMITS } from '../limits';
import { columnWidthSchema, idSchema, orderKeySchema, relativeJourneyPathSchema, text } from './primitives';

/** A drill-down from a stage or step to a more detailed map of the same workspace. */
export const mapLinkSchema = z.strictObject({
  path: relativeJourneyPathSchema,
  /** The linked map's name when the link was made, to name it when the file is missing. */
  name: text(LIMITS.nameLength).optional(),
});

export const stageSchema = z.strictObject({
  id: idSchema,
  name: text(LIMITS.nameLength),
  order: orderKeySchema,
  /** Set when the user resized the stage; without steps it is the column width. */
  width: columnWidthSchema.optional(),
  /** What the facilitator says at this stage when presenting. */
  speakerNotes: text(LIMITS.notesLength).optional(),
  mapLink: mapLinkSchema.optional(),
});

/** A finer column inside a stage. A stage with steps places its cards in them. */
export const stepSchema = z.strictObject({
  id: idSchema,
  stageId: idSchema,
  name: text(LIMITS.nameLength),
  order: orderKeySchema,
  width: columnWidthSchema.optional(),
  mapLink: mapLinkSchema.optional(),
});

export const LANE_KINDS = [
  'actions',
  'touchpoints',
  'channels',
  'emotions',
  'thoughts',
  'painPoints',
  'opportunities',
  'metrics',
  'storyboard',
  'frontstage',
  'backstage',
  'support',
  'people',
  'policies',
  'technologies',
  'processes',
] as const;
export const laneKindSchema = z.enum(LANE_KINDS);

export const laneSchema = z.strictObject({
  id: idSchema,
  kind: laneKindSchema,
  name: text(LIMITS.nameLength),
  order: orderKeySchema,
  /** Collapsed lanes show as a thin band with their name. */
  collapsed: z.boolean().optional(),
  hidden: z.boolean().optional(),
  /** Metrics lanes: the unit of their values (%, s, NPS…). */
  unit: text(20).optional(),
});

/** An entry of the journey's editable channel list (website, email, store…). */
export const channelSchema = z.strictObject({
  id: idSchema,
  name: text(LIMITS.nameLength),
  order: orderKeySchema,
});
