import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { sortByOrder } from '../../../shared/document/order';
import type { JourneyDocument } from '../../../shared/document/schema';
import type { JourneyLayout } from '../../../shared/layout/layout';
import { PRESENTATION_THEMES, type PresentationState } from '../../../shared/presentation/messages';
import { stageStep } from '../../../shared/presentation/walkthrough';
import type { Show } from '../use-show';

interface Props {
  show: Show;
  state: PresentationState;
  layout: JourneyLayout;
  document: JourneyDocument;
  /** The preview: a link that opens the audience's page; Electron: null (main opens the window). */
  audienceHref: string | null;
  audienceConnected: boolean;
  onLiveEdit: () => void;
}

/** Every presentation action as a control, for the mouse and for Tab and Enter. */
export function PresenterControls({ show, state, layout, document, audienceHref, audienceConnected, onLiveEdit }: Props) {
  const { t } = useTranslation();
  const [noSecondScreen, setNoSecondScreen] = useState(false);
  const { dispatch } = show;
  const current = stageStep(show.walk.step)?.stageNumber ?? 0;
  const pressed = (on: boolean) => ({ 'aria-pressed': on });
  return (
    <div className="presenter-controls">
      <div className="button-row" role="group" aria-label={t('present.walkThrough')}>
        <button type="button" aria-keyshortcuts="Home" onClick={() => dispatch({ type: 'first' })}>{t('present.first')}</button>
        <button type="button" aria-keyshortcuts="PageUp ArrowLeft" onClick={() => dispatch({ type: 'previous' })}>{t('present.previous')}</button>
        <button type="button" className="primary" aria-keyshortcuts="PageDown ArrowRight Space" onClick={() => dispatch({ type: 'next' })}>{t('present.nextButton')}</button>
        <button type="button" aria-keyshortcuts="End" onClick={() => dispatch({ type: 'last' })}>{t('present.last')}</button>
        <button type="button" aria-keyshortcuts="0" {...pressed(state.overview)} onClick={() => dispatch({ type: 'toggleOverview' })}>{t('present.overview')}</button>
      </div>
      <div className="presenter-fields">
        <label>{t('present.goToStage')}
          <select value={current} onChange={(e) => dispatch({ type: 'goToStage', number: Number(e.target.value) })}>
            {layout.stages.map((s, i) => <option key={s.id} value={i + 1}>{`${i + 1} ${s.name}`}</option>)}
          </select>
        </label>
        <label>{t('present.view')}
          <select value={state.viewId ?? ''} onChange={(e) => dispatch({ type: 'setView', viewId: e.target.value === '' ? null : e.target.value })}>
            <option value="">{t('present.wholeMap')}</option>
            {sortByOrder(document.views).map((v) => <option key={v.id} value={v.id}>{v.name}</option>)}
          </select>
        </label>
        <label>{t('present.theme')}
          <select value={state.theme} onChange={(e) => dispatch({ type: 'setTheme', theme: e.target.value as PresentationState['theme'] })}>
            {PRESENTATION_THEMES.map((theme) => <option key={theme} value={theme}>{t(`present.themes.${theme}`)}</option>)}
          </select>
        </label>
        <label className="checkbox">
          <input type="checkbox" checked={state.laneByLane} onChange={() => dispatch({ type: 'toggleLaneByLane' })} />
          {t('present.laneByLane')}
        </label>
        <label className="checkbox">
          <input type="checkbox" checked={state.slides} onChange={() => dispatch({ type: 'toggleSlides' })} />
          {t('present.slides')}
        </label>
      </div>
      <div className="button-row" role="group" aria-label={t('present.pointers')}>
        <button type="button" aria-keyshortcuts="L" {...pressed(state.tool === 'laser')} onClick={() => dispatch({ type: 'toggleTool', tool: 'laser' })}>{t('present.tool.laser')}</button>
        <button type="button" aria-keyshortcuts="H" {...pressed(state.tool === 'highlighter')} onClick={() => dispatch({ type: 'toggleTool', tool: 'highlighter' })}>{t('present.tool.highlighter')}</button>
        <button type="button" aria-keyshortcuts="E" disabled={state.marks.length === 0} onClick={() => dispatch({ type: 'clearMarks' })}>{t('present.clearMarks')}</button>
      </div>
      <div className="button-row" role="group" aria-label={t('present.session')}>
        <button type="button" aria-keyshortcuts="Enter" onClick={onLiveEdit}>{t('present.liveEdit')}</button>
        {audienceHref !== null ? (
          <a className="button-link" href={audienceHref} target="_blank" rel="noopener">{t('present.openAudience')}</a>
        ) : (
          <button type="button" onClick={() => void show.openAudience().then((opened) => setNoSecondScreen(!opened))}>{t('present.openAudience')}</button>
        )}
        <button type="button" className="danger" aria-keyshortcuts="Escape" onClick={show.exit}>{t('present.end')}</button>
      </div>
      <p className="muted" role="status">
        {audienceConnected ? t('present.audienceConnected') : noSecondScreen ? t('present.noSecondScreen') : ''}
      </p>
    </div>
  );
}
