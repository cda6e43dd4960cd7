import { useTranslation } from 'react-i18next';
import { RATING_COLOURS, ratingTextColour, UNRATED } from '../../canvas/content/rating-colours';

/** The overlay's colour scale with its numbers, so no one has to read colour alone. */
export function RatingLegend() {
  const { t } = useTranslation();
  return (
    <span className="rating-legend" aria-label={t('content.overlay.legend')} role="img">
      {RATING_COLOURS.map((colour, i) => (
        <span key={colour} className="rating-swatch" style={{ background: colour, color: ratingTextColour(i + 1) }}>{i + 1}</span>
      ))}
      <span className="rating-swatch is-unrated" style={{ background: UNRATED.fill }}>–</span>
      <span className="visually-hidden">{t('content.overlay.unrated')}</span>
    </span>
  );
}
