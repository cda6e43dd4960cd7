import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import './portfolio.css';
import { useCommands } from '../../commands/registry';
import { Icon } from '../../ui/icons';
import { RollupView, type OpenMap } from './RollupView';
import type { WorkspaceApi } from './workspace-context';

interface Props {
  api: WorkspaceApi;
  /** The open map, whose folder is the workspace; null on the start screen (the fixed workspace, if any). */
  openMap: OpenMap | null;
  /** A workspace folder chosen by the user (an opened folder); else the open map's, or the fixed one. */
  folder?: string;
  onJump: (path: string, stageId: string) => void;
  /** An icon button with its name as tooltip (the toolbar keeps to one row). */
  compact?: boolean;
}

/** The button that opens the workspace roll-up, and the roll-up itself; focus returns to the button when it closes. */
export function RollupLauncher({ api, openMap, folder: chosen, onJump, compact }: Props) {
  const { t } = useTranslation();
  const [folder, setFolder] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [opener, setOpener] = useState<HTMLButtonElement | null>(null);
  const open = async () => {
    const found = chosen === undefined ? await api.workspaceOf(openMap ? { mapPath: openMap.path } : {}) : null;
    const value = chosen ?? (found?.ok ? found.value.folder : null);
    setMessage(value === null ? t('portfolio.rollup.noWorkspace') : null);
    setFolder(value);
  };
  useCommands('rollup', () => [{ id: 'rollup', label: t('portfolio.rollup.open'), group: t('content.bar.label'), run: () => void open() }]);
  const close = () => {
    setFolder(null);
    opener?.focus();
  };
  return (
    <span className="rollup-launcher">
      <button ref={setOpener} type="button" className={compact ? 'icon-button' : 'rollup-button'} onClick={() => void open()}
        {...(compact ? { 'aria-label': t('portfolio.rollup.open'), title: t('portfolio.rollup.open') } : {})}>
        {compact ? <Icon name="rollup" /> : t('portfolio.rollup.open')}
      </button>
      {message && <span role="status" className="rollup-message">{message}</span>}
      {folder !== null && <RollupView api={api} folder={folder} openMap={openMap} onClose={close} onJump={(path, stageId) => { setFolder(null); onJump(path, stageId); }} />}
    </span>
  );
}
