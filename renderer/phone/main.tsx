import './phone.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { z } from 'zod';
import { PhoneApp } from './PhoneApp';
import { phoneI18n } from './phone-language';
import { PhoneSession, roomCodeFromPath } from './phone-session';

// zod compiles parsers with new Function unless told not to, which the page's CSP forbids.
z.config({ jitless: true });

/** The participant page: joins the workshop named by the room code in the address, in the phone's language. */
async function boot(): Promise<void> {
  const i18n = await phoneI18n(navigator.languages);
  document.title = `${i18n.t('phone.title')} · Waymark`;
  const code = roomCodeFromPath(window.location.pathname);
  const root = document.getElementById('root');
  if (!root || code === null) return;
  const session = new PhoneSession(code, window.location);
  session.start();
  createRoot(root).render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <PhoneApp session={session} />
      </I18nextProvider>
    </StrictMode>,
  );
}

void boot();
