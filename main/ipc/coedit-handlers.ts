import { fromBase64, toBase64 } from 'lib0/buffer';
import type { CoeditWatch } from '../../shared/ipc/coedit';
import { CoeditGuest } from '../coedit/guest';
import type { WorkshopService } from '../workshop/workshop-in-worker';
import type { Handlers } from './handlers';

type CoeditMethods = 'joinCoedit' | 'leaveCoedit' | 'setCoeditOnline' | 'pushCoedit' | 'watchCoedit' | 'setCoeditPresence';

/**
 * Co-editing over IPC: a guest laptop's connection lives here in main (one at a time, as one
 * workshop at a time); a host's laptops are the running workshop's (in its thread). The
 * window speaks the same calls either way.
 */
export function coeditHandlers(workshop: WorkshopService | undefined): Pick<Handlers, CoeditMethods> {
  let guest: CoeditGuest | null = null;
  const leave = () => {
    guest?.close();
    guest = null;
  };
  return {
    joinCoedit: async ({ address, port, code }) => {
      leave();
      guest = new CoeditGuest({ address, port, code: code.toUpperCase() });
      return null;
    },
    leaveCoedit: async () => {
      leave();
      return null;
    },
    setCoeditOnline: async ({ online }) => {
      if (!guest) throw new Error('co-editing: not joined to a map');
      guest.setOnline(online);
      return null;
    },
    pushCoedit: async ({ update }) => {
      const bytes = fromBase64(update);
      if (guest) guest.hub.apply(bytes, 'window');
      else if (workshop) await workshop.coeditPush(bytes);
      else throw new Error('co-editing: no map is shared');
      return null;
    },
    watchCoedit: async ({ after, waitMs, presenceAfter }): Promise<CoeditWatch> => {
      if (guest) {
        const { updates, ...rest } = await guest.hub.updatesAfter(after, waitMs, presenceAfter);
        return { role: 'guest', connection: guest.state, laptops: 0, ...rest, updates: updates.map(toBase64) };
      }
      const hosted = workshop ? await workshop.coeditWatch(after, waitMs, presenceAfter) : null;
      if (!hosted) return { role: 'none', connection: 'ended', laptops: 0, revision: -1, updates: [], room: '', presenceRevision: -1, presence: [] };
      const { updates, laptops, ...rest } = hosted;
      return { role: 'host', connection: 'online', laptops, ...rest, updates: updates.map(toBase64) };
    },
    setCoeditPresence: async ({ state }) => {
      if (guest) guest.hub.setPresence(state);
      else if (workshop) await workshop.coeditPresence(state);
      else throw new Error('co-editing: no map is shared');
      return null;
    },
  };
}
