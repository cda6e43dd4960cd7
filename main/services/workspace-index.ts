import { createHash } from 'node:crypto';
import { mkdir, readFile, stat } from 'node:fs/promises';
import { basename, join, relative, sep } from 'node:path';
import { z } from 'zod';
import { JourneyFileError } from '../../shared/document/errors';
import { reviewNeedsAttention, reviewState } from '../../shared/document/review-dates';
import type { WorkspaceCard, WorkspaceFileProblem, WorkspaceListing } from '../../shared/ipc/workspace';
import { summarizeMap, type MapSummary } from '../../shared/workspace/map-summary';
import { mapThumbnailSvg } from '../../shared/workspace/thumbnail';
import { resolvesInsideFolder } from '../preview/folder-guard';
import { writeFileAtomic } from './atomic-write';
import { JourneyRepository } from './journey-repository';
import { journeyFilesIn } from './workspace';

/** What the cache keeps of one map, valid while the file keeps its size and mtime. */
const cachedEntrySchema = z.object({
  size: z.number(),
  mtimeMs: z.number(),
  summary: z.custom<MapSummary>((value) => typeof value === 'object' && value !== null),
  thumbnail: z.string().max(2_000_000),
});
const cacheFileSchema = z.object({ version: z.literal(1), entries: z.record(z.string(), cachedEntrySchema) });
type CachedEntry = z.infer<typeof cachedEntrySchema>;

/** Slash-separated, as links and the renderer name places in a workspace on every system. */
export const toSlashes = (path: string): string => path.split(sep).join('/');

/**
 * The workspace's maps as cards (summary and thumbnail), read from the files. Reading and
 * drawing every map is the slow part, so what was derived is cached in the user-data folder
 * (never in the workspace), keyed by each file's size and mtime: a changed, added or removed
 * file is read again, and a lost or damaged cache is simply rebuilt. The files stay the only
 * source of truth.
 */
export class WorkspaceIndex {
  constructor(private readonly cacheFolder: string, private readonly repository = new JourneyRepository()) {}

  private cacheFile(folder: string): string {
    return join(this.cacheFolder, `${createHash('sha256').update(folder).digest('hex').slice(0, 24)}.json`);
  }

  private async readCache(folder: string): Promise<Record<string, CachedEntry>> {
    try {
      const parsed = cacheFileSchema.safeParse(JSON.parse(await readFile(this.cacheFile(folder), 'utf8')));
      return parsed.success ? parsed.data.entries : {};
    } catch {
      return {};
    }
  }

  /** Lists `folder` on `today` (YYYY-MM-DD): the review marks follow the day, not the cache. */
  async list(folder: string, today: string): Promise<WorkspaceListing> {
    const { paths, truncated } = await journeyFilesIn(folder);
    const cached = await this.readCache(folder);
    const fresh: Record<string, CachedEntry> = {};
    const maps: WorkspaceCard[] = [];
    const problems: WorkspaceFileProblem[] = [];
    let changed = Object.keys(cached).length !== paths.length;
    for (let i = 0; i < paths.length; i += 4) {
      await Promise.all(paths.slice(i, i + 4).map(async (path) => {
        const relativePath = toSlashes(relative(folder, path));
        try {
          // A link in the folder that leads outside it is not a map of this workspace.
          if (!(await resolvesInsideFolder(folder, path))) return;
          const stats = await stat(path);
          let entry = cached[relativePath];
          if (!entry || entry.size !== stats.size || entry.mtimeMs !== stats.mtimeMs) {
            const { document } = await this.repository.open(path);
            entry = { size: stats.size, mtimeMs: stats.mtimeMs, summary: summarizeMap(document, today), thumbnail: mapThumbnailSvg(document) };
            changed = true;
          }
          fresh[relativePath] = entry;
          const reviewDue = reviewNeedsAttention(reviewState(entry.summary, today));
          maps.push({ path, relativePath, modifiedAt: stats.mtimeMs, summary: { ...entry.summary, reviewDue }, thumbnail: entry.thumbnail });
        } catch (error) {
          problems.push({ path, relativePath, message: error instanceof JourneyFileError ? error.message : String(error) });
        }
      }));
    }
    if (changed) await this.writeCache(folder, fresh);
    const byPath = (a: { relativePath: string }, b: { relativePath: string }) => (a.relativePath < b.relativePath ? -1 : 1);
    return { folder, name: basename(folder), maps: maps.sort(byPath), problems: problems.sort(byPath), truncated };
  }

  private async writeCache(folder: string, entries: Record<string, CachedEntry>): Promise<void> {
    try {
      await mkdir(this.cacheFolder, { recursive: true });
      await writeFileAtomic(this.cacheFile(folder), JSON.stringify({ version: 1, entries }), { backup: false });
    } catch {
      // A cache that cannot be written costs time on the next listing, nothing else.
    }
  }
}
