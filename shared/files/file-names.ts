/** Characters Windows refuses in a file name (macOS refuses `:` in Finder, Linux `/`), and control characters. */
// eslint-disable-next-line no-control-regex
const REFUSED = /[\\/:*?"<>|\u0000-\u001f\u007f]+/g;
/** Names Windows keeps for devices, with or without an extension. */
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/i;
/** Leaves room for an extension and a copy number within the 255 bytes most file systems allow. */
const MAX_LENGTH = 120;

/**
 * A name offered for a new file, valid on Windows, macOS and Linux alike: what those refuse
 * becomes a dash, the ends lose spaces and dots (Windows drops trailing ones), device names get
 * an underscore, and an empty result falls back to `fallback` (itself a valid name).
 */
export function safeFileName(name: string, fallback: string): string {
  const cleaned = name.normalize('NFC').replace(REFUSED, ' - ').replace(/\s+/g, ' ').replace(/(\s-\s)+/g, ' - ')
    .replace(/^[\s.-]+|[\s.-]+$/g, '');
  const short = [...cleaned].slice(0, MAX_LENGTH).join('').replace(/[\s.-]+$/, '');
  if (short === '') return fallback;
  return RESERVED.test(short) ? `${short}_` : short;
}
