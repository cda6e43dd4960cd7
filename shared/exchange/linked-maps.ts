import type { JourneyDocument } from '../document/schema';
import type { Translate } from '../templates/templates';
import { mapLinksOf } from '../workspace/map-links';

/**
 * The map's links to other maps of its workspace, for reports: the stage (and step) that
 * links, the linked map's name and its file relative to this map. Header row first; only the
 * header when the map links nowhere.
 */
export function linkedMapsTable(doc: JourneyDocument, t: Translate): string[][] {
  const rows = mapLinksOf(doc).map((entry) => [entry.label, entry.link.name ?? '', entry.link.path]);
  return [[t('workspace.export.stage'), t('workspace.export.map'), t('workspace.export.file')], ...rows];
}
