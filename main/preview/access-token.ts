import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** The query parameter that carries the token in the URL the preview prints. */
export const TOKEN_PARAM = 'token';

/** A fresh secret per server: 256 random bits, URL- and cookie-safe. */
export const newAccessToken = (): string => randomBytes(32).toString('base64url');

/**
 * Compares a presented secret with the real one in constant time: both are hashed first, so
 * neither the bytes nor the length of the real token leak through how long a refusal takes.
 */
export function sameSecret(presented: string, secret: string): boolean {
  const digest = (value: string) => createHash('sha256').update(value, 'utf8').digest();
  return timingSafeEqual(digest(presented), digest(secret));
}

/** The values of every cookie named `name` in a Cookie header (a browser may send several). */
export function cookieValues(header: string | undefined, name: string): string[] {
  if (!header) return [];
  return header.split(';').flatMap((part) => {
    const at = part.indexOf('=');
    return at > 0 && part.slice(0, at).trim() === name ? [part.slice(at + 1).trim()] : [];
  });
}

/**
 * Who may use a preview server: whoever presents its token, in the URL it printed or in the
 * cookie the first page load with that URL sets. Cookies are not kept apart by port, so the
 * cookie is named after the port: two previews open in one browser do not overwrite each
 * other's.
 */
export class PreviewAccess {
  readonly cookieName: string;

  constructor(readonly token: string, port: number) {
    this.cookieName = `waymark-preview-${port}`;
  }

  /** True for the token itself (a presented value of any length, compared in constant time). */
  matches(presented: string): boolean {
    return sameSecret(presented, this.token);
  }

  /** True when the request's cookies include this server's. */
  cookieAllows(cookieHeader: string | undefined): boolean {
    // Every value is compared (no early exit), so timing says nothing about which one matched.
    return cookieValues(cookieHeader, this.cookieName).reduce((found, value) => this.matches(value) || found, false);
  }

  /** The Set-Cookie header: invisible to scripts, never sent from another site's page, for every path. */
  setCookie(): string {
    return `${this.cookieName}=${this.token}; HttpOnly; SameSite=Strict; Path=/`;
  }
}
