import { useTranslation } from 'react-i18next';
import { formatElapsed, useElapsed } from './use-elapsed';

/** The talk's running time, with pause and reset, for the presenter's eyes only. */
export function PresenterTimer() {
  const { t } = useTranslation();
  const { elapsed, running, toggle, reset } = useElapsed();
  return (
    <div className="presenter-timer" role="group" aria-label={t('present.timer')}>
      <span className="presenter-clock" role="timer" aria-label={t('present.elapsed')}>{formatElapsed(elapsed)}</span>
      <button type="button" onClick={toggle}>{running ? t('present.pauseTimer') : t('present.resumeTimer')}</button>
      <button type="button" onClick={reset}>{t('present.resetTimer')}</button>
    </div>
  );
}
