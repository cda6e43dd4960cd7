/**
 * Who is editing a shared map with you (issue 28): each laptop's presence, a Yjs awareness
 * state (y-protocols/awareness) that travels on the map's channel of the relay. It is session
 * state: it never goes into the file. Whatever arrives is hostile: every awareness update is
 * decoded here, each state checked against the schema (names without control characters or
 * markup, a colour from the palette by its number, ids as the journey's, bounded lists and
 * coordinates), and only what passed is encoded again and applied or passed on.
 */
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { z } from 'zod';
import { idSchema } from '../document/schema/primitives';

/**
 * Okabe-Ito's colours that stay apart for every common colour blindness and on a washed-out
 * projector (its yellow is left out: it vanishes on white), with the text colour that reads on each.
 */
export const PRESENCE_PALETTE = [
  { fill: '#0072B2', text: '#FFFFFF' },
  { fill: '#D55E00', text: '#FFFFFF' },
  { fill: '#009E73', text: '#FFFFFF' },
  { fill: '#CC79A7', text: '#000000' },
  { fill: '#E69F00', text: '#000000' },
  { fill: '#56B4E9', text: '#000000' },
  { fill: '#000000', text: '#FFFFFF' },
] as const;

export const PRESENCE_LIMITS = {
  nameLength: 40,
  /** Cards whose selection is shown to the others; a larger selection is sent as its first ones. */
  selectedCards: 200,
  /** One state as JSON text, well above what the schema allows (about 14 KB). */
  stateChars: 32 * 1024,
  /** States in one update: one laptop's own, or the host's relay of the whole room. */
  statesPerUpdate: 16,
  /** Pointer coordinates in the map's own units (a map is at most about a million wide). */
  coordinate: 10_000_000,
  /** How often a laptop sends its presence (its pointer moving): at most this many times a second. */
  updatesPerSecond: 10,
  /** A typist who stopped typing for this long no longer holds the card. */
  typingIdleMs: 5_000,
} as const;

/** No control characters, and none of the characters markup is made of: a name is only ever text. */
const nameSchema = z.string().trim().min(1).max(PRESENCE_LIMITS.nameLength).regex(/^[^\p{Cc}\p{Cf}\p{Zl}\p{Zp}<>&"'`]+$/u, 'must be plain text');
const coordinate = z.number().finite().min(-PRESENCE_LIMITS.coordinate).max(PRESENCE_LIMITS.coordinate);

export const presenceStateSchema = z.strictObject({
  name: nameSchema,
  colour: z.number().int().min(0).max(PRESENCE_PALETTE.length - 1),
  selection: z.array(idSchema).max(PRESENCE_LIMITS.selectedCards),
  /** Where the pointer is over the map, in content coordinates (every laptop zooms its own way); null off the map. */
  pointer: z.strictObject({ x: coordinate, y: coordinate }).nullable(),
  /** The card this person is typing in (it is softly locked for the others), or null. */
  typing: idSchema.nullable(),
});
export type PresenceState = z.infer<typeof presenceStateSchema>;

/** Another laptop's presence as the window shows it. */
export interface PeerPresence extends PresenceState {
  /** Its awareness client id: a stable key while it stays. */
  readonly id: number;
}

/** Removes what a name must not hold (control characters, markup) and bounds it; empty when nothing is left. */
export function cleanName(typed: string): string {
  return typed.normalize('NFC').replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}<>&"'`]/gu, '').trim().slice(0, PRESENCE_LIMITS.nameLength).trim();
}

/** The first palette colour nobody else uses (the least used one when all are taken). */
export function freeColour(peers: readonly { colour: number }[]): number {
  const uses = PRESENCE_PALETTE.map((_, index) => peers.filter((peer) => peer.colour === index).length);
  return uses.indexOf(Math.min(...uses));
}

export interface CheckedPresence {
  /** The same update encoded again from what passed; null when nothing did. */
  readonly update: Uint8Array | null;
  /** The clients the update speaks for. */
  readonly clients: readonly number[];
}

/**
 * Decodes an awareness update (clients, clocks, JSON states) and keeps the entries whose state
 * passes the schema (null, someone leaving, passes). Throws on bytes that are not an awareness
 * update, on more than `maxStates` entries, and on a state too long to be read.
 */
export function checkPresenceUpdate(update: Uint8Array, maxStates: number = PRESENCE_LIMITS.statesPerUpdate): CheckedPresence {
  const decoder = decoding.createDecoder(update);
  const count = decoding.readVarUint(decoder);
  if (count > maxStates) throw new Error('presence: too many states in one update');
  const kept: { client: number; clock: number; state: PresenceState | null }[] = [];
  for (let i = 0; i < count; i += 1) {
    const client = decoding.readVarUint(decoder);
    const clock = decoding.readVarUint(decoder);
    const length = decoding.peekVarUint(decoder);
    if (length > PRESENCE_LIMITS.stateChars * 4) throw new Error('presence: state too long');
    const text = decoding.readVarString(decoder);
    if (text.length > PRESENCE_LIMITS.stateChars) throw new Error('presence: state too long');
    const parsed = presenceStateSchema.nullable().safeParse(JSON.parse(text));
    if (parsed.success) kept.push({ client, clock, state: parsed.data });
  }
  if (decoding.hasContent(decoder)) throw new Error('presence: bytes after the update');
  if (kept.length === 0) return { update: null, clients: [] };
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, kept.length);
  for (const entry of kept) {
    encoding.writeVarUint(encoder, entry.client);
    encoding.writeVarUint(encoder, entry.clock);
    encoding.writeVarString(encoder, JSON.stringify(entry.state));
  }
  return { update: encoding.toUint8Array(encoder), clients: kept.map((entry) => entry.client) };
}

/** The others' states in an awareness map, checked again (a state set locally could be anything). */
export function peersOf(states: ReadonlyMap<number, unknown>, self: number): PeerPresence[] {
  const peers: PeerPresence[] = [];
  for (const [id, state] of states) {
    if (id === self) continue;
    const parsed = presenceStateSchema.safeParse(state);
    if (parsed.success) peers.push({ id, ...parsed.data });
  }
  return peers.sort((a, b) => a.name.localeCompare(b.name) || a.id - b.id);
}
