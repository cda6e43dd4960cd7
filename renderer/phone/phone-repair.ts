/**
 * When the host refuses the phone's edits as a whole. Edits made offline travel in one update
 * (the reconnect's sync step 2); if the room changed meanwhile (a target unshared, a stage
 * removed, the vote budget lowered), one edit that no longer fits makes the host refuse them
 * all, and every later update waits behind the refused ones. This takes back, from the edits
 * the host does not hold yet, only those the room no longer allows (oldest first, so the
 * earliest votes within a lowered budget stay), after which a new handshake sends the rest.
 */
import type * as Y from 'yjs';
import { PARTICIPANT_MAPS, readParticipant, type ParticipantContent, type ParticipantMap, type RoomState } from '../../shared/workshop/model';
import { checkParticipantChange } from '../../shared/workshop/validate';

interface Entry { map: ParticipantMap; key: string; clock: number }

const withEntry = (content: ParticipantContent, map: ParticipantMap, key: string, value: unknown): ParticipantContent =>
  ({ ...content, [map]: { ...content[map], [key]: value } });

/** Deletes the unacknowledged entries `room` refuses; returns how many went. */
export function retractRefusedEdits(own: Y.Doc, room: RoomState, acknowledged: Map<number, number>): number {
  const content = readParticipant(own);
  const unsent: Entry[] = [];
  let hostView: ParticipantContent = { notes: {}, votes: {}, ratings: {}, profile: {} };
  for (const map of PARTICIPANT_MAPS) {
    for (const [key, item] of own.getMap(map)._map) {
      if (item.deleted) continue;
      if (item.id.clock >= (acknowledged.get(item.id.client) ?? 0)) unsent.push({ map, key, clock: item.id.clock });
      else hostView = withEntry(hostView, map, key, (content[map] as Record<string, unknown>)[key]);
    }
  }
  const refused: Entry[] = [];
  for (const entry of unsent.sort((a, b) => a.clock - b.clock)) {
    const next = withEntry(hostView, entry.map, entry.key, (content[entry.map] as Record<string, unknown>)[entry.key]);
    if (checkParticipantChange(hostView, next, room).ok) hostView = next;
    else refused.push(entry);
  }
  if (refused.length > 0) own.transact(() => refused.forEach(({ map, key }) => own.getMap(map).delete(key)));
  return refused.length;
}
