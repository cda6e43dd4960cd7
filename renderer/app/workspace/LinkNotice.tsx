import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { MapLink } from '../../../shared/document/schema';
import type { LinkStatus } from './use-map-links';
import { useBrokenLinkText } from './LinkSection';

interface Props {
  link: MapLink;
  status: LinkStatus;
  /** Where on the map it shows: under the header of the stage or step, in the canvas frame's pixels. */
  at: { left: number; top: number };
  canRelink: boolean;
  onRelink: () => void;
  onUnlink: () => void;
  onDismiss: () => void;
}

/** A broken link's message, shown in place under its header when someone follows it, with the way out. */
export function LinkNotice({ link, status, at, canRelink, onRelink, onUnlink, onDismiss }: Props) {
  const { t } = useTranslation();
  const text = useBrokenLinkText()(link, status);
  const first = useRef<HTMLButtonElement>(null);
  useEffect(() => first.current?.focus(), []);
  if (!text) return null;
  return (
    <div className="link-notice" role="alert" style={{ left: at.left, top: at.top }} data-testid="link-notice"
      onKeyDown={(e) => { if (e.key === 'Escape') { e.stopPropagation(); onDismiss(); } }}>
      <p><strong>{t('workspace.link.broken')}:</strong> {text}</p>
      <div className="button-row">
        {canRelink && <button type="button" ref={first} onClick={onRelink}>{t('workspace.link.relink')}</button>}
        <button type="button" ref={canRelink ? undefined : first} onClick={onUnlink}>{t('workspace.link.unlink')}</button>
        <button type="button" onClick={onDismiss}>{t('workspace.picker.cancel')}</button>
      </div>
    </div>
  );
}
