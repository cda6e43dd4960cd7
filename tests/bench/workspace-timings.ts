import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { WorkspaceIndex } from '../../main/services/workspace-index';
import { toDateString } from '../../shared/document/review-dates';
import { serializeJourney } from '../../shared/document/serialize';
import { generateJourney } from './generate-journey';
import { median, timed } from './stats';

export interface WorkspaceFigures {
  maps: number;
  cardsPerMap: number;
  /** All the folder's files, in MB. */
  megabytes: number;
  /** Listing with no cache: every map read, validated, summarised and drawn as a thumbnail. */
  coldMs: number;
  /** Listing again: each file's size and mtime checked against the cache, nothing read. */
  warmMs: number;
}

/** Cards per generated map: a detailed map of a workshop or two. */
const CARDS_PER_MAP = 120;

/**
 * Opening a workspace of `maps` generated maps (in subfolders of 25, as a client's portfolio
 * grows) as the start screen lists it: cold (no cache) and warm, medians of `runs` rounds.
 */
export async function timeWorkspace(folder: string, maps: number, seed: number, runs: number): Promise<WorkspaceFigures> {
  const workspace = join(folder, 'workspace');
  let bytes = 0;
  for (let i = 0; i < maps; i += 1) {
    const sub = join(workspace, `client-${Math.floor(i / 25)}`);
    await mkdir(sub, { recursive: true });
    const text = serializeJourney(generateJourney({ cards: CARDS_PER_MAP, seed: seed + i }));
    bytes += Buffer.byteLength(text);
    await writeFile(join(sub, `map-${i}.journey`), text);
  }
  const cache = join(folder, 'workspace-cache');
  const today = toDateString(new Date());
  const cold: number[] = [];
  const warm: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    await rm(cache, { recursive: true, force: true });
    const index = new WorkspaceIndex(cache);
    let listed = 0;
    cold.push(await timed(async () => { listed = (await index.list(workspace, today)).maps.length; }));
    if (listed !== maps) throw new Error(`the workspace listed ${listed} maps of ${maps}`);
    warm.push(await timed(() => new WorkspaceIndex(cache).list(workspace, today)));
  }
  return { maps, cardsPerMap: CARDS_PER_MAP, megabytes: bytes / 1024 ** 2, coldMs: median(cold), warmMs: median(warm) };
}
