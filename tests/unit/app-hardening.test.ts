import { EventEmitter } from 'node:events';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Session, WebContents } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { hardenApp, hardenSession, type Hardeners } from '../../main/session-hardening';
import { NO_DICTIONARY_DOWNLOADS, requestAllowed, spellcheckPolicy } from '../../main/security/policy';
import { secureWebPreferences, windowOptions } from '../../main/window-options';

// Electron's runtime cannot load here (importing it would try to download it): the one call
// hardening makes into it, shell.openExternal, is recorded instead.
const opened = vi.hoisted(() => [] as string[]);
vi.mock('electron', () => ({ shell: { openExternal: (url: string) => { opened.push(url); return Promise.resolve(); } } }));

const APP = 'app://waymark';
const root = new URL('../../', import.meta.url).pathname;
/** Where Chromium fetches Hunspell dictionaries by default. */
const GOOGLE_DICTIONARY = 'https://redirector.gvt1.com/edgedl/chrome/dict/en-us-10-1.bdic';

type Listener = (...args: never[]) => unknown;

/** A session that records what hardening set on it. */
function fakeSession(name: string) {
  const set: Record<string, unknown> = {};
  const session = {
    name,
    setPermissionRequestHandler: (handler: unknown) => void (set['permissionRequest'] = handler),
    setPermissionCheckHandler: (handler: unknown) => void (set['permissionCheck'] = handler),
    setDevicePermissionHandler: (handler: unknown) => void (set['devicePermission'] = handler),
    setSpellCheckerEnabled: (enabled: boolean) => void (set['spellcheck'] = enabled),
    setSpellCheckerDictionaryDownloadURL: (url: string) => void (set['dictionaryUrl'] = url),
    webRequest: { onBeforeRequest: (handler: unknown) => void (set['beforeRequest'] = handler) },
  };
  return { session: session as unknown as Session, set };
}

/** A web contents that records its window-open handler and listeners. */
function fakeContents(session: Session) {
  const listeners = new Map<string, Listener>();
  let windowOpen: ((details: { url: string; disposition: string }) => { action: string }) | undefined;
  const contents = {
    session,
    setWindowOpenHandler: (handler: typeof windowOpen) => void (windowOpen = handler),
    on: (event: string, listener: Listener) => void listeners.set(event, listener),
  };
  return { contents: contents as unknown as WebContents, listeners, windowOpen: () => windowOpen };
}

describe('the spellchecker never downloads a dictionary', () => {
  it('is on only where the OS checks spelling (macOS), and its download URL points nowhere everywhere', () => {
    expect(spellcheckPolicy('darwin').enabled).toBe(true);
    for (const platform of ['linux', 'win32', 'freebsd', 'openbsd'] as const) expect(spellcheckPolicy(platform).enabled, platform).toBe(false);
    for (const platform of ['darwin', 'linux', 'win32'] as const) expect(spellcheckPolicy(platform).dictionaryDownloadUrl).toBe(NO_DICTIONARY_DOWNLOADS);
    // Loopback, port 0: nothing can listen there, so nothing answers and nothing leaves the machine.
    const url = new URL(NO_DICTIONARY_DOWNLOADS);
    expect([url.protocol, url.hostname, url.port, url.pathname]).toEqual(['http:', '127.0.0.1', '0', '/']);
    // And a page could not ask for it either.
    expect(requestAllowed(`${NO_DICTIONARY_DOWNLOADS}en-US-10-1.bdic`, APP)).toBe(false);
  });

  it('windows ask for spellchecking only on macOS', () => {
    expect(secureWebPreferences('/p.cjs', 'darwin').spellcheck).toBe(true);
    expect(secureWebPreferences('/p.cjs', 'linux').spellcheck).toBe(false);
    expect(secureWebPreferences('/p.cjs', 'win32').spellcheck).toBe(false);
    expect(windowOptions('/p.cjs', 'win32').webPreferences?.spellcheck).toBe(false);
    expect(windowOptions('/p.cjs').webPreferences).toEqual(secureWebPreferences('/p.cjs', process.platform));
  });

  it('every hardened session gets the dictionary URL and the spellchecker setting, next to the other guards', () => {
    for (const platform of ['linux', 'win32', 'darwin'] as const) {
      const { session, set } = fakeSession('default');
      hardenSession(session, APP, platform);
      expect(set['dictionaryUrl']).toBe(NO_DICTIONARY_DOWNLOADS);
      expect(set['spellcheck']).toBe(platform === 'darwin');
      const beforeRequest = set['beforeRequest'] as (details: { url: string }, callback: (answer: { cancel: boolean }) => void) => void;
      const answers: boolean[] = [];
      for (const url of [GOOGLE_DICTIONARY, 'https://example.com/', `${APP}/index.html`]) beforeRequest({ url }, ({ cancel }) => answers.push(cancel));
      expect(answers).toEqual([true, true, false]);
      expect((set['permissionCheck'] as (c: unknown, p: string) => boolean)(null, 'media')).toBe(false);
      expect((set['devicePermission'] as () => boolean)()).toBe(false);
      let granted: boolean | undefined;
      (set['permissionRequest'] as (c: unknown, p: string, cb: (ok: boolean) => void) => void)(null, 'notifications', (ok) => (granted = ok));
      expect(granted).toBe(false);
    }
  });
});

