import type { Result } from '../../shared/ipc/result';

/**
 * The preview's API as the page's bridge calls it (POST /api/<method> with a JSON payload),
 * with the token from the printed address on each request: the same handlers Electron's IPC
 * runs, on the preview's main thread.
 */
export function previewApi(printedUrl: string) {
  const address = new URL(printedUrl);
  const token = address.searchParams.get('token') ?? '';
  return async function call<T>(method: string, payload: unknown = {}): Promise<T> {
    const response = await fetch(`${address.origin}/api/${method}?token=${token}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(payload),
    });
    const result = (await response.json()) as Result<T>;
    if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
    return result.value;
  };
}
export type PreviewCall = ReturnType<typeof previewApi>;
