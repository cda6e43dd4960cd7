import { stat } from 'node:fs/promises';
import { basename, dirname, join, relative } from 'node:path';
import { JourneyFileError } from '../../shared/document/errors';
import type { LinkResolution } from '../../shared/ipc/workspace';
import { resolveInWorkspace } from '../../shared/workspace/map-links';
import { isInsideFolder, resolvesInsideFolder } from '../preview/folder-guard';
import { JourneyRepository } from './journey-repository';
import { toSlashes } from './workspace-index';

/**
 * The folder links of the map at `mapPath` must stay inside: the workspace when the map is in
 * it, else the map's own folder (a map opened on its own is a workspace of its folder).
 */
export const linkBoundaryFor = (workspace: string | null, mapPath: string): string =>
  workspace !== null && isInsideFolder(workspace, mapPath) ? workspace : dirname(mapPath);

/** The file a link leads to, or null when its path climbs out of `boundary`. */
export function linkTargetPath(boundary: string, mapPath: string, linkPath: string): string | null {
  const target = resolveInWorkspace(toSlashes(relative(boundary, mapPath)), linkPath);
  return target === null || target === '' ? null : join(boundary, ...target.split('/'));
}

/**
 * Where a link of the map at `mapPath` leads, checked on disk: it stays inside `boundary` by
 * its name and where links on disk really lead, the file is there, and it opens as a journey.
 */
export async function resolveMapLink(boundary: string, mapPath: string, linkPath: string, repository = new JourneyRepository()): Promise<LinkResolution> {
  const target = linkTargetPath(boundary, mapPath, linkPath);
  if (target === null) return { state: 'outside' };
  const exists = await stat(target).then(() => true, () => false);
  if (!exists) return { state: 'missing' };
  if (!(await resolvesInsideFolder(boundary, target))) return { state: 'outside' };
  try {
    const { document } = await repository.open(target);
    return { state: 'ok', path: target, title: document.journey.title || basename(target) };
  } catch (error) {
    if (error instanceof JourneyFileError && error.problem === 'not-found') return { state: 'missing' };
    return { state: 'invalid', message: error instanceof JourneyFileError ? error.message : String(error) };
  }
}
