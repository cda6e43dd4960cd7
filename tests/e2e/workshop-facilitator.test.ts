import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { create } from 'qrcode';
import { afterEach, describe, expect, it } from 'vitest';
import { applyChanges } from '../../shared/document/changes';
import { setEmotion } from '../../shared/document/commands';
import type { JourneyDocument } from '../../shared/document/schema';
import { participantEdits, readRoom } from '../../shared/workshop/model';
import { serializeJourney } from '../../shared/document/serialize';
import { startPreviewServer } from '../../main/preview/server';
import { closeChecked, openContext, openPreview, previewAddress, requestsLeavingLoopback, SCREENSHOTS, waitForApp, WORKSHOP_WORKER } from '../helpers/browser';
import { englishT } from '../helpers/journeys';
import { saveAsInPicker } from '../helpers/save-as';
import { cardsInView, gridJourney, withOpenJourney } from '../helpers/editor';
import { deviceAddress, Phone, RawSocket, socketUrl, waitFor } from '../helpers/workshop-clients';
import { recordInboxArrivals, startWorkshopFromPage, waitForInboxNote } from '../helpers/workshop-inbox';

const XSS = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
// No thoughts or opportunities lane: accepting an idea must add one.
const grid = gridJourney(['Awareness', 'Consideration', 'Purchase'], ['actions', 'painPoints', 'emotions'], [
  [0, 0, 'Sees an ad'],
  [1, 0, 'Ads everywhere'],
  [1, 2, 'Checkout queue'],
]);
// The team's own curve, for the room's ratings to be drawn beside.
const doc: JourneyDocument = [1, 0, -1].reduce((current, value, index) =>
  applyChanges(current, setEmotion(current, current.emotionCurves[0]!.id, { stageId: current.stages[index]!.id }, value)), grid);
const [aware, consider, buy] = doc.stages.map((stage) => stage.id) as [string, string, string];

const phones: Phone[] = [];
afterEach(() => {
  for (const phone of phones.splice(0)) phone.leave();
});

async function phone(url: string, name: string): Promise<Phone> {
  // Each phone from an address of its own, as devices in a room are.
  const joined = await Phone.join(socketUrl(Number(new URL(url).port), url.split('/w/')[1]!), { localAddress: deviceAddress(phones.length) });
  phones.push(joined);
  participantEdits.setName(joined.client.own, name);
  return joined;
}

const inboxNote = (page: Page, key: string) => page.locator(`[data-workshop-note="${key}"]`);
const noteKey = (p: Phone, noteId: string) => `${p.identity.participantId}/${noteId}`;

