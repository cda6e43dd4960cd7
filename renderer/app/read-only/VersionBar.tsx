import { useTranslation } from 'react-i18next';
import type { JourneyVersion } from '../../../shared/ipc/versions';
import { LockMark } from './LockMark';
import './read-only.css';

/**
 * Above a version shown read-only: which version (name, date, author), and the way back to
 * the map or to restore this version into it. Styled as the read-only notice, with its lock.
 */
export function VersionBar({ version, onBack, onRestore }: { version: JourneyVersion; onBack: () => void; onRestore: () => void }) {
  const { t, i18n } = useTranslation();
  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(version.createdAt));
  return (
    <div className="read-only-bar" role="region" aria-label={t('compare.version.label')}>
      <LockMark />
      <span className="read-only-text">
        {version.author
          ? t('compare.version.notice', { name: version.name, date, author: version.author })
          : t('compare.version.noticeNoAuthor', { name: version.name, date })}
      </span>
      <button type="button" onClick={onRestore}>{t('compare.version.restore')}</button>
      <button type="button" className="primary" autoFocus onClick={onBack}>{t('compare.version.back')}</button>
    </div>
  );
}
