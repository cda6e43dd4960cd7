import { isAbsolute, relative, resolve } from 'node:path';

/** True when `path` names a file inside `folder` (not the folder itself, not outside it). */
export function isInsideFolder(folder: string, path: string): boolean {
  const rel = relative(resolve(folder), resolve(path));
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
}

/** The payload's `path`, if it has one, so the server can keep requests inside the folder. */
export function payloadPath(payload: unknown): string | undefined {
  if (typeof payload !== 'object' || payload === null || !('path' in payload)) return undefined;
  const path = (payload as { path: unknown }).path;
  return typeof path === 'string' ? path : undefined;
}
