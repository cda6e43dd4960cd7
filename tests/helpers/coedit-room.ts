import { afterEach } from 'vitest';
import { CoeditGuest, type GuestTarget } from '../../main/coedit/guest';
import type { WorkshopHost } from '../../main/workshop/host';
import { LOOPBACK, startHost } from './workshop-clients';

/**
 * A host's room on loopback for co-editing tests, and guest laptops' connections to it (main's
 * side of each laptop), all closed after each test.
 */
export function useCoeditRooms(tempFolder: () => Promise<string>) {
  const hosts: WorkshopHost[] = [];
  const guests: CoeditGuest[] = [];
  afterEach(async () => {
    for (const guest of guests.splice(0)) guest.close();
    await Promise.all(hosts.splice(0).map((host) => host.end()));
  });
  return {
    async room(): Promise<{ host: WorkshopHost; target: GuestTarget }> {
      const host = await startHost(await tempFolder());
      hosts.push(host);
      const info = await host.joinInfo();
      return { host, target: { address: LOOPBACK, port: info.port, code: info.code } };
    },
    guest(target: GuestTarget): CoeditGuest {
      const made = new CoeditGuest(target);
      guests.push(made);
      return made;
    },
    /** The host ended by the test itself: not ended again after it. */
    ended(host: WorkshopHost): void {
      hosts.splice(hosts.indexOf(host), 1);
    },
    /** A guest closed by the test itself. */
    closed(guest: CoeditGuest): void {
      guests.splice(guests.indexOf(guest), 1);
    },
  };
}
