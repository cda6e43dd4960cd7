import type { Change } from '../changes';
import { LIMITS } from '../limits';
import type { Card, JourneyDocument, LaneKind } from '../schema';
import { recordChange } from './records';

/** What an opportunity can address: pain points and touchpoints. */
export const LINKABLE_KINDS: readonly LaneKind[] = ['painPoints', 'touchpoints'];

/** The cards an opportunity can link to, in lane kinds it can address. */
export function linkTargets(doc: JourneyDocument): Card[] {
  const lanes = new Set(doc.lanes.filter((l) => LINKABLE_KINDS.includes(l.kind)).map((l) => l.id));
  return doc.cards.filter((c) => lanes.has(c.laneId));
}

/** Sets the cards a card links to: existing cards only, never itself, once each, within the limit. */
export function setLinks(doc: JourneyDocument, cardId: string, ids: readonly string[]): Change[] {
  const before = doc.cards.find((c) => c.id === cardId);
  if (!before) return [];
  const existing = new Set(doc.cards.map((c) => c.id));
  const links = [...new Set(ids)].filter((id) => id !== cardId && existing.has(id)).slice(0, LIMITS.linksPerCard);
  const { links: _old, ...rest } = before;
  return recordChange('cards', before, links.length > 0 ? { ...rest, links } : rest);
}

/** Links a card to `targetId`, or unlinks it if it was linked. */
export function toggleLink(doc: JourneyDocument, cardId: string, targetId: string): Change[] {
  const links = doc.cards.find((c) => c.id === cardId)?.links ?? [];
  return setLinks(doc, cardId, links.includes(targetId) ? links.filter((l) => l !== targetId) : [...links, targetId]);
}
