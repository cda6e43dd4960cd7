import { createHandlers, type Dialogs, type Handlers, type WindowRegistry } from '../../main/ipc/handlers';
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
