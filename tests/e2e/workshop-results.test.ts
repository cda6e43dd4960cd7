/**
 * Issue 24's done-when, in Chromium: a room of three phone pages (English, Swedish, Polish, at
 * 360 px) writes notes and rates stages; the facilitator runs a timed voting round on inbox
 * notes and cards, takes an item out, reveals it, removes a participant (whose notes are
 * parked), and ends the workshop; the map, saved and opened again, shows the ranking, the
 * ratings and the parked notes, and its PowerPoint has the results slide.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyChanges } from '../../shared/document/changes';
import { setEmotion } from '../../shared/document/commands';
import type { JourneyDocument } from '../../shared/document/schema';
import { parseJourneyText } from '../../shared/document/parse';
import { serializeJourney } from '../../shared/document/serialize';
import { startPreviewServer } from '../../main/preview/server';
import { FacilitatorWorkshop } from '../../main/workshop/facilitator';
import { enPhone } from '../../shared/i18n/locales/en-phone';
import { plPhone } from '../../shared/i18n/locales/pl-phone';
import { svPhone } from '../../shared/i18n/locales/sv-phone';
import { openPreview, previewAddress, previewServerOptions, SCREENSHOTS, type PreviewSession } from '../helpers/browser';
import { contrastRatio } from '../helpers/contrast';
import { gridJourney, openJourney } from '../helpers/editor';
import { allSent, openPhoneRoom, stageCard, type PhoneBrowser } from '../helpers/phone-page';
import { readPptx } from '../helpers/pptx-read';
import { startWorkshopFromPage } from '../helpers/workshop-inbox';
import { LOOPBACK, STAGES } from '../helpers/workshop-clients';

// Two emotions lanes (the team's view and the customers'): the facilitator puts the room's band in the second.
const grid = gridJourney(['Awareness', 'Consideration', 'Purchase'], ['actions', 'painPoints', 'opportunities', 'emotions', 'emotions'], [
  [1, 2, 'Checkout queue'],
  [1, 0, 'Ads everywhere'],
  [2, 2, 'Self-scan tills'],
]);
const named = { ...grid, lanes: grid.lanes.map((lane, i) => (i === 4 ? { ...lane, name: 'Customers' } : lane)) };
const doc: JourneyDocument = [[1, 0, -1], [0, -1, -2]].reduce((outer, values, curve) => values.reduce((current, value, index) =>
  applyChanges(current, setEmotion(current, current.emotionCurves[curve]!.id, { stageId: current.stages[index]!.id }, value)), outer), named);

type Labels = typeof enPhone;
const fill = (text: string, values: Record<string, string | number>) => text.replace(/\{\{(\w+)(?:, *\w+)?\}\}/g, (_, name: string) => String(values[name] ?? ''));

/** One phone page in its own language, driven by touch with its own words. */
class RoomPhone {
  constructor(readonly browser: PhoneBrowser, readonly words: Labels, readonly name: string) {}
  get page(): Page {
    return this.browser.page;
  }
  async joined(): Promise<void> {
    await this.page.getByRole('textbox', { name: this.words.name.label }).fill(this.name);
    await this.page.getByRole('button', { name: this.words.name.save }).tap();
    await allSent(this.page);
  }
  async note(stage: string, lane: keyof Labels['lanes'], text: string): Promise<void> {
    const card = stageCard(this.page, stage);
    await card.getByRole('button', { name: new RegExp(this.words.stages.addNote) }).tap();
    await card.getByRole('radio', { name: this.words.lanes[lane] }).tap();
    await card.getByRole('textbox', { name: this.words.note.text }).fill(text);
    await card.getByRole('button', { name: this.words.note.add }).tap();
    await expect.poll(() => card.getByRole('listitem').filter({ hasText: text }).count()).toBe(1);
  }
  async rate(stage: string, word: keyof Labels['rating']): Promise<void> {
    await stageCard(this.page, stage).getByRole('radio', { name: this.words.rating[word], exact: true }).tap();
  }
  async votesTab(): Promise<void> {
    await this.page.getByRole('tab', { name: new RegExp(this.words.tabs.votes) }).tap();
  }
  async vote(text: string, times = 1): Promise<void> {
    const item = this.page.getByRole('listitem').filter({ hasText: text });
    for (let i = 0; i < times; i += 1) await item.getByRole('button', { name: this.words.votes.add, exact: true }).tap();
  }
  budget(): Promise<string | null> {
    return this.page.locator('.budget').textContent();
  }
}

