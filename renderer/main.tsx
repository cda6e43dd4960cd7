import '@fontsource/noto-sans/400.css';
import '@fontsource/noto-sans/700.css';
import './styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { z } from 'zod';
import { createI18n, matchLanguage } from '../shared/i18n/i18n';
import { App } from './app/App';
import { connectBridge } from './bridge/api';
import { FONT_FAMILY } from './canvas/theme';

// zod probes `new Function`, which the CSP forbids; jitless skips the probe.
z.config({ jitless: true });

async function boot(): Promise<void> {
  // Konva draws text on a canvas: the bundled fonts must be loaded before the first measure.
  await Promise.all([document.fonts.load(`400 15px "${FONT_FAMILY}"`), document.fonts.load(`700 15px "${FONT_FAMILY}"`)]);
  const i18n = createI18n(matchLanguage(navigator.language));
  document.documentElement.lang = i18n.language;
  const root = document.getElementById('root');
  if (!root) throw new Error('no #root element');
  createRoot(root).render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <App bridge={connectBridge()} />
      </I18nextProvider>
    </StrictMode>,
  );
}

void boot();
