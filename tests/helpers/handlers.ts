import type { DispatchContext } from '../../main/ipc/dispatch';
import { createHandlers, type Dialogs, type Handlers, type WindowRegistry } from '../../main/ipc/handlers';
import { folderGrant, PathGrants } from '../../main/ipc/path-grants';
import { startAppServices } from '../../main/services/app-services';

export const noDialogs: Dialogs = { chooseOpenPath: async () => null, chooseSavePath: async () => null };

/** One window that shows whatever it opens, as the preview's page does. */
export const oneWindow: WindowRegistry = {
  launchIntent: () => ({ kind: 'start' }),
  windowWithPath: () => undefined,
  focus: () => undefined,
  setState: () => undefined,
};

/** The real IPC handlers over real services in `userData`, as Electron and the preview build them. */
export async function realHandlers(userData: string): Promise<Handlers> {
  return createHandlers({ ...(await startAppServices(userData)), dialogs: noDialogs, windows: oneWindow });
}

/**
 * A window calling main that was granted every file in `folder`, as the preview grants its page
 * the folder it serves: for tests whose subject is not the grants (path-grants.test.ts is).
 */
export function windowOver(folder: string, windowId = 1): DispatchContext {
  const grants = new PathGrants();
  grants.grant(windowId, folderGrant(folder, 'all'));
  return { windowId, grants };
}
