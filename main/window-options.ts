import type { BrowserWindowConstructorOptions, WebPreferences } from 'electron';
import { spellcheckPolicy } from './security/policy';

/**
 * The web preferences of every Waymark window; a test pins each flag. Windows share the
 * default session (no `partition`); index.ts hardens it, and any other session when made.
 */
export function secureWebPreferences(preloadPath: string, platform: NodeJS.Platform = process.platform): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
    // Only where the OS checks spelling itself: elsewhere Chromium would download dictionaries.
    spellcheck: spellcheckPolicy(platform).enabled,
  };
}

export function windowOptions(preloadPath: string, platform: NodeJS.Platform = process.platform): BrowserWindowConstructorOptions {
  return {
    width: 1440,
    height: 900,
    minWidth: 720,
    minHeight: 480,
    show: false,
    backgroundColor: '#f7f7f5',
    title: 'Waymark',
    webPreferences: secureWebPreferences(preloadPath, platform),
  };
}
