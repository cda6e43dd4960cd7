import { useCallback, useEffect, useMemo, useState } from 'react';
import type { JourneyDocument } from '../../../shared/document/schema';
import type { LinkResolution } from '../../../shared/ipc/workspace';
import { mapLinksOf, type LinkHolder } from '../../../shared/workspace/map-links';
import type { Bridge } from '../../bridge/api';

/** A link's state as the map shows it: being checked, or where it leads. */
export type LinkStatus = LinkResolution | { readonly state: 'checking' };

export interface MapLinks {
  /** By stage or step id. */
  readonly statuses: ReadonlyMap<string, LinkStatus>;
  /** Checks one link again, now (the file may have moved since the map opened). */
  check(holder: LinkHolder, linkPath: string): Promise<LinkStatus>;
}

const CHECKING: LinkStatus = { state: 'checking' };

/**
 * Where each link of the open map leads, asked of main whenever the map's links change (and
 * the map has a file to resolve them from). An untitled map's links stay unchecked.
 */
export function useMapLinks(bridge: Bridge, path: string | null, document: JourneyDocument): MapLinks {
  const entries = useMemo(() => mapLinksOf(document), [document]);
  // Only the links themselves matter: other edits leave the statuses alone.
  const key = entries.map((e) => `${e.id}\u0000${e.link.path}`).join('\u0001');
  const [resolved, setResolved] = useState<{ key: string; path: string | null; statuses: Map<string, LinkStatus> }>({ key: '', path: null, statuses: new Map() });

  useEffect(() => {
    if (!path || entries.length === 0) return;
    let live = true;
    void bridge.api.resolveMapLinks({ path, links: entries.map((e) => e.link.path) }).then((result) => {
      if (!live || !result.ok) return;
      setResolved({ key, path, statuses: new Map(entries.map((e, i) => [e.id, result.value[i] ?? CHECKING])) });
    });
    return () => { live = false; };
    // `entries` changes with every edit; `key` says when the links did.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [bridge, path, key]);

  const statuses = useMemo(() => {
    const current = resolved.key === key && resolved.path === path ? resolved.statuses : new Map<string, LinkStatus>();
    return new Map(entries.map((e) => [e.id, current.get(e.id) ?? CHECKING]));
  }, [entries, key, path, resolved]);

  const check = useCallback(async (holder: LinkHolder, linkPath: string): Promise<LinkStatus> => {
    if (!path) return CHECKING;
    const result = await bridge.api.resolveMapLinks({ path, links: [linkPath] });
    const status = result.ok ? (result.value[0] ?? CHECKING) : CHECKING;
    setResolved((r) => (r.key === key && r.path === path ? { ...r, statuses: new Map(r.statuses).set(holder.id, status) } : r));
    return status;
  }, [bridge, path, key]);

  return { statuses, check };
}
