import type { WaymarkApi } from '../../shared/ipc/contract';
import { createPreviewApi } from './preview-api';

declare global {
  interface Window { waymark?: WaymarkApi }
}

export interface Bridge {
  api: WaymarkApi;
  /** In Electron the native menu owns Ctrl+S and friends; in preview the page handles them. */
  hasNativeMenu: boolean;
}

export function connectBridge(): Bridge {
  return window.waymark ? { api: window.waymark, hasNativeMenu: true } : { api: createPreviewApi(), hasNativeMenu: false };
}
