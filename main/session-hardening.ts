import type { Session } from 'electron';

/**
 * No permission is ever granted and no request leaves the machine: only the app's own
 * origin (app://waymark, or the dev server in development) and inline data load.
 */
export function hardenSession(session: Session, appOrigin: string): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.webRequest.onBeforeRequest((details, callback) => {
    const url = details.url;
    const allowed =
      url.startsWith(`${appOrigin}/`) || url.startsWith('devtools:') || url.startsWith('data:') || url.startsWith('blob:');
    callback({ cancel: !allowed });
  });
}
