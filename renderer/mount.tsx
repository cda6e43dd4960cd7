import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { z } from 'zod';
import { DEFAULT_PREFERENCES, type Preferences } from '../shared/ipc/preferences';
import { App } from './app/App';
import type { Bridge } from './bridge/api';
import type { LaunchOpening } from './bridge/launch';
import { KnownPreferences, KnownPreferencesContext } from './app/use-preferences';
import { LanguageChoiceContext } from './i18n/language-choice';
import { startLanguage, type StartingLanguage } from './i18n/start-language';
import { AudienceApp } from './present/AudienceApp';
import './ui/a11y.css';

// zod probes `new Function`, which the CSP forbids; jitless skips the probe.
z.config({ jitless: true });

export interface MountRequest {
  bridge: Bridge;
  /** The presentation session this window shows to the room, or null for the editor. */
  audience: string | null;
  launch: Promise<LaunchOpening | null>;
  language: StartingLanguage;
  /** As main answered the first script; null when it could not (the defaults apply). */
  preferences: Preferences | null;
}

/** Renders the app into #root. */
export function mountApp({ bridge, audience, launch, language, preferences }: MountRequest): void {
  const { i18n, choose } = startLanguage(bridge, language);
  const root = document.getElementById('root');
  if (!root) throw new Error('no #root element');
  createRoot(root).render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <LanguageChoiceContext value={choose}>
          <KnownPreferencesContext value={new KnownPreferences(preferences ?? DEFAULT_PREFERENCES)}>
            {audience ? <AudienceApp bridge={bridge} sessionId={audience} /> : <App bridge={bridge} launch={launch} />}
          </KnownPreferencesContext>
        </LanguageChoiceContext>
      </I18nextProvider>
    </StrictMode>,
  );
}
