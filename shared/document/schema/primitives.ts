import { z } from 'zod';

export const idSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'must be 1-64 letters, digits, - or _');
export const orderKeySchema = z.string().regex(/^[0-9A-Za-z]{1,80}$/, 'must be a fractional index key');
export const colourSchema = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'must be a colour like #1a2b3c');
/** A calendar date as practitioners write it in review plans: YYYY-MM-DD. */
export const dateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date like 2026-03-31');
export const text = (max: number) => z.string().max(max, `must be at most ${max} characters`);
/** A 1-5 rating (impact, importance, severity). */
export const ratingSchema = z.number().int().min(1).max(5);
/** Column widths a user can drag to; wide enough to read, narrow enough to fit a screen. */
export const columnWidthSchema = z.number().int().min(120).max(1200);

/**
 * Where a linked map lies, relative to the folder of the map that links to it: forward
 * slashes, no drive or root, ending in .journey, so the link survives moving the folder.
 */
export const relativeJourneyPathSchema = z
  .string()
  .max(1024, 'must be at most 1024 characters')
  .regex(/^(?![/\\])(?![A-Za-z]:)(?!.*\\)(?!.*\/\/)(?!.*\p{Cc}).*\.journey$/u, 'must be a relative path with / ending in .journey');
