import { useTranslation } from 'react-i18next';
import type { RollupMap } from '../../../shared/ipc/portfolio';
import { heatLevel, heatRow } from '../../../shared/workspace/rollup';

/**
 * A sequential scale that reads for every kind of colour vision and on a projector: from pale to
 * Okabe-Ito orange and vermillion, darkening as it goes, so lightness alone tells the order.
 * Each cell also prints its count and grows a bar, so nothing depends on colour.
 */
export const HEAT_COLOURS = ['#f7f7f7', '#fde7b0', '#f5c060', '#e69f00', '#d55e00'] as const;
const LEVEL_NAMES = ['none', 'low', 'some', 'high', 'highest'] as const;

/** Maps as rows, stage positions as columns; each cell the count of pain points there, coloured by count and severity. */
export function HeatView({ maps, onJump }: { maps: readonly RollupMap[]; onJump: (path: string, stageId: string) => void }) {
  const { t } = useTranslation();
  const rows = maps.map((map) => ({ map, cells: heatRow(map) }));
  const hottest = Math.max(0, ...rows.flatMap((r) => r.cells.map((c) => c.weight)));
  const columns = Math.max(0, ...rows.map((r) => r.cells.length));
  return (
    <div role="tabpanel" aria-label={t('portfolio.rollup.heat')} className="heat-view">
      <table className="heat-table">
        <caption>{t('portfolio.rollup.heatCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('portfolio.rollup.map')}</th>
            {Array.from({ length: columns }, (_, i) => <th key={i} scope="col">{t('portfolio.rollup.stage')} {i + 1}</th>)}
          </tr>
        </thead>
        <tbody>
          {rows.map(({ map, cells }) => (
            <tr key={map.path} data-testid="heat-row">
              <th scope="row">{map.title || map.relativePath}</th>
              {Array.from({ length: columns }, (_, i) => {
                const cell = cells[i];
                if (!cell) return <td key={i} className="heat-none" />;
                const level = heatLevel(cell, hottest);
                return (
                  <td key={cell.stageId}>
                    <button type="button" className={`heat-cell level-${level}`} style={{ background: HEAT_COLOURS[level] }}
                      onClick={() => onJump(map.path, cell.stageId)}>
                      {/* Named by what it shows (stage, count), then the whole sentence. */}
                      <span className="heat-stage">{cell.stageName}</span>
                      <span className="heat-count">{cell.count === 0 ? '·' : cell.count}</span>
                      <span className="visually-hidden">: {t('portfolio.rollup.heatCell', { map: map.title, stage: cell.stageName, count: cell.count, severity: cell.maxSeverity })}</span>
                      <span className="heat-bar" aria-hidden="true" style={{ width: `${level * 25}%` }} />
                    </button>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <ul className="heat-legend" aria-label={t('portfolio.rollup.legend')}>
        {HEAT_COLOURS.map((colour, level) => (
          <li key={colour}><span className="heat-swatch" style={{ background: colour }} aria-hidden="true" />{t(`portfolio.rollup.level.${LEVEL_NAMES[level]}`)}</li>
        ))}
      </ul>
    </div>
  );
}
