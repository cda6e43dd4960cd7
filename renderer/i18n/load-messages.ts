import type { Language } from '../../shared/i18n/languages';
import type { MessageTree } from '../../shared/i18n/message-tree';

/**
 * Every language but English (the fallback, always in the app) is its own chunk, so a window
 * downloads and compiles only the language it shows; the others load when the user switches.
 */
const LOADERS: Readonly<Record<Exclude<Language, 'en'>, () => Promise<MessageTree>>> = {
  sv: async () => (await import('../../shared/i18n/locales/sv')).sv,
  pl: async () => (await import('../../shared/i18n/locales/pl')).pl,
  ro: async () => (await import('../../shared/i18n/locales/ro')).ro,
  el: async () => (await import('../../shared/i18n/locales/el')).el,
};

/** The messages of `language`; null for English, which the app carries. */
export function loadMessages(language: Language): Promise<MessageTree | null> {
  return language === 'en' ? Promise.resolve(null) : LOADERS[language]();
}
