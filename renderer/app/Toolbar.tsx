import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LANE_KINDS } from '../../shared/document/schema';
import { LIMITS } from '../../shared/document/limits';
import type { EditorActions } from '../editor/use-editor';
import { requestExchange } from './exchange/exchange-requests';
import { LanguageSelect } from '../i18n/LanguageSelect';
import { Icon, IconButton } from '../ui/icons';
import { MenuButton } from './MenuButton';

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
  return <MenuButton label={t('toolbar.addLane')} icon="addLane" items={LANE_KINDS.map((k) => ({ id: k, label: t(`lane.${k}`), onSelect: () => actions.addLane(k) }))} />;
}

/**
 * Saving, unsaved or saved at: under the title, in a line that is always there and as wide as
 * the longest of them, so nothing moves when the state changes.
 */
function SaveStatus({ status, dirty }: { status: string; dirty: boolean }) {
  const { t } = useTranslation();
  const sizes = [t('editor.saving'), t('editor.unsaved'), t('editor.savedAt', { time: '00:00 PM' })];
  return (
    <span className={`save-status${dirty ? ' is-dirty' : ''}`}>
      {sizes.map((text) => <span key={text} className="save-status-size" aria-hidden="true">{text}</span>)}
      <span role="status" data-testid="save-status">{status}</span>
    </span>
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
      <div className="title-block">
        <TitleField title={props.title} onRename={props.onRename} />
        <SaveStatus status={status} dirty={dirty} />
      </div>
      <div className="toolbar-group" role="group" aria-label={t('toolbar.history')}>
        <IconButton icon="undo" label={t('toolbar.undo')} keys="Control+Z" onClick={props.onUndo} disabled={!props.canUndo} />
        <IconButton icon="redo" label={t('toolbar.redo')} keys="Control+Shift+Z" onClick={props.onRedo} disabled={!props.canRedo} />
      </div>
      <div className="toolbar-group" role="group" aria-label={t('toolbar.structure')}>
        <IconButton icon="addStage" label={t('toolbar.addStage')} onClick={() => actions.addStage()} />
        <AddLane actions={actions} />
      </div>
      <div className="toolbar-group" role="group" aria-label={t('toolbar.zoom')}>
        <button type="button" className="icon-button" aria-label={t('toolbar.zoomOut')} title={t('toolbar.zoomOut')} onClick={() => actions.zoomBy(0.8)}>−</button>
        <output className="zoom-level" aria-label={t('toolbar.zoomLevel')}>{new Intl.NumberFormat(i18n.language, { style: 'percent' }).format(zoom)}</output>
        <button type="button" className="icon-button" aria-label={t('toolbar.zoomIn')} title={t('toolbar.zoomIn')} onClick={() => actions.zoomBy(1.25)}>+</button>
        <IconButton icon="fit" label={t('toolbar.fit')} keys="Shift+1" onClick={actions.zoomFit} />
      </div>
      {props.children}
      <div className="toolbar-group toolbar-file">
        <button type="button" className="primary" onClick={props.onSave}>{t('editor.save')}</button>
        <label className="autosave icon-toggle" title={t('toolbar.autosave')}>
          <input type="checkbox" aria-label={t('toolbar.autosave')} checked={props.autosave} onChange={(e) => props.onAutosave(e.target.checked)} />
          <Icon name="autosave" />
        </label>
        <IconButton icon="saveAs" label={t('editor.saveAs')} onClick={props.onSaveAs} />
        <IconButton icon="import" label={t('exchange.menu.import')} onClick={() => requestExchange('import')} />
        <IconButton icon="export" label={t('exchange.menu.export')} onClick={() => requestExchange('export')} />
        <button type="button" className="icon-button" aria-label={t('toolbar.shortcuts')} title={t('toolbar.shortcuts')} onClick={props.onHelp}>?</button>
        <IconButton icon="close" label={t('editor.close')} onClick={props.onClose} />
      </div>
      <LanguageSelect compact />
    </header>
  );
}
