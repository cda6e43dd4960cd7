import '@fontsource/noto-sans/400.css';
import '@fontsource/noto-sans/700.css';
import './styles.css';
import { resolveLanguage } from '../shared/i18n/languages';
import { connectBridge } from './bridge/api';
import { startLaunch } from './bridge/launch';
import { FONT_FAMILY, FONT_SAMPLE } from './canvas/theme';
import { loadMessages } from './i18n/load-messages';
import { audienceSession } from './present/audience-session';

/**
 * The window's first script, kept small: it asks for the file, the preferences, the language and
 * the fonts at once, so they travel while the rest of the app (React, Konva, zod, the
 * editor; see mount.tsx) downloads and compiles.
 */
async function boot(): Promise<void> {
  // First, so the app's code is on its way before main gets busy opening the file.
  const app = import('./mount');
  const bridge = connectBridge();
  // A window opened to show a presentation to the room shows only that.
  const audience = audienceSession(window.location.search);
  const launch = audience ? Promise.resolve(null) : startLaunch(bridge);
  // The language the user chose before, else the system's (navigator.languages is the OS's list in Electron).
  const preferences = bridge.api.getPreferences({}).then((answer) => (answer.ok ? answer.value : null));
  const language = preferences.then(async (chosenBefore) => {
    const chosen = resolveLanguage(chosenBefore?.language, navigator.languages);
    return { language: chosen, messages: await loadMessages(chosen) };
  });
  // Konva draws text on a canvas, which does not redraw when a font arrives late: load every
  // subset the supported languages need (Latin, Latin Extended, Greek) before the first draw.
  const fonts = Promise.all(['400', '700'].map((weight) => document.fonts.load(`${weight} 15px "${FONT_FAMILY}"`, FONT_SAMPLE)));
  const [{ mountApp }, startingLanguage, startingPreferences] = await Promise.all([app, language, preferences, fonts]);
  mountApp({ bridge, audience, launch, language: startingLanguage, preferences: startingPreferences });
}

void boot();
