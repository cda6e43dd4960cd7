import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { UserTemplate } from '../../../shared/ipc/templates';
import { sortCompare } from '../../../shared/i18n/collation';
import { createJourney, TEMPLATES, type TemplateSource } from '../../../shared/templates/templates';
import { TemplatePreview } from './TemplatePreview';
import './templates.css';

interface Props {
  userTemplates: readonly UserTemplate[];
  onChoose: (source: TemplateSource) => void;
  onDelete: (template: UserTemplate) => void;
}

function TemplateCard({ name, description, summary, preview, onChoose }: { name: string; description: string; summary: string; preview: ReactNode; onChoose: () => void }) {
  return (
    <button type="button" className="template-card" onClick={onChoose}>
      <span className="template-preview-frame">{preview}</span>
      <strong>{name}</strong>
      <span>{description}</span>
      <span className="muted template-summary">{summary}</span>
    </button>
  );
}

/** The start screen's templates: shipped structures, worked examples, and the user's own, each with a small drawing. */
export function TemplateGallery({ userTemplates, onChoose, onDelete }: Props) {
  const { t, i18n } = useTranslation();
  const shipped = useMemo(
    () => TEMPLATES.map((entry) => ({ entry, document: createJourney(entry.id, (key, options) => t(key, options), i18n.language) })),
    [t, i18n.language],
  );
  const summary = (doc: { stages: unknown[]; lanes: unknown[] }) =>
    `${t('content.templates.stages', { count: doc.stages.length })} · ${t('content.templates.lanes', { count: doc.lanes.length })}`;
  const section = (kind: 'structure' | 'example', heading: string) => (
    <section aria-labelledby={`templates-${kind}`}>
      <h3 id={`templates-${kind}`}>{heading}</h3>
      <ul className="template-list">
        {shipped.filter(({ entry }) => entry.kind === kind).map(({ entry, document }) => (
          <li key={entry.id}>
            <TemplateCard name={t(`template.${entry.id}.name`)} description={t(`template.${entry.id}.description`)} summary={summary(document)}
              preview={<TemplatePreview document={document} />} onChoose={() => onChoose(entry.id)} />
          </li>
        ))}
      </ul>
    </section>
  );
  return (
    <div className="template-gallery">
      {section('structure', t('content.templates.structures'))}
      {section('example', t('content.templates.examples'))}
      <section aria-labelledby="templates-yours">
        <h3 id="templates-yours">{t('content.templates.yours')}</h3>
        {userTemplates.length === 0 ? (
          <p className="muted">{t('content.templates.noneYours')}</p>
        ) : (
          <ul className="template-list">
            {[...userTemplates].sort((a, b) => sortCompare(i18n.language)(a.name, b.name)).map((template) => (
              <li key={template.id} className="user-template">
                <TemplateCard name={template.name} description={template.document.journey.description} summary={summary(template.document)}
                  preview={<TemplatePreview document={template.document} />} onChoose={() => onChoose({ userTemplate: template.document })} />
                <button type="button" className="template-delete" aria-label={t('content.templates.remove', { name: template.name })} onClick={() => onDelete(template)}>×</button>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
