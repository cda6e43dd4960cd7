import { useTranslation } from 'react-i18next';
import type { JourneyDocument } from '../../shared/document/schema';
import { titleSlide, topOpportunities } from '../../shared/presentation/slides';
import type { Slide } from '../../shared/presentation/walkthrough';
import { PersonaAvatar } from '../ui/PersonaAvatar';
import { unquoted } from '../../shared/i18n/quotes';

/**
 * The title slide (the map's name, goal and personas) or the closing slide (its top open
 * opportunities), laid over the map in the presentation theme's colours, above the progress bar.
 */
export function ShowSlide({ slide, document }: { slide: Slide; document: JourneyDocument }) {
  const { t } = useTranslation();
  if (slide === 'title') {
    const { title, goal, description, personas } = titleSlide(document);
    return (
      <section className="show-slide is-title" data-testid="show-slide" data-slide="title" aria-labelledby="show-slide-heading">
        <h1 id="show-slide-heading">{title.trim() || t('app.untitled')}</h1>
        {description.trim() && <p className="show-slide-description">{description}</p>}
        {goal.trim() && (
          <p className="show-slide-goal"><span className="show-slide-label">{t('present.slide.goal')}</span> {goal}</p>
        )}
        {personas.length > 0 && (
          <div className="show-slide-personas" role="group" aria-label={t('present.slide.whoFor')}>
            <p className="show-slide-label">{t('present.slide.whoFor')}</p>
            <ul>
              {personas.map((persona) => (
                <li key={persona.id}>
                  <PersonaAvatar persona={persona} document={document} size={112} alt={t('present.slide.photoOf', { name: persona.name })} />
                  <div>
                    <p className="show-slide-persona-name">{persona.name}</p>
                    {persona.quote && <p className="show-slide-quote"><q>{unquoted(persona.quote)}</q></p>}
                  </div>
                </li>
              ))}
            </ul>
          </div>
        )}
      </section>
    );
  }
  const rows = topOpportunities(document);
  return (
    <section className="show-slide is-closing" data-testid="show-slide" data-slide="closing" aria-labelledby="show-slide-heading">
      <h1 id="show-slide-heading">{t('present.slide.closingHeading')}</h1>
      <ol className="show-slide-opportunities">
        {rows.map((row) => (
          <li key={row.id}>
            <p className="show-slide-opportunity">{row.text}</p>
            <p className="show-slide-meta">
              {[row.priority && t(`content.priority.${row.priority}`), row.stageName, row.owner && t('present.slide.owner', { owner: row.owner })].filter(Boolean).join(' · ')}
            </p>
          </li>
        ))}
      </ol>
    </section>
  );
}
