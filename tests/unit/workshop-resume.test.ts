import { cp, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { WorkshopHost } from '../../main/workshop/host';
import { participantEdits, readParticipant } from '../../shared/workshop/model';
import { hostSocketUrl, Phone, startHost, waitFor } from '../helpers/workshop-clients';
import { useTempFolders } from '../helpers/temp-folder';

const tempFolder = useTempFolders();
const hosts: WorkshopHost[] = [];
const phones: Phone[] = [];
afterEach(async () => {
  for (const phone of phones.splice(0)) phone.leave();
  await Promise.all(hosts.splice(0).map((host) => host.end()));
});

async function joinPhone(url: string, options?: ConstructorParameters<typeof Phone>[1]) {
  const phone = await Phone.join(url, options);
  phones.push(phone);
  return phone;
}
const noteTexts = (host: WorkshopHost) => host.contributions().stages.flatMap((stage) => stage.notes.map((note) => note.text)).sort();
const saved = (host: WorkshopHost) => new Promise<void>((resolve) => {
  const off = host.on('saved', () => {
    off();
    resolve();
  });
});

describe('a phone on flaky Wi-Fi loses nothing', () => {
  it('sends what was added while the network was gone once it is back', async () => {
    const host = await startHost(await tempFolder());
    hosts.push(host);
    const phone = await joinPhone(await hostSocketUrl(host));
    participantEdits.addNote(phone.client.own, { stageId: 'aware', lane: 'thoughts', text: 'before' });
    await phone.allSent();
    phone.dropNetwork();
    // Made while the socket is dead: the client sends nothing now (no queue of its own).
    participantEdits.addNote(phone.client.own, { stageId: 'buy', lane: 'painPoints', text: 'offline 1' });
    participantEdits.setRating(phone.client.own, 'buy', -1);
    participantEdits.addNote(phone.client.own, { stageId: 'buy', lane: 'ideas', text: 'offline 2' });
    expect(noteTexts(host)).toEqual(['before']);
    await waitFor(() => phone.client.status === 'offline' || phone.client.status === 'connecting');
    await phone.synced();
    await phone.allSent();
    expect(noteTexts(host)).toEqual(['before', 'offline 1', 'offline 2']);
    expect(host.contributions().ratings.find((rating) => rating.stageId === 'buy')?.count).toBe(1);
    expect(host.participants()).toHaveLength(1);
  });

  it('resumes the same participant when the page is killed and opened again with its id, secret and saved document', async () => {
    const host = await startHost(await tempFolder());
    hosts.push(host);
    const url = await hostSocketUrl(host);
    const first = await joinPhone(url);
    participantEdits.addNote(first.client.own, { stageId: 'aware', lane: 'actions', text: 'online' });
    await first.allSent();
    // What the page keeps in localStorage, then the page dies.
    const identity = first.identity;
    const stored = Y.encodeStateAsUpdate(first.client.own);
    first.leave();
    await waitFor(() => host.participants()[0]?.online === false);
    // Opened again without a network: edits go into the restored document.
    const own = new Y.Doc();
    Y.applyUpdate(own, stored);
    participantEdits.addNote(own, { stageId: 'consider', lane: 'thoughts', text: 'typed offline' });
    const again = await joinPhone(url, { identity, own });
    await again.allSent();
    expect(again.identity.participantId).toBe(identity.participantId);
    expect(host.participants()).toHaveLength(1);
    expect(noteTexts(host)).toEqual(['online', 'typed offline']);

    // A phone that lost its saved document but kept its id gets its notes back from the host.
    again.leave();
    const bare = await joinPhone(url, { identity });
    await waitFor(() => Object.keys(readParticipant(bare.client.own).notes).length === 2);
    expect(Object.values(readParticipant(bare.client.own).notes).map((note) => note.text).sort()).toEqual(['online', 'typed offline']);
  });

  it('keeps two tabs of one participant in step', async () => {
    const host = await startHost(await tempFolder());
    hosts.push(host);
    const url = await hostSocketUrl(host);
    const tab1 = await joinPhone(url);
    const tab2 = await joinPhone(url, { identity: tab1.identity });
    participantEdits.addNote(tab1.client.own, { stageId: 'aware', lane: 'ideas', text: 'from tab 1' });
    await waitFor(() => Object.keys(readParticipant(tab2.client.own).notes).length === 1);
    expect(host.participants()).toHaveLength(1);
  });
});

describe('the facilitator\'s app restarts mid-workshop', () => {
  it('restores everything from the folder with the same code, and the phones carry on by themselves', async () => {
    const root = await tempFolder();
    const host = await startHost(root, { voteBudget: 4 });
    const url = await hostSocketUrl(host);
    const { code, port } = await host.joinInfo();
    host.share([{ id: 'q', text: 'Queue', kind: 'painPoint' }]);
    const [alice, bob] = [await joinPhone(url), await joinPhone(url)];
    await waitFor(() => [alice, bob].every((phone) => phone.client.room.getMap('room').get('targets') !== undefined));
    const aliceNote = participantEdits.addNote(alice.client.own, { stageId: 'aware', lane: 'thoughts', text: 'alice 1' });
    participantEdits.setVotes(alice.client.own, 'q', 3);
    participantEdits.setName(alice.client.own, 'Alice');
    participantEdits.setRating(bob.client.own, 'consider', 2);
    participantEdits.addNote(bob.client.own, { stageId: 'buy', lane: 'ideas', text: 'bob 1' });
    await Promise.all([alice.allSent(), bob.allSent()]);
    host.triage(`${alice.identity.participantId}/${aliceNote}`, 'merged', 'card-17');
    host.lock();
    const before = { contributions: host.contributions(), participants: host.participants().map(({ id, name, notes, votesUsed }) => ({ id, name, notes, votesUsed })) };

    await host.close();
    await waitFor(() => [alice, bob].every((phone) => phone.client.status !== 'synced'));
    // While the laptop restarts, Bob keeps typing.
    participantEdits.addNote(bob.client.own, { stageId: 'buy', lane: 'painPoints', text: 'bob during restart' });

    const files = await readdir(root);
    expect(files).toEqual([host.workshopId]);
    const folder = join(root, host.workshopId);
    const onDisk = await readFile(join(folder, 'workshop.json'), 'utf8');
    // Secrets are kept only as hashes.
    for (const phone of [alice, bob]) expect(onDisk).not.toContain(phone.identity.secret);

    const resumed = await WorkshopHost.resume(folder, { limits: { saveDelayMs: 50 } });
    hosts.push(resumed);
    expect((await resumed.joinInfo())).toMatchObject({ code, port });
    expect(resumed.contributions()).toEqual(before.contributions);
    expect(resumed.room().locked).toBe(true);
    await Promise.all([alice.synced(), bob.synced()]);
    await bob.allSent();
    expect(noteTexts(resumed)).toEqual(['alice 1', 'bob 1', 'bob during restart']);
    expect(resumed.participants().map(({ id, name, votesUsed }) => ({ id, name, votesUsed }))).toEqual(
      before.participants.map(({ id, name, votesUsed }) => ({ id, name, votesUsed })),
    );
    participantEdits.addNote(alice.client.own, { stageId: 'consider', lane: 'actions', text: 'alice after' });
    await alice.allSent();
    expect(noteTexts(resumed)).toContain('alice after');
  });

  it('loses nothing the phones hold when it crashed before saving their last edits', async () => {
    const root = await tempFolder();
    const host = await startHost(root);
    const url = await hostSocketUrl(host);
    const phone = await joinPhone(url);
    participantEdits.addNote(phone.client.own, { stageId: 'aware', lane: 'thoughts', text: 'saved' });
    const wasSaved = saved(host);
    await phone.allSent();
    await wasSaved;
    // The disk as a crash would leave it: the host got the next edit but never saved it.
    const crashed = join(await tempFolder(), 'crashed');
    await cp(join(root, host.workshopId), crashed, { recursive: true });
    participantEdits.addNote(phone.client.own, { stageId: 'aware', lane: 'thoughts', text: 'unsaved at the crash' });
    await phone.allSent();
    await host.close();

    const resumed = await WorkshopHost.resume(crashed, { limits: { saveDelayMs: 50 } });
    hosts.push(resumed);
    expect(noteTexts(resumed)).toEqual(['saved']);
    await phone.synced();
    await waitFor(() => noteTexts(resumed).length === 2);
    expect(noteTexts(resumed)).toEqual(['saved', 'unsaved at the crash']);
  });

  it('opens an ended workshop for its contributions without listening', async () => {
    const root = await tempFolder();
    const host = await startHost(root);
    const url = await hostSocketUrl(host);
    const phone = await joinPhone(url);
    participantEdits.addNote(phone.client.own, { stageId: 'aware', lane: 'thoughts', text: 'kept' });
    await phone.allSent();
    await host.end();
    const list = await WorkshopHost.list(root);
    expect(list).toMatchObject([{ workshopId: host.workshopId, status: 'ended' }]);
    const reopened = await WorkshopHost.resume(list[0]!.folder);
    hosts.push(reopened);
    expect(reopened.ended).toBe(true);
    expect(noteTexts(reopened)).toEqual(['kept']);
    const refused = new Phone(url, { identity: phone.identity });
    phones.push(refused);
    refused.client.connect();
    await waitFor(() => refused.client.status === 'offline');
  });
});
