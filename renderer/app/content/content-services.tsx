import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { JourneyDocument } from '../../../shared/document/schema';
import type { Result } from '../../../shared/ipc/result';
import type { UserTemplate } from '../../../shared/ipc/templates';
import type { VersionsAccess } from './VersionsPanel';

export type SaveTemplate = (input: { name: string; document: JourneyDocument }) => Promise<Result<UserTemplate>>;

/** What the editor's content panels reach beyond the map: the user's templates and the map's versions. */
export interface ContentServices {
  saveTemplate: SaveTemplate | undefined;
  /** The map's named versions (kept beside its file); absent where the page has no file access. */
  versions: VersionsAccess | undefined;
}

const ContentServicesContext = createContext<ContentServices>({ saveTemplate: undefined, versions: undefined });

export function ContentServicesProvider({ saveTemplate, versions, children }: { saveTemplate?: SaveTemplate; versions?: VersionsAccess; children: ReactNode }) {
  const services = useMemo<ContentServices>(() => ({ saveTemplate, versions }), [saveTemplate, versions]);
  return <ContentServicesContext.Provider value={services}>{children}</ContentServicesContext.Provider>;
}

export const useContentServices = (): ContentServices => useContext(ContentServicesContext);
