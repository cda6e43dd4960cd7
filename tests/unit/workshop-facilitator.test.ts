import { afterEach, describe, expect, it } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { buildMenuTemplate } from '../../main/menu';
import { FacilitatorWorkshop } from '../../main/workshop/facilitator';
import { closeQuestion } from '../../shared/close-questions';
import { englishT } from '../helpers/journeys';
import { participantEdits, readRoom } from '../../shared/workshop/model';
import { useTempFolders } from '../helpers/temp-folder';
import { LOOPBACK, Phone, RawSocket, socketUrl, STAGES, waitFor } from '../helpers/workshop-clients';

const tempFolder = useTempFolders();
const running: FacilitatorWorkshop[] = [];
const phones: Phone[] = [];
afterEach(async () => {
  for (const phone of phones.splice(0)) phone.leave();
  await Promise.all(running.splice(0).map((workshop) => workshop.close()));
});

const LAN = () => [{ address: '192.168.77.5', family: 'IPv4' as const, interfaceName: 'wlan0', kind: 'private' as const }];

async function facilitator(folder?: string, allowLoopback = true) {
  const workshop = new FacilitatorWorkshop({ workshopsFolder: folder ?? (await tempFolder()), allowLoopback, addresses: LAN, limits: { saveDelayMs: 20 } });
  running.push(workshop);
  return workshop;
}
const request = (addresses: string[]) => ({ journeyPath: '/maps/retail.journey', title: 'Retail', stages: STAGES, voteBudget: 3, addresses });
async function join(workshop: FacilitatorWorkshop) {
  const info = await workshop.joinInfo();
  const phone = await Phone.join(socketUrl(Number(new URL(info.links[0]!.url).port), info.code));
  phones.push(phone);
  return phone;
}

