import type { LaunchIntent, WaymarkApi } from '../../shared/ipc/contract';
import { createApiMethods } from '../../shared/ipc/methods';
import type { Result } from '../../shared/ipc/result';
import { requestPath } from './picker-requests';

export interface PreviewFolder { folder: string; separator: string; files: { name: string; path: string }[] }

/** The served folder and its journeys, or the files an import reads (CSV, XLSX, Mermaid). */
export async function listPreviewFolder(offer: 'journeys' | 'imports' = 'journeys'): Promise<PreviewFolder> {
  const response = await fetch(offer === 'imports' ? '/preview/files?kind=imports' : '/preview/files');
  return (await response.json()) as PreviewFolder;
}

async function post(method: string, input: unknown): Promise<Result<unknown>> {
  try {
    const response = await fetch(`/api/${method}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(input),
    });
    return (await response.json()) as Result<unknown>;
  } catch (error) {
    return { ok: false, error: { code: 'bridge', message: error instanceof Error ? error.message : String(error) } };
  }
}

/**
 * The preload's API for the preview server: each method posts to the same main-process
 * handlers over loopback; the open, save and import dialogs are answered by the in-page file picker.
 */
export function createPreviewApi(): WaymarkApi {
  const launchPath = new URLSearchParams(window.location.search).get('open');
  const intent: LaunchIntent = launchPath ? { kind: 'open', path: launchPath } : { kind: 'start' };
  return {
    ...createApiMethods(post),
    getLaunchIntent: async () => ({ ok: true, value: intent }),
    chooseOpenPath: async () => ({ ok: true, value: await requestPath('open', '') }),
    chooseSavePath: async ({ suggestedName }) => ({ ok: true, value: await requestPath('save', suggestedName) }),
    chooseImportPath: async () => ({ ok: true, value: await requestPath('import', '') }),
    onMenuCommand: () => () => undefined,
  };
}
