/** The languages Waymark speaks, and how one is picked; no strings here, so anything may import it. */
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
