import { ipcMain } from 'electron';
import { channelOf, METHOD_NAMES } from '../../shared/ipc/contract';
import { dispatchFromSender } from './dispatch';
import type { Handlers } from './handlers';
import type { PathGrants } from './path-grants';

/**
 * The only place that touches ipcMain: one handler per contract method, each refusing
 * calls from any frame but the app's own page before validating and dispatching (which
 * checks every path against what `grants` gave the calling window).
 */
export function registerIpcHandlers(handlers: Handlers, grants: PathGrants, rendererUrl: string): void {
  for (const method of METHOD_NAMES) {
    ipcMain.handle(channelOf(method), async (event, payload: unknown) => {
      const frame = event.senderFrame;
      const sender = frame ? { url: frame.url, isMainFrame: frame.parent === null } : null;
      return dispatchFromSender(handlers, method, payload, sender, { windowId: event.sender.id, grants }, rendererUrl);
    });
  }
}
