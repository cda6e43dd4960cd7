import { afterEach, describe, expect, it } from 'vitest';
import { WorkshopHost } from '../../main/workshop/host';
import { CLOSE_CODES } from '../../shared/workshop/protocol';
import { addNoteByTouch, allSent, builtPhonePage, joinAddress, openPhone, screenshot, stageCard, type PhoneBrowser } from '../helpers/phone-page';
import { useTempFolders } from '../helpers/temp-folder';
import { participantEdits } from '../../shared/workshop/model';
import { deviceAddress, hostSocketUrl, LOOPBACK, Phone, RawSocket, socketUrl, startHost, waitFor } from '../helpers/workshop-clients';

const tempFolder = useTempFolders();
const hosts: WorkshopHost[] = [];
const phones: PhoneBrowser[] = [];
afterEach(async () => {
  for (const phone of phones.splice(0)) await phone.close();
  await Promise.all(hosts.splice(0).map((host) => host.end()));
});

const TARGETS = [
  { id: 'queue', text: 'Checkout queue too long', stageId: 'buy', kind: 'painPoint' as const },
  { id: 'self-scan', text: 'Self-scan tills', stageId: 'buy', kind: 'opportunity' as const },
];

async function workshop(options: Parameters<typeof startHost>[1] = {}) {
  // Every phone page here is a Chromium on 127.0.0.1: one address for what would be several phones.
  const host = await startHost(await tempFolder(), { page: await builtPhonePage(), voteBudget: 3, ...options, limits: { participantsPerAddress: 8, ...options.limits } });
  hosts.push(host);
  return host;
}
async function phone(url: string, locale?: string) {
  const opened = await openPhone(url, { locale });
  phones.push(opened);
  return opened;
}
/** What the host holds from the phones, as plain rows. */
const hostNotes = (host: WorkshopHost) =>
  host.contributions().stages.flatMap((stage) => stage.notes.map((note) => `${stage.stageId}/${note.lane}: ${note.text}`)).sort();
/** Every request left the page for the workshop's own address. */
const offSite = (requests: string[], port: number) => requests.filter((url) => !url.startsWith(`http://${LOOPBACK}:${port}/`) && !url.startsWith(`ws://${LOOPBACK}:${port}/`) && !url.startsWith('data:'));

