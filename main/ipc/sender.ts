/** The parts of Electron's sender frame the trust check needs. */
export interface SenderInfo { url: string; isMainFrame: boolean }

/**
 * Only the app's own top-level page may call main: a page of app://waymark, or in
 * development the electron-vite dev server. Subframes and any other origin are refused.
 */
export function isTrustedSender(sender: SenderInfo | null, rendererUrl: string): boolean {
  if (!sender || !sender.isMainFrame) return false;
  let actual: URL;
  let expected: URL;
  try {
    actual = new URL(sender.url);
    expected = new URL(rendererUrl);
  } catch {
    return false;
  }
  // Non-special schemes such as app: report origin "null", so compare scheme and host.
  return actual.protocol === expected.protocol && actual.host === expected.host && actual.host !== '';
}
