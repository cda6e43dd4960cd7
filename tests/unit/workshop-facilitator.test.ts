import { afterEach, describe, expect, it } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { buildMenuTemplate } from '../../main/menu';
import { FacilitatorWorkshop } from '../../main/workshop/facilitator';
import { englishT } from '../helpers/journeys';
import { participantEdits } from '../../shared/workshop/model';
import { useTempFolders } from '../helpers/temp-folder';
import { LOOPBACK, Phone, RawSocket, socketUrl, STAGES } from '../helpers/workshop-clients';

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

  it('shares exactly the targets given, and ending stops the room code and the watch', async () => {
    const workshop = await facilitator();
    await workshop.start(request([LOOPBACK]));
    workshop.share([{ id: 'c1', text: 'Slow', kind: 'painPoint' }, { id: 'c2', text: 'Queue', kind: 'painPoint' }]);
    workshop.share([{ id: 'c2', text: 'Queue!', kind: 'painPoint' }]);
    expect(workshop.snapshot().targets).toEqual([{ id: 'c2', text: 'Queue!', kind: 'painPoint' }]);
    const info = await workshop.joinInfo();
    const waiting = workshop.watch(workshop.snapshot().revision, 20_000);
    await workshop.end();
    expect(await waiting).toBeNull();
    // Nothing listens any more: the code leads nowhere.
    await expect(RawSocket.open(socketUrl(Number(new URL(info.links[0]!.url).port), info.code))).rejects.toThrow(/ECONNREFUSED/);
    expect(await workshop.resumable()).toEqual([]);
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
