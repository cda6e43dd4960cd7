import { access } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { applyChanges } from '../../shared/document/changes';
import { JourneyFileError, type JourneyFileProblem } from '../../shared/document/errors';
import { assertNestingWithin, assertNoForbiddenKeys } from '../../shared/document/json-guard';
import { formatPath } from '../../shared/document/parse';
import {
  copySharedInto, emptyLibrary, PERSONA_LIBRARY_FILE, personaLibrarySchema, withEntry, type PersonaLibrary, type SharedPersona,
} from '../../shared/workspace/persona-library';
import { writeFileAtomic } from './atomic-write';
import { fileSystemError } from './file-errors';
import type { FileLocks } from './file-lock';
import { JourneyRepository } from './journey-repository';
import { openRegularFile, readAtMost } from './regular-file';
import { journeyFilesIn, WORKSPACE_LIMITS } from './workspace';

/** A library holds at most this many bytes (a hundred personas with photos fit many times over). */
const LIBRARY_BYTES = 64 * 1024 * 1024;

export const libraryPathOf = (folder: string): string => join(folder, PERSONA_LIBRARY_FILE);

const exists = (path: string) => access(path).then(() => true, () => false);

/**
 * The workspace a map belongs to: `root` when given (the preview's folder, or a folder the user
 * opened) and the map lies inside it; else the nearest folder above the map holding a persona
 * library, up to WORKSPACE_LIMITS.depth levels; else the map's own folder.
 */
export async function workspaceOf(mapPath: string, root?: string): Promise<string> {
  const own = dirname(resolve(mapPath));
  if (root !== undefined) {
    const rel = relative(resolve(root), own);
    if (!rel.startsWith('..')) return resolve(root);
  }
  let folder = own;
  for (let level = 0; level <= WORKSPACE_LIMITS.depth; level += 1) {
    if (await exists(libraryPathOf(folder))) return folder;
    const parent = dirname(folder);
    if (parent === folder) break;
    folder = parent;
  }
  return own;
}

/** The workspace's library; an empty one when the folder has none yet. A damaged file is an error, never replaced. */
export async function readLibrary(folder: string): Promise<PersonaLibrary> {
  const path = libraryPathOf(folder);
  let bytes: Buffer | null;
  try {
    const { handle, stats } = await openRegularFile(path);
    try {
      bytes = await readAtMost(handle, stats.size, LIBRARY_BYTES);
    } finally {
      await handle.close();
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return emptyLibrary();
    throw fileSystemError(error, path, 'open');
  }
  if (bytes === null) throw new JourneyFileError('too-large', `the persona library ${PERSONA_LIBRARY_FILE} is larger than ${LIBRARY_BYTES / 1024 / 1024} MB`);
  let value: unknown;
  try {
    const text = bytes.toString('utf8');
    assertNestingWithin(text, 32);
    value = JSON.parse(text);
    assertNoForbiddenKeys(value, formatPath);
  } catch {
    throw new JourneyFileError('not-json', `the persona library ${PERSONA_LIBRARY_FILE} is not readable JSON; it was left as it is`);
  }
  const parsed = personaLibrarySchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const newer = typeof value === 'object' && value !== null && 'formatVersion' in value && typeof value.formatVersion === 'number' && value.formatVersion > 1;
    if (newer) throw new JourneyFileError('newer-version', `the persona library ${PERSONA_LIBRARY_FILE} was written by a newer Waymark; it was left as it is`);
    throw new JourneyFileError('invalid', `the persona library ${PERSONA_LIBRARY_FILE} is damaged: ${issue?.message ?? 'invalid'}`, issue ? formatPath(issue.path) : undefined);
  }
  return parsed.data;
}

/** Writes the library crash-safely (temp, fsync, rename, with a .bak of the previous one). */
export async function writeLibrary(folder: string, library: PersonaLibrary): Promise<void> {
  const checked = personaLibrarySchema.parse(library);
  await writeFileAtomic(libraryPathOf(folder), `${JSON.stringify(checked, null, 2)}\n`, { backup: true });
}

/** Adds or replaces one entry of the library (read fresh, so other writers' entries stay). */
export async function putLibraryEntry(folder: string, entry: SharedPersona): Promise<PersonaLibrary> {
  const next = withEntry(await readLibrary(folder), entry);
  await writeLibrary(folder, next);
  return next;
}

/** Which files a workspace call may touch (the preview: only those that really lie in its folder). */
export interface ReachOptions { reaches?: (path: string) => Promise<boolean> }

/** A map left untouched: why in English, and the problem's code for the page to say in the user's language. */
export interface SkippedMap { path: string; relativePath: string; reason: string; problem?: JourneyFileProblem }
export interface Propagation { updated: string[]; skipped: SkippedMap[] }

/**
 * Writes `entry` into every other map of the workspace that copies it: each through the
 * journey repository's safe save, with the file as just read as its baseline. A map that does
 * not open (broken, newer) or that a window or another Waymark has open is left untouched
 * and reported.
 */
export async function propagateShared(folder: string, entry: SharedPersona, exceptPath: string | null, locks: FileLocks, options: ReachOptions = {}): Promise<Propagation> {
  const repository = new JourneyRepository();
  const { paths } = await journeyFilesIn(folder);
  const except = exceptPath === null ? null : resolve(exceptPath);
  const result: Propagation = { updated: [], skipped: [] };
  const skip = (path: string, reason: string, problem?: JourneyFileProblem) =>
    result.skipped.push({ path, relativePath: relative(folder, path), reason, ...(problem ? { problem } : {}) });
  const skipFor = (path: string, error: unknown) =>
    error instanceof JourneyFileError ? skip(path, error.message, error.problem) : skip(path, String(error));
  for (const path of paths) {
    if (resolve(path) === except) continue;
    if (options.reaches && !(await options.reaches(path))) {
      skip(path, 'it leads outside the workspace folder');
      continue;
    }
    if (locks.holds(path)) {
      skip(path, 'the file is open in another Waymark window', 'locked');
      continue;
    }
    let loaded;
    try {
      loaded = await repository.open(path);
    } catch (error) {
      skipFor(path, error);
      continue;
    }
    const doc = loaded.document;
    const copies = doc.personas.filter((p) => p.sharedId === entry.id);
    if (copies.length === 0) continue;
    let next = doc;
    for (const copy of copies) next = applyChanges(next, copySharedInto(next, copy.id, entry));
    if (next === doc) continue;
    let fresh = false;
    try {
      fresh = await locks.acquire(path);
      await repository.save(path, next, { baseline: loaded.fingerprint });
      result.updated.push(path);
    } catch (error) {
      skipFor(path, error);
    } finally {
      if (fresh) await locks.release(path);
    }
  }
  return result;
}

/** The library entry saved, then copied into the workspace's other maps. */
export async function updateShared(folder: string, entry: SharedPersona, exceptPath: string | null, locks: FileLocks, options: ReachOptions = {}): Promise<Propagation> {
  await putLibraryEntry(folder, entry);
  return propagateShared(folder, entry, exceptPath, locks, options);
}
