import { z } from 'zod';
import { LIMITS } from '../document/limits';
import { journeyDocumentSchema, type JourneyDocument } from '../document/schema';
import { idSchema } from '../document/schema/primitives';

/** A map a user saved as a template of their own, kept in the user-data folder. */
export interface UserTemplate {
  readonly id: string;
  readonly name: string;
  readonly savedAt: string;
  readonly document: JourneyDocument;
}

/** How many templates of their own a user keeps; the start screen lists them all. */
export const MAX_USER_TEMPLATES = 100;

export const saveTemplateInput = z.strictObject({
  name: z.string().trim().min(1, 'a template needs a name').max(LIMITS.titleLength),
  document: journeyDocumentSchema,
});
export const deleteTemplateInput = z.strictObject({ id: idSchema });