describe('the facilitator’s workshop in main', () => {
  it('listens only on an address it offers: never all interfaces, loopback only where allowed', async () => {
    const electronLike = await facilitator(undefined, false);
    expect(electronLike.addresses().map((a) => a.address)).toEqual(['192.168.77.5']);
    await expect(electronLike.start(request([LOOPBACK]))).rejects.toThrow(/not an address/);
    await expect(electronLike.start(request(['0.0.0.0']))).rejects.toThrow(/not an address/);
    await expect(electronLike.start(request(['8.8.8.8']))).rejects.toThrow(/not an address/);
    const preview = await facilitator();
    expect(preview.addresses().map((a) => a.kind)).toEqual(['private', 'loopback']);
    const snapshot = await preview.start(request([LOOPBACK]));
    expect(snapshot).toMatchObject({ title: 'Retail', journeyPath: '/maps/retail.journey', voteBudget: 3, locked: false, participants: [] });
    await expect(preview.start(request([LOOPBACK]))).rejects.toThrow(/already running/);
  });

  it('answers a watch as soon as a note arrives, with the note in the inbox', async () => {
    const workshop = await facilitator();
    const started = await workshop.start(request([LOOPBACK]));
    const phone = await join(workshop);
    const joined = await workshop.watch(started.revision, 5_000);
    expect(joined?.participants).toHaveLength(1);
    const waiting = workshop.watch(joined!.revision, 20_000);
    const noteId = participantEdits.addNote(phone.client.own, { stageId: 'buy', lane: 'painPoints', text: 'Queue <b>long</b>' });
    const seen = await waiting;
    expect(seen?.stages.find((stage) => stage.stageId === 'buy')?.notes).toMatchObject([{ key: `${phone.identity.participantId}/${noteId}`, text: 'Queue <b>long</b>' }]);
    // Nothing new: the watch waits out its time and answers the same revision.
    expect((await workshop.watch(seen!.revision, 50))?.revision).toBe(seen!.revision);
  });

  it('runs voting rounds: items, budget, a timer that closes the round, an item taken out gives its votes back, reveal', async () => {
    const workshop = await facilitator();
    await workshop.start(request([LOOPBACK]));
    const [ana, ben] = [await join(workshop), await join(workshop)];
    const note = participantEdits.addNote(ana.client.own, { stageId: 'buy', lane: 'painPoints', text: 'Queue at the till' });
    await ana.allSent();
    const items = [
      { item: 'c1', text: 'Slow checkout', kind: 'painPoint' as const, stageId: 'buy' },
      { item: 'c2', text: 'Loyalty app', kind: 'opportunity' as const },
      { item: `${ana.identity.participantId}/${note}`, text: 'Queue at the till', kind: 'note' as const, stageId: 'buy' },
    ];
    workshop.openRound(items, 2, null);
    await waitFor(() => readRoom(ben.client.room).targets.length === 3, 5_000, 'the round to reach the phones');
    const [slow, app, queue] = readRoom(ben.client.room).targets.map((target) => target.id) as [string, string, string];
    expect([slow, queue]).toEqual(['r1-c1', `r1-${ana.identity.participantId}-${note}`]);
    participantEdits.setVotes(ana.client.own, slow, 2);
    participantEdits.setVotes(ben.client.own, app, 1);
    participantEdits.setVotes(ben.client.own, queue, 1);
    await Promise.all([ana.allSent(), ben.allSent()]);
    // Hidden from nobody here: the window decides what to show until the reveal.
    expect(workshop.snapshot().rounds.at(-1)?.votes).toEqual([{ targetId: slow, total: 2, voters: 1 }, { targetId: app, total: 1, voters: 1 }, { targetId: queue, total: 1, voters: 1 }]);
    // "Slow checkout" leaves the round: Ana's two votes go back, and she can spend them again.
    workshop.setRoundItems(items.slice(1));
    await waitFor(() => readRoom(ana.client.room).targets.length === 2, 5_000, 'the item to leave the round');
    expect(workshop.snapshot().rounds.at(-1)?.votes.map((vote) => vote.targetId)).toEqual([app, queue]);
    participantEdits.setVotes(ana.client.own, queue, 2);
    await ana.allSent();
    expect(ana.errors).toEqual([]);
    expect(workshop.snapshot().votes).toEqual([{ targetId: queue, text: 'Queue at the till', total: 3, voters: 2 }, { targetId: app, text: 'Loyalty app', total: 1, voters: 1 }]);
    workshop.revealRound();
    await waitFor(() => readRoom(ben.client.room).round?.revealed === true, 5_000, 'the reveal to reach the phones');
    expect(readRoom(ben.client.room).round?.totals).toEqual([{ targetId: app, votes: 1 }, { targetId: queue, votes: 3 }]);
    // Revealing closed the round: a phone's vote now is refused.
    participantEdits.setVotes(ben.client.own, app, 2);
    await waitFor(() => ben.errors.length > 0, 5_000, 'the closed round to refuse a vote');

    // Round 2, timed: it closes by itself; its budget is whole again, and round 1's votes stay with round 1.
    workshop.openRound(items.slice(0, 1), 3, 0.3);
    await waitFor(() => readRoom(ana.client.room).round?.number === 2, 5_000, 'round 2');
    participantEdits.setVotes(ana.client.own, 'r2-c1', 3);
    await ana.allSent();
    await waitFor(() => workshop.snapshot().rounds.at(-1)?.status?.open === false, 5_000, 'the timer to close the round');
    // Ending answers with the room as it ended, for the window to keep; the code leads nowhere after.
    const info = await workshop.joinInfo();
    const last = await workshop.end();
    expect(last.rounds.map((round) => [round.number, round.budget, round.votes.map((vote) => vote.total)])).toEqual([[1, 2, [3, 1]], [2, 3, [3]]]);
    expect(await workshop.watch(0, 0)).toBeNull();
    await expect(RawSocket.open(socketUrl(Number(new URL(info.links[0]!.url).port), info.code))).rejects.toThrow(/ECONNREFUSED/);
    expect(await workshop.resumable()).toEqual([]);
  });

  it('removes a participant keeping their notes parked and, unless dropped, their votes and ratings; restoring brings all back', async () => {
    const workshop = await facilitator();
    await workshop.start(request([LOOPBACK]));
    const [ana, ben] = [await join(workshop), await join(workshop)];
    workshop.openRound([{ item: 'c1', text: 'Slow checkout', kind: 'painPoint' }], 3, null);
    await waitFor(() => readRoom(ana.client.room).targets.length === 1, 5_000, 'the round');
    participantEdits.addNote(ana.client.own, { stageId: 'buy', lane: 'ideas', text: 'Self-scan' });
    participantEdits.setVotes(ana.client.own, 'r1-c1', 2);
    participantEdits.setRating(ana.client.own, 'buy', -2);
    participantEdits.setRating(ben.client.own, 'buy', 0);
    await Promise.all([ana.allSent(), ben.allSent()]);
    const buy = (snapshot: ReturnType<typeof workshop.snapshot>) => snapshot.ratings.find((rating) => rating.stageId === 'buy');

    workshop.remove(ana.identity.participantId);
    await waitFor(() => ana.client.closedBy === 'removed', 5_000, 'Ana to be removed');
    let seen = workshop.snapshot();
    expect(seen.participants.find((p) => p.id === ana.identity.participantId)).toMatchObject({ removed: true, dropped: false });
    expect(seen.stages.flatMap((stage) => stage.notes).map((note) => [note.text, note.parked])).toEqual([['Self-scan', true]]);
    expect([seen.votes[0]?.total, buy(seen)?.count, buy(seen)?.mean]).toEqual([2, 2, -1]);

    workshop.restore(ana.identity.participantId);
    workshop.remove(ana.identity.participantId, true);
    seen = workshop.snapshot();
    expect(seen.participants.find((p) => p.id === ana.identity.participantId)).toMatchObject({ removed: true, dropped: true });
    expect(seen.stages.flatMap((stage) => stage.notes).map((note) => note.parked)).toEqual([true]);
    expect([seen.votes.length, buy(seen)?.count, buy(seen)?.mean]).toEqual([0, 1, 0]);

    // Undone: Ana counts again, and her phone may join again.
    workshop.restore(ana.identity.participantId);
    seen = workshop.snapshot();
    expect(seen.participants.find((p) => p.id === ana.identity.participantId)).toMatchObject({ removed: false, dropped: false });
    expect([seen.votes[0]?.total, buy(seen)?.count]).toEqual([2, 2]);
    const info = await workshop.joinInfo();
    const again = await Phone.join(socketUrl(Number(new URL(info.links[0]!.url).port), info.code), { identity: ana.identity });
    phones.push(again);
    expect(again.client.status).toBe('synced');
  });

  it('is offered again after a restart and resumes with its code, its map and its notes', async () => {
    const folder = await tempFolder();
    const first = await facilitator(folder);
    await first.start(request([LOOPBACK]));
    const phone = await join(first);
    participantEdits.addNote(phone.client.own, { stageId: 'aware', lane: 'ideas', text: 'Loyalty card' });
    await phone.allSent();
    const { code } = await first.joinInfo();
    // The map was saved under another name meanwhile: the offer follows it.
    await first.setJourney('/maps/retail-workshop.journey', 'Retail workshop');
    expect(first.snapshot()).toMatchObject({ journeyPath: '/maps/retail-workshop.journey', title: 'Retail workshop' });
    phone.leave();
    await first.close();

    const second = await facilitator(folder);
    const [kept] = await second.resumable();
    expect(kept).toMatchObject({ journeyPath: '/maps/retail-workshop.journey', title: 'Retail workshop' });
    const resumed = await second.resume(kept!.workshopId);
    expect(resumed.code).toBe(code);
    expect(resumed.stages[0]?.notes.map((note) => note.text)).toEqual(['Loyalty card']);
  });
});

