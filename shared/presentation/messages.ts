import { z } from 'zod';
import { idSchema } from '../document/schema/primitives';
import { journeyDocumentSchema } from '../document/schema';
import { PRESENTATION_SESSION_ID } from './session-id';

/**
 * What the presenting window and the audience's windows tell each other. Messages cross
 * windows (IPC through main in Electron, a BroadcastChannel in the preview), so every one is
 * parsed against these schemas on arrival, like any other IPC payload.
 */
export const PRESENTATION_THEMES = ['light', 'dark', 'contrast'] as const;
export type PresentationTheme = (typeof PRESENTATION_THEMES)[number];
export const POINTER_TOOLS = ['none', 'laser', 'highlighter'] as const;
export type PointerTool = (typeof POINTER_TOOLS)[number];

const coordinate = z.number().finite().min(-1e6).max(1e6);
const pointSchema = z.strictObject({ x: coordinate, y: coordinate });
const sizeSchema = z.strictObject({ width: z.number().int().min(1).max(20000), height: z.number().int().min(1).max(20000) });
const markIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,40}$/);
/** Points of one highlighter stroke, in map units. */
export const MAX_MARK_POINTS = 1000;
export const MAX_MARKS = 100;

export const presentationStateSchema = z.strictObject({
  /** Index into the walk-through's steps. */
  position: z.number().int().min(0).max(100000),
  /** The whole map at once instead of the current step. */
  overview: z.boolean(),
  laneByLane: z.boolean(),
  /** A title slide before the first stage and a closing slide (top opportunities) after the last. */
  slides: z.boolean(),
  theme: z.enum(PRESENTATION_THEMES),
  /** The saved view being presented; null for the whole map. */
  viewId: idSchema.nullable(),
  tool: z.enum(POINTER_TOOLS),
  /** Highlighter strokes (flat x, y lists in map units): temporary, never in the document. */
  marks: z.array(z.strictObject({ id: markIdSchema, points: z.array(coordinate).max(2 * MAX_MARK_POINTS) })).max(MAX_MARKS),
  laser: pointSchema.nullable(),
});
export type PresentationState = z.infer<typeof presentationStateSchema>;
export type Mark = PresentationState['marks'][number];
export type MapPoint = z.infer<typeof pointSchema>;

const stageStepSchema = z.strictObject({
  stageId: idSchema,
  stageNumber: z.number().int().min(1),
  laneIds: z.array(idSchema),
  stepIds: z.array(idSchema),
  part: z.number().int().min(1),
  parts: z.number().int().min(1),
  bottom: coordinate.optional(),
});
export const walkStepSchema = z.union([stageStepSchema, z.strictObject({ slide: z.enum(['title', 'closing']) })]);

export const presentationActionSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.enum(['next', 'previous', 'first', 'last', 'toggleOverview', 'toggleLaneByLane', 'toggleSlides', 'cycleTheme', 'cycleView', 'clearMarks']) }),
  z.strictObject({ type: z.literal('goToStage'), number: z.number().int().min(1).max(10000) }),
  z.strictObject({ type: z.literal('goTo'), position: z.number().int().min(0).max(100000) }),
  z.strictObject({ type: z.literal('setTheme'), theme: z.enum(PRESENTATION_THEMES) }),
  z.strictObject({ type: z.literal('setView'), viewId: idSchema.nullable() }),
  z.strictObject({ type: z.literal('toggleTool'), tool: z.enum(POINTER_TOOLS) }),
  z.strictObject({ type: z.literal('startMark'), id: markIdSchema, at: pointSchema }),
  z.strictObject({ type: z.literal('extendMark'), id: markIdSchema, at: pointSchema }),
  z.strictObject({ type: z.literal('laser'), at: pointSchema.nullable() }),
]);
export type PresentationAction = z.infer<typeof presentationActionSchema>;

/** Where the walk-through is, for windows that draw it without computing it. */
export const walkPositionSchema = z.strictObject({
  position: z.number().int().min(0),
  count: z.number().int().min(0),
  step: walkStepSchema.nullable(),
});
export type WalkPosition = z.infer<typeof walkPositionSchema>;

export const presentationMessageSchema = z.discriminatedUnion('kind', [
  /** An audience window opened or was resized: send it everything, and page for its screen. */
  z.strictObject({ kind: z.literal('hello'), screen: sizeSchema }),
  z.strictObject({ kind: z.literal('document'), document: journeyDocumentSchema }),
  z.strictObject({ kind: z.literal('show'), state: presentationStateSchema, walk: walkPositionSchema }),
  /** A key pressed in an audience window: the presenting window decides. */
  z.strictObject({ kind: z.literal('action'), action: presentationActionSchema }),
  /** From the presenter: the presentation is over. From an audience window: please end it. */
  z.strictObject({ kind: z.literal('end') }),
  /** An audience window closed. */
  z.strictObject({ kind: z.literal('bye') }),
]);
export type PresentationMessage = z.infer<typeof presentationMessageSchema>;

/** A presentation session's id: which windows belong together. */
export const presentationSessionSchema = z.string().regex(PRESENTATION_SESSION_ID, 'must be a session id');
