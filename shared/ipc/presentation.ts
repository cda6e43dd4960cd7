import { z } from 'zod';
import { presentationMessageSchema, presentationSessionSchema } from '../presentation/messages';

/** Payloads of the presentation's IPC methods (the contract lists the methods). */
export const presentationInputs = {
  /** Opens the audience's window full screen on another display, when there is one. */
  openAudienceWindow: z.strictObject({ sessionId: presentationSessionSchema }),
  closeAudienceWindow: z.strictObject({ sessionId: presentationSessionSchema }),
  /** Main passes the message on to the session's other windows (as a `presentation` menu command). */
  relayPresentation: z.strictObject({ sessionId: presentationSessionSchema, message: presentationMessageSchema }),
  setFullScreen: z.strictObject({ fullScreen: z.boolean() }),
};

/** `opened` false: one screen only (the presenter view is then a toggle), or no windows to open (the preview). */
export interface AudienceWindowOutcome { readonly opened: boolean; readonly displays: number }

/** Main to window: a presentation message from another window of the same session. */
export const presentationCommandSchema = z.strictObject({
  type: z.literal('presentation'), sessionId: presentationSessionSchema, message: presentationMessageSchema,
});
