/**
 * A phone makes its own secret before it first joins and keeps it (with the id the host gives
 * it) in the page's storage: the host makes one participant per secret, so a hello repeated
 * after a lost welcome, or a reload before it came, is the same participant again.
 */

/** 32 random bytes as base64url (43 characters); the host takes 43 to 128 of those characters. */
const PHONE_SECRET = /^[A-Za-z0-9_-]{43,128}$/;

export const isPhoneSecret = (secret: string): boolean => PHONE_SECRET.test(secret);

export function newPhoneSecret(): string {
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(32));
  let text = '';
  for (const byte of bytes) text += String.fromCharCode(byte);
  return btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}