describe('a workshop left open whose address is gone', () => {
  it('can be ended from the offer without listening again', async () => {
    const folder = await tempFolder();
    const first = await facilitator(folder);
    await first.start(request([LOOPBACK]));
    await first.close();
    // The next start has no loopback (as if the network changed): resuming is refused, ending is not.
    const second = await facilitator(folder, false);
    const [kept] = await second.resumable();
    await expect(second.resume(kept!.workshopId)).rejects.toThrow(/no longer has the address/);
    await second.end(kept!.workshopId);
    expect(await second.resumable()).toEqual([]);
  });
});

describe('View > Live Workshop…', () => {
  it('is in the View menu when the app hosts workshops, and asks the focused window', () => {
    const calls: string[] = [];
    const none = () => undefined;
    const base = { newJourney: none, open: none, openPath: none, clearRecent: none, save: none, saveAs: none, exportMap: none, importFile: none, editor: none, present: none };
    const items = (template: MenuItemConstructorOptions[]) => template.flatMap((menu) => (Array.isArray(menu.submenu) ? menu.submenu : []));
    const item = items(buildMenuTemplate(englishT, [], { ...base, workshop: () => calls.push('workshop') }, 'linux')).find((entry) => entry.id === 'workshop');
    expect(item?.label).toBe('Live Workshop…');
    (item?.click as () => void)();
    expect(calls).toEqual(['workshop']);
    expect(items(buildMenuTemplate(englishT, [], base, 'linux')).some((entry) => entry.id === 'workshop')).toBe(false);
  });
});

describe('closing a window during a live workshop', () => {
  it('asks about the room first, then about unsaved edits; keeping the room open goes on to the edits', () => {
    const window = { closing: false, workshop: true, keepRoomOpen: false, dirty: true };
    expect(closeQuestion(window)).toBe('workshop');
    expect(closeQuestion({ ...window, keepRoomOpen: true })).toBe('unsaved');
    expect(closeQuestion({ ...window, keepRoomOpen: true, dirty: false })).toBeNull();
    expect(closeQuestion({ ...window, workshop: false })).toBe('unsaved');
    expect(closeQuestion({ ...window, closing: true })).toBeNull();
  });
});
