import type { i18n as I18n } from 'i18next';
import { createI18n, isLanguage, resolveLanguage, type Language } from '../../shared/i18n/i18n';
import type { Bridge } from '../bridge/api';

export interface AppLanguage {
  i18n: I18n;
  /** The user picked a language in this window: switch now, remember it (main tells the other windows). */
  choose(language: Language): void;
}

/**
 * The page's i18n in the language the user chose before, else the system's (navigator.languages
 * is the OS's list in Electron). Main's menu may switch it later; <html lang> follows, so the
 * browser picks the right hyphenation and fonts.
 */
export async function startLanguage(bridge: Bridge): Promise<AppLanguage> {
  const preferences = await bridge.api.getPreferences({});
  const i18n = createI18n(resolveLanguage(preferences.ok ? preferences.value.language : undefined, navigator.languages));
  const setHtmlLang = (language: string) => { document.documentElement.lang = language; };
  setHtmlLang(i18n.language);
  i18n.on('languageChanged', setHtmlLang);
  bridge.api.onMenuCommand((command) => {
    if (command.type === 'setLanguage' && isLanguage(command.language)) void i18n.changeLanguage(command.language);
  });
  return {
    i18n,
    choose(language) {
      void i18n.changeLanguage(language);
      void bridge.api.setPreferences({ language });
    },
  };
}
