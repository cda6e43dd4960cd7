import { lstat, realpath } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';

/** True when `path` names a file inside `folder` (not the folder itself, not outside it), by its name alone. */
export function isInsideFolder(folder: string, path: string): boolean {
  const rel = relative(resolve(folder), resolve(path));
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
}

const missing = (error: unknown) => (error as NodeJS.ErrnoException | null)?.code === 'ENOENT';

/**
 * Where `path` really is once every link on the way is followed: its real path, or for a file
 * not made yet, the real path of its nearest existing ancestor with the missing names after it.
 * Undefined when it cannot be known safely: a link that points nowhere (a write would follow
 * it and create its target), a loop of links, a file where a folder should be, no access.
 */
export async function realPlace(path: string): Promise<string | undefined> {
  const rest: string[] = [];
  let current = resolve(path);
  for (;;) {
    try {
      return join(await realpath(current), ...rest);
    } catch (error) {
      if (!missing(error)) return undefined;
      if (await lstat(current).then(() => true, () => false)) return undefined; // it exists: a dangling link
      const parent = dirname(current);
      if (parent === current) return undefined;
      rest.unshift(basename(current));
      current = parent;
    }
  }
}

/**
 * True when `path` is inside `folder` both by name and where it really is: a link inside the
 * folder (to a file, or a folder on the way) that leads outside it is refused, and so is a new
 * file whose parent leads outside.
 */
export async function resolvesInsideFolder(folder: string, path: string): Promise<boolean> {
  if (!isInsideFolder(folder, path)) return false;
  const [realFolder, real] = await Promise.all([realPlace(folder), realPlace(path)]);
  return realFolder !== undefined && real !== undefined && isInsideFolder(realFolder, real);
}

/**
 * True when `path` is `folder` itself or inside it (see resolvesInsideFolder): for a payload's folder field
 * (`folderPathSchema`), which names a workspace (the served folder, or a folder in it), never a file.
 */
export async function resolvesToFolderOrInside(folder: string, path: string): Promise<boolean> {
  if (await resolvesInsideFolder(folder, path)) return true;
  const [realFolder, real] = await Promise.all([realPlace(folder), realPlace(path)]);
  return realFolder !== undefined && real !== undefined && resolve(realFolder) === resolve(real) && resolve(folder) === resolve(path);
}
