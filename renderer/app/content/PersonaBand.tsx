import { useTranslation } from 'react-i18next';
import { activePersonas, personaCurve } from '../../../shared/document/commands';
import type { EmotionCurve } from '../../../shared/document/schema';
import { useContent } from '../../editor/content-context';
import { PersonaAvatar } from '../../ui/PersonaAvatar';
import { unquoted } from '../../../shared/i18n/quotes';

const DASH: Record<EmotionCurve['style'], string | undefined> = { solid: undefined, dashed: '8 5', dotted: '2 4' };

/** A sample of a curve's line, so the band doubles as the emotion lane's legend. */
function CurveSwatch({ curve }: { curve: EmotionCurve }) {
  const { t } = useTranslation();
  return (
    <svg className="curve-swatch" width="36" height="12" role="img" aria-label={t('content.bar.curveOf', { style: t(`content.lineStyle.${curve.style}`) })}>
      <line x1="2" y1="6" x2="34" y2="6" stroke={curve.colour} strokeWidth="3" strokeDasharray={DASH[curve.style]} strokeLinecap="round" />
    </svg>
  );
}

/** The personas this map is drawn for, above the grid: photo, name, quote and their curve's line. */
export function PersonaBand({ onOpen }: { onOpen: () => void }) {
  const { t } = useTranslation();
  const { document } = useContent();
  const personas = activePersonas(document);
  return (
    <ul className="persona-band" aria-label={t('content.bar.personasLabel')}>
      {personas.length === 0 && (
        <li><button type="button" className="link-button" onClick={onOpen}>{t('content.bar.noPersona')}</button></li>
      )}
      {personas.map((persona) => {
        const curve = personaCurve(document, persona.id);
        return (
          <li key={persona.id} className="persona-chip" data-testid="persona-chip" title={persona.quote ? `${persona.name}: ${persona.quote}` : persona.name}>
            <PersonaAvatar persona={persona} document={document} size={36} alt={t('content.persona.photoOf', { name: persona.name })} />
            <span className="persona-chip-text">
              <strong>{persona.name}</strong>
              {persona.quote && <q>{unquoted(persona.quote)}</q>}
            </span>
            {curve && <CurveSwatch curve={curve} />}
          </li>
        );
      })}
    </ul>
  );
}
