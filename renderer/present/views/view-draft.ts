import type { ViewFields } from '../../../shared/document/commands';
import { sortByOrder } from '../../../shared/document/order';
import type { JourneyDocument, JourneyView } from '../../../shared/document/schema';

/** A view being edited: every list holds what is ticked. */
export interface ViewDraft {
  name: string;
  laneIds: string[];
  personaIds: string[];
  tags: string[];
  channelIds: string[];
  minRating: number | null;
  fromStageId: string;
  toStageId: string;
}

/** Every tag used on the map's cards, in alphabetical order. */
export const tagsOf = (doc: JourneyDocument): string[] => [...new Set(doc.cards.flatMap((c) => c.tags ?? []))].sort((a, b) => a.localeCompare(b));

/** A saved view as a draft: an absent filter ticks everything (it lets everything through). */
export function draftOf(doc: JourneyDocument, view: JourneyView | null, name = ''): ViewDraft {
  const stages = sortByOrder(doc.stages);
  return {
    name: view?.name ?? name,
    laneIds: view?.laneIds ?? sortByOrder(doc.lanes).filter((l) => !l.hidden).map((l) => l.id),
    personaIds: view?.personaIds ?? doc.personas.map((p) => p.id),
    tags: view?.tags ?? [],
    channelIds: view?.channelIds ?? [],
    minRating: view?.minRating ?? null,
    fromStageId: view?.fromStageId ?? stages[0]?.id ?? '',
    toStageId: view?.toStageId ?? stages.at(-1)?.id ?? '',
  };
}

/** The fields to store: a list that ticks everything filters nothing, so it is left out of the file. */
export function fieldsOf(doc: JourneyDocument, draft: ViewDraft): ViewFields {
  const stages = sortByOrder(doc.stages);
  const all = (ticked: string[], every: string[]) => (every.every((id) => ticked.includes(id)) ? undefined : every.filter((id) => ticked.includes(id)));
  return {
    name: draft.name.trim(),
    laneIds: all(draft.laneIds, sortByOrder(doc.lanes).map((l) => l.id)),
    personaIds: doc.personas.length === 0 ? undefined : all(draft.personaIds, doc.personas.map((p) => p.id)),
    tags: draft.tags.length === 0 ? undefined : draft.tags,
    channelIds: draft.channelIds.length === 0 ? undefined : draft.channelIds,
    minRating: draft.minRating ?? undefined,
    fromStageId: draft.fromStageId === stages[0]?.id || draft.fromStageId === '' ? undefined : draft.fromStageId,
    toStageId: draft.toStageId === stages.at(-1)?.id || draft.toStageId === '' ? undefined : draft.toStageId,
  };
}

export const toggled = (list: readonly string[], id: string): string[] => (list.includes(id) ? list.filter((x) => x !== id) : [...list, id]);
