import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { escapeControlChars } from '../../../shared/control-chars';
import type { WaymarkApi } from '../../../shared/ipc/contract';
import type { SharedPersonaWrite } from '../../../shared/ipc/portfolio';
import type { PersonaLibrary, SharedPersona } from '../../../shared/workspace/persona-library';
import type { JourneyStore } from '../../state/journey-store';
import { describeError } from '../describe-error';
import type { PersistenceCoordinator } from '../persistence/coordinator';

export type WorkspaceApi = Pick<WaymarkApi, 'workspaceOf' | 'readPersonaLibrary' | 'putSharedPersona' | 'readRollup' | 'editRollupCard' | 'readMetricsTable' | 'chooseImportPath'>;

export interface WorkspaceSession {
  /** The open map's file; null until it is saved (a map without a folder has no workspace). */
  mapPath: string | null;
  api: WorkspaceApi;
  library: PersonaLibrary | null;
  libraryError: string | null;
  /** Adds an entry to the library (a persona shared from this map). */
  share: (entry: SharedPersona) => Promise<boolean>;
  /** Electron's file dialogs; the preview types a file name of its folder instead. */
  nativeDialogs: boolean;
  /** Lines for the shared-persona status line (what was updated, what was left alone). */
  notes: readonly string[];
}

const WorkspaceContext = createContext<WorkspaceSession | null>(null);

export const useWorkspace = (): WorkspaceSession | null => useContext(WorkspaceContext);

interface ProviderProps {
  api: WorkspaceApi;
  nativeDialogs: boolean;
  store: JourneyStore;
  /** The map's persistence, which writes changed shared personas through (SharedWriteThrough). */
  persistence: PersistenceCoordinator;
  mapPath: string | null;
  children: ReactNode;
}

/**
 * The open map's workspace: its persona library, and what keeping shared personas in step
 * did. Any change of a shared persona's copy in this map (an edit, its undo or redo) is written
 * to the library and to the workspace's other maps that copy it by the map's persistence, on
 * its turn; so undo here takes the library and the other maps back too. Pulling the library's
 * versions in is the one change not sent back. This shows the outcome and reads the library again.
 */
export function WorkspaceProvider({ api, nativeDialogs, store, persistence, mapPath, children }: ProviderProps) {
  const { t, i18n } = useTranslation();
  const [library, setLibrary] = useState<PersonaLibrary | null>(null);
  const [libraryError, setLibraryError] = useState<string | null>(null);
  // Notes belong to the map they were about: another map opened in this screen starts without them.
  const [noted, setNoted] = useState<{ store: JourneyStore; lines: readonly string[] } | null>(null);
  const setNotes = useCallback((lines: readonly string[]) => setNoted({ store, lines }), [store]);
  const notes = useMemo(() => (noted?.store === store ? noted.lines : []), [noted, store]);

  const reload = useCallback(async () => {
    const read = mapPath === null ? null : await api.readPersonaLibrary({ mapPath });
    setLibrary(read?.ok ? read.value.library : null);
    setLibraryError(read && !read.ok ? describeError(t, read.error) : null);
  }, [api, mapPath, t]);
  useEffect(() => {
    void Promise.resolve().then(reload);
  }, [reload]);

  const report = useCallback((written: SharedPersonaWrite) => {
    const lines = written.updated.length > 0 ? [t('portfolio.personas.updatedMaps', { count: written.updated.length })] : [];
    for (const skipped of written.skipped) {
      // Main's English detail where the language has nothing of its own for the problem.
      const reason = skipped.problem && i18n.language !== 'en' ? t(`error.problem.${skipped.problem}`) : skipped.reason;
      lines.push(t('portfolio.personas.skipped', { file: escapeControlChars(skipped.relativePath), reason: escapeControlChars(reason) }));
    }
    setNotes(lines);
  }, [i18n.language, setNotes, t]);

  useEffect(() => persistence.onSharedWritten((written) => {
    if (written.ok) report(written.value);
    else setNotes([describeError(t, written.error)]);
    void reload();
  }), [persistence, reload, report, setNotes, t]);

  const share = useCallback(async (entry: SharedPersona) => {
    if (mapPath === null) return false;
    const written = await api.putSharedPersona({ mapPath, entry, propagate: false });
    setNotes(written.ok ? [t('portfolio.personas.sharedDone', { name: entry.name })] : [describeError(t, written.error)]);
    await reload();
    return written.ok;
  }, [api, mapPath, reload, setNotes, t]);

  const session = useMemo<WorkspaceSession>(() => ({ mapPath, api, nativeDialogs, library, libraryError, share, notes }), [api, library, libraryError, mapPath, nativeDialogs, notes, share]);
  return <WorkspaceContext.Provider value={session}>{children}</WorkspaceContext.Provider>;
}
