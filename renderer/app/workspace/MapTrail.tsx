import { useTranslation } from 'react-i18next';

export interface TrailStep { readonly path: string; readonly name: string }

/** The maps drilled down through to this one (Overview › Checkout detail); each goes back up. */
export function MapTrail({ trail, current, onBack }: { trail: readonly TrailStep[]; current: string; onBack: (index: number) => void }) {
  const { t } = useTranslation();
  if (trail.length === 0) return null;
  return (
    <nav className="map-trail" aria-label={t('workspace.trail.label')}>
      <ol>
        {trail.map((step, i) => (
          <li key={`${i}-${step.path}`}>
            <button type="button" onClick={() => onBack(i)} title={t('workspace.trail.back', { name: step.name })}>{step.name}</button>
          </li>
        ))}
        <li><span aria-current="page">{current}</span></li>
      </ol>
    </nav>
  );
}
