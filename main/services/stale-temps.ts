import { lstat, readdir, rm } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { resolveSaveTarget, TEMP_SUFFIX } from './atomic-write';

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * `.<name>.<uuid>.waymark-tmp`, `.<name>.bak.<uuid>…` and `..<name>.waymark-lock.<uuid>…`:
 * the temps atomic-write and file-lock make for `<name>`.
 */
const tempsOf = (name: string) => new RegExp(`^\\.\\.?${escapeRegExp(name)}(\\.bak|\\.waymark-lock)?\\.${UUID}${escapeRegExp(TEMP_SUFFIX)}$`);
const anyTemp = new RegExp(`^\\..+\\.${UUID}${escapeRegExp(TEMP_SUFFIX)}$`);

async function removeMatching(folder: string, matches: (name: string) => boolean): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(folder);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names.filter(matches)) {
    const path = join(folder, name);
    // Only plain files: never follow a link or descend into a folder that happens to match.
    const stats = await lstat(path).catch(() => null);
    if (!stats?.isFile()) continue;
    // Best effort: a temp that cannot be removed now (permissions, a sync client holding it) must not block opening the file.
    if (await rm(path, { force: true }).then(() => true, () => false)) removed.push(name);
  }
  return removed;
}

const removeBeside = (path: string): Promise<string[]> => {
  const pattern = tempsOf(basename(path));
  return removeMatching(dirname(path), (name) => pattern.test(name));
};

/**
 * Removes the temp files a killed save of `target` left beside it, and for a symbolic link
 * beside the file it points to, where saves write. Call it only while holding the target's
 * lock, so no live save of that file can be writing one. Returns the names removed.
 */
export async function removeStaleTemps(target: string): Promise<string[]> {
  const removed = await removeBeside(target);
  const real = await resolveSaveTarget(target).then(({ path }) => path, () => resolve(target));
  return real === resolve(target) ? removed : [...removed, ...(await removeBeside(real))];
}

/** Removes every Waymark temp file in a folder only this app instance writes (its user data). */
export const removeAllStaleTemps = (folder: string): Promise<string[]> => removeMatching(folder, (name) => anyTemp.test(name));
