import type { Change } from '../changes';
import { recordChange } from './records';
import { newId } from '../ids';
import { compareOrder, keyAfterLast, keyBetween, sortByOrder } from '../order';
import type { Card, JourneyDocument } from '../schema';
import { cardsIn, columnFields, type Cell } from './cell';

/** Drops keys set to undefined: the schema is strict about optional fields. */
function withoutUndefined<T extends object>(record: T): T {
  return Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined)) as T;
}

export function addCard(doc: JourneyDocument, cell: Cell, text = '', fields: Partial<Card> = {}): { changes: Change[]; card: Card } {
  const card: Card = withoutUndefined({ ...fields, id: newId(), ...columnFields(cell), laneId: cell.laneId, order: keyAfterLast(cardsIn(doc, cell)), text });
  return { changes: [{ table: 'cards', before: null, after: card }], card };
}

export function updateCard(doc: JourneyDocument, id: string, patch: Partial<Omit<Card, 'id'>>): Change[] {
  const before = doc.cards.find((c) => c.id === id);
  if (!before) return [];
  const after = withoutUndefined({ ...before, ...patch });
  return recordChange('cards', before, after);
}

/** Removes cards, and drops them from the links of the cards that pointed at them. */
export function removeCards(doc: JourneyDocument, ids: readonly string[]): Change[] {
  const removed = new Set(ids);
  const unlink: Change[] = doc.cards
    .filter((c) => !removed.has(c.id) && c.links?.some((l) => removed.has(l)))
    .map((before) => {
      const links = before.links?.filter((l) => !removed.has(l)) ?? [];
      const { links: _dropped, ...rest } = before;
      return { table: 'cards', before, after: links.length > 0 ? { ...rest, links } : rest };
    });
  const deletions: Change[] = doc.cards.filter((c) => removed.has(c.id)).map((before) => ({ table: 'cards', before, after: null }));
  return [...unlink, ...deletions];
}

/**
 * Moves cards into a cell, before `beforeId` (or at the end), keeping their relative order.
 * Only order keys and cell fields change, so a move touches just the moved records.
 */
export function moveCards(doc: JourneyDocument, ids: readonly string[], target: Cell, beforeId: string | null): Change[] {
  const moving = sortByOrder(doc.cards.filter((c) => ids.includes(c.id)));
  if (moving.length === 0) return [];
  const siblings = sortByOrder(cardsIn(doc, target).filter((c) => !ids.includes(c.id)));
  const index = beforeId === null ? siblings.length : Math.max(0, siblings.findIndex((c) => c.id === beforeId));
  let previous = siblings[index - 1]?.order ?? null;
  const next = siblings[index]?.order ?? null;
  return moving.flatMap((before) => {
    const order = keyBetween(previous, next);
    previous = order;
    const { stepId: _old, ...rest } = before;
    const after: Card = { ...rest, ...columnFields(target), laneId: target.laneId, order };
    return recordChange('cards', before, after);
  });
}

/** Copies of the cards right after each original, in the same cell. */
export function duplicateCards(doc: JourneyDocument, ids: readonly string[]): { changes: Change[]; cards: Card[] } {
  let current = doc;
  const cards: Card[] = [];
  for (const original of sortByOrder(doc.cards.filter((c) => ids.includes(c.id)))) {
    const siblings = sortByOrder(cardsIn(current, original));
    const next = siblings.find((c) => compareOrder(c, original) > 0);
    const copy: Card = { ...structuredClone(original), id: newId(), order: keyBetween(original.order, next?.order ?? null) };
    if (copy.evidence) copy.evidence = copy.evidence.map((e) => ({ ...e, id: newId() }));
    cards.push(copy);
    current = { ...current, cards: [...current.cards, copy] };
  }
  return { changes: cards.map((after) => ({ table: 'cards', before: null, after })), cards };
}

/**
 * New cards from copied content (another map's cards, or text from other programs), placed
 * from `anchor` onwards: rows go down the given lanes, columns go right along the given columns.
 */
export function pasteCards(
  doc: JourneyDocument,
  placements: readonly { cell: Cell; fields: Partial<Card> & { text: string } }[],
): { changes: Change[]; cards: Card[] } {
  let current = doc;
  const cards: Card[] = [];
  const channels = new Set(doc.channels.map((c) => c.id));
  const assets = new Set(doc.assets.map((a) => a.id));
  for (const { cell, fields } of placements) {
    // References survive only when they point at something in this map.
    const channelId = fields.channelId && channels.has(fields.channelId) ? fields.channelId : undefined;
    const imageId = fields.imageId && assets.has(fields.imageId) ? fields.imageId : undefined;
    const { card } = addCard(current, cell, fields.text, { ...fields, links: undefined, channelId, imageId });
    cards.push(card);
    current = { ...current, cards: [...current.cards, card] };
  }
  return { changes: cards.map((after) => ({ table: 'cards', before: null, after })), cards };
}
