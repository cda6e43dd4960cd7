/** A file-picker request from the preview bridge to the in-page picker component. */
export interface PickerRequest {
  /** Open a journey, save one, or choose a file to import (CSV, XLSX, Mermaid). */
  readonly mode: 'open' | 'save' | 'import';
  readonly suggestedName: string;
  readonly resolve: (path: string | null) => void;
}

type Host = (request: PickerRequest) => void;
let host: Host | null = null;

/** The picker component registers itself here while mounted. */
export function setPickerHost(next: Host | null): void {
  host = next;
}

export function requestPath(mode: PickerRequest['mode'], suggestedName: string): Promise<string | null> {
  return new Promise((resolve) => {
    if (!host) return resolve(null);
    host({ mode, suggestedName, resolve });
  });
}
