/**
 * The page speaks the phone's language (navigator.languages) among Waymark's five, English
 * otherwise. It carries only the `phone` namespace of the locales (shared/i18n/locales/*-phone.ts),
 * English in the bundle and the phone's language as a chunk of its own.
 */
import i18next, { type i18n as I18n } from 'i18next';
import { matchLanguage, SUPPORTED_LANGUAGES, type Language } from '../../shared/i18n/languages';
import { enPhone } from '../../shared/i18n/locales/en-phone';
import type { MessageTree } from '../../shared/i18n/message-tree';

const LOADERS: Readonly<Record<Exclude<Language, 'en'>, () => Promise<MessageTree>>> = {
  sv: async () => (await import('../../shared/i18n/locales/sv-phone')).svPhone,
  pl: async () => (await import('../../shared/i18n/locales/pl-phone')).plPhone,
  ro: async () => (await import('../../shared/i18n/locales/ro-phone')).roPhone,
  el: async () => (await import('../../shared/i18n/locales/el-phone')).elPhone,
};

export async function phoneI18n(languages: readonly string[]): Promise<I18n> {
  const language = matchLanguage(languages);
  const resources: Record<string, { translation: MessageTree }> = { en: { translation: { phone: enPhone } } };
  if (language !== 'en') resources[language] = { translation: { phone: await LOADERS[language]() } };
  const instance = i18next.createInstance();
  await instance.init({
    lng: language,
    fallbackLng: 'en',
    supportedLngs: [...SUPPORTED_LANGUAGES],
    resources,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  document.documentElement.lang = language;
  return instance;
}
