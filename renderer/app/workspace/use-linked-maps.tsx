import { useCallback, useMemo, useState, type ReactNode } from 'react';
import { setMapLink } from '../../../shared/document/commands';
import type { JourneyDocument } from '../../../shared/document/schema';
import type { WorkspaceCard } from '../../../shared/ipc/workspace';
import type { JourneyLayout } from '../../../shared/layout/layout';
import { METRICS } from '../../../shared/layout/metrics';
import { linkOf, linkPathBetween, type LinkHolder } from '../../../shared/workspace/map-links';
import type { Bridge } from '../../bridge/api';
import type { LinkMarks } from '../../canvas/Headers';
import type { Viewport } from '../../editor/viewport';
import type { JourneyStore } from '../../state/journey-store';
import { LinkNotice } from './LinkNotice';
import type { MapLinksActions } from './map-links-context';
import { MapLinkPicker } from './MapLinkPicker';
import { useMapLinks, type LinkStatus } from './use-map-links';
import type { WorkspaceState } from './use-workspace';

interface Options {
  bridge: Bridge;
  store: JourneyStore;
  document: JourneyDocument;
  path: string | null;
  workspace: WorkspaceState;
  layout: JourneyLayout;
  viewport: Viewport;
  /** Saves this map and opens the one at `path` in its place, remembering the way back. */
  onFollow: (path: string) => void;
}

/** Where a header's notice goes: under the stage or step, kept on screen right of the lane names. */
function noticePlace(layout: JourneyLayout, viewport: Viewport, holder: LinkHolder): { left: number; top: number } {
  const stage = layout.stages.find((s) => s.id === holder.id || s.steps.some((step) => step.id === holder.id));
  const box = holder.kind === 'stage' ? stage : stage?.steps.find((s) => s.id === holder.id);
  const left = box ? (box.x - viewport.x) * viewport.zoom : 0;
  return { left: Math.max(METRICS.laneHeaderWidth * viewport.zoom + 8, left + 8), top: layout.top * viewport.zoom + 8 };
}

/**
 * Links from this map's stages and steps to other maps of the workspace: their marks on the
 * canvas, following one (a broken one says why, in place), and linking through the picker,
 * each link or unlink one undoable change through the store.
 */
export function useLinkedMaps({ bridge, store, document, path, workspace, layout, viewport, onFollow }: Options) {
  const { statuses, check } = useMapLinks(bridge, path, document);
  const [picking, setPicking] = useState<LinkHolder | null>(null);
  const [notice, setNotice] = useState<{ holder: LinkHolder; status: LinkStatus } | null>(null);
  const { listing } = workspace;
  const here = listing?.maps.find((m) => m.path === path);

  const linkMarks = useMemo<LinkMarks>(
    () => new Map([...statuses].map(([id, status]) => [id, status.state === 'ok' || status.state === 'checking' ? 'ok' : 'broken'] as const)),
    [statuses],
  );

  const open = useCallback(async (holder: LinkHolder) => {
    const link = linkOf(store.document, holder);
    if (!link) return;
    const status = await check(holder, link.path);
    if (status.state === 'ok') {
      setNotice(null);
      onFollow(status.path);
    } else if (status.state !== 'checking') setNotice({ holder, status });
  }, [check, onFollow, store]);

  // Listed afresh for the picker: a map just saved into the folder is in it.
  const choose = useCallback((holder: LinkHolder) => {
    setNotice(null);
    void workspace.refresh().then(() => setPicking(holder));
  }, [workspace]);

  const unlink = useCallback((holder: LinkHolder) => {
    setNotice(null);
    store.transact('Unlink map', setMapLink(store.document, holder, null));
  }, [store]);

  const link = useCallback((holder: LinkHolder, card: WorkspaceCard) => {
    setPicking(null);
    if (!here) return;
    const name = card.summary.title.trim();
    store.transact('Link to a map', setMapLink(store.document, holder, { path: linkPathBetween(here.relativePath, card.relativePath), ...(name ? { name } : {}) }));
  }, [here, store]);

  const actions = useMemo<MapLinksActions>(() => ({
    statusOf: (id) => statuses.get(id),
    canLink: path !== null,
    choose,
    unlink,
    open: (holder) => void open(holder),
  }), [statuses, path, choose, unlink, open]);

  const noticeLink = notice ? linkOf(document, notice.holder) : undefined;
  const overlays: ReactNode = (
    <>
      {notice && noticeLink && (
        <LinkNotice link={noticeLink} status={notice.status} at={noticePlace(layout, viewport, notice.holder)} canRelink={path !== null}
          onRelink={() => choose(notice.holder)} onUnlink={() => unlink(notice.holder)} onDismiss={() => setNotice(null)} />
      )}
      {picking && (
        <MapLinkPicker maps={here ? (listing?.maps ?? []).filter((m) => m.path !== path) : null} onChoose={(card) => link(picking, card)} onCancel={() => setPicking(null)} />
      )}
    </>
  );
  return { actions, linkMarks, overlays, openMapLink: actions.open };
}
