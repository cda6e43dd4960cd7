import i18next, { type i18n as I18n } from 'i18next';
import { el } from './locales/el';
import { en } from './locales/en';
import { pl } from './locales/pl';
import { ro } from './locales/ro';
import { sv } from './locales/sv';

export const SUPPORTED_LANGUAGES = ['en', 'sv', 'pl', 'ro', 'el'] as const;
export type Language = (typeof SUPPORTED_LANGUAGES)[number];

/** Each language by its own name, as language pickers show them (never translated). */
export const LANGUAGE_NAMES: Readonly<Record<Language, string>> = {
  en: 'English',
  sv: 'Svenska',
  pl: 'Polski',
  ro: 'Română',
  el: 'Ελληνικά',
};

export const resources = {
  en: { translation: en },
  sv: { translation: sv },
  pl: { translation: pl },
  ro: { translation: ro },
  el: { translation: el },
} as const;

export const isLanguage = (value: unknown): value is Language => SUPPORTED_LANGUAGES.some((l) => l === value);

/**
 * The best supported language for OS locales such as `sv-SE` or `["pl-PL", "en-US"]`, in the
 * user's order of preference; English when none is supported.
 */
export function matchLanguage(locales: string | readonly string[] | undefined): Language {
  const list = typeof locales === 'string' ? [locales] : (locales ?? []);
  for (const locale of list) {
    const base = locale.toLowerCase().split(/[-_.@]/)[0];
    if (isLanguage(base)) return base;
  }
  return 'en';
}

/** The language to show: the one the user chose, else the system's. */
export const resolveLanguage = (chosen: string | undefined, systemLocales: string | readonly string[] | undefined): Language =>
  isLanguage(chosen) ? chosen : matchLanguage(systemLocales);

/** A fresh i18next instance: main and renderer each own one. */
export function createI18n(language: Language): I18n {
  const instance = i18next.createInstance();
  void instance.init({
    lng: language,
    fallbackLng: 'en',
    supportedLngs: [...SUPPORTED_LANGUAGES],
    resources,
    initAsync: false,
    // Counts are written `{{count, number}}`: i18next formats them with Intl for the language (1 000, 1.000).
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return instance;
}
