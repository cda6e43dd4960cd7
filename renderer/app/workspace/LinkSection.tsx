import { useTranslation } from 'react-i18next';
import type { MapLink } from '../../../shared/document/schema';
import type { LinkHolder } from '../../../shared/workspace/map-links';
import { useMapLinksActions } from './map-links-context';
import type { LinkStatus } from './use-map-links';

/** What a broken link's message says, or null while it works (or is being checked). */
export function useBrokenLinkText(): (link: MapLink, status: LinkStatus | undefined) => string | null {
  const { t } = useTranslation();
  return (link, status) => {
    if (!status || status.state === 'ok' || status.state === 'checking') return null;
    if (status.state === 'invalid') return t('workspace.link.invalid', { path: link.path, message: status.message });
    return t(`workspace.link.${status.state}`, { path: link.path });
  };
}

/** The inspector's part for a stage's or step's link to another map: link, open, relink, unlink, and what is wrong. */
export function LinkSection({ holder, link }: { holder: LinkHolder; link: MapLink | undefined }) {
  const { t } = useTranslation();
  const links = useMapLinksActions();
  const brokenText = useBrokenLinkText();
  if (!links) return null;
  const headingId = `inspector-link-${holder.kind}`;
  if (!link) {
    return (
      <section aria-labelledby={headingId}>
        <h3 id={headingId}>{t('workspace.link.section')}</h3>
        {links.canLink ? <button type="button" onClick={() => links.choose(holder)}>{t('workspace.link.add')}</button> : <p className="muted">{t('workspace.link.noWorkspace')}</p>}
      </section>
    );
  }
  const status = links.statusOf(holder.id);
  const broken = brokenText(link, status);
  return (
    <section aria-labelledby={headingId}>
      <h3 id={headingId}>{t('workspace.link.section')}</h3>
      {broken ? <p className="link-broken" role="alert"><span aria-hidden="true">⚠ </span>{broken}</p> : (
        <p className="muted">{status?.state === 'ok' ? t('workspace.link.linksTo', { name: status.title, path: link.path }) : t('workspace.link.checking')}</p>
      )}
      <div className="button-row">
        {!broken && <button type="button" onClick={() => links.open(holder)}>{t('workspace.link.open')}</button>}
        {links.canLink && <button type="button" onClick={() => links.choose(holder)}>{t('workspace.link.relink')}</button>}
        <button type="button" onClick={() => links.unlink(holder)}>{t('workspace.link.unlink')}</button>
      </div>
    </section>
  );
}
