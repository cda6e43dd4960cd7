import { relative } from 'node:path';
import { updateCard } from '../../shared/document/commands';
import { applyChanges } from '../../shared/document/changes';
import { JourneyFileError } from '../../shared/document/errors';
import type { Card } from '../../shared/document/schema';
import type { Rollup, RollupMap } from '../../shared/ipc/portfolio';
import { rollupOf } from '../../shared/workspace/rollup';
import type { FileLocks } from './file-lock';
import { JourneyRepository } from './journey-repository';
import type { ReachOptions } from './persona-library';
import { journeyFilesIn } from './workspace';

/** Every map of the workspace as the roll-up shows it, read from its file; a map that does not open is a problem named with its file. */
export async function readRollup(folder: string, options: ReachOptions = {}): Promise<Rollup> {
  const repository = new JourneyRepository();
  const { paths } = await journeyFilesIn(folder);
  const maps: RollupMap[] = [];
  const problems: { relativePath: string; message: string }[] = [];
  for (const path of paths) {
    if (options.reaches && !(await options.reaches(path))) {
      problems.push({ relativePath: relative(folder, path), message: 'it leads outside the workspace folder; it was not read' });
      continue;
    }
    try {
      maps.push(rollupOf((await repository.open(path)).document, path, relative(folder, path)));
    } catch (error) {
      problems.push({ relativePath: relative(folder, path), message: error instanceof JourneyFileError ? error.message : String(error) });
    }
  }
  return { folder, maps, problems };
}

export interface CardPatch { owner?: string | undefined; priority?: Card['priority'] | null; status?: Card['status'] | null }

/**
 * Edits one opportunity of a map that no window has open: read, changed, and saved through the
 * safe save with the file as read for its baseline (a file changed meanwhile is not replaced).
 * A map open in a window is refused: that window's store is its one writer.
 */
export async function editMapCard(mapPath: string, cardId: string, patch: CardPatch, locks: FileLocks, repository = new JourneyRepository()): Promise<void> {
  if (locks.holds(mapPath)) throw new JourneyFileError('locked', 'the map is open in a window; edit it there');
  const loaded = await repository.open(mapPath);
  const card = loaded.document.cards.find((c) => c.id === cardId);
  if (!card) throw new JourneyFileError('not-found', 'the opportunity is no longer on the map');
  const fields: Partial<Card> = {};
  if ('owner' in patch) fields.owner = patch.owner === '' ? undefined : patch.owner;
  if ('priority' in patch) fields.priority = patch.priority ?? undefined;
  if ('status' in patch) fields.status = patch.status ?? undefined;
  const next = applyChanges(loaded.document, updateCard(loaded.document, cardId, fields));
  const fresh = await locks.acquire(mapPath);
  try {
    await repository.save(mapPath, next, { baseline: loaded.fingerprint });
  } finally {
    if (fresh) await locks.release(mapPath);
  }
}
