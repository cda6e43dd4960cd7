import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { isLanguage, LANGUAGE_NAMES, SUPPORTED_LANGUAGES } from '../../shared/i18n/languages';
import { useChooseLanguage } from './language-choice';
import './language.css';

/**
 * The language control: each language under its own name, so anyone finds theirs. `compact`
 * keeps the label for screen readers only (the toolbar is short of room).
 */
export function LanguageSelect({ compact = false }: { compact?: boolean }) {
  const { t, i18n } = useTranslation();
  const choose = useChooseLanguage();
  const id = useId();
  return (
    <span className="language-select">
      <label htmlFor={id} className={compact ? 'visually-hidden' : undefined}>{t('language.label')}</label>
      <select id={id} data-testid="language-select" value={i18n.language} title={compact ? t('language.label') : undefined}
        onChange={(e) => { if (isLanguage(e.target.value)) choose(e.target.value); }}>
        {SUPPORTED_LANGUAGES.map((language) => (
          <option key={language} value={language} lang={language}>{LANGUAGE_NAMES[language]}</option>
        ))}
      </select>
    </span>
  );
}
