import type { SettingsStore } from '../services/settings-store';
import type { VersionStore } from '../services/version-store';
import type { Handlers } from './handlers';

type VersionMethods = 'listVersions' | 'saveVersion' | 'readVersion';

/** Named versions over IPC: kept beside the journey file, the author from the preferences. */
export function versionHandlers(store: VersionStore, settings: SettingsStore): Pick<Handlers, VersionMethods> {
  return {
    listVersions: async ({ path }) => store.list(path),
    saveVersion: async ({ path, document, name, note, review }) =>
      store.save(path, document, { name, note, author: (await settings.preferences()).author ?? '', ...(review === undefined ? {} : { review }) }),
    readVersion: async ({ path, id }) => store.read(path, id),
  };
}