describe('hardenApp: every session and web contents the app creates is hardened', () => {
  function wiredApp() {
    const app = new EventEmitter();
    const hardened = { sessions: [] as string[], contents: [] as WebContents[] };
    const hardeners: Hardeners = {
      session: (session) => void hardened.sessions.push((session as unknown as { name: string }).name),
      webContents: (contents) => void hardened.contents.push(contents),
    };
    const hardening = hardenApp(app, APP, hardeners);
    return { app, hardened, hardening };
  }

  it('hardens each session once when it is made (the default one, a partition made later), and each window’s contents', () => {
    const { app, hardened, hardening } = wiredApp();
    const main = fakeSession('default').session;
    app.emit('session-created', main);
    hardening.ready(main);
    expect(hardened.sessions).toEqual(['default']);

    // Windows (the editor's, the audience's, devtools): every web contents, whoever made it.
    const windows = [fakeContents(main), fakeContents(main), fakeContents(main)];
    for (const { contents } of windows) app.emit('web-contents-created', {}, contents);
    expect(hardened.contents).toEqual(windows.map((w) => w.contents));
    expect(hardened.sessions).toEqual(['default']);

    // A session made later (a partition) is hardened as it is made, before any page in it loads.
    const partition = fakeSession('persist:other').session;
    app.emit('session-created', partition);
    app.emit('web-contents-created', {}, fakeContents(partition).contents);
    expect(hardened.sessions).toEqual(['default', 'persist:other']);
    expect(hardened.contents).toHaveLength(4);
  });

  it('hardens a session it first meets through a web contents, and the default session handed over at ready', () => {
    const { app, hardened, hardening } = wiredApp();
    const early = fakeSession('made-before-the-listeners').session;
    app.emit('web-contents-created', {}, fakeContents(early).contents);
    expect(hardened.sessions).toEqual(['made-before-the-listeners']);
    hardening.ready(fakeSession('default').session);
    expect(hardened.sessions).toEqual(['made-before-the-listeners', 'default']);
  });

  it('with the real hardeners: sessions get their guards, windows refuse navigation, new windows and webviews', () => {
    const app = new EventEmitter();
    hardenApp(app, APP);
    const { session, set } = fakeSession('default');
    app.emit('session-created', session);
    expect(Object.keys(set).sort()).toEqual(['beforeRequest', 'devicePermission', 'dictionaryUrl', 'permissionCheck', 'permissionRequest', 'spellcheck']);
    const window = fakeContents(session);
    app.emit('web-contents-created', {}, window.contents);
    expect([...window.listeners.keys()].sort()).toEqual(['will-attach-webview', 'will-frame-navigate', 'will-navigate', 'will-redirect']);
    for (const [event, listener] of window.listeners) {
      let prevented = false;
      (listener as (e: { url: string; preventDefault(): void }) => void)({ url: 'https://example.com/', preventDefault: () => (prevented = true) });
      expect(prevented, event).toBe(true);
    }
    expect(window.windowOpen()?.({ url: 'app://waymark/index.html', disposition: 'new-window' })).toEqual({ action: 'deny' });
    expect(window.windowOpen()?.({ url: 'https://example.com/help', disposition: 'foreground-tab' })).toEqual({ action: 'deny' });
    expect(opened).toEqual(['https://example.com/help']);
  });
});

describe('the wiring in main/', () => {
  async function mainSources(): Promise<Map<string, string>> {
    const files = (await readdir(join(root, 'main'), { recursive: true })).filter((f) => f.endsWith('.ts'));
    return new Map(await Promise.all(files.map(async (f) => [f, await readFile(join(root, 'main', f), 'utf8')] as const)));
  }

  it('index.ts hardens the app before it is ready (before any session or window), and hands it the default session right after', async () => {
    const index = (await mainSources()).get('index.ts')!;
    const wired = index.indexOf('hardenApp(app, ');
    const ready = index.indexOf('await app.whenReady();');
    expect(wired).toBeGreaterThan(-1);
    expect(ready).toBeGreaterThan(wired);
    expect(index.slice(ready).split('\n')[1]?.trim()).toBe('hardening.ready(session.defaultSession);');
    expect(index.indexOf('new WindowManager(')).toBeGreaterThan(ready);
  });

  it('nothing else listens for new sessions or web contents or hardens by itself, and windows are made only where known', async () => {
    const sources = await mainSources();
    const using = (pattern: RegExp) => [...sources].filter(([, text]) => pattern.test(text)).map(([file]) => file).sort();
    expect(using(/['"](web-contents-created|session-created)['"]/)).toEqual(['session-hardening.ts']);
    expect(using(/\bharden(Session|WebContents)\(/)).toEqual(['session-hardening.ts']);
    expect(using(/\bhardenApp\(/)).toEqual(['index.ts', 'session-hardening.ts']);
    // Each of these builds its windows with windowOptions() (lint pins it); hardenApp covers them all.
    expect(using(/new BrowserWindow\(/)).toEqual(['presentation/audience-screens.ts', 'window-manager.ts']);
  });
});
