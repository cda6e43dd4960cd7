import type { Bridge } from '../bridge/api';

/**
 * Fills the screen: Electron's window goes full screen through main (no user gesture needed
 * for a menu command); in a browser the page asks for it, and carries on if refused.
 */
export function setFullScreen(bridge: Bridge, on: boolean): void {
  if (bridge.hasNativeMenu) {
    void bridge.api.setFullScreen({ fullScreen: on });
    return;
  }
  const doc = window.document;
  if (on && !doc.fullscreenElement) void doc.documentElement.requestFullscreen?.().catch(() => undefined);
  if (!on && doc.fullscreenElement) void doc.exitFullscreen().catch(() => undefined);
}

/** Runs `onLeft` when the browser leaves full screen by itself (its own Esc), so presenting ends too. */
export function onBrowserFullScreenLeft(onLeft: () => void): () => void {
  let was = window.document.fullscreenElement !== null;
  const listener = () => {
    const now = window.document.fullscreenElement !== null;
    if (was && !now) onLeft();
    was = now;
  };
  window.document.addEventListener('fullscreenchange', listener);
  return () => window.document.removeEventListener('fullscreenchange', listener);
}
