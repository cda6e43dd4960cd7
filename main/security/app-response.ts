import { contentSecurityPolicy } from '../csp';
import { readStaticFile } from '../static-files';

export const APP_HOST = 'waymark';

export interface AppResponse {
  status: number;
  headers: Record<string, string>;
  body: Uint8Array<ArrayBuffer> | string;
}

/**
 * The answer to an app:// request: a file of the built renderer, or 404. Every answer,
 * errors included, carries the CSP (no network, no inline or remote script) as a header.
 */
export async function appResponse(rendererDir: string, requestUrl: string): Promise<AppResponse> {
  const headers = { 'content-security-policy': contentSecurityPolicy("'none'"), 'x-content-type-options': 'nosniff' };
  let url: URL | null;
  try {
    url = new URL(requestUrl);
  } catch {
    url = null;
  }
  const file = url?.host === APP_HOST ? await readStaticFile(rendererDir, url.pathname) : null;
  if (!file) return { status: 404, headers: { ...headers, 'content-type': 'text/plain' }, body: 'Not found' };
  return { status: 200, headers: { ...headers, 'content-type': file.contentType }, body: new Uint8Array(file.body) };
}
