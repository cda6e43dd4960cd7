import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RecentFile } from '../../shared/ipc/contract';
import { TEMPLATES, type TemplateId } from '../../shared/templates/templates';
import type { Bridge } from '../bridge/api';

interface Props {
  bridge: Bridge;
  onTemplate: (id: TemplateId) => void;
  onOpen: () => Promise<void>;
  onOpenPath: (path: string) => Promise<void>;
}

export function StartScreen({ bridge, onTemplate, onOpen, onOpenPath }: Props) {
  const { t } = useTranslation();
  const [recent, setRecent] = useState<RecentFile[]>([]);

  useEffect(() => {
    document.title = t('app.name');
    void bridge.api.listRecent({}).then((result) => result.ok && setRecent(result.value));
  }, [bridge, t]);

  return (
    <main className="start-screen">
      <h1>{t('start.heading')}</h1>
      <section aria-labelledby="templates-heading">
        <h2 id="templates-heading">{t('start.newFromTemplate')}</h2>
        <ul className="template-list">
          {TEMPLATES.map((template) => (
            <li key={template.id}>
              <button type="button" className="template-card" onClick={() => onTemplate(template.id)}>
                <strong>{t(`template.${template.id}.name`)}</strong>
                <span>{t(`template.${template.id}.description`)}</span>
              </button>
            </li>
          ))}
        </ul>
      </section>
      <p>
        <button type="button" className="primary" onClick={() => void onOpen()}>
          {t('start.open')}
        </button>
      </p>
      <section aria-labelledby="recent-heading">
        <h2 id="recent-heading">{t('start.recent')}</h2>
        {recent.length === 0 ? (
          <p className="muted">{t('start.noRecent')}</p>
        ) : (
          <ul className="recent-list">
            {recent.map((file) => (
              <li key={file.path}>
                <button type="button" disabled={!file.exists} onClick={() => void onOpenPath(file.path)} title={file.path}>
                  <strong>{file.name}</strong> <span className="muted">{file.path}</span>
                  {!file.exists && <em> ({t('start.missing')})</em>}
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
    </main>
  );
}
