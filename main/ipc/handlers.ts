import type { z } from 'zod';
import { createI18n } from '../../shared/i18n/i18n';
import type { IpcContract, LaunchIntent, MethodName, MethodOutput } from '../../shared/ipc/contract';
import { exchangeHandlers, type ExchangeDeps } from '../exchange/exchange-handlers';
import { presentationHandlers } from '../presentation/presentation-handlers';
import type { PresentationHub } from '../presentation/presentation-hub';
import { diskStateOf } from '../services/fingerprint';
import type { JourneyRepository } from '../services/journey-repository';
import type { OpenFiles } from '../services/open-files';
import { OwnWrites } from '../services/own-writes';
import type { RecoveryStore } from '../services/recovery-store';
import type { SettingsStore } from '../services/settings-store';
import type { TemplateStore } from '../services/template-store';
import { VersionStore } from '../services/version-store';
import { FileLocks } from '../services/file-lock';
import { readTableFile } from '../exchange/table-file';
import { portfolioHandlers } from './portfolio-handlers';
import { compareHandlers } from './compare-handlers';
import { templateHandlers } from './template-handlers';
import { versionHandlers } from './version-handlers';
import type { WorkshopService } from '../workshop/workshop-in-worker';
import { coeditHandlers } from './coedit-handlers';
import { workshopHandlers } from './workshop-handlers';
import { workspaceHandlers, type WorkspaceDeps } from './workspace-handlers';

/** Native dialogs in Electron; the preview bridge replaces them with an in-page picker. */
export interface Dialogs {
  chooseOpenPath(windowId: number): Promise<string | null>;
  chooseSavePath(windowId: number, suggestedName: string): Promise<string | null>;
}

/** What handlers need to know about windows; Electron's window manager implements it. */
export interface WindowRegistry {
  launchIntent(windowId: number): LaunchIntent;
  /** The window that has `path` open, other than `exceptWindowId`. */
  windowWithPath(path: string, exceptWindowId: number): number | undefined;
  focus(windowId: number): void;
  setState(windowId: number, state: { title: string; name?: string; dirty: boolean; path: string | null; workshop?: boolean }): void;
}

export interface HandlerDeps {
  repository: JourneyRepository;
  /** Which window writes which file, holding the file's lock. */
  openFiles: OpenFiles;
  /** Each open file as our own last read or write left it (a fresh registry when left out). */
  ownWrites?: OwnWrites;
  recovery: RecoveryStore;
  settings: SettingsStore;
  dialogs: Dialogs;
  windows: WindowRegistry;
  /** Called after the recent list changes (Electron rebuilds the Open Recent menu): when a file opens, or a window saves under a new path. */
  onRecentChanged?: () => void;
  /** Export and import: native dialogs and the user's language (English and page dialogs without). */
  exchange?: ExchangeDeps;
  /** The user's own templates (none in tests that leave it out). */
  templates?: TemplateStore;
  /** Named versions beside journey files (a store over the disk by default). */
  versions?: VersionStore;
  /** This instance's file locks (the workspace's other maps are written only when no window has them open). */
  locks?: FileLocks;
  /** The one workspace folder there is (the preview's folder); without it a map's workspace is found from its path. */
  workspaceRoot?: string;
  /** Which map files workspace calls may touch (the preview: only files really inside its folder). */
  workspaceReaches?: (path: string) => Promise<boolean>;
  /** Presenting on a second display (Electron); without it the page keeps its windows in step itself. */
  presentation?: PresentationHub;
  /** The live workshop this app hosts (none in tests that leave it out). */
  workshop?: WorkshopService;
  /** The window's workspace folder and the cached index of its maps (none open without it). */
  workspace?: WorkspaceDeps;
}

export interface HandlerContext { windowId: number }

export type Handlers = {
  [M in MethodName]: (input: z.output<IpcContract[M]['input']>, context: HandlerContext) => Promise<MethodOutput<M>>;
};

const englishI18n = createI18n('en');
const englishT = englishI18n.t.bind(englishI18n);

