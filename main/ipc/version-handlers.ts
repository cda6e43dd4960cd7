import type { JourneyRepository } from '../services/journey-repository';
import { mergeCopy } from '../services/merge-copy';
import type { SettingsStore } from '../services/settings-store';
import type { VersionStore } from '../services/version-store';
import type { Handlers } from './handlers';

type VersionMethods = 'listVersions' | 'saveVersion' | 'readVersion' | 'mergeCopy';

/** Named versions over IPC (kept beside the journey file, the author from the preferences) and merging another copy. */
export function versionHandlers(store: VersionStore, settings: SettingsStore, repository: JourneyRepository): Pick<Handlers, VersionMethods> {
  return {
    listVersions: async ({ path }) => store.list(path),
    saveVersion: async ({ path, document, name, note, review }) =>
      store.save(path, document, { name, note, author: (await settings.preferences()).author ?? '', ...(review === undefined ? {} : { review }) }),
    readVersion: async ({ path, id }) => store.read(path, id),
    mergeCopy: async ({ path, document, otherPath, base, force }) =>
      mergeCopy({ path, document, otherPath, ...(base === undefined ? {} : { base }), ...(force === undefined ? {} : { force }) }, repository, store),
  };
}
