import { z } from 'zod';

const pathText = () => z.string().min(1).max(4096).refine((p) => !p.includes('\0'), 'must not contain NUL');

/**
 * A file path as the renderer may name it: bounded, and without the NUL that truncates paths
 * in C APIs. Main reads or writes such a path only when it granted it to the window
 * (main/ipc/path-grants.ts), which it finds by this very schema in each method's payload.
 */
export const pathSchema = pathText();

/** A folder path (a workspace), checked the same way against the folders granted to the window. */
export const folderPathSchema = pathText();