describe('the participant page on a phone', () => {
  it('joins with the room code only, then notes, votes within the budget and a rating reach the host exactly', async () => {
    const host = await workshop();
    const { port, code } = await host.joinInfo();
    const url = await joinAddress(host);

    // A wrong code gets no page, and no socket.
    const stranger = await phone(`http://${LOOPBACK}:${port}/w/ZZZZZZ`);
    expect(await stranger.page.locator('#root').count()).toBe(0);
    const wrongSocket = await RawSocket.open(socketUrl(port, 'ZZZZZZ'));
    expect((await wrongSocket.closed).code).toBe(CLOSE_CODES['wrong-code']);

    const { page, requests, pageErrors } = await phone(url);
    expect(new URL(page.url()).pathname).toBe(`/w/${code}/`);
    await expect.poll(() => page.getByRole('heading', { level: 2 }).allTextContents()).toEqual(['Awareness', 'Consideration', 'Purchase']);
    await allSent(page);
    await screenshot(page, 'workshop-phone-en-stages.png');

    await stageCard(page, 'Awareness').getByRole('button', { name: /Add a note/ }).tap();
    await stageCard(page, 'Awareness').getByRole('radio', { name: 'Thoughts' }).tap();
    await stageCard(page, 'Awareness').getByRole('textbox', { name: 'Your note' }).fill('Which plan suits me?');
    // The facilitator sees where the phone is writing (never another phone).
    await expect.poll(() => host.participants()[0]?.presence).toEqual({ stageId: 'aware', writing: true });
    await screenshot(page, 'workshop-phone-en-add-note.png');
    await stageCard(page, 'Awareness').getByRole('button', { name: 'Add note' }).tap();
    await addNoteByTouch(page, 'Purchase', 'Pain points', 'Card reader refused my card twice');
    // Focus is back on the stage's add button, for keyboards and screen readers.
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toContain('Add a note');

    // Edit one's own note: its text and lane.
    const purchase = stageCard(page, 'Purchase');
    await purchase.getByRole('button', { name: 'Edit' }).tap();
    await purchase.getByRole('radio', { name: 'Ideas' }).tap();
    await purchase.getByRole('textbox', { name: 'Your note' }).fill('Tap to pay at every till');
    await purchase.getByRole('button', { name: 'Save', exact: true }).tap();
    await expect.poll(() => purchase.locator('.note-text').allTextContents()).toEqual(['Tap to pay at every till']);

    // A mis-tap on Delete is taken back with Undo, which takes the focus.
    const awareness = stageCard(page, 'Awareness');
    await awareness.getByRole('button', { name: 'Delete' }).tap();
    await expect.poll(() => awareness.locator('.note-text').count()).toBe(0);
    // The focus moves on the next frame.
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Undo');
    await screenshot(page, 'workshop-phone-en-undo.png');
    await awareness.getByRole('button', { name: 'Undo' }).tap();
    await expect.poll(() => awareness.locator('.note-text').allTextContents()).toEqual(['Which plan suits me?']);

    await stageCard(page, 'Consideration').getByRole('radio', { name: 'Bad', exact: true }).tap();
    await page.getByRole('textbox', { name: 'Your name (optional)' }).fill('Ana');
    await page.getByRole('button', { name: 'Save name' }).tap();
    await stageCard(page, 'Consideration').locator('.rating').scrollIntoViewIfNeeded();
    await screenshot(page, 'workshop-phone-en-rating.png');

    // Vote: the facilitator shares two targets; a budget of 3.
    host.share(TARGETS);
    await page.getByRole('tab', { name: /Vote/ }).tap();
    await expect.poll(() => page.locator('.target-text').allTextContents()).toEqual(TARGETS.map((target) => target.text));
    const queue = page.getByRole('listitem').filter({ hasText: 'Checkout queue too long' });
    const selfScan = page.getByRole('listitem').filter({ hasText: 'Self-scan tills' });
    await queue.getByRole('button', { name: 'Add a vote' }).tap();
    await queue.getByRole('button', { name: 'Add a vote' }).tap();
    await selfScan.getByRole('button', { name: 'Add a vote' }).tap();
    await expect.poll(() => page.locator('.budget').textContent()).toContain('0 of 3 votes left');
    // Over the budget: refused in the page, said in words. The button is aria-disabled (it stays
    // focusable, so it can say why): a finger taps it anyway, so the tap skips Playwright's enabled check.
    await selfScan.getByRole('button', { name: 'Add a vote' }).tap({ force: true });
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('You have used all your votes');
    expect(await selfScan.locator('.target-count').textContent()).toBe('Your votes: 1');
    await screenshot(page, 'workshop-phone-en-votes.png');
    await allSent(page);

    expect(hostNotes(host)).toEqual(['aware/thoughts: Which plan suits me?', 'buy/ideas: Tap to pay at every till']);
    const contributions = host.contributions();
    expect(contributions.votes).toEqual([
      { targetId: 'queue', text: 'Checkout queue too long', total: 2, voters: 1 },
      { targetId: 'self-scan', text: 'Self-scan tills', total: 1, voters: 1 },
    ]);
    expect(contributions.ratings.map((rating) => [rating.stageId, rating.mean])).toEqual([['aware', null], ['consider', -1], ['buy', null]]);
    expect(contributions.stages.flatMap((stage) => stage.notes.map((note) => note.author))).toEqual(['Ana', 'Ana']);
    expect(host.participants()).toHaveLength(1);
    expect(offSite(requests, port)).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  it('keeps edits made while the laptop is away, sends each once when it is back, and resumes after a reload', async () => {
    const host = await workshop();
    const { port } = await host.joinInfo();
    const { page, pageErrors } = await phone(await joinAddress(host));
    await addNoteByTouch(page, 'Awareness', 'Actions', 'Saw the ad on the bus');
    await allSent(page);
    const identity = await page.evaluate(() => Object.entries(localStorage).find(([key]) => key.startsWith('waymark.workshop.'))?.[1]);

    // The facilitator's app restarts: the socket closes, nothing listens for a while.
    const folder = host.folder;
    await host.close();
    hosts.splice(hosts.indexOf(host), 1);
    await expect.poll(() => page.locator('.connection').getAttribute('data-state')).toBe('offline');
    await addNoteByTouch(page, 'Consideration', 'Thoughts', 'Offline one');
    await addNoteByTouch(page, 'Purchase', 'Pain points', 'Offline two');
    await stageCard(page, 'Awareness').getByRole('button', { name: 'Delete' }).tap();
    await stageCard(page, 'Purchase').getByRole('radio', { name: 'Very good', exact: true }).tap();
    await expect.poll(() => page.locator('.connection-waiting').textContent()).toBe('4 changes waiting');
    await screenshot(page, 'workshop-phone-en-offline.png');

    const resumed = await WorkshopHost.resume(folder, { port, page: await builtPhonePage(), limits: { saveDelayMs: 50 } });
    hosts.push(resumed);
    await allSent(page);
    expect(hostNotes(resumed)).toEqual(['buy/painPoints: Offline two', 'consider/thoughts: Offline one']);
    expect(resumed.contributions().ratings.find((rating) => rating.stageId === 'buy')?.counts['2']).toBe(1);

    // A reload is the same participant, with the same notes on screen.
    await page.reload();
    await expect.poll(() => page.locator('.note-text').allTextContents()).toEqual(['Offline one', 'Offline two']);
    await allSent(page);
    expect(resumed.participants()).toHaveLength(1);
    const after = await page.evaluate(() => Object.entries(localStorage).find(([key]) => key.startsWith('waymark.workshop.'))?.[1]);
    expect(JSON.parse(after!).identity).toEqual(JSON.parse(identity!).identity);
    expect(hostNotes(resumed)).toHaveLength(2);
    // Chromium logs each refused reconnect while the laptop is away; nothing else may go wrong.
    expect(pageErrors.filter((error) => !/WebSocket connection to .* failed: .*ERR_CONNECTION_REFUSED/.test(error))).toEqual([]);
  });

  it('says it is offline when the phone loses its network, and sends what was added meanwhile once it is back', async () => {
    const host = await workshop();
    const { page, context, pageErrors } = await phone(await joinAddress(host));
    await addNoteByTouch(page, 'Awareness', 'Actions', 'Before the lift');
    await allSent(page);
    await context.setOffline(true);
    await expect.poll(() => page.locator('.connection').getAttribute('data-state')).toBe('offline');
    await addNoteByTouch(page, 'Awareness', 'Thoughts', 'In the lift');
    await addNoteByTouch(page, 'Purchase', 'Ideas', 'Still in the lift');
    await expect.poll(() => page.locator('.connection-waiting').textContent()).toBe('2 changes waiting');
    expect(hostNotes(host)).toEqual(['aware/actions: Before the lift']);
    await context.setOffline(false);
    await allSent(page);
    expect(hostNotes(host)).toEqual(['aware/actions: Before the lift', 'aware/thoughts: In the lift', 'buy/ideas: Still in the lift']);
    expect(host.participants()).toHaveLength(1);
    expect(pageErrors.filter((error) => !/WebSocket connection to .* failed: .*ERR_INTERNET_DISCONNECTED/.test(error))).toEqual([]);
  });

  it('takes back a vote for a target unshared while the phone was offline, and sends the rest', async () => {
    const host = await workshop();
    host.share(TARGETS);
    const { page, context, pageErrors } = await phone(await joinAddress(host));
    await allSent(page);
    await context.setOffline(true);
    await expect.poll(() => page.locator('.connection').getAttribute('data-state')).toBe('offline');
    await addNoteByTouch(page, 'Purchase', 'Pain points', 'Typed in the lift');
    await page.getByRole('tab', { name: /Vote/ }).tap();
    await page.getByRole('listitem').filter({ hasText: 'Self-scan tills' }).getByRole('button', { name: 'Add a vote' }).tap();
    await page.getByRole('listitem').filter({ hasText: 'Checkout queue too long' }).getByRole('button', { name: 'Add a vote' }).tap();
    host.unshare(['self-scan']);
    await context.setOffline(false);
    await allSent(page);
    expect(hostNotes(host)).toEqual(['buy/painPoints: Typed in the lift']);
    expect(host.contributions().votes).toEqual([{ targetId: 'queue', text: 'Checkout queue too long', total: 1, voters: 1 }]);
    await expect.poll(() => page.locator('.target-text').allTextContents()).toEqual(['Checkout queue too long']);
    await expect.poll(() => page.locator('.budget').textContent()).toContain('2 of 3 votes left');
    expect(pageErrors.filter((error) => !/WebSocket connection to .* failed: .*ERR_INTERNET_DISCONNECTED/.test(error))).toEqual([]);
  });

  it('says so when the facilitator removes the participant or ends the workshop, and stops trying', async () => {
    const host = await workshop();
    const url = await joinAddress(host);
    const removed = await phone(url);
    const staying = await phone(url);
    await Promise.all([allSent(removed.page), allSent(staying.page)]);
    const [first] = host.participants();
    host.remove(first!.id);
    const message = (page: typeof removed.page) => page.getByRole('alert').textContent();
    // Which page joined first is up to the network: one of them is told it was removed.
    await expect.poll(async () => [await removed.page.locator('.closed-message').count(), await staying.page.locator('.closed-message').count()].sort()).toEqual([0, 1]);
    const [gone, still] = (await removed.page.locator('.closed-message').count()) === 1 ? [removed, staying] : [staying, removed];
    expect(await message(gone.page)).toBe('The facilitator has removed you from this workshop.');
    await host.end();
    hosts.splice(hosts.indexOf(host), 1);
    await expect.poll(() => message(still.page)).toBe('The workshop has ended. Thank you for taking part!');
    await screenshot(still.page, 'workshop-phone-en-ended.png');
  });

  it('follows the phone\'s language: Swedish and Greek', async () => {
    const host = await workshop();
    host.share(TARGETS);
    const url = await joinAddress(host);
    const swedish = await phone(url, 'sv-SE');
    await expect.poll(() => swedish.page.getByRole('tab').allTextContents()).toEqual(['Faser', 'Rösta · 3']);
    await expect.poll(() => swedish.page.locator('html').getAttribute('lang')).toBe('sv');
    await stageCard(swedish.page, 'Awareness').getByRole('button', { name: /Lägg till en anteckning/ }).tap();
    await screenshot(swedish.page, 'workshop-phone-sv-add-note.png');

    const greek = await phone(url, 'el-GR');
    await expect.poll(() => greek.page.getByRole('tab').allTextContents()).toEqual(['Στάδια', 'Ψηφοφορία · 3']);
    expect(await stageCard(greek.page, 'Purchase').locator('legend').textContent()).toBe('Πώς νιώθετε για το στάδιο Purchase;');
    await stageCard(greek.page, 'Purchase').getByRole('radio', { name: 'Καλά', exact: true }).tap();
    await screenshot(greek.page, 'workshop-phone-el-stages.png');
    await greek.page.getByRole('tab', { name: /Ψηφοφορία/ }).tap();
    await greek.page.getByRole('listitem').filter({ hasText: 'Self-scan tills' }).getByRole('button', { name: 'Προσθήκη ψήφου' }).tap();
    await expect.poll(() => greek.page.locator('.budget').textContent()).toContain('Απομένουν 2 από 3 ψήφους');
    await screenshot(greek.page, 'workshop-phone-el-votes.png');
    // A language Waymark does not speak falls back to English.
    const german = await phone(url, 'de-DE');
    await expect.poll(() => german.page.getByRole('tab').allTextContents()).toEqual(['Stages', 'Vote · 3']);
    expect([...swedish.pageErrors, ...greek.pageErrors, ...german.pageErrors]).toEqual([]);
  });

  it('fits every rating word and lane name in its button without splitting a word, in every language', async () => {
    const host = await workshop();
    const url = await joinAddress(host);
    const split: string[] = [];
    for (const locale of ['en-GB', 'sv-SE', 'pl-PL', 'ro-RO', 'el-GR']) {
      const { page, close } = await openPhone(url, { locale });
      await expect.poll(() => page.locator('.rating-word').count()).toBe(15);
      await stageCard(page, 'Awareness').locator('.stage-name + button').tap();
      // Each word of a label, measured on one line in the label's own font, against the width the label has.
      split.push(...await page.evaluate(() => [...document.querySelectorAll<HTMLElement>('.rating-word, .lane-option span, .tab, .button')].flatMap((label) => {
        const style = getComputedStyle(label);
        const context = document.createElement('canvas').getContext('2d')!;
        context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
        const room = label.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
        return (label.textContent ?? '').split(/\s+/).filter((word) => context.measureText(word).width > room + 0.5).map((word) => `${document.documentElement.lang}: ${word}`);
      })));
      await close();
    }
    expect(split).toEqual([]);
  });

  it('shows markup in notes and shared targets as text, never as elements', async () => {
    const host = await workshop();
    const { page, requests, pageErrors } = await phone(await joinAddress(host));
    const hostile = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
    await addNoteByTouch(page, 'Awareness', 'Ideas', hostile);
    host.share([{ id: 'evil', text: '<b onmouseover="window.__pwned=3">bold</b><img src=y onerror="window.__pwned=4">', kind: 'note' }]);
    await page.getByRole('tab', { name: /Vote/ }).tap();
    await expect.poll(() => page.locator('.target-text').textContent()).toBe('<b onmouseover="window.__pwned=3">bold</b><img src=y onerror="window.__pwned=4">');
    await page.getByRole('tab', { name: /Stages/ }).tap();
    expect(await page.locator('.note-text').textContent()).toBe(hostile);
    expect(await page.locator('main img, main script, main b').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(requests.filter((url) => /\/(x|y)$/.test(url))).toEqual([]);
    await allSent(page);
    expect(hostNotes(host)).toEqual([`aware/ideas: ${hostile}`]);
    expect(pageErrors).toEqual([]);
  });

  it('has touch targets of at least 44 px, each with a name, in a sensible focus order', async () => {
    const host = await workshop();
    host.share(TARGETS);
    const { page } = await phone(await joinAddress(host));
    await addNoteByTouch(page, 'Awareness', 'Pain points', 'Too many steps');
    await stageCard(page, 'Purchase').getByRole('button', { name: /Add a note/ }).tap();
    const small = async () => page.evaluate(() => [...document.querySelectorAll<HTMLElement>('button, input, textarea, [role="tab"]')]
      .map((element) => ({ element, box: element.getBoundingClientRect() }))
      .filter(({ box }) => box.width < 44 || box.height < 44)
      .map(({ element, box }) => `${element.outerHTML.slice(0, 80)} ${Math.round(box.width)}x${Math.round(box.height)}`));
    expect(await small()).toEqual([]);
    // Every control has an accessible name (Playwright's aria snapshot names each one).
    const tree = await page.locator('body').ariaSnapshot();
    expect(tree.split('\n').filter((line) => /- (button|radio|textbox|tab)\s*$/.test(line.trim()) || /- (button|radio|textbox|tab):?$/.test(line.trim()))).toEqual([]);
    // The form opened with its text field focused; Tab then goes on to its buttons, in reading order.
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('TEXTAREA');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Cancel');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Add note');
    await page.getByRole('tab', { name: /Vote/ }).tap();
    expect(await small()).toEqual([]);
  });

  it('serves a real phone page while 30 headless phones add notes and votes, and loses nothing', async () => {
    const host = await workshop({ voteBudget: 5, limits: { saveDelayMs: 200 } });
    host.share(TARGETS);
    const url = await hostSocketUrl(host);
    // Thirty devices, each from an address of its own (127.0.0.0/8), beside the real phone on 127.0.0.1.
    const crowd = await Promise.all(Array.from({ length: 30 }, (_, index) => Phone.join(url, { localAddress: deviceAddress(index) })));
    const { page, pageErrors } = await phone(await joinAddress(host));
    const typing = (async () => {
      for (let round = 0; round < 5; round += 1) {
        crowd.forEach((headless, index) => {
          participantEdits.addNote(headless.client.own, { stageId: 'consider', lane: 'thoughts', text: `phone ${index} note ${round}` });
          participantEdits.setVotes(headless.client.own, TARGETS[index % 2]!.id, round + 1);
        });
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    })();
    await addNoteByTouch(page, 'Awareness', 'Actions', 'Real phone one');
    await addNoteByTouch(page, 'Purchase', 'Pain points', 'Real phone two');
    await page.getByRole('tab', { name: /Vote/ }).tap();
    await page.getByRole('listitem').filter({ hasText: 'Self-scan tills' }).getByRole('button', { name: 'Add a vote' }).tap();
    await typing;
    await Promise.all(crowd.map((headless) => headless.allSent()));
    await allSent(page);
    const notes = hostNotes(host);
    expect(notes).toHaveLength(30 * 5 + 2);
    expect(new Set(notes).size).toBe(notes.length);
    expect(notes).toContain('aware/actions: Real phone one');
    expect(notes).toContain('buy/painPoints: Real phone two');
    expect(host.contributions().votes.find((vote) => vote.targetId === 'self-scan')).toMatchObject({ total: 15 * 5 + 1, voters: 16 });
    await waitFor(() => host.participants().length === 31);
    // The phone shows its own notes and what was shared, never another participant's.
    expect(await page.locator('body').textContent()).not.toMatch(/phone \d+ note/);
    for (const headless of crowd) headless.leave();
    expect(pageErrors).toEqual([]);
  });
});
