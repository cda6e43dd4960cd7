/**
 * What the phone keeps between page loads, in localStorage, per room code: the participant's
 * id and secret (so a reload resumes the same participant), their document (edits made
 * offline included) and the edits the host has not acknowledged yet (for "n changes waiting").
 */
import type { WorkshopIdentity } from '../../shared/workshop/client';

/** One edit waiting for the host: the document's state vector right after it. */
export type PendingEdit = [client: number, clock: number][];

export interface StoredParticipant {
  identity: WorkshopIdentity | null;
  /** Y.encodeStateAsUpdate of the participant's document, base64. */
  own: string;
  pending: PendingEdit[];
}

const keyFor = (code: string) => `waymark.workshop.${code}`;

const toBase64 = (bytes: Uint8Array) => {
  let text = '';
  for (const byte of bytes) text += String.fromCharCode(byte);
  return btoa(text);
};
const fromBase64 = (text: string) => Uint8Array.from(atob(text), (char) => char.charCodeAt(0));

export function loadParticipant(code: string): { identity: WorkshopIdentity | null; own: Uint8Array | null; pending: PendingEdit[] } {
  try {
    const raw = localStorage.getItem(keyFor(code));
    if (raw === null) return { identity: null, own: null, pending: [] };
    const stored = JSON.parse(raw) as Partial<StoredParticipant>;
    const identity = stored.identity && typeof stored.identity.participantId === 'string' && typeof stored.identity.secret === 'string' ? stored.identity : null;
    return { identity, own: typeof stored.own === 'string' && stored.own !== '' ? fromBase64(stored.own) : null, pending: Array.isArray(stored.pending) ? stored.pending : [] };
  } catch {
    // Storage turned off or a damaged entry: start as a new participant.
    return { identity: null, own: null, pending: [] };
  }
}

export function saveParticipant(code: string, identity: WorkshopIdentity | null, own: Uint8Array, pending: PendingEdit[]): void {
  try {
    localStorage.setItem(keyFor(code), JSON.stringify({ identity, own: toBase64(own), pending } satisfies StoredParticipant));
  } catch {
    // Private mode or a full storage: the page still works, only a reload forgets.
  }
}

export function forgetParticipant(code: string): void {
  try {
    localStorage.removeItem(keyFor(code));
  } catch {
    // Nothing kept.
  }
}