/** The main process's answers to every IPC method, as plain functions over plain services. */
export function createHandlers(deps: HandlerDeps): Handlers {
  const { repository, openFiles, recovery, settings, dialogs, windows } = deps;
  const ownWrites = deps.ownWrites ?? new OwnWrites();
  const rememberRecent = async (path: string) => {
    await settings.addRecent(path);
    deps.onRecentChanged?.();
  };
  return {
    getLaunchIntent: async (_input, { windowId }) => windows.launchIntent(windowId),
    openJourney: async ({ path }, { windowId }) => {
      const other = windows.windowWithPath(path, windowId);
      if (other !== undefined) {
        windows.focus(other);
        return { focusedOtherWindow: true, path };
      }
      // A file that cannot be written at all opens read-only: no lock, and saves go to Save As.
      const { value: loaded, readOnly } = await ownWrites.exclusive(path, () => openFiles.open(windowId, path, () => repository.open(path)), (opened) => opened.value.fingerprint);
      await rememberRecent(path);
      return readOnly === null ? { ...loaded, readOnly: false } : { ...loaded, readOnly: true, readOnlyReason: readOnly };
    },
    /**
     * One save: the file written (a checked save compares the disk with the file as our own
     * last read or write of it left it, else with the window's baseline), the map's journal
     * dropped, and the recent list touched only when the window saved under a new path. The
     * payload's document was validated by dispatch and is not validated again.
     */
    saveJourney: async ({ path, document, baseline, journalId }, { windowId }) => {
      const newPath = !(await openFiles.writes(windowId, path));
      const saved = await ownWrites.exclusive(path, (known) => openFiles.withFile(windowId, path, () =>
        repository.save(path, document, { validated: true, ...(baseline ? { baseline: known ?? baseline } : {}) })), (file) => file.fingerprint);
      // The edits are on disk: their journal goes. One that another window claimed is left to it.
      if (journalId !== undefined) await recovery.discard(journalId, windowId).catch(() => undefined);
      if (newPath) await rememberRecent(path);
      return { path: saved.path, name: saved.name, savedAt: saved.savedAt.toISOString(), fingerprint: saved.fingerprint };
    },
    closeJourney: async ({ path }, { windowId }) => {
      await openFiles.close(windowId, path);
      ownWrites.forget(path);
      return null;
    },
    // After any save of the file under way, against what our last read or write left (else the window's baseline).
    checkFileOnDisk: async ({ path, baseline }) => ownWrites.exclusive(path, (known) => diskStateOf(path, known ?? baseline),
      (state) => (state.state === 'unchanged' ? state.fingerprint : null)),
    writeRecovery: async (entry, { windowId }) => {
      await recovery.write(entry, windowId);
      return null;
    },
    discardRecovery: async ({ id }, { windowId }) => {
      await recovery.discard(id, windowId);
      return null;
    },
    releaseRecovery: async ({ id }, { windowId }) => {
      recovery.release(id, windowId);
      return null;
    },
    listRecovery: async () => recovery.list(),
    restoreRecovery: async ({ id }, { windowId }) => recovery.restore(id, windowId),
    chooseOpenPath: async (_input, { windowId }) => dialogs.chooseOpenPath(windowId),
    chooseSavePath: async ({ suggestedName }, { windowId }) => dialogs.chooseSavePath(windowId, suggestedName),
    listRecent: async () => settings.listRecent(),
    getPreferences: async () => settings.preferences(),
    setPreferences: async (patch) => settings.setPreferences(patch),
    clearRecent: async () => {
      await settings.clearRecent();
      deps.onRecentChanged?.();
      return null;
    },
    setWindowState: async (state, { windowId }) => {
      windows.setState(windowId, state);
      return null;
    },
    ...exchangeHandlers(deps.exchange),
    ...templateHandlers(deps.templates),
    ...versionHandlers(deps.versions ?? new VersionStore(), settings, repository),
    ...compareHandlers(repository, deps.exchange?.t ?? englishT, deps.exchange?.language ?? (() => 'en'), deps.exchange?.renderComparison),
    ...presentationHandlers(deps.presentation),
    ...portfolioHandlers({
      locks: deps.locks ?? new FileLocks(),
      rootOf: (windowId) => deps.workspaceRoot ?? deps.workspace?.folders.folderOf(windowId) ?? undefined,
      ...(deps.workspaceReaches === undefined ? {} : { reaches: deps.workspaceReaches }),
      readTable: deps.exchange?.readTable ?? ((path) => readTableFile(path, deps.exchange?.t ?? englishT)),
    }),
    ...workshopHandlers(deps.workshop),
    ...coeditHandlers(deps.workshop),
    ...workspaceHandlers(deps.workspace, repository),
  };
}
