import { ipcMain } from 'electron';
import { channelOf, METHOD_NAMES } from '../../shared/ipc/contract';
import { dispatchFromSender } from './dispatch';
import type { Handlers } from './handlers';

/**
 * The only place that touches ipcMain: one handler per contract method, each refusing
 * calls from any frame but the app's own page before validating and dispatching.
 */
export function registerIpcHandlers(handlers: Handlers, rendererUrl: string): void {
  for (const method of METHOD_NAMES) {
    ipcMain.handle(channelOf(method), async (event, payload: unknown) => {
      const frame = event.senderFrame;
      const sender = frame ? { url: frame.url, isMainFrame: frame.parent === null } : null;
      return dispatchFromSender(handlers, method, payload, sender, { windowId: event.sender.id }, rendererUrl);
    });
  }
}
