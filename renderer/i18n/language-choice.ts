import { createContext, useContext } from 'react';
import type { Language } from '../../shared/i18n/languages';

/** Switches the app's language and remembers the choice; main.tsx provides it. */
export const LanguageChoiceContext = createContext<(language: Language) => void>(() => undefined);

export const useChooseLanguage = (): ((language: Language) => void) => useContext(LanguageChoiceContext);
