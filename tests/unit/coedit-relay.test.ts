/**
 * Laptops on the workshop's relay (issue 28), over real sockets on loopback: the host's room
 * relays the map's Y.Doc between its window and guest laptops' main processes; a guest that
 * works apart keeps its edits and syncs them on return; a wrong code or a malformed update
 * changes nothing.
 */
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { useCoeditRooms } from '../helpers/coedit-room';
import { useTempFolders } from '../helpers/temp-folder';
import { waitFor } from '../helpers/workshop-clients';

const { room, guest, ended } = useCoeditRooms(useTempFolders());

/** A window's edit: written to its own doc, then pushed as the update it made. */
function edit(doc: Y.Doc, key: string, value: string): Uint8Array {
  const before = Y.encodeStateVector(doc);
  doc.getMap('m').set(key, value);
  return Y.encodeStateAsUpdate(doc, before);
}
const mapOf = (doc: Y.Doc) => doc.getMap('m').toJSON();

describe('laptops co-editing through the relay', () => {
  it('relays the host window\'s and each guest\'s updates to everyone, and a guest apart syncs on return', async () => {
    const { host, target } = await room();
    const hostWindow = new Y.Doc();
    host.laptops.push(edit(hostWindow, 'title', 'Retail'));
    const [ana, ben] = [guest(target), guest(target)];
    await waitFor(() => ana.state === 'online' && ben.state === 'online', 10_000, 'both guests online');
    await waitFor(() => mapOf(ana.hub.doc)['title'] === 'Retail' && mapOf(ben.hub.doc)['title'] === 'Retail', 10_000, 'the host map at the guests');
    expect((await host.laptops.watch(0, 0)).laptops).toBe(2);

    const [anaWindow, benWindow] = [new Y.Doc(), new Y.Doc()];
    ana.hub.apply(edit(anaWindow, 'ana', 'card'), 'window');
    await waitFor(() => mapOf(ben.hub.doc)['ana'] === 'card', 10_000, 'Ana\'s edit at Ben');
    // The host's window reads the others' updates with its long poll.
    const seen = await host.laptops.watch(-1, 0);
    for (const update of seen.updates) Y.applyUpdate(hostWindow, update);
    expect(mapOf(hostWindow)).toMatchObject({ title: 'Retail', ana: 'card' });

    ben.setOnline(false);
    expect(ben.state).toBe('offline');
    ben.hub.apply(edit(benWindow, 'ben', 'offline'), 'window');
    ana.hub.apply(edit(anaWindow, 'ana2', 'while Ben was away'), 'window');
    await waitFor(() => mapOf(host.laptops.hub.doc)['ana2'] !== undefined, 10_000, 'Ana\'s second edit at the host');
    expect(mapOf(host.laptops.hub.doc)['ben']).toBeUndefined();
    ben.setOnline(true);
    await waitFor(() => mapOf(ana.hub.doc)['ben'] === 'offline' && mapOf(ben.hub.doc)['ana2'] !== undefined, 10_000, 'Ben back in sync');
    expect(mapOf(ana.hub.doc)).toEqual(mapOf(ben.hub.doc));
    expect(mapOf(host.laptops.hub.doc)).toEqual(mapOf(ben.hub.doc));
  });

  it('ends a guest whose code is wrong, and tells guests when the host ends the room', async () => {
    const { host, target } = await room();
    const wrong = guest({ ...target, code: 'ZZZZZZ' });
    await waitFor(() => wrong.state === 'ended', 10_000, 'the wrong code refused');
    expect(wrong.reason).toBe('wrong-code');
    const ana = guest(target);
    await waitFor(() => ana.state === 'online', 10_000, 'Ana online');
    await host.end();
    ended(host);
    await waitFor(() => ana.state === 'ended', 10_000, 'Ana told the room ended');
    expect(ana.reason).toBe('ended');
  });

  it('refuses a malformed update without changing the map', async () => {
    const { host } = await room();
    host.laptops.push(edit(new Y.Doc(), 'title', 'Retail'));
    expect(() => host.laptops.push(new Uint8Array([1, 2, 3, 200, 9]))).toThrow();
    expect(mapOf(host.laptops.hub.doc)).toEqual({ title: 'Retail' });
  });
});
