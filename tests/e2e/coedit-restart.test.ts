/**
 * The host's shared map survives a restart of the workshop's thread (issue 28): the thread as
 * built (out/cli/workshop-worker.js) stops and the workshop is resumed in a new one, whose room
 * starts with an empty map; the host's window (its binding, over the very IPC handlers main
 * uses) sees the new room and sends its whole shared state again, the guest reconnects by
 * itself, and edits from both sides reach the other with nothing lost or doubled.
 */
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { JourneyMirror } from '../../shared/coedit/mirror';
import { addCard } from '../../shared/document/commands';
import type { JourneyDocument } from '../../shared/document/schema';
import type { ApiMethods } from '../../shared/ipc/contract';
import { coeditHandlers } from '../../main/ipc/coedit-handlers';
import { workshopInWorker, type WorkshopWorker } from '../../main/workshop/workshop-in-worker';
import { CoeditBinding, type CoeditApi } from '../../renderer/app/coedit/coedit-binding';
import { JourneyStore } from '../../renderer/state/journey-store';
import { WORKSHOP_WORKER } from '../helpers/browser';
import { gridJourney } from '../helpers/editor';
import { useTempFolders } from '../helpers/temp-folder';
import { LOOPBACK, waitFor } from '../helpers/workshop-clients';

const tempFolder = useTempFolders();
const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** The window's API over main's handlers, answering as IPC does: a value, or an error's message. */
function windowApi(handlers: ReturnType<typeof coeditHandlers>): CoeditApi & Pick<ApiMethods, 'joinCoedit'> {
  const wrap = <I, O>(handler: (input: I, context: { windowId: number }) => Promise<O>) => async (input: I) => {
    try {
      return { ok: true as const, value: await handler(input, { windowId: 1 }) };
    } catch (error) {
      return { ok: false as const, error: { code: 'failed', message: error instanceof Error ? error.message : String(error) } };
    }
  };
  return {
    pushCoedit: wrap(handlers.pushCoedit),
    watchCoedit: wrap(handlers.watchCoedit),
    setCoeditPresence: wrap(handlers.setCoeditPresence),
    joinCoedit: wrap(handlers.joinCoedit),
  } as CoeditApi & Pick<ApiMethods, 'joinCoedit'>;
}

const doc = gridJourney(['Aware', 'Consider', 'Buy'], ['actions'], [[0, 0, 'Sees an ad']]);
const texts = (document: JourneyDocument) => document.cards.map((card) => card.text).sort();
function addText(store: JourneyStore, stage: number, text: string): void {
  const cell = { laneId: store.document.lanes[0]!.id, stageId: store.document.stages[stage]!.id };
  store.transact('Add card', addCard(store.document, cell, text).changes);
}

describe('co-editing across a restart of the workshop thread', () => {
  it('re-fills the resumed room from the host window, and host and guest edit on with nothing lost', async () => {
    const workshop: WorkshopWorker = workshopInWorker(WORKSHOP_WORKER, { workshopsFolder: await tempFolder(), allowLoopback: true, addresses: [], limits: { saveDelayMs: 20 } });
    cleanups.push(() => workshop.close());
    await workshop.start({ journeyPath: '/maps/team.journey', title: 'Team', stages: doc.stages.map((s) => ({ id: s.id, name: s.name })), voteBudget: 3, addresses: [LOOPBACK] });
    const info = await workshop.joinInfo();
    const port = Number(new URL(info.links[0]!.url).port);

    const hostStore = new JourneyStore(doc);
    const host = CoeditBinding.host(windowApi(coeditHandlers(workshop)), hostStore);
    cleanups.push(() => host.stop());
    const guestHandlers = coeditHandlers(undefined);
    cleanups.push(() => guestHandlers.leaveCoedit({}, { windowId: 1 }));
    const guestApi = windowApi(guestHandlers);
    await guestApi.joinCoedit({ address: LOOPBACK, port, code: info.code });
    const shared = await CoeditBinding.fetchShared(guestApi, 20_000);
    if (!shared) throw new Error('the guest got no map');
    const guestStore = new JourneyStore(shared.document);
    const guest = CoeditBinding.guest(guestApi, guestStore, shared.mirror, shared.revision);
    cleanups.push(() => guest.stop());

    addText(hostStore, 1, 'Host before');
    addText(guestStore, 2, 'Guest before');
    await waitFor(() => texts(hostStore.document).length === 3 && texts(guestStore.document).length === 3, 20_000, 'both edits everywhere');

    // The guest works apart; the thread stops (the app's close does this; so does a crash) and the workshop is resumed in a new one.
    await guestHandlers.setCoeditOnline({ online: false }, { windowId: 1 });
    await workshop.close();
    addText(guestStore, 0, 'Guest while the room was down');
    const [kept] = await workshop.resumable();
    await workshop.resume(kept!.workshopId);
    const resumedRoom = async () => {
      const watched = await workshop.coeditWatch(-1, 0);
      const mirror = new JourneyMirror(new Y.Doc());
      for (const update of watched?.updates ?? []) Y.applyUpdate(mirror.doc, update);
      return mirror;
    };
    // The new room starts empty: the host's window fills it again, with nobody else there to do it.
    const hostTexts = texts(hostStore.document);
    await expect.poll(async () => texts((await resumedRoom()).derive()), { timeout: 20_000 }).toEqual(hostTexts);
    // The guest comes back, with what it did apart.
    await guestHandlers.setCoeditOnline({ online: true }, { windowId: 1 });
    await waitFor(() => guest.status.connection === 'online', 20_000, 'the guest back online');
    addText(hostStore, 2, 'Host after');
    addText(guestStore, 1, 'Guest after');
    const expected = ['Guest after', 'Guest before', 'Guest while the room was down', 'Host after', 'Host before', 'Sees an ad'];
    await waitFor(() => texts(hostStore.document).join() === expected.join() && texts(guestStore.document).join() === expected.join(), 20_000, 'every edit at both');
    expect(texts((await resumedRoom()).derive())).toEqual(expected);
    expect(hostStore.document.cards).toEqual(guestStore.document.cards);
  }, 90_000);
});
