import { useTranslation } from 'react-i18next';
import { CHANGE_STYLE } from '../../../shared/merge/change-style';
import { CHANGE_MARKS, type ChangeMark } from '../../../shared/merge/compare-view';

/** A change's badge as a small SVG, the same colour, shape and symbol as on the canvas. */
export function ChangeIcon({ mark }: { mark: ChangeMark }) {
  const style = CHANGE_STYLE[mark];
  const shape = {
    circle: <circle cx="10" cy="10" r="9" />,
    square: <rect x="1.5" y="1.5" width="17" height="17" />,
    diamond: <polygon points="10,0.5 19.5,10 10,19.5 0.5,10" />,
    triangle: <polygon points="10,1 19.5,18.5 0.5,18.5" />,
  }[style.shape];
  return (
    <svg className="change-icon" width="20" height="20" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
      <g fill={style.colour}>{shape}</g>
      <text x="10" y={style.shape === 'triangle' ? 16 : 14.5} textAnchor="middle" fontSize="13" fontWeight="bold" fill={style.ink}>{style.symbol}</text>
    </svg>
  );
}

/** What each mark means, where a moved card was, the dashed curve of the map before and a metric's change: everything the maps show. */
export function CompareLegend() {
  const { t } = useTranslation();
  return (
    <ul className="compare-legend" aria-label={t('compare.legend')}>
      {CHANGE_MARKS.map((mark) => <li key={mark}><ChangeIcon mark={mark} />{t(`compare.mark.${mark}`)}</li>)}
      <li>
        <svg width="28" height="18" aria-hidden="true" focusable="false">
          <rect x="1.5" y="1.5" width="25" height="15" rx="4" fill="#F4F5F6" stroke={CHANGE_STYLE.moved.colour} strokeWidth="2" strokeDasharray="4 3" />
        </svg>
        {t('compare.legendGhost')}
      </li>
      <li>
        <svg width="28" height="12" aria-hidden="true" focusable="false"><line x1="1" y1="6" x2="27" y2="6" stroke="#555" strokeWidth="2.5" strokeDasharray="6 4" /></svg>
        {t('compare.legendOldCurve')}
      </li>
      <li><span className="compare-delta-sample" aria-hidden="true">+12</span>{t('compare.legendDelta')}</li>
    </ul>
  );
}