describe('facilitating a live workshop in the preview', () => {
  const open = withOpenJourney(doc, 'retail');

  it('runs the room: join screen, inbox, accept with undo, merge, reject, votes, ratings, lock, remove, end', async () => {
    const { page, requests } = open.session;
    const { url, code } = await startWorkshopFromPage(page);
    expect(url).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:\\d+/w/${code}$`));
    expect(code).toMatch(/^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{6}$/);
    // The QR code on the projector holds exactly the join address.
    const drawn = await page.locator('.workshop-qr path').getAttribute('d');
    const { modules } = create(url, { errorCorrectionLevel: 'M' });
    expect(drawn?.match(/M/g)?.length).toBe(Array.from(modules.data).filter(Boolean).length);

    // The join address serves the phones' page.
    const joinPage = await fetch(`${url}/`);
    expect([joinPage.status, joinPage.headers.get('content-type')]).toEqual([200, 'text/html; charset=utf-8']);
    const [alice, bob, carol] = [await phone(url, 'Alice'), await phone(url, 'Bob'), await phone(url, 'Carol')];
    await expect.poll(() => page.getByTestId('workshop-join-count').textContent()).toBe('3 participants');
    await page.screenshot({ path: join(SCREENSHOTS, 'workshop-join-screen.png') });
    await page.keyboard.press('Escape');

    await recordInboxArrivals(page);
    const sentAt = Date.now();
    const till = participantEdits.addNote(alice.client.own, { stageId: buy, lane: 'painPoints', text: 'Only one till open' });
    const loyalty = participantEdits.addNote(bob.client.own, { stageId: aware, lane: 'ideas', text: 'Loyalty app' });
    const hostile = participantEdits.addNote(carol.client.own, { stageId: consider, lane: 'thoughts', text: XSS });
    const queue = participantEdits.addNote(alice.client.own, { stageId: buy, lane: 'painPoints', text: 'Queue too long' });
    const spam = participantEdits.addNote(bob.client.own, { stageId: consider, lane: 'actions', text: 'Buy my course' });
    for (const [p, rating] of [[alice, -2], [bob, -1], [carol, -2]] as const) participantEdits.setRating(p.client.own, buy, rating);
    for (const [p, rating] of [[alice, 1], [bob, 2], [carol, 1]] as const) participantEdits.setRating(p.client.own, aware, rating);
    await expect.poll(() => page.locator('[data-workshop-note]').count()).toBe(5);
    // The hook the bench times: from a phone's edit to the item in the inbox (printed, not asserted).
    console.log(`note to inbox: ${(await waitForInboxNote(page, noteKey(alice, till))) - sentAt} ms`);

    // Participants' text is text: the markup shows as typed and nothing runs or loads.
    await expect.poll(() => inboxNote(page, noteKey(carol, hostile)).locator('.workshop-note-text').textContent()).toBe(XSS);
    expect(await page.locator('.workshop-panel img, .workshop-panel script').count()).toBe(0);
    await page.locator('.workshop-panel').screenshot({ path: join(SCREENSHOTS, 'workshop-inbox.png') });

    // Accept: one card through the store, one undo step; the undo puts the note back in the inbox.
    await inboxNote(page, noteKey(alice, till)).getByRole('button', { name: 'Accept' }).click();
    await expect.poll(() => cardsInView(page)).toContain('Only one till open');
    await expect.poll(() => inboxNote(page, noteKey(alice, till)).getAttribute('data-note-state')).toBe('accepted');
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => cardsInView(page)).not.toContain('Only one till open');
    await expect.poll(() => inboxNote(page, noteKey(alice, till)).getAttribute('data-note-state')).toBe('pending');
    await inboxNote(page, noteKey(alice, till)).getByRole('button', { name: 'Accept' }).click();
    // Settled before the keyboard part, whose "next note" is the next one still pending.
    await expect.poll(() => inboxNote(page, noteKey(alice, till)).getAttribute('data-note-state')).toBe('accepted');
    // An idea needs an opportunities lane: it comes with the card, in the same change.
    // With the keyboard: Enter accepts, and the keyboard goes on to the next note in the inbox.
    // Notes made in the same millisecond may come in either order: the next is the next one shown.
    const pending = await page.locator('.workshop-note.is-pending').evaluateAll((items) => items.map((item) => item.getAttribute('data-workshop-note')));
    const next = pending[pending.indexOf(noteKey(bob, loyalty)) + 1];
    expect([noteKey(carol, hostile), noteKey(bob, spam)]).toContain(next);
    await inboxNote(page, noteKey(bob, loyalty)).getByRole('button', { name: 'Accept' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest('[data-workshop-note]')?.getAttribute('data-workshop-note'))).toBe(next);
    await inboxNote(page, noteKey(carol, hostile)).getByRole('button', { name: 'Accept' }).click();
    await expect.poll(() => cardsInView(page)).toEqual(expect.arrayContaining(['Only one till open', 'Loyalty app', XSS]));
    // Merge into an existing card.
    const queueNote = inboxNote(page, noteKey(alice, queue));
    await queueNote.getByRole('button', { name: 'Merge…' }).click();
    await queueNote.getByLabel('Merge into card').selectOption({ label: 'painPoints: Checkout queue' });
    await queueNote.getByRole('button', { name: 'Merge', exact: true }).click();
    await expect.poll(() => cardsInView(page)).toContain('Checkout queue\nQueue too long');
    await inboxNote(page, noteKey(bob, spam)).getByRole('button', { name: 'Reject' }).click();
    await expect.poll(() => inboxNote(page, noteKey(bob, spam)).getAttribute('data-note-state')).toBe('rejected');

    // Votes on the pain points the facilitator shares.
    await page.getByRole('button', { name: 'Share pain points and opportunities for voting' }).click();
    await waitFor(() => readRoom(alice.client.room).targets.length === 4, 10_000, 'the round to reach the phones');
    const targets = readRoom(alice.client.room).targets;
    const target = (text: string) => targets.find((candidate) => candidate.text.startsWith(text))!.id;
    participantEdits.setVotes(alice.client.own, target('Checkout queue'), 3);
    participantEdits.setVotes(bob.client.own, target('Checkout queue'), 2);
    participantEdits.setVotes(carol.client.own, target('Ads everywhere'), 1);
    participantEdits.setVotes(carol.client.own, target('Only one till'), 2);
    // Hidden until the facilitator reveals them: on the panel and on the map.
    await expect.poll(() => page.getByTestId('workshop-votes-hidden').textContent()).toBe('8 votes cast so far, hidden until you reveal them.');
    await page.getByRole('button', { name: 'Reveal the votes' }).click();
    await expect.poll(() => page.getByTestId('workshop-ranking').locator('li').allTextContents()).toEqual([
      'Checkout queue\nQueue too long5 votes', 'Only one till open2 votes', 'Ads everywhere1 vote',
    ]);
    await expect.poll(() => page.getByTestId('workshop-counts').textContent()).toBe('3 participants · 5 notes · 8 votes');
    await page.screenshot({ path: join(SCREENSHOTS, 'workshop-inbox-and-canvas.png') });
    await page.locator('.canvas-host').screenshot({ path: join(SCREENSHOTS, 'workshop-canvas-votes-ratings.png') });

    // Presenting shows the live counts.
    await page.getByRole('button', { name: 'Present' }).click();
    await expect.poll(() => page.getByTestId('workshop-live-counts').textContent()).toBe('3 participants5 notes8 votes');
    await page.screenshot({ path: join(SCREENSHOTS, 'workshop-presenting-counts.png') });
    await page.keyboard.press('Escape');

    // Lock: no one new; remove: the participant is cut off and leaves the counts.
    await page.getByRole('button', { name: 'Lock the room' }).click();
    await expect.poll(() => page.getByText('Locked: nobody new can join').count()).toBe(1);
    await expect(Phone.join(socketUrl(Number(new URL(url).port), code))).rejects.toThrow(/room-locked/);
    // Remove asks; Carol's note stays (parked) and her votes count unless dropped.
    await page.getByRole('button', { name: 'Remove Carol from the workshop' }).click();
    await page.getByRole('alertdialog', { name: 'Remove Carol from the workshop?' }).getByRole('button', { name: 'Remove' }).click();
    await waitFor(() => carol.client.closedBy === 'removed', 10_000, 'Carol to be removed');
    await expect.poll(() => page.getByTestId('workshop-counts').textContent()).toBe('2 participants · 5 notes · 8 votes');

    // End: every phone is told, and the code leads nowhere.
    await page.getByRole('button', { name: 'End workshop' }).click();
    await page.getByRole('button', { name: 'End now' }).click();
    await waitFor(() => alice.client.closedBy === 'ended', 10_000, 'the phones to hear the end');
    await expect(RawSocket.open(socketUrl(Number(new URL(url).port), code))).rejects.toThrow(/ECONNREFUSED/);
    // The room's output stays in the map: the results screen opens on it.
    const results = page.getByTestId('workshop-results');
    await expect.poll(() => results.getByTestId('results-ranking').locator('li .results-item-text').allTextContents()).toEqual([
      'Checkout queue\nQueue too long', 'Only one till open', 'Ads everywhere', 'Loyalty app',
    ]);
    await page.screenshot({ path: join(SCREENSHOTS, 'workshop-results-after-end.png') });
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('button', { name: 'Start workshop…' }).count()).toBe(1);

    // The accepted and merged notes are in the saved map, the hostile one as plain text.
    await page.locator('.canvas-host').focus();
    await page.keyboard.press('Control+s');
    await expect.poll(() => page.getByTestId('save-status').textContent()).toMatch(/^Saved at/);
    const saved = JSON.parse(await readFile(open.path, 'utf8')) as JourneyDocument;
    expect(saved.cards.map((card) => card.text)).toEqual(expect.arrayContaining(['Only one till open', 'Loyalty app', XSS, 'Checkout queue\nQueue too long']));
    expect(saved.lanes.map((lane) => lane.kind)).toEqual(expect.arrayContaining(['opportunities', 'thoughts']));
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(requests.filter((request) => new URL(request).pathname === '/x')).toEqual([]);
    // The page reaches only its own server: the room is main's business, the QR code is drawn in the page.
    expect(requestsLeavingLoopback(requests)).toEqual([]);
    expect(requests.filter((request) => new URL(request).port === new URL(url).port)).toEqual([]);

    // Exported, the participant's markup is escaped text too (through the app's own export call).
    for (const format of ['html', 'svg'] as const) {
      const target = join(open.session.folder, `retail.${format}`);
      const answer = await page.evaluate(async ({ target, document, format }) => {
        const response = await fetch('/api/exportJourney', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ path: target, document, options: { format } }) });
        return (await response.json()) as { ok: boolean };
      }, { target, document: saved, format });
      expect(answer.ok).toBe(true);
      const exported = await readFile(target, 'utf8');
      expect(exported).not.toContain('<img src=x');
      expect(exported).not.toContain('<script>window');
      expect(exported).toContain('&lt;img src=x');
    }
  }, 120_000);
});

const RENDERER = new URL('../../out/renderer', import.meta.url).pathname;

/** The preview over `folder` with its user data in `userData`, and a fresh Chromium on the map: one run of the app. */
async function runApp(folder: string, userData: string, path: string) {
  const server = await startPreviewServer({ folder, rendererDir: RENDERER, workshopWorker: WORKSHOP_WORKER, userDataFolder: userData });
  const browser = await openContext({ width: 1400, height: 900 });
  await browser.page.goto(previewAddress(server.url, { open: path }));
  await waitForApp(browser.page);
  return {
    page: browser.page,
    pageErrors: browser.pageErrors,
    async close() {
      await browser.context.close();
      await server.close();
    },
  };
}

describe('the facilitator’s app restarting mid-workshop', () => {
  it('offers the open workshop with its map again, and carries on with the same code, notes and phones', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'waymark-e2e-'));
    const userData = join(folder, '.user-data');
    const path = join(folder, 'retail.journey');
    await writeFile(path, serializeJourney(doc));
    try {
      const first = await runApp(folder, userData, path);
      const { url, code } = await startWorkshopFromPage(first.page);
      await first.page.keyboard.press('Escape');
      const dana = await phone(url, 'Dana');
      const before = participantEdits.addNote(dana.client.own, { stageId: buy, lane: 'painPoints', text: 'Card reader broken' });
      await expect.poll(() => inboxNote(first.page, noteKey(dana, before)).count()).toBe(1);
      await first.close();
      expect(first.pageErrors).toEqual([]);
      // The phone keeps what it writes while the laptop is away.
      const during = participantEdits.addNote(dana.client.own, { stageId: aware, lane: 'ideas', text: 'Written while away' });

      const second = await runApp(folder, userData, path);
      const offer = second.page.getByRole('region', { name: 'A live workshop for this map is still open.' });
      await offer.getByRole('button', { name: 'Resume workshop' }).click();
      await expect.poll(() => inboxNote(second.page, noteKey(dana, before)).count()).toBe(1);
      // Same port and code: the phone came back by itself and sent what it wrote meanwhile.
      await expect.poll(() => inboxNote(second.page, noteKey(dana, during)).count(), { timeout: 15_000 }).toBe(1);
      await second.page.getByRole('button', { name: 'Show join screen' }).click();
      expect((await second.page.getByTestId('workshop-room-code').textContent())?.replace(/\s/g, '')).toBe(code);
      await second.page.keyboard.press('Escape');
      await second.page.getByRole('button', { name: 'End workshop' }).click();
      await second.page.getByRole('button', { name: 'End now' }).click();
      await waitFor(() => dana.client.closedBy === 'ended', 10_000, 'the phone to hear the end');
      await second.close();
      expect(second.pageErrors).toEqual([]);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  }, 120_000);
});

describe('a workshop on a map never saved', () => {
  it('stays with the map when it is saved mid-workshop (its path changes)', async () => {
    const session = await openPreview({ viewport: { width: 1400, height: 900 } });
    try {
      const { page } = session;
      await page.getByRole('button', { name: new RegExp(`^${englishT('template.blank.name')}`) }).click();
      await expect.poll(() => page.locator('.canvas-host canvas').count()).toBeGreaterThan(0);
      const { url } = await startWorkshopFromPage(page);
      await page.keyboard.press('Escape');
      const erin = await phone(url, 'Erin');
      const stageId = readRoom(erin.client.room).stages[0]!.id;
      const first = participantEdits.addNote(erin.client.own, { stageId, lane: 'thoughts', text: 'Before the save' });
      await expect.poll(() => inboxNote(page, noteKey(erin, first)).count()).toBe(1);
      await saveAsInPicker(page, 'workshop-day');
      const second = participantEdits.addNote(erin.client.own, { stageId, lane: 'thoughts', text: 'After the save' });
      await expect.poll(() => inboxNote(page, noteKey(erin, second)).count()).toBe(1);
      expect(await inboxNote(page, noteKey(erin, first)).count()).toBe(1);
      await page.getByRole('button', { name: 'End workshop' }).click();
      await page.getByRole('button', { name: 'End now' }).click();
      await waitFor(() => erin.client.closedBy === 'ended', 10_000, 'the phone to hear the end');
    } finally {
      await closeChecked(session);
    }
  }, 120_000);
});
