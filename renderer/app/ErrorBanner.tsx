import { useTranslation } from 'react-i18next';

export function ErrorBanner({ message, onDismiss }: { message: string; onDismiss: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="error-banner" role="alert">
      <span>{message}</span>
      <button type="button" onClick={onDismiss} aria-label={t('error.dismiss')}>
        ×
      </button>
    </div>
  );
}
