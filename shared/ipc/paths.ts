import { z } from 'zod';

/** A file path as the renderer may name it: bounded, and without the NUL that truncates paths in C APIs. */
export const pathSchema = z.string().min(1).max(4096).refine((p) => !p.includes('\0'), 'must not contain NUL');
