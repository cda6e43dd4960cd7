import { useTranslation } from 'react-i18next';
import type { ReadOnlyReason } from '../../../shared/ipc/read-only';
import './read-only.css';

/**
 * Above a map whose file cannot be written where it is: says why and offers Save as…, the only
 * way to keep its edits (Save and autosave do not write it). It stays until the map is saved
 * somewhere writable.
 */
export function ReadOnlyBar({ reason, onSaveAs }: { reason: ReadOnlyReason; onSaveAs: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="read-only-bar" role="status" aria-label={t('readOnly.label')}>
      <svg className="read-only-mark" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
        <path d="M5 7V5a3 3 0 0 1 6 0v2" fill="none" stroke="currentColor" strokeWidth="1.6" />
        <rect x="3" y="7" width="10" height="7.5" rx="1.5" fill="currentColor" />
      </svg>
      <span className="read-only-text">{reason === 'read-only-medium' ? t('readOnly.notice.readOnlyMedium') : t('readOnly.notice.noPermission')}</span>
      <button type="button" className="primary" onClick={onSaveAs}>{t('readOnly.saveAs')}</button>
    </div>
  );
}
