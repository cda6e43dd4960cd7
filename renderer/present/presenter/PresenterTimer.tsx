import { useTranslation } from 'react-i18next';
import { elapsedOf, formatElapsed, resetClock, toggleClock, useNow, type Clock } from './use-elapsed';

/** The talk's running time, with pause and restart, for the presenter's eyes only. */
export function PresenterTimer({ clock, onChange }: { clock: Clock; onChange: (clock: Clock) => void }) {
  const { t } = useTranslation();
  const running = clock.startedAt !== null;
  const now = useNow(running);
  return (
    <div className="presenter-timer" role="group" aria-label={t('present.timer')}>
      <span className="presenter-clock" role="timer" aria-label={t('present.elapsed')}>{formatElapsed(elapsedOf(clock, now))}</span>
      <button type="button" onClick={() => onChange(toggleClock(clock, Date.now()))}>{running ? t('present.pauseTimer') : t('present.resumeTimer')}</button>
      <button type="button" onClick={() => onChange(resetClock(clock, Date.now()))}>{t('present.resetTimer')}</button>
    </div>
  );
}
