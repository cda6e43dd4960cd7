import { JourneyFileError } from '../../shared/document/errors';
import type { MergeConflictsRead } from '../../shared/ipc/compare';
import { CONFLICTS_FORMAT, CONFLICTS_SUFFIX, conflictFileSchema } from '../../shared/merge/conflict-file';
import { LeftAloneError, readOwnFile, removeOwnFile, writeOwnFile, type OwnFile } from './merge-own-files';

/** A conflicts file of 100,000 conflicts with long values stays well under this. */
const MAX_BYTES = 64 * 1024 * 1024;

export const conflictsFileFor = (journeyPath: string): string => `${journeyPath}${CONFLICTS_SUFFIX}`;

type Unreadable = Extract<MergeConflictsRead, { state: 'unreadable' }>;

/** The bytes of a conflicts file checked with the schema Waymark writes them with. */
function parseConflicts(bytes: Buffer): MergeConflictsRead {
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch (error) {
    return { state: 'unreadable', problem: 'not-json', detail: error instanceof Error ? error.message : String(error) };
  }
  if (typeof json !== 'object' || json === null || (json as { format?: unknown }).format !== CONFLICTS_FORMAT) {
    return { state: 'unreadable', problem: 'foreign', detail: `its format is not ${CONFLICTS_FORMAT}` };
  }
  const parsed = conflictFileSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { state: 'unreadable', problem: 'invalid', detail: `${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}` };
  }
  return { state: 'found', file: parsed.data };
}

/** A file that is not one to read, said as the app and the command line name it. */
function leftAlone(error: unknown): Unreadable {
  if (!(error instanceof LeftAloneError)) throw error;
  return error.why === 'link'
    ? { state: 'unreadable', problem: 'link', detail: 'a symbolic link' }
    : { state: 'unreadable', problem: 'not-a-file', detail: 'not a regular file' };
}

/**
 * What is at a conflicts file's path, never followed: a link, a FIFO, a folder or a device is
 * `unreadable` unread (a FIFO without waiting), and so is anything that is not a list Waymark
 * wrote (broken JSON, another program's file, a list that fails the schema), with why.
 */
export async function inspectConflictsFile(path: string): Promise<MergeConflictsRead> {
  let read;
  try {
    read = await readOwnFile(path, MAX_BYTES);
  } catch (error) {
    return leftAlone(error);
  }
  if (read === null) return { state: 'none' };
  if (read.bytes === null) return { state: 'unreadable', problem: 'too-large', detail: `${read.stats.size} bytes` };
  return parseConflicts(read.bytes);
}

/** The conflicts `waymark merge` left beside a journey: none, found, or unreadable (and then never written over). */
export const readMergeConflicts = (journeyPath: string): Promise<MergeConflictsRead> => inspectConflictsFile(conflictsFileFor(journeyPath));

const isConflictsList = (file: OwnFile) => parseConflicts(file.bytes).state === 'found';

/**
 * Writes a conflicts list at `path` over nothing or an older list of Waymark's. Anything else
 * there is left as it is, and returned (null: written).
 */
export async function writeConflictsFile(path: string, text: string): Promise<Unreadable | null> {
  try {
    await writeOwnFile(path, text, isConflictsList, MAX_BYTES);
    return null;
  } catch (error) {
    if (!(error instanceof LeftAloneError)) throw error;
    const read = await inspectConflictsFile(path);
    return read.state === 'unreadable' ? read : leftAlone(error);
  }
}

/** Deletes a Waymark conflicts list at `path` (a clean merge, or all settled). Anything else is left, and returned (null: removed or none). */
export async function clearConflictsFile(path: string): Promise<Unreadable | null> {
  try {
    await removeOwnFile(path, isConflictsList, MAX_BYTES);
    return null;
  } catch (error) {
    if (!(error instanceof LeftAloneError)) throw error;
    const read = await inspectConflictsFile(path);
    return read.state === 'unreadable' ? read : leftAlone(error);
  }
}

/** Removes the list once its conflicts are settled, but only a valid one: anything else stays for the user to look at. */
export async function removeMergeConflicts(journeyPath: string): Promise<void> {
  const refused = await clearConflictsFile(conflictsFileFor(journeyPath));
  if (refused) throw new JourneyFileError('invalid', `${conflictsFileFor(journeyPath)} is not a Waymark conflicts file; it was left as it is`);
}
