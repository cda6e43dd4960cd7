import type { Change } from '../changes';
import { newId } from '../ids';
import { LIMITS } from '../limits';
import { keyAfterLast } from '../order';
import type { Channel, JourneyDocument } from '../schema';
import { recordChange, withoutId } from './records';
import { orderBefore } from './stages';

/** Channel names compare without case, accents or surrounding spaces: "E-mail " is "e-mail". */
const sameName = (a: string, b: string) => a.trim().localeCompare(b.trim(), undefined, { sensitivity: 'base' }) === 0;

/** Adds a channel at the end of the journey's list; null when the list is full or the name is empty. */
export function addChannel(doc: JourneyDocument, name: string): { changes: Change[]; channel: Channel } | null {
  if (doc.channels.length >= LIMITS.channels || name.trim() === '') return null;
  const channel: Channel = { id: newId(), name: name.trim(), order: keyAfterLast(doc.channels) };
  return { changes: [{ table: 'channels', before: null, after: channel }], channel };
}

/** Adds those of `names` the list does not have yet (the default channels, say), in order. */
export function addMissingChannels(doc: JourneyDocument, names: readonly string[]): Change[] {
  const changes: Change[] = [];
  let channels = doc.channels;
  for (const name of names) {
    if (channels.some((c) => sameName(c.name, name))) continue;
    const added = addChannel({ ...doc, channels }, name);
    if (!added) break;
    changes.push(...added.changes);
    channels = [...channels, added.channel];
  }
  return changes;
}

export function renameChannel(doc: JourneyDocument, id: string, name: string): Change[] {
  const before = doc.channels.find((c) => c.id === id);
  if (!before || name.trim() === '') return [];
  return recordChange('channels', before, { ...before, name: name.trim() });
}

export function moveChannel(doc: JourneyDocument, id: string, beforeId: string | null): Change[] {
  const before = doc.channels.find((c) => c.id === id);
  if (!before || beforeId === id) return [];
  return recordChange('channels', before, { ...before, order: orderBefore(doc.channels, beforeId, id) });
}

/** Removes a channel; touchpoints on it keep their text but lose the channel, views stop filtering by it. */
export function removeChannel(doc: JourneyDocument, id: string): Change[] {
  const before = doc.channels.find((c) => c.id === id);
  if (!before) return [];
  const changes: Change[] = doc.cards
    .filter((c) => c.channelId === id)
    .map((card) => {
      const { channelId: _gone, ...rest } = card;
      return { table: 'cards', before: card, after: rest };
    });
  for (const view of doc.views) changes.push(...recordChange('views', view, withoutId(view, 'channelIds', id)));
  changes.push({ table: 'channels', before, after: null });
  return changes;
}
