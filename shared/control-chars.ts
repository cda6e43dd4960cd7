/** C0 controls (tab and line breaks too), DEL and C1 controls: what a terminal may act on. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point here.
const CONTROL = /[\u0000-\u001F\u007F-\u009F]/g;

const escaped = (char: string) => `\\x${char.charCodeAt(0).toString(16).padStart(2, '0')}`;

/**
 * Text from a file or a file name made safe to print on a terminal or show in the UI: each
 * control character becomes a visible `\x1b`-style escape, so an escape sequence in a file
 * cannot colour, move or clear a terminal, and a line break cannot forge a second line. All
 * other text (every script's letters, emoji, backslashes) is kept as it is.
 */
export function escapeControlChars(text: string): string {
  return text.replace(CONTROL, escaped);
}
