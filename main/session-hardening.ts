import type { Session, WebContents } from 'electron';
import { openExternalLink } from './security/open-external';
import { navigationAllowed, permissionAllowed, requestAllowed, spellcheckPolicy, windowOpenDecision } from './security/policy';

/** What hardening touches on a session (a test drives it with a fake). */
export type HardenableSession = Pick<
  Session,
  'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'setDevicePermissionHandler' | 'setSpellCheckerEnabled' | 'setSpellCheckerDictionaryDownloadURL'
> & { readonly webRequest: Pick<Session['webRequest'], 'onBeforeRequest'> };

/**
 * No permission is ever granted and no request leaves the machine: only the app's own
 * origin (app://waymark, or the dev server in development) and inline data load, and the
 * spellchecker never downloads a dictionary. The decisions live in security/policy.ts, where
 * tests pin them.
 */
export function hardenSession(session: HardenableSession, appOrigin: string, platform: NodeJS.Platform = process.platform): void {
  session.setPermissionRequestHandler((_contents, permission, callback) => callback(permissionAllowed(permission)));
  session.setPermissionCheckHandler((_contents, permission) => permissionAllowed(permission));
  session.setDevicePermissionHandler(() => false);
  session.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !requestAllowed(details.url, appOrigin) }));
  // The session's own network service fetches dictionaries, past the request filter above.
  const spellcheck = spellcheckPolicy(platform);
  session.setSpellCheckerDictionaryDownloadURL(spellcheck.dictionaryDownloadUrl);
  session.setSpellCheckerEnabled(spellcheck.enabled);
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

/** The app's events hardening listens to: Electron's `app`, or a fake in a test. */
export interface AppEvents {
  on(event: 'session-created', listener: (session: Session) => void): unknown;
  on(event: 'web-contents-created', listener: (event: unknown, contents: WebContents) => void): unknown;
}

export interface Hardeners {
  session(session: Session): void;
  webContents(contents: WebContents): void;
}

/**
 * The one place the app's sessions and web contents are hardened; call it before the app is
 * ready, before any window exists. Every session Electron creates (the default one, and any
 * partition a window or module might ask for later) is hardened when it is created, once; every
 * web contents (windows, the audience's windows, devtools) when it is created, and its session
 * too, should one ever come from elsewhere. `ready` takes the default session once the app is
 * ready, in case it was made before these listeners.
 */
export function hardenApp(app: AppEvents, appOrigin: string, hardeners: Hardeners = {
  session: (session) => hardenSession(session, appOrigin),
  webContents: hardenWebContents,
}): { ready(defaultSession: Session): void } {
  const hardened = new WeakSet<Session>();
  const hardenOnce = (session: Session) => {
    if (hardened.has(session)) return;
    hardened.add(session);
    hardeners.session(session);
  };
  app.on('session-created', hardenOnce);
  app.on('web-contents-created', (_event, contents) => {
    hardenOnce(contents.session);
    hardeners.webContents(contents);
  });
  return { ready: hardenOnce };
}
