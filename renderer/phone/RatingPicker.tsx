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

/** Each rating's mouth: the further from 0, the wider and more bent. */
const MOUTHS: Readonly<Record<number, string>> = {
  [-2]: 'M6.5 18.5 Q12 11.5 17.5 18.5',
  [-1]: 'M8 17.5 Q12 14.5 16 17.5',
  0: 'M8 16 L16 16',
  1: 'M8 15 Q12 18 16 15',
  2: 'M6.5 14 Q12 21.5 17.5 14',
};

/** A face drawn for the rating (it needs no emoji font), beside its number and word. */
function Face({ value }: { value: number }) {
  return (
    <svg className="rating-face" viewBox="0 0 24 24" width="28" height="28" aria-hidden="true" focusable="false">
      <circle cx="12" cy="12" r="10.5" fill="none" stroke="currentColor" strokeWidth="1.8" />
      <circle cx="8.5" cy="9" r="1.4" fill="currentColor" />
      <circle cx="15.5" cy="9" r="1.4" fill="currentColor" />
      <path d={MOUTHS[value]} fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
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
