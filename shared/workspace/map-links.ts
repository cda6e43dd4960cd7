import type { JourneyDocument, MapLink } from '../document/schema';
import { sortByOrder } from '../document/order';

/** A stage or step of a map, the places a link to another map can hang from. */
export interface LinkHolder { readonly kind: 'stage' | 'step'; readonly id: string }

/** One link of a map, named as a person finds it: the stage, or the stage and its step. */
export interface MapLinkEntry extends LinkHolder {
  /** "Checkout", or "Checkout › Payment" for a step. */
  readonly label: string;
  readonly link: MapLink;
}

/** Every link of a map, in the order its stages and steps run. */
export function mapLinksOf(doc: JourneyDocument): MapLinkEntry[] {
  const entries: MapLinkEntry[] = [];
  for (const stage of sortByOrder(doc.stages)) {
    if (stage.mapLink) entries.push({ kind: 'stage', id: stage.id, label: stage.name, link: stage.mapLink });
    for (const step of sortByOrder(doc.steps.filter((s) => s.stageId === stage.id))) {
      if (step.mapLink) entries.push({ kind: 'step', id: step.id, label: `${stage.name} › ${step.name}`, link: step.mapLink });
    }
  }
  return entries;
}

/** The link a stage or step holds, if any. */
export function linkOf(doc: JourneyDocument, holder: LinkHolder): MapLink | undefined {
  const records = holder.kind === 'stage' ? doc.stages : doc.steps;
  return records.find((r) => r.id === holder.id)?.mapLink;
}

/**
 * Folds `.` and `..` out of a slash-separated relative path. Null when it climbs above its
 * start: such a path leaves the folder it is relative to.
 */
export function normalizeRelative(path: string): string | null {
  const parts: string[] = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (parts.length === 0) return null;
      parts.pop();
    } else parts.push(part);
  }
  return parts.join('/');
}

const folderOf = (relativePath: string): string => relativePath.split('/').slice(0, -1).join('/');

/**
 * Where a link leads, as a slash-separated path inside the workspace: `from` is the linking
 * map's own path inside the workspace (`overview/Map.journey`), the link is relative to its
 * folder. Null when the link climbs out of the workspace.
 */
export function resolveInWorkspace(from: string, linkPath: string): string | null {
  const base = folderOf(from);
  return normalizeRelative(base === '' ? linkPath : `${base}/${linkPath}`);
}

/**
 * The link path from the map at `from` to the map at `to`, both slash-separated paths inside
 * the workspace: what a stage stores, so the pair survives moving the whole folder.
 */
export function linkPathBetween(from: string, to: string): string {
  const fromParts = folderOf(from).split('/').filter(Boolean);
  const toParts = to.split('/').filter(Boolean);
  let common = 0;
  while (common < fromParts.length && common < toParts.length - 1 && fromParts[common] === toParts[common]) common += 1;
  return [...fromParts.slice(common).map(() => '..'), ...toParts.slice(common)].join('/');
}
