import i18next, { type i18n as I18n } from 'i18next';
import { el } from './locales/el';
import { en } from './locales/en';
import { pl } from './locales/pl';
import { ro } from './locales/ro';
import { sv } from './locales/sv';
import { SUPPORTED_LANGUAGES, type Language } from './languages';
import type { MessageTree } from './message-tree';

export { isLanguage, LANGUAGE_NAMES, matchLanguage, resolveLanguage, SUPPORTED_LANGUAGES, type Language } from './languages';

export const resources = {
  en: { translation: en },
  sv: { translation: sv },
  pl: { translation: pl },
  ro: { translation: ro },
  el: { translation: el },
} as const;

/** A fresh i18next instance with every language: main and the command line own one each. */
export function createI18n(language: Language): I18n {
  return createI18nWith(language, resources);
}

/**
 * A fresh i18next instance with the languages given (English must be one: it is the fallback).
 * A window passes English and the language it shows, and adds another when the user switches.
 */
export function createI18nWith(language: Language, bundles: { en: { translation: MessageTree } } & Partial<Record<Language, { translation: MessageTree }>>): I18n {
  const instance = i18next.createInstance();
  void instance.init({
    lng: language,
    fallbackLng: 'en',
    supportedLngs: [...SUPPORTED_LANGUAGES],
    resources: bundles,
    initAsync: false,
    // Counts are written `{{count, number}}`: i18next formats them with Intl for the language (1 000, 1.000).
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return instance;
}
