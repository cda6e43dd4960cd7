import { z } from 'zod';
import { presenceStateSchema, type PeerPresence } from '../coedit/presence';

/**
 * Payloads and answers of co-editing a map between laptops (issue 28). Yjs updates travel as
 * base64 text (the preview's bridge is JSON); main decodes them and Yjs checks them.
 */

/** One update from the window: a gesture, or (the host's first) the whole map. */
export const COEDIT_PUSH_CHARS = 16 * 1024 * 1024;
const base64 = (max: number) => z.string().max(max).regex(/^[A-Za-z0-9+/]*={0,2}$/, 'must be base64');
const ipLiteral = z.string().min(2).max(45).regex(/^[0-9A-Fa-f:.]+$/, 'must be an IP address');

export const coeditInputs = {
  /** A guest laptop joins the room of the host at `address:port` with its code. */
  joinCoedit: z.strictObject({
    address: ipLiteral,
    port: z.number().int().min(1).max(65_535),
    code: z.string().min(1).max(32).regex(/^[A-Za-z0-9-]+$/),
  }),
  /** The guest leaves (its window keeps the map it has). */
  leaveCoedit: z.strictObject({}),
  /** A guest works apart (false) or comes back (true). */
  setCoeditOnline: z.strictObject({ online: z.boolean() }),
  pushCoedit: z.strictObject({ update: base64(COEDIT_PUSH_CHARS) }),
  /** Waits until other laptops' updates arrive after `after` (-1: the whole state now), or their presence changes after `presenceAfter`, at most `waitMs`. */
  watchCoedit: z.strictObject({ after: z.number().int().min(-1), waitMs: z.number().int().min(0).max(30_000), presenceAfter: z.number().int().min(-1).optional() }),
  /** This person's presence in the shared map (name, colour, selection, pointer, typing); null: none. */
  setCoeditPresence: z.strictObject({ state: presenceStateSchema.nullable() }),
};

/** This laptop's part: hosting (the workshop's room), a guest, or neither. */
export type CoeditRole = 'host' | 'guest' | 'none';
export type CoeditConnection = 'connecting' | 'online' | 'offline' | 'ended';

export interface CoeditWatch {
  readonly role: CoeditRole;
  readonly connection: CoeditConnection;
  /** Guest laptops in the room (the host's count; a guest sees 0). */
  readonly laptops: number;
  readonly revision: number;
  /** base64 Yjs updates from the other laptops, oldest first. */
  readonly updates: readonly string[];
  /** The shared state's identity in main: when it changes (the room restarted), the host's window sends its whole state again. */
  readonly room: string;
  readonly presenceRevision: number;
  /** The other laptops' presence now. */
  readonly presence: readonly PeerPresence[];
}
