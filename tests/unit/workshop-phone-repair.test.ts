import { afterEach, describe, expect, it } from 'vitest';
import type { WorkshopHost } from '../../main/workshop/host';
import { participantEdits, readRoom } from '../../shared/workshop/model';
import { retractRefusedEdits } from '../../renderer/phone/phone-repair';
import { hostSocketUrl, Phone, startHost, waitFor } from '../helpers/workshop-clients';
import { useTempFolders } from '../helpers/temp-folder';

const tempFolder = useTempFolders();
const hosts: WorkshopHost[] = [];
const phones: Phone[] = [];
afterEach(async () => {
  for (const phone of phones.splice(0)) phone.leave();
  await Promise.all(hosts.splice(0).map((host) => host.end()));
});

const notesAt = (host: WorkshopHost) => host.contributions().stages.flatMap((stage) => stage.notes.map((note) => note.text)).sort();

/** A phone that repairs as the page does: on a refusal, take back what the room no longer allows and shake hands again. */
async function repairingPhone(url: string) {
  const phone = await Phone.join(url);
  phones.push(phone);
  phone.client.on('error', (code) => {
    if (code === 'invalid-update' && retractRefusedEdits(phone.client.own, readRoom(phone.client.room), phone.client.acknowledged()) > 0) phone.client.reconnect();
  });
  return phone;
}

describe('edits made offline against a room that changed meanwhile', () => {
  it('drops only what the room no longer allows, and the rest reaches the host', async () => {
    const host = await startHost(await tempFolder(), { voteBudget: 3 });
    hosts.push(host);
    host.share([{ id: 'kept', text: 'Kept' }, { id: 'gone', text: 'Gone' }]);
    const phone = await repairingPhone(await hostSocketUrl(host));
    await waitFor(() => readRoom(phone.client.room).targets.length === 2);
    participantEdits.addNote(phone.client.own, { stageId: 'buy', lane: 'ideas', text: 'Sent before' });
    participantEdits.setVotes(phone.client.own, 'kept', 1);
    await phone.allSent();

    phone.client.disconnect();
    participantEdits.setVotes(phone.client.own, 'gone', 2);
    participantEdits.addNote(phone.client.own, { stageId: 'aware', lane: 'actions', text: 'Typed offline' });
    participantEdits.setVotes(phone.client.own, 'kept', 2);
    // Meanwhile the facilitator unshares a target and removes a stage the phone's older note is in.
    host.unshare(['gone']);
    host.setStages([{ id: 'aware', name: 'Awareness' }]);
    phone.client.connect();
    await waitFor(() => notesAt(host).includes('Typed offline'), 10_000, 'the offline note at the host');
    await phone.allSent();
    expect(notesAt(host)).toEqual(['Sent before', 'Typed offline']);
    expect(host.contributions().votes).toEqual([{ targetId: 'kept', text: 'Kept', total: 2, voters: 1 }]);
    expect(phone.errors.map((error) => error.detail)).toEqual(['votes.gone not shared']);
    // Later edits go straight through.
    participantEdits.addNote(phone.client.own, { stageId: 'aware', lane: 'thoughts', text: 'Later' });
    await phone.allSent();
    expect(notesAt(host)).toEqual(['Later', 'Sent before', 'Typed offline']);
  });

  it('keeps the earliest votes within a budget lowered meanwhile', async () => {
    const host = await startHost(await tempFolder(), { voteBudget: 3 });
    hosts.push(host);
    host.share([{ id: 'a', text: 'A' }, { id: 'b', text: 'B' }]);
    const phone = await repairingPhone(await hostSocketUrl(host));
    await waitFor(() => readRoom(phone.client.room).targets.length === 2);
    phone.client.disconnect();
    participantEdits.setVotes(phone.client.own, 'a', 1);
    participantEdits.setVotes(phone.client.own, 'b', 2);
    host.setVoteBudget(1);
    phone.client.connect();
    await waitFor(() => host.contributions().votes.length === 1, 10_000, 'the vote within the new budget');
    await phone.allSent();
    expect(host.contributions().votes).toEqual([{ targetId: 'a', text: 'A', total: 1, voters: 1 }]);
  });
});
