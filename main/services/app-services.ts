import { mkdir } from 'node:fs/promises';
import { FileLocks } from './file-lock';
import { JourneyRepository } from './journey-repository';
import { OpenFiles } from './open-files';
import { OwnWrites } from './own-writes';
import { RecoveryStore } from './recovery-store';
import { SettingsStore } from './settings-store';
import { removeAllStaleTemps } from './stale-temps';
import { TemplateStore } from './template-store';

/** The plain services behind the IPC handlers, shared by Electron, the preview server and tests. */
export interface AppServices {
  repository: JourneyRepository;
  locks: FileLocks;
  openFiles: OpenFiles;
  /** Each open journey file as our own last read or write left it; one read, write or check of a file at a time. */
  ownWrites: OwnWrites;
  recovery: RecoveryStore;
  settings: SettingsStore;
  templates: TemplateStore;
  /** Releases every file lock this instance holds. */
  stop(): Promise<void>;
}

/**
 * Starts the services over a user-data folder that only this instance writes, first clearing
 * temp files a killed write left there (settings, journals). Temps beside journey files are
 * cleared when their file is next opened or saved, under its lock.
 */
export async function startAppServices(userDataFolder: string): Promise<AppServices> {
  await mkdir(userDataFolder, { recursive: true });
  await removeAllStaleTemps(userDataFolder);
  const recovery = new RecoveryStore(userDataFolder);
  await recovery.sweep();
  const locks = new FileLocks();
  const openFiles = new OpenFiles(locks);
  return {
    repository: new JourneyRepository(),
    locks,
    openFiles,
    ownWrites: new OwnWrites(),
    recovery,
    settings: new SettingsStore(userDataFolder),
    templates: new TemplateStore(userDataFolder),
    stop: () => openFiles.closeAll(),
  };
}
