/**
 * Every security decision the Electron wiring makes, as plain functions a test can call:
 * which requests load, where a page may go, what window.open does, and which links may be
 * handed to the system browser.
 */

/** A URL policy.ts checked: the only kind open-external.ts accepts. */
export type ExternalLink = string & { readonly __brand: 'ExternalLink' };

/**
 * A web link safe to hand to the system browser: http or https, a host, no user name or
 * password (which phishing links use to disguise the host). Returns its normalised form.
 */
export function externalLinkFrom(raw: string): ExternalLink | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (url.hostname === '' || url.username !== '' || url.password !== '') return null;
  return url.href as ExternalLink;
}

/** Chromium's disposition for a link the user clicked open in a new tab (target=_blank, middle or Ctrl click). */
const CLICKED_LINK_DISPOSITIONS: ReadonlySet<string> = new Set(['foreground-tab', 'background-tab']);

export interface WindowOpenRequest { url: string; disposition: string }

/**
 * window.open and target=_blank never make a window. A web link the user clicked opens in
 * the system browser; scripts cannot reach this with the same disposition, because the
 * renderer never calls window.open (lint) and the CSP allows no inline or remote script.
 */
export function windowOpenDecision(request: WindowOpenRequest): { action: 'deny'; openExternally: ExternalLink | null } {
  const link = CLICKED_LINK_DISPOSITIONS.has(request.disposition) ? externalLinkFrom(request.url) : null;
  return { action: 'deny', openExternally: link };
}

/** The page is a single-page app: after the first load it never navigates, in any frame. */
export const navigationAllowed = (_url: string): boolean => false;

/** No permission (camera, notifications, clipboard read, HID, serial…) is ever granted. */
export const permissionAllowed = (_permission: string): boolean => false;

/**
 * Requests the session lets through: the app's own origin and inline data. Everything else,
 * the network above all, is cancelled.
 */
export function requestAllowed(rawUrl: string, appOrigin: string): boolean {
  if (rawUrl.startsWith('data:') || rawUrl.startsWith('blob:') || rawUrl.startsWith('devtools:')) return true;
  let url: URL;
  let app: URL;
  try {
    url = new URL(rawUrl);
    app = new URL(appOrigin);
  } catch {
    return false;
  }
  // Compare scheme and host: app: is not a special scheme, so its `origin` reads "null".
  return url.protocol === app.protocol && url.host === app.host && url.username === '' && url.password === '';
}

/**
 * Where Chromium would fetch Hunspell dictionaries, set on every session so the spellchecker
 * never downloads one (by default Electron fetches them from Google's CDN on Windows and
 * Linux). Port 0 cannot be listened on or connected to, so nothing answers, on this machine
 * or any other. The session's request filter (requestAllowed) would not see these fetches: the
 * session's own network service makes them, not a page.
 */
export const NO_DICTIONARY_DOWNLOADS = 'http://127.0.0.1:0/';

export interface SpellcheckPolicy {
  /** The built-in spellchecker, in web preferences and on the session. */
  enabled: boolean;
  dictionaryDownloadUrl: string;
}

/**
 * Spellchecking only where the OS provides it (macOS: no dictionary files at all). On Windows
 * and Linux it would need Hunspell dictionaries from the network, so it is off there, and the
 * download URL points nowhere in case anything turns it back on.
 */
export function spellcheckPolicy(platform: NodeJS.Platform): SpellcheckPolicy {
  return { enabled: platform === 'darwin', dictionaryDownloadUrl: NO_DICTIONARY_DOWNLOADS };
}
