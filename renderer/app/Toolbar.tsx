import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LANE_KINDS, type LaneKind } from '../../shared/document/schema';
import { LIMITS } from '../../shared/document/limits';
import type { EditorActions } from '../editor/use-editor';
import { requestExchange } from './exchange/exchange-requests';
import { LanguageSelect } from '../i18n/LanguageSelect';

interface Props {
  title: string;
  dirty: boolean;
  saving: boolean;
  lastSavedAt: Date | null;
  zoom: number;
  autosave: boolean;
  canUndo: boolean;
  canRedo: boolean;
  actions: EditorActions;
  onRename: (title: string) => void;
  onUndo: () => void;
  onRedo: () => void;
  onAutosave: (on: boolean) => void;
  onSave: () => void;
  onSaveAs: () => void;
  onClose: () => void;
  onHelp: () => void;
  /** More groups of controls (presenting: Present and the saved views), before the file buttons. */
  children?: React.ReactNode;
}

function TitleField({ title, onRename }: Pick<Props, 'title' | 'onRename'>) {
  const { t } = useTranslation();
  // null while not typing, so the field shows the document's title (which undo may change).
  const [draft, setDraft] = useState<string | null>(null);
  const cancelled = useRef(false);
  const commit = () => {
    if (!cancelled.current && draft !== null && draft !== title) onRename(draft);
    cancelled.current = false;
    setDraft(null);
  };
  return (
    <input className="title-input" aria-label={t('editor.titleLabel')} value={draft ?? title} maxLength={LIMITS.titleLength}
      onChange={(e) => setDraft(e.target.value)} onBlur={commit}
      onKeyDown={(e) => {
        if (e.key === 'Enter') e.currentTarget.blur();
        if (e.key === 'Escape') {
          cancelled.current = true;
          e.currentTarget.blur();
        }
      }} />
  );
}

function AddLane({ actions }: Pick<Props, 'actions'>) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<LaneKind>('actions');
  return (
    <div className="add-lane" role="group" aria-label={t('toolbar.addLane')}>
      <select aria-label={t('toolbar.laneKind')} value={kind} onChange={(e) => setKind(e.target.value as LaneKind)}>
        {LANE_KINDS.map((k) => <option key={k} value={k}>{t(`lane.${k}`)}</option>)}
      </select>
      <button type="button" onClick={() => actions.addLane(kind)}>{t('toolbar.addLane')}</button>
    </div>
  );
}

export function Toolbar(props: Props) {
  const { t, i18n } = useTranslation();
  const { dirty, saving, lastSavedAt, zoom, actions } = props;
  const status = saving
    ? t('editor.saving')
    : dirty
      ? t('editor.unsaved')
      : lastSavedAt
        ? t('editor.savedAt', { time: new Intl.DateTimeFormat(i18n.language, { timeStyle: 'short' }).format(lastSavedAt) })
        : '';
  return (
    <header className="toolbar">
      <TitleField title={props.title} onRename={props.onRename} />
      <span className={`save-status${dirty ? ' is-dirty' : ''}`} role="status" data-testid="save-status">{status}</span>
      <div className="toolbar-group" role="group" aria-label={t('toolbar.history')}>
        <button type="button" onClick={props.onUndo} disabled={!props.canUndo}>{t('toolbar.undo')}</button>
        <button type="button" onClick={props.onRedo} disabled={!props.canRedo}>{t('toolbar.redo')}</button>
      </div>
      <div className="toolbar-group" role="group" aria-label={t('toolbar.structure')}>
        <button type="button" onClick={() => actions.addStage()}>{t('toolbar.addStage')}</button>
        <AddLane actions={actions} />
      </div>
      <div className="toolbar-group" role="group" aria-label={t('toolbar.zoom')}>
        <button type="button" aria-label={t('toolbar.zoomOut')} onClick={() => actions.zoomBy(0.8)}>−</button>
        <output className="zoom-level" aria-label={t('toolbar.zoomLevel')}>{new Intl.NumberFormat(i18n.language, { style: 'percent' }).format(zoom)}</output>
        <button type="button" aria-label={t('toolbar.zoomIn')} onClick={() => actions.zoomBy(1.25)}>+</button>
        <button type="button" onClick={actions.zoomFit}>{t('toolbar.fit')}</button>
      </div>
      <label className="autosave">
        <input type="checkbox" checked={props.autosave} onChange={(e) => props.onAutosave(e.target.checked)} />
        {t('toolbar.autosave')}
      </label>
      {props.children}
      <div className="toolbar-group">
        <button type="button" aria-label={t('toolbar.shortcuts')} title={t('toolbar.shortcuts')} onClick={props.onHelp}>?</button>
        <button type="button" className="primary" onClick={props.onSave}>{t('editor.save')}</button>
        <button type="button" onClick={props.onSaveAs}>{t('editor.saveAs')}</button>
        <button type="button" onClick={() => requestExchange('import')}>{t('exchange.menu.import')}</button>
        <button type="button" onClick={() => requestExchange('export')}>{t('exchange.menu.export')}</button>
        <button type="button" onClick={props.onClose}>{t('editor.close')}</button>
      </div>
      <LanguageSelect compact />
    </header>
  );
}
