import type { MenuItemConstructorOptions } from 'electron';
import { LANGUAGE_NAMES, SUPPORTED_LANGUAGES, type Language } from '../shared/i18n/languages';

/**
 * View > Language: every language under its own name (so anyone can find theirs whatever the
 * menu is in), the current one checked.
 */
export function languageMenu(label: string, current: Language, choose: (language: Language) => void): MenuItemConstructorOptions {
  return {
    id: 'language',
    label,
    submenu: SUPPORTED_LANGUAGES.map((language) => ({
      id: `language-${language}`,
      label: LANGUAGE_NAMES[language],
      type: 'radio' as const,
      checked: language === current,
      click: () => choose(language),
    })),
  };
}
