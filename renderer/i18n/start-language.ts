import type { i18n as I18n } from 'i18next';
import { createI18nWith, isLanguage, type Language } from '../../shared/i18n/i18n';
import { en } from '../../shared/i18n/locales/en';
import type { MessageTree } from '../../shared/i18n/message-tree';
import type { Bridge } from '../bridge/api';
import { loadMessages } from './load-messages';

export interface AppLanguage {
  i18n: I18n;
  /** The user picked a language in this window: switch now, remember it (main tells the other windows). */
  choose(language: Language): void;
}

/** The language a window starts in and its messages (null for English), loaded by the first script. */
export interface StartingLanguage { language: Language; messages: MessageTree | null }

/** Loads `language`'s messages if this window has not yet, then switches to it. */
async function switchTo(i18n: I18n, language: Language): Promise<void> {
  if (!i18n.hasResourceBundle(language, 'translation')) {
    const messages = await loadMessages(language);
    if (messages) i18n.addResourceBundle(language, 'translation', messages);
  }
  await i18n.changeLanguage(language);
}

/**
 * The page's i18n in the language the user chose before, else the system's (the first script
 * resolves it from the preferences and navigator.languages, the OS's list in Electron). Main's
 * menu may switch it later; <html lang> follows, so the browser picks the right hyphenation and fonts.
 */
export function startLanguage(bridge: Bridge, { language, messages }: StartingLanguage): AppLanguage {
  const i18n = createI18nWith(language, { en: { translation: en }, ...(messages ? { [language]: { translation: messages } } : {}) });
  const setHtmlLang = (next: string) => { document.documentElement.lang = next; };
  setHtmlLang(i18n.language);
  i18n.on('languageChanged', setHtmlLang);
  bridge.api.onMenuCommand((command) => {
    if (command.type === 'setLanguage' && isLanguage(command.language)) void switchTo(i18n, command.language);
  });
  return {
    i18n,
    choose(next) {
      void switchTo(i18n, next);
      void bridge.api.setPreferences({ language: next });
    },
  };
}
