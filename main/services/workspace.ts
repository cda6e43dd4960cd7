import { readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { JourneyFileError } from '../../shared/document/errors';
import { summarizeMap, type MapSummary } from '../../shared/workspace/map-summary';
import { JOURNEY_EXTENSION, JourneyRepository } from './journey-repository';
import { VERSIONS_SUFFIX } from './version-store';

/** How far below the workspace folder maps are looked for, and how many at most. */
export const WORKSPACE_LIMITS = { depth: 4, maps: 1_000 } as const;

export interface WorkspaceMap { path: string; relativePath: string; summary: MapSummary }
export interface WorkspaceProblem { path: string; relativePath: string; message: string }
export interface Workspace { folder: string; maps: WorkspaceMap[]; problems: WorkspaceProblem[]; truncated: boolean }

/**
 * The journey files in a folder and its subfolders (hidden ones, versions folders and links
 * to folders left out), sorted by path, at most WORKSPACE_LIMITS.maps.
 */
export async function journeyFilesIn(folder: string): Promise<{ paths: string[]; truncated: boolean }> {
  const paths: string[] = [];
  const walk = async (dir: string, depth: number): Promise<void> => {
    const entries = await readdir(dir, { withFileTypes: true });
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
      if (entry.name.startsWith('.') || paths.length > WORKSPACE_LIMITS.maps) continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory() && !entry.name.endsWith(VERSIONS_SUFFIX) && depth < WORKSPACE_LIMITS.depth) await walk(path, depth + 1);
      else if ((entry.isFile() || entry.isSymbolicLink()) && entry.name.endsWith(JOURNEY_EXTENSION)) paths.push(path);
    }
  };
  await walk(folder, 0);
  return { paths: paths.slice(0, WORKSPACE_LIMITS.maps), truncated: paths.length > WORKSPACE_LIMITS.maps };
}

/**
 * A folder of maps as one workspace: each map's summary, read from its file as the app opens
 * it (so a broken map is a problem named with its file, not a gap). Derived every time from
 * the files, never stored beside them.
 */
export async function scanWorkspace(folder: string, today: string, repository = new JourneyRepository()): Promise<Workspace> {
  const { paths, truncated } = await journeyFilesIn(folder);
  const maps: WorkspaceMap[] = [];
  const problems: WorkspaceProblem[] = [];
  // A few at a time: each open reads, parses and validates a whole file.
  for (let i = 0; i < paths.length; i += 4) {
    await Promise.all(paths.slice(i, i + 4).map(async (path) => {
      const relativePath = relative(folder, path);
      try {
        maps.push({ path, relativePath, summary: summarizeMap((await repository.open(path)).document, today) });
      } catch (error) {
        problems.push({ path, relativePath, message: error instanceof JourneyFileError ? error.message : String(error) });
      }
    }));
  }
  const byPath = (a: { path: string }, b: { path: string }) => (a.path < b.path ? -1 : 1);
  return { folder, maps: maps.sort(byPath), problems: problems.sort(byPath), truncated };
}
