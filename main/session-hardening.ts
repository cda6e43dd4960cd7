import type { Session, WebContents } from 'electron';
import { openExternalLink } from './security/open-external';
import { navigationAllowed, permissionAllowed, requestAllowed, windowOpenDecision } from './security/policy';

/**
 * No permission is ever granted and no request leaves the machine: only the app's own
 * origin (app://waymark, or the dev server in development) and inline data load. The
 * decisions live in security/policy.ts, where tests pin them.
 */
export function hardenSession(session: Session, appOrigin: string): void {
  session.setPermissionRequestHandler((_contents, permission, callback) => callback(permissionAllowed(permission)));
  session.setPermissionCheckHandler((_contents, permission) => permissionAllowed(permission));
  session.setDevicePermissionHandler(() => false);
  session.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !requestAllowed(details.url, appOrigin) }));
}

/**
 * For every web contents the app creates (registered on `web-contents-created`): no
 * navigation, no redirects, no webviews, no new windows; a web link the user clicked opens
 * in the system browser.
 */
export function hardenWebContents(contents: WebContents): void {
  contents.setWindowOpenHandler((details) => {
    const decision = windowOpenDecision(details);
    if (decision.openExternally) openExternalLink(decision.openExternally);
    return { action: decision.action };
  });
  contents.on('will-navigate', (event) => {
    if (!navigationAllowed(event.url)) event.preventDefault();
  });
  contents.on('will-frame-navigate', (event) => {
    if (!navigationAllowed(event.url)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!navigationAllowed(event.url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}
