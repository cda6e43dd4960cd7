import i18next, { type i18n as I18n } from 'i18next';
import { en } from './locales/en';

export const SUPPORTED_LANGUAGES = ['en'] as const;
export type Language = (typeof SUPPORTED_LANGUAGES)[number];

export const resources = { en: { translation: en } } as const;

/** Picks the best supported language for an OS locale such as `sv-SE`. */
export function matchLanguage(locale: string | undefined): Language {
  const base = (locale ?? '').toLowerCase().split(/[-_]/)[0];
  return SUPPORTED_LANGUAGES.find((l) => l === base) ?? 'en';
}

/** A fresh i18next instance: main and renderer each own one. */
export function createI18n(language: Language): I18n {
  const instance = i18next.createInstance();
  void instance.init({
    lng: language,
    fallbackLng: 'en',
    resources,
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return instance;
}
