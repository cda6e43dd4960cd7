import { protocol } from 'electron';
import { APP_HOST, appResponse } from './security/app-response';

export const APP_SCHEME = 'app';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/** Must run before the app is ready. */
export function registerAppScheme(): void {
  // codeCache: V8 keeps the compiled app code between launches, so a window after the first skips
  // most of the parse and compile of the app's chunk (it needs `standard`).
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, codeCache: true } }]);
}

/**
 * Serves the built renderer from `app://waymark/` with the CSP as a real header; file://
 * would give the page the run of the disk.
 */
export function serveRenderer(rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const { status, headers, body } = await appResponse(rendererDir, request.url);
    return new Response(body, { status, headers });
  });
}
