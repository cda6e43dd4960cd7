import { BrowserWindow, screen, webContents } from 'electron';
import { MENU_COMMAND_CHANNEL } from '../../shared/ipc/contract';
import { windowOptions } from '../window-options';
import { pickAudienceDisplay } from './displays';
import type { AudienceScreens } from './presentation-hub';

const windowOf = (windowId: number): BrowserWindow | null => {
  const contents = webContents.fromId(windowId);
  return contents ? BrowserWindow.fromWebContents(contents) : null;
};

/** Audience windows on real displays: the same secure window options, the page told which session it shows. */
export function electronAudienceScreens(preloadPath: string, rendererUrl: string): AudienceScreens {
  return {
    displayCount: () => screen.getAllDisplays().length,
    open(presenterWindowId, sessionId, onClosed) {
      const presenter = windowOf(presenterWindowId);
      if (!presenter) return null;
      const display = pickAudienceDisplay(screen.getAllDisplays(), screen.getDisplayMatching(presenter.getBounds()).id);
      if (!display) return null;
      const audience = new BrowserWindow(windowOptions(preloadPath));
      audience.setBounds(display.bounds);
      const id = audience.webContents.id;
      audience.once('ready-to-show', () => {
        audience.setFullScreen(true);
        // The presenter keeps the keyboard: the audience's window only shows.
        audience.showInactive();
      });
      audience.once('closed', onClosed);
      presenter.once('closed', () => !audience.isDestroyed() && audience.close());
      const url = new URL(rendererUrl);
      url.searchParams.set('audience', sessionId);
      void audience.loadURL(url.toString());
      return id;
    },
    close: (windowId) => windowOf(windowId)?.close(),
    setFullScreen: (windowId, fullScreen) => windowOf(windowId)?.setFullScreen(fullScreen),
    send: (windowId, command) => webContents.fromId(windowId)?.send(MENU_COMMAND_CHANNEL, command),
  };
}
