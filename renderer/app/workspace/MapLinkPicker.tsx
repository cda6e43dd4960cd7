import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { containsText } from '../../../shared/i18n/collation';
import type { WorkspaceCard } from '../../../shared/ipc/workspace';
import { Modal } from '../../ui/Modal';

/**
 * Chooses the map of the workspace a stage or step links to; Esc or Cancel closes it unchanged.
 * `maps` is null when the open map is not inside the workspace folder: it says so instead.
 */
export function MapLinkPicker({ maps, onChoose, onCancel }: { maps: readonly WorkspaceCard[] | null; onChoose: (card: WorkspaceCard) => void; onCancel: () => void }) {
  const { t, i18n } = useTranslation();
  const [query, setQuery] = useState('');
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.focus(), []);
  const shown = useMemo(() => (maps ?? []).filter((m) => containsText(`${m.summary.title} ${m.relativePath}`, query, i18n.language)), [maps, query, i18n.language]);
  return (
    <Modal className="map-link-dialog" backdropClassName="map-link-picker" labelledBy="map-link-picker-title" onClose={onCancel}>
        <h2 id="map-link-picker-title">{t('workspace.picker.title')}</h2>
        {maps && <label>{t('workspace.picker.filter')} <input ref={input} type="search" value={query} onChange={(e) => setQuery(e.target.value)} /></label>}
        {maps === null ? <p className="muted">{t('workspace.link.noWorkspace')}</p> : maps.length === 0 ? <p className="muted">{t('workspace.picker.none')}</p> : (
          <ul>
            {shown.map((card) => (
              <li key={card.path}>
                <button type="button" onClick={() => onChoose(card)}>
                  <strong>{card.summary.title || card.relativePath}</strong> <span className="muted">{card.relativePath}</span>
                </button>
              </li>
            ))}
          </ul>
        )}
        <div className="button-row"><button type="button" onClick={onCancel}>{t('workspace.picker.cancel')}</button></div>
    </Modal>
  );
}
