import { z } from 'zod';

/** What the user set once and expects remembered across starts. */
export const preferencesSchema = z.strictObject({
  /** Save files that have a path about a second after the last change. */
  autosave: z.boolean(),
  /** A supported language code; absent means "follow the system". */
  language: z.string().max(35).optional(),
  /** Who saves versions on this machine (their name in the versions list). */
  author: z.string().max(120).optional(),
});
export type Preferences = z.infer<typeof preferencesSchema>;

export const preferencesPatchSchema = preferencesSchema.partial();
export type PreferencesPatch = z.infer<typeof preferencesPatchSchema>;

export const DEFAULT_PREFERENCES: Preferences = { autosave: true };
