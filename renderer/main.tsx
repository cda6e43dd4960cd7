import '@fontsource/noto-sans/400.css';
import '@fontsource/noto-sans/700.css';
import './styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { z } from 'zod';
import { App } from './app/App';
import { connectBridge } from './bridge/api';
import { startLaunch } from './bridge/launch';
import { FONT_FAMILY, FONT_SAMPLE } from './canvas/theme';
import { LanguageChoiceContext } from './i18n/language-choice';
import { AudienceApp, audienceSession } from './present/AudienceApp';
import { startLanguage } from './i18n/start-language';

// zod probes `new Function`, which the CSP forbids; jitless skips the probe.
z.config({ jitless: true });

async function boot(): Promise<void> {
  const bridge = connectBridge();
  // A window opened to show a presentation to the room shows only that.
  const audience = audienceSession(window.location.search);
  const launch = audience ? Promise.resolve(null) : startLaunch(bridge);
  // Konva draws text on a canvas, which does not redraw when a font arrives late: load every
  // subset the supported languages need (Latin, Latin Extended, Greek) before the first draw.
  const fonts = Promise.all(['400', '700'].map((weight) => document.fonts.load(`${weight} 15px "${FONT_FAMILY}"`, FONT_SAMPLE)));
  const [{ i18n, choose }] = await Promise.all([startLanguage(bridge), fonts]);
  const root = document.getElementById('root');
  if (!root) throw new Error('no #root element');
  createRoot(root).render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <LanguageChoiceContext value={choose}>
          {audience ? <AudienceApp bridge={bridge} sessionId={audience} /> : <App bridge={bridge} launch={launch} />}
        </LanguageChoiceContext>
      </I18nextProvider>
    </StrictMode>,
  );
}

void boot();
