import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { timeLeft } from '../../shared/workshop/clock';
import type { RoomState } from '../../shared/workshop/model';


/** The time now, once a second while `ticking` (a round's timer runs); the app's is in present/, which this bundle cannot import. */
function useNow(ticking: boolean): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!ticking) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [ticking]);
  return now;
}

/**
 * Where the room's voting round stands: its number, the time left while a timer runs (the
 * laptop closes the round; the phone's clock only shows it), closed, or the results shown.
 * The seconds are not read out: the words say when voting closes at the minute.
 */
export function RoundStatus({ room }: { room: RoomState }) {
  const { t, i18n } = useTranslation();
  const round = room.round;
  const timed = round !== null && round.open && round.endsAt !== null;
  const now = useNow(timed);
  if (!round) return null;
  const state = round.revealed ? t('phone.round.revealed') : !round.open ? t('phone.round.closed') : null;
  const at = round.endsAt === null ? '' : new Intl.DateTimeFormat(i18n.language, { timeStyle: 'short' }).format(round.endsAt);
  return (
    <p className={`round-status${round.open ? '' : ' is-closed'}`} data-round={round.number} data-open={round.open}>
      <strong>{t('phone.round.number', { number: round.number })}</strong>
      {state && <span role="status">{state}</span>}
      {timed && (
        <span className="round-clock">
          <span aria-hidden="true">{t('phone.round.left', { time: timeLeft((round.endsAt ?? now) - now) })}</span>
          <span className="visually-hidden">{t('phone.round.closesAt', { time: at })}</span>
        </span>
      )}
    </p>
  );
}
