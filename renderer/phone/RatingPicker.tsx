import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { RoomStage, RoomState } from '../../shared/workshop/model';
import { setRating } from './phone-edits';
import type { PhoneSession } from './phone-session';

/** -2..+2, each with a face, its number and its word: never colour alone. */
export const RATINGS = [
  { value: -2, key: 'veryBad' },
  { value: -1, key: 'bad' },
  { value: 0, key: 'neutral' },
  { value: 1, key: 'good' },
  { value: 2, key: 'veryGood' },
] as const;

/** A face whose mouth bends with the value (drawn, so it needs no emoji font). */
function Face({ value }: { value: number }) {
  const bend = value * 3;
  return (
    <svg className="rating-face" viewBox="0 0 24 24" width="28" height="28" aria-hidden="true" focusable="false">
      <circle cx="12" cy="12" r="10.5" fill="none" stroke="currentColor" strokeWidth="1.8" />
      <circle cx="8.5" cy="9.5" r="1.4" fill="currentColor" />
      <circle cx="15.5" cy="9.5" r="1.4" fill="currentColor" />
      <path d={`M7 ${16 - bend / 2} Q12 ${16 + bend} 17 ${16 - bend / 2}`} fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
    </svg>
  );
}

const signed = (value: number) => (value > 0 ? `+${value}` : value < 0 ? `−${-value}` : '0');

/** How the stage feels to this participant, as five big radio buttons. */
export function RatingPicker({ session, room, stage, rating, announce }: { session: PhoneSession; room: RoomState; stage: RoomStage; rating: number | null; announce: (text: string) => void }) {
  const { t } = useTranslation();
  const name = useId();
  const choose = (value: number | null) => {
    if (!setRating(session.client.own, room, stage.id, value).ok) return;
    const chosen = RATINGS.find((option) => option.value === value);
    if (chosen) announce(t('phone.rating.saved', { stage: stage.name, rating: `${signed(chosen.value)} ${t(`phone.rating.${chosen.key}`)}` }));
  };
  return (
    <fieldset className="rating">
      <legend>{t('phone.rating.question', { stage: stage.name })}</legend>
      <div className="rating-options">
        {RATINGS.map((option) => {
          const checked = rating === option.value;
          return (
            <label key={option.value} className={`rating-option rating-${option.key}${checked ? ' rating-option-chosen' : ''}`}>
              <input type="radio" name={name} value={option.value} checked={checked} onChange={() => choose(option.value)} />
              <Face value={option.value} />
              <span className="rating-number" aria-hidden="true">{signed(option.value)}</span>
              <span className="rating-word">{t(`phone.rating.${option.key}`)}</span>
            </label>
          );
        })}
      </div>
      {rating !== null && (
        <button type="button" className="link-button" onClick={() => choose(null)}>{t('phone.rating.clear')}</button>
      )}
    </fieldset>
  );
}
