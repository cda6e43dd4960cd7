import { useTranslation } from 'react-i18next';
import { sortByOrder } from '../../../../shared/document/order';
import { RATING_LEVELS, type JourneyDocument, type WorkshopResult } from '../../../../shared/document/schema';
import { exportEmotionColour } from '../../../../shared/export/palette';
import { formatSigned } from '../../../../shared/i18n/numbers';
import { mapCurveByStage } from '../../../../shared/workshop/stage-curve';

const SIZE = { column: 170, left: 56, right: 24, top: 36, plot: 300, bottom: 64, bar: 16 };
const INK = '#1F2933';
const DASH: Record<string, string | undefined> = { solid: undefined, dashed: '14 8', dotted: '2 7' };

/** A stage's name cut to what fits under its column. */
const fit = (name: string, chars: number) => (name.length <= chars ? name : `${name.slice(0, chars - 1)}…`);

/**
 * The room's ratings per stage beside the map's own curve, for the projector: stages across,
 * -2..+2 up, the map's curve as it is drawn on the map, the room's mean as a dashed line of
 * dots each with its number, and beside each dot how many chose each level.
 */
export function RatingsChart({ result, document }: { result: WorkshopResult; document: JourneyDocument }) {
  const { t, i18n } = useTranslation();
  const rated = new Map(result.ratings.map((rating) => [rating.stageId, rating]));
  const stages = [
    ...sortByOrder(document.stages).map((stage) => ({ id: stage.id, name: stage.name })),
    // Stages rated in the workshop and deleted since keep their place at the end, under the name the room saw.
    ...result.ratings.filter((rating) => !document.stages.some((stage) => stage.id === rating.stageId)).map((rating) => ({ id: rating.stageId, name: rating.stageName })),
  ];
  const map = mapCurveByStage(document, result.ratingLaneId ?? null);
  const width = SIZE.left + SIZE.right + Math.max(3, stages.length) * SIZE.column;
  const height = SIZE.top + SIZE.plot + SIZE.bottom;
  const x = (index: number) => SIZE.left + (index + 0.5) * SIZE.column;
  const y = (value: number) => SIZE.top + ((2 - value) / 4) * SIZE.plot;
  const line = (points: { x: number; y: number }[]) => points.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x.toFixed(1)} ${p.y.toFixed(1)}`).join('');
  const means = stages.flatMap((stage, index) => {
    const rating = rated.get(stage.id);
    return rating ? [{ x: x(index), y: y(rating.mean), rating, index }] : [];
  });
  // The room's line joins neighbouring stages only: a stage nobody rated is a gap, not a zero.
  const meanRuns = means.reduce<{ x: number; y: number }[][]>((runs, point, i) => {
    if (i > 0 && means[i - 1]?.index === point.index - 1) runs.at(-1)?.push(point);
    else runs.push([point]);
    return runs;
  }, []);
  const curve = map ? stages.flatMap((stage, index) => {
    const value = map.values.get(stage.id);
    return value === undefined ? [] : [{ x: x(index), y: y(value) }];
  }) : [];
  const summary = result.ratings.map((rating) => t('workshopHost.results.ratingLine', {
    stage: document.stages.find((stage) => stage.id === rating.stageId)?.name ?? rating.stageName,
    mean: formatSigned(rating.mean, i18n.language), count: rating.count,
  })).join('; ');
  return (
    <figure className="results-chart">
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-label={summary} data-testid="results-ratings-chart">
        {RATING_LEVELS.map((level) => (
          <g key={level.value}>
            <line x1={SIZE.left} x2={width - SIZE.right} y1={y(level.value)} y2={y(level.value)} stroke={level.value === 0 ? '#9AA5B1' : '#D9D9D6'} strokeWidth={level.value === 0 ? 2 : 1} strokeDasharray={level.value === 0 ? undefined : '4 6'} />
            <text x={SIZE.left - 12} y={y(level.value) + 7} textAnchor="end" fontSize={20} fill={INK}>{formatSigned(level.value, i18n.language)}</text>
          </g>
        ))}
        {stages.map((stage, index) => (
          <text key={stage.id} x={x(index)} y={SIZE.top + SIZE.plot + 40} textAnchor="middle" fontSize={19} fontWeight={600} fill={INK}>{fit(stage.name, 15)}</text>
        ))}
        {map && curve.length > 0 && (
          <g className="results-map-curve">
            <path d={line(curve)} fill="none" stroke={map.curve.colour} strokeWidth={4} strokeDasharray={DASH[map.curve.style]} />
            {curve.map((point, i) => <circle key={i} cx={point.x} cy={point.y} r={7} fill={map.curve.colour} stroke="#FFFFFF" strokeWidth={2} />)}
          </g>
        )}
        {means.map(({ x: cx, rating }) => RATING_LEVELS.map((level) => {
          const n = rating[level.field];
          const most = Math.max(...RATING_LEVELS.map((l) => rating[l.field]));
          return n === 0 ? null : (
            <rect key={`${rating.stageId}${level.value}`} x={cx + 16} y={y(level.value) - SIZE.bar / 2} width={Math.max(5, (n / most) * (SIZE.column / 2 - 28))} height={SIZE.bar}
              fill={exportEmotionColour(level.value)} stroke={INK} strokeWidth={0.5} opacity={0.85} />
          );
        }))}
        {meanRuns.map((run, i) => <path key={i} d={line(run)} fill="none" stroke={INK} strokeWidth={3} strokeDasharray="10 6" />)}
        {means.map(({ x: cx, y: cy, rating }) => (
          <g key={rating.stageId} className="results-mean" data-stage={rating.stageId}>
            <circle cx={cx} cy={cy} r={10} fill={INK} stroke="#FFFFFF" strokeWidth={2} />
            <rect x={cx - 62} y={cy - 17} width={48} height={30} rx={6} fill={INK} />
            <text x={cx - 38} y={cy + 6} textAnchor="middle" fontSize={20} fontWeight={700} fill="#FFFFFF">{formatSigned(rating.mean, i18n.language)}</text>
            <text x={cx - 38} y={cy + 34} textAnchor="middle" fontSize={15} fill={INK}>n={rating.count}</text>
          </g>
        ))}
      </svg>
      <figcaption className="results-legend">
        {map && <span><span className="results-key results-key-map" style={{ borderColor: map.curve.colour }} aria-hidden="true" />{t('workshopHost.results.mapCurve', { name: map.curve.name })}</span>}
        <span><span className="results-key results-key-room" aria-hidden="true" />{t('workshopHost.results.roomMean')}</span>
      </figcaption>
    </figure>
  );
}
