import { lazy, Suspense, useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RecentFile } from '../../shared/ipc/contract';
import type { UserTemplate } from '../../shared/ipc/templates';
import type { TemplateSource } from '../../shared/templates/templates';
import type { Bridge } from '../bridge/api';
import { requestExchange } from './exchange/exchange-requests';
import { JoinMapForm, type JoinTarget } from './coedit/JoinMapForm';
import { LanguageSelect } from '../i18n/LanguageSelect';
import { RollupLauncher } from './portfolio/RollupLauncher';
import { requestStageJump } from './portfolio/stage-jump';
import type { WorkspaceState } from './workspace/use-workspace';
import { WorkspacePanel } from './workspace/WorkspacePanel';
import { focusIsLost } from '../ui/focusable';
import { usePreferences } from './use-preferences';

/** The gallery brings the template library (its own chunk): a map opened from a file never loads it. */
const TemplateGallery = lazy(async () => ({ default: (await import('./templates/TemplateGallery')).TemplateGallery }));

interface Props {
  bridge: Bridge;
  workspace: WorkspaceState;
  onTemplate: (source: TemplateSource) => unknown;
  onOpen: () => Promise<void>;
  onOpenPath: (path: string) => Promise<void>;
  onJoin: (target: JoinTarget) => Promise<boolean>;
}

export function StartScreen({ bridge, workspace, onTemplate, onOpen, onOpenPath, onJoin }: Props) {
  const { t } = useTranslation();
  const [recent, setRecent] = useState<RecentFile[]>([]);
  const [userTemplates, setUserTemplates] = useState<UserTemplate[]>([]);
  const [preferences, setPreferences] = usePreferences(bridge);
  // Back from a map (closed, or never opened), the keyboard starts at the screen's heading, not on the page body.
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusIsLost()) heading.current?.focus();
  }, []);
  const listTemplates = useCallback(() => {
    void bridge.api.listTemplates({}).then((result) => result.ok && setUserTemplates(result.value));
  }, [bridge]);
  useEffect(listTemplates, [listTemplates]);

  // The folder's maps change while it is open elsewhere (saved, copied in): list them afresh on arrival.
  const { refresh } = workspace;
  useEffect(() => void refresh(), [refresh]);
  useEffect(() => {
    document.title = t('app.name');
    void bridge.api.listRecent({}).then((result) => result.ok && setRecent(result.value));
  }, [bridge, t]);

  return (
    <main className="start-screen">
      {/* Open, Import and Recent first: at 1280 × 800 they are on screen without scrolling. */}
      <header className="start-header">
        <h1 ref={heading} tabIndex={-1}>{t('start.heading')}</h1>
        <div className="start-actions">
          <button type="button" className="primary" onClick={() => void onOpen()}>
            {t('start.open')}
          </button>
          <button type="button" onClick={() => requestExchange('import')}>{t('exchange.menu.import')}</button>
          <RollupLauncher api={bridge.api} openMap={null} {...(workspace.listing ? { folder: workspace.listing.folder } : {})} onJump={(path, stageId) => { requestStageJump(path, stageId); void onOpenPath(path); }} />
          {bridge.hasNativeMenu && <button type="button" onClick={() => void workspace.openFolder()}>{t('workspace.openFolder')}</button>}
        </div>
        <LanguageSelect />
      </header>
      <div className="start-columns">
        <section className="start-recent" aria-labelledby="recent-heading">
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
          <JoinMapForm name={preferences.author ?? ''} onName={(author) => setPreferences({ author })} onJoin={onJoin} />
        </section>
        {/* The workspace's maps above the templates, beside Recent, which stays in view at 1280 × 800. */}
        <div className="start-main">
          {(workspace.listing || bridge.hasNativeMenu) && <WorkspacePanel workspace={workspace} onOpenPath={(path) => void onOpenPath(path)} canChooseFolder={bridge.hasNativeMenu} />}
          <section className="start-templates" aria-labelledby="templates-heading">
            <h2 id="templates-heading">{t('start.newFromTemplate')}</h2>
            <Suspense fallback={null}>
              <TemplateGallery userTemplates={userTemplates} onChoose={(source) => void onTemplate(source)}
                onDelete={(template) => void bridge.api.deleteTemplate({ id: template.id }).then(listTemplates)} />
            </Suspense>
          </section>
        </div>
      </div>
    </main>
  );
}