describe('a workshop’s output is the deliverable', () => {
  let session: PreviewSession;
  let room: Awaited<ReturnType<typeof openPhoneRoom>>;
  beforeAll(async () => {
    session = await openPreview({ viewport: { width: 1920, height: 1080 } });
  });
  afterAll(async () => {
    await room?.close();
    await session?.close();
  });

  it('runs a room of three phones to the end, and the reopened map and its PowerPoint carry the results', async () => {
    const { page } = session;
    const path = await openJourney(session, doc, 'retail');
    const { url } = await startWorkshopFromPage(page, 3);
    await page.keyboard.press('Escape');
    room = await openPhoneRoom(url, ['en-GB', 'sv-SE', 'pl-PL']);
    const [ana, bjorn, carol] = [
      new RoomPhone(room.phones[0]!, enPhone, 'Ana'),
      new RoomPhone(room.phones[1]!, svPhone as unknown as Labels, 'Björn'),
      new RoomPhone(room.phones[2]!, plPhone as unknown as Labels, 'Carol'),
    ];
    for (const phone of [ana, bjorn, carol]) await phone.joined();
    await expect.poll(() => page.getByTestId('workshop-counts').textContent()).toBe('3 participants · 0 notes · 0 votes');

    // Notes from the phones reach the inbox; nobody handles them yet.
    await ana.note('Purchase', 'painPoints', 'Card reader refused my card');
    await bjorn.note('Awareness', 'ideas', 'A loyalty app with receipts');
    await carol.note('Consideration', 'thoughts', 'Czy mogę zapłacić BLIK-iem?');
    await carol.note('Purchase', 'actions', 'Szukam kasy samoobsługowej');
    // Ratings: Purchase feels bad, Awareness good.
    await ana.rate('Purchase', 'veryBad');
    await bjorn.rate('Purchase', 'bad');
    await carol.rate('Purchase', 'veryBad');
    await ana.rate('Awareness', 'good');
    await bjorn.rate('Awareness', 'veryGood');
    for (const phone of [ana, bjorn, carol]) await allSent(phone.page);
    await expect.poll(() => page.locator('[data-workshop-note]').count()).toBe(4);

    // Closing the map during the workshop asks about the room first; Cancel keeps all as it was.
    await page.getByRole('button', { name: 'Close', exact: true }).click();
    const closing = page.getByRole('alertdialog', { name: 'A live workshop is running' });
    await expect.poll(() => closing.getByRole('button').allTextContents()).toEqual(['Keep the room open', 'End it and keep the results', 'Cancel']);
    await closing.getByRole('button', { name: 'Cancel' }).click();

    // A timed round on two inbox notes and the map's cards (pain points and opportunities ticked).
    await page.getByRole('button', { name: 'New voting round…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Voting round 1' });
    await dialog.getByRole('checkbox', { name: /Card reader refused my card/ }).check();
    await dialog.getByRole('checkbox', { name: /A loyalty app with receipts/ }).check();
    await dialog.getByRole('checkbox', { name: /Czy mogę zapłacić BLIK-iem/ }).check();
    await dialog.getByLabel('Timer').selectOption({ label: '5 minutes' });
    await expect.poll(() => dialog.getByRole('status').textContent()).toBe('6 items chosen');
    await dialog.getByRole('button', { name: 'Start the round' }).click();
    await expect.poll(() => page.getByTestId('workshop-round-status').textContent()).toMatch(/^Round 1 · voting open · 4:5\d left · 0 votes$/);

    for (const phone of [ana, bjorn, carol]) await phone.votesTab();
    await expect.poll(() => ana.page.locator('.round-status').textContent()).toMatch(/^Round 1.*4:5\d left/);
    await expect.poll(() => carol.page.locator('.target-text').count()).toBe(6);
    await ana.vote('Checkout queue', 2);
    await ana.vote('A loyalty app with receipts');
    await bjorn.vote('Card reader refused my card', 2);
    await bjorn.vote('Checkout queue');
    await carol.vote('Self-scan tills', 3);
    await expect.poll(() => carol.budget()).toContain(fill(plPhone.votes.left_many, { count: 0, budget: 3 }));
    await carol.page.screenshot({ path: join(SCREENSHOTS, 'workshop-results-phone-pl-round.png') });
    for (const phone of [ana, bjorn, carol]) await allSent(phone.page);
    // Hidden until revealed.
    await expect.poll(() => page.getByTestId('workshop-votes-hidden').textContent()).toBe('9 votes cast so far, hidden until you reveal them.');
    expect(await page.getByTestId('workshop-ranking').count()).toBe(0);

    // "Self-scan tills" leaves the round: Carol's three votes go back to her phone.
    await page.locator('.workshop-round-items summary').click();
    await page.getByRole('button', { name: 'Take “Self-scan tills” out of the round (its votes go back)' }).click();
    await expect.poll(() => carol.budget()).toContain(fill(plPhone.votes.left_few, { count: 3, budget: 3 }));
    await carol.vote('Czy mogę zapłacić BLIK-iem?', 2);
    await carol.vote('Card reader refused my card', 1);
    await allSent(carol.page);

    await page.getByRole('button', { name: 'Reveal the votes' }).click();
    // Equal votes keep the round's order.
    await expect.poll(() => page.getByTestId('workshop-ranking').locator('li').allTextContents()).toEqual([
      'Checkout queue3 votes', 'Card reader refused my card3 votes', 'Czy mogę zapłacić BLIK-iem?2 votes', 'A loyalty app with receipts1 vote',
    ]);
    // The phones show the room's totals, most first, and voting has closed.
    await expect.poll(() => ana.page.locator('.target-total').allTextContents()).toEqual([
      '3 votes from the room', '3 votes from the room', '2 votes from the room', '1 vote from the room', '0 votes from the room',
    ]);
    await expect.poll(() => bjorn.page.locator('.round-status [role="status"]').textContent()).toBe(svPhone.round.revealed);
    await ana.page.screenshot({ path: join(SCREENSHOTS, 'workshop-results-phone-en-revealed.png') });
    await page.locator('.canvas-host').screenshot({ path: join(SCREENSHOTS, 'workshop-results-canvas-revealed.png') });

    // Remove Carol: it asks; her notes stay, parked, and her votes and ratings are kept.
    await page.getByRole('button', { name: 'Remove Carol from the workshop' }).click();
    await page.getByRole('alertdialog', { name: 'Remove Carol from the workshop?' }).getByRole('button', { name: 'Remove' }).click();
    await expect.poll(() => carol.page.locator('.closed-message').textContent()).toBe(plPhone.closed.removed);
    await expect.poll(() => page.locator('[data-parked="true"]').count()).toBe(2);
    await expect.poll(() => page.getByTestId('workshop-counts').textContent()).toBe('2 participants · 4 notes · 9 votes');

    // Ana's note is accepted into the map; the others stay unhandled. The band, with its mean, goes to the customers' lane.
    await page.locator('[data-workshop-note]').filter({ hasText: 'Card reader refused my card' }).getByRole('button', { name: 'Accept' }).click();
    await page.getByLabel('The room’s ratings in').selectOption({ label: 'Customers' });
    await page.locator('.canvas-host').screenshot({ path: join(SCREENSHOTS, 'workshop-results-canvas-band-lane.png') });
    await page.getByRole('button', { name: 'End workshop' }).click();
    await page.getByRole('button', { name: 'End now' }).click();

    const results = page.getByTestId('workshop-results');
    await expect.poll(() => results.getByTestId('results-ranking').locator('.results-item-text').allTextContents()).toEqual([
      'Checkout queue', 'Card reader refused my card', 'Czy mogę zapłacić BLIK-iem?', 'A loyalty app with receipts', 'Ads everywhere',
    ]);
    await expect.poll(() => results.getByTestId('results-parked').locator('.results-parked-text').allTextContents()).toEqual([
      'A loyalty app with receipts', 'Czy mogę zapłacić BLIK-iem?', 'Szukam kasy samoobsługowej',
    ]);
    expect(await results.locator('.results-mean').count()).toBe(2);
    await page.screenshot({ path: join(SCREENSHOTS, 'workshop-results-screen-1920.png') });
    await page.keyboard.press('Escape');
    await expect.poll(() => carol.page.locator('.closed-message').count()).toBe(1);
    await expect.poll(() => ana.page.locator('.closed-message').textContent()).toBe(enPhone.closed.ended);

    // Saved, and opened again: the results screen shows the same.
    await page.locator('.canvas-host').focus();
    await page.keyboard.press('Control+s');
    await expect.poll(() => page.getByTestId('save-status').textContent()).toMatch(/^Saved at/);
    const saved = parseJourneyText(await readFile(path, 'utf8'));
    expect(saved.workshops).toHaveLength(1);
    expect(saved.workshops[0]!.ratingLaneId).toBe(doc.lanes[4]!.id);
    expect(saved.workshops[0]).toMatchObject({ participants: 3, ratings: [
      { stageName: 'Awareness', good: 1, veryGood: 1, count: 2, mean: 1.5 },
      { stageName: 'Purchase', veryBad: 2, bad: 1, count: 3, mean: -1.67 },
    ] });
    await page.goto(previewAddress(session.server.url, { open: path }));
    await page.getByRole('button', { name: 'Workshop results' }).click();
    const reopened = page.getByTestId('workshop-results');
    await expect.poll(() => reopened.getByTestId('results-ranking').locator('li').count()).toBe(5);
    await expect.poll(() => reopened.getByTestId('results-parked').locator('li').count()).toBe(3);
    expect(await reopened.getByTestId('results-ratings-chart').getAttribute('aria-label')).toBe('Awareness: +1.5 (2 ratings); Purchase: -1.7 (3 ratings)');

    // A parked note accepted later: a card, one undo step.
    await reopened.locator('[data-parked-note]').filter({ hasText: 'Szukam kasy samoobsługowej' }).getByRole('button', { name: 'Accept' }).click();
    await expect.poll(() => reopened.getByTestId('results-parked').locator('li').count()).toBe(2);
    await page.keyboard.press('Escape');

    // Its PowerPoint ends on the results slide.
    const target = join(session.folder, 'retail.pptx');
    const answer = await page.evaluate(async ({ target, document }) => {
      const response = await fetch('/api/exportJourney', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ path: target, document, options: { format: 'pptx' } }) });
      return (await response.json()) as { ok: boolean };
    }, { target, document: saved });
    expect(answer.ok).toBe(true);
    const { slides, malformed } = readPptx(new Uint8Array(await readFile(target)));
    expect(malformed).toEqual([]);
    const last = slides.at(-1)!;
    expect(last.shapes.flatMap((shape) => shape.paragraphs)[0]).toMatch(/^Workshop results: Workshop of/);
    expect(last.tables[0]!.slice(1).map((row) => row.join(' | '))).toEqual([
      '1 | Checkout queue | 3', '1 | Card reader refused my card | 3', '3 | Czy mogę zapłacić BLIK-iem? | 2', '4 | A loyalty app with receipts | 1',
    ]);
    expect(last.tables[1]!.slice(1).map((row) => row.slice(0, 3))).toEqual([['Awareness', '+1.5', '2'], ['Purchase', '-1.7', '3']]);

    expect(session.pageErrors).toEqual([]);
    for (const phone of room.phones) expect(phone.pageErrors.filter((error) => !/WebSocket connection to .* failed/.test(error))).toEqual([]);
  }, 240_000);

  it('offers a workshop a restart left open with a Resume button that reads in every theme, and ends it keeping its results', async () => {
    const { page } = session;
    // A workshop the app left open when it quit: started for this map, then closed (not ended).
    const folder = join(session.folder, 'after-restart');
    const userData = join(folder, '.user-data');
    await mkdir(folder, { recursive: true });
    const path = join(folder, 'panel.journey');
    await writeFile(path, serializeJourney(doc));
    const before = new FacilitatorWorkshop({ workshopsFolder: join(userData, 'workshops'), allowLoopback: true });
    await before.start({ journeyPath: path, title: 'Panel', stages: STAGES, voteBudget: 3, addresses: [LOOPBACK] });
    await before.close();

    const server = await startPreviewServer(previewServerOptions(folder, userData));
    try {
      await page.goto(previewAddress(server.url, { open: path }));
      const banner = page.getByRole('region', { name: 'A live workshop for this map is still open.' });
      const resume = banner.getByRole('button', { name: 'Resume workshop' });
      await resume.waitFor();
      // The app's colours, a dark system preference and Windows' forced colours (high contrast).
      for (const theme of [{ name: 'light', colorScheme: 'light' as const, forcedColors: 'none' as const }, { name: 'dark', colorScheme: 'dark' as const, forcedColors: 'none' as const }, { name: 'forced-colours', colorScheme: 'light' as const, forcedColors: 'active' as const }]) {
        await page.emulateMedia({ colorScheme: theme.colorScheme, forcedColors: theme.forcedColors });
        const [colour, background] = await resume.evaluate((button) => [getComputedStyle(button).color, getComputedStyle(button).backgroundColor]);
        expect(contrastRatio(colour, background), `${theme.name}: ${colour} on ${background}`).toBeGreaterThanOrEqual(4.5);
        await banner.screenshot({ path: join(SCREENSHOTS, `workshop-resume-banner-${theme.name}.png`) });
      }
      await page.emulateMedia({ colorScheme: 'light', forcedColors: 'none' });
      // Ending it from the banner keeps what its room gave (nothing here) as the map's results.
      await banner.getByRole('button', { name: 'End it and keep the results' }).click();
      await page.getByTestId('workshop-results').waitFor();
      await page.keyboard.press('Escape');
      await expect.poll(() => banner.count()).toBe(0);
      await expect.poll(() => page.getByRole('button', { name: 'Workshop results' }).count()).toBe(1);
    } finally {
      await server.close();
    }
  }, 120_000);
});
