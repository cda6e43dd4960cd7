import { open, readFile, rename } from 'node:fs/promises';
import { join } from 'node:path';
import type { JourneyDocument } from '../../shared/document/schema';
import { serializeJourney } from '../../shared/document/serialize';
import { JourneyRepository } from '../../main/services/journey-repository';
import { median, timed } from './stats';

export interface FileFigures {
  bytes: number;
  /** Read + parse + migrate + validate, through the repository main uses. */
  openMs: number;
  /** JSON.parse of the same text. */
  openFloorMs: number;
  /** Serialize + the crash-safe write (temp, fsync, backup, rename, folder fsync). */
  saveMs: number;
  /** Write + fsync + rename of the same bytes. */
  saveFloorMs: number;
}

export async function writeSyncRename(path: string, bytes: Buffer): Promise<void> {
  const temp = `${path}.tmp`;
  const handle = await open(temp, 'w');
  try {
    await handle.writeFile(bytes);
    await handle.sync();
  } finally {
    await handle.close();
  }
  await rename(temp, path);
}

/**
 * Times opening and saving `doc` in `folder` with the main-process code, next to the floors
 * measured on the same bytes, interleaved; medians of `runs` after one warm-up round.
 */
export async function timeFileOperations(folder: string, name: string, doc: JourneyDocument, runs: number): Promise<FileFigures> {
  const path = join(folder, `${name}.journey`);
  const floorPath = join(folder, `${name}.floor.json`);
  const repository = new JourneyRepository();
  await repository.save(path, doc);
  const bytes = await readFile(path);
  const text = bytes.toString('utf8');
  const samples = { openMs: [] as number[], openFloorMs: [] as number[], saveMs: [] as number[], saveFloorMs: [] as number[] };
  for (let run = 0; run <= runs; run += 1) {
    const round = {
      openMs: await timed(() => repository.open(path)),
      openFloorMs: await timed(async () => JSON.parse(text)),
      saveMs: await timed(() => repository.save(path, doc)),
      saveFloorMs: await timed(() => writeSyncRename(floorPath, bytes)),
    };
    if (run === 0) continue; // warm-up: the first round compiles the code paths
    for (const key of Object.keys(samples) as (keyof typeof samples)[]) samples[key].push(round[key]);
  }
  if (serializeJourney((await repository.open(path)).document) !== text) throw new Error(`${name}: the saved file does not round-trip`);
  return {
    bytes: bytes.length,
    openMs: median(samples.openMs),
    openFloorMs: median(samples.openFloorMs),
    saveMs: median(samples.saveMs),
    saveFloorMs: median(samples.saveFloorMs),
  };
}
