import { basename, extname } from 'node:path';
import type { Translate } from '../../shared/templates/templates';
import type { ComparedFile } from '../exchange/compare-export';
import { writeFileAtomic } from '../services/atomic-write';
import type { JourneyRepository } from '../services/journey-repository';
import { readMergeConflicts, removeMergeConflicts } from '../services/merge-conflicts-file';
import type { Handlers } from './handlers';

type CompareMethods = 'readJourneyCopy' | 'exportComparison' | 'readMergeConflicts' | 'removeMergeConflicts';

/** Renders a comparison elsewhere (Electron: the export worker); by default, here. */
export type RenderComparison = (before: ComparedFile, after: ComparedFile, format: 'md' | 'pdf') => Promise<Buffer>;

/** Comparing the map with another file, writing the comparison, and the conflicts a command-line merge left beside it. */
export function compareHandlers(repository: JourneyRepository, t: Translate, language: () => string, render?: RenderComparison): Pick<Handlers, CompareMethods> {
  // Loaded on first use: the PDF and font libraries stay out of a start that never compares.
  const here: RenderComparison = async (before, after, format) => (await import('../exchange/compare-export')).renderComparison(before, after, format, t, language());
  return {
    readJourneyCopy: async ({ path }) => {
      const { document } = await repository.open(path);
      return { path, name: basename(path, extname(path)), document };
    },
    exportComparison: async ({ path, format, before, after }) => {
      const data = await (render ?? here)(before, after, format);
      await writeFileAtomic(path, data, { backup: false });
      return { path, bytes: data.length };
    },
    readMergeConflicts: async ({ path }) => readMergeConflicts(path),
    removeMergeConflicts: async ({ path }) => {
      await removeMergeConflicts(path);
      return null;
    },
  };
}
