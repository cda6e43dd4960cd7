import { mkdtemp, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import type { JourneyDocument } from '../../shared/document/schema';
import { serializeJourney } from '../../shared/document/serialize';
import { startPreviewServer, type PreviewServer } from '../../main/preview/server';
import { PERSIST_DELAY_MS } from '../../renderer/app/persistence/coordinator';
import { openPreview, previewAddress, previewServerOptions, requestsLeavingLoopback, SCREENSHOTS, type PreviewSession } from '../helpers/browser';
import { at, gridJourney, layoutOf } from '../helpers/editor';

const map = gridJourney(['Visit', 'Compare', 'Buy'], ['actions'], [[0, 0, 'Browses the shelf']]);
const card = layoutOf(map).cards[0]!;
/** What "another program" (a sync client, a colleague) writes into the file: a different map. */
const theirs = (i: number) => serializeJourney({ ...map, cards: map.cards.map((c) => ({ ...c, text: `Their edit ${i}` })) });
const DELAYS = Array.from({ length: 41 }, (_, i) => i * 50);
const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/**
 * One map open in one page, driven as a user would: edits are real key presses (Alt+→ and
 * Alt+← move the card between stages, one undoable change each), Save a real click on the
 * toolbar's button. It counts every save the page sends and its answer, and every conflict
 * dialog that shows, however briefly.
 */
class MapWindow {
  readonly requests: string[] = [];
  readonly pageErrors: string[] = [];
  readonly saveAnswers: string[] = [];
  private pendingSaves = 0;
  /** Where the card is: it moves right next, or back left. */
  private right = true;

  constructor(readonly page: Page, readonly path: string, readonly name: string) {
    page.on('request', (r) => {
      this.requests.push(r.url());
      if (new URL(r.url()).pathname === '/api/saveJourney') this.pendingSaves += 1;
    });
    page.on('requestfinished', (r) => {
      if (new URL(r.url()).pathname !== '/api/saveJourney') return;
      void r.response().then((answer) => answer?.text()).then((body) => this.saveAnswers.push(body ?? '')).finally(() => (this.pendingSaves -= 1));
    });
    page.on('requestfailed', (r) => void (new URL(r.url()).pathname === '/api/saveJourney' && (this.pendingSaves -= 1)));
    page.on('pageerror', (error) => this.pageErrors.push(error.message));
  }

  /** Opens the map (written to `path` first) at `url`, counts conflict dialogs from then on, and selects the card. */
  async open(url: string): Promise<void> {
    const { page } = this;
    await writeFile(this.path, serializeJourney(map));
    await page.goto(previewAddress(url, { open: this.path }));
    await expect.poll(() => page.title()).toBe(`${this.name} — Waymark`);
    await expect.poll(() => page.locator('.canvas-host canvas').count()).toBeGreaterThan(0);
    await page.evaluate(() => {
      const w = window as unknown as { conflictDialogs: number };
      w.conflictDialogs = 0;
      let shown = false;
      new MutationObserver(() => {
        const now = document.querySelector('.conflict-dialog') !== null;
        if (now && !shown) w.conflictDialogs += 1;
        shown = now;
      }).observe(document.body, { childList: true, subtree: true });
    });
    const p = await at(page, card.x + 40, card.y + card.height / 2);
    await page.mouse.click(p.x, p.y);
  }

  conflictDialogs(): Promise<number> {
    return this.page.evaluate(() => (window as unknown as { conflictDialogs: number }).conflictDialogs);
  }

  /** One edit by keyboard; answers when it was done (the key press returns once the page handled it). */
  async edit(): Promise<number> {
    await this.page.locator('.canvas-host').focus();
    await this.page.keyboard.press(this.right ? 'Alt+ArrowRight' : 'Alt+ArrowLeft');
    this.right = !this.right;
    return performance.now();
  }

  /** The stage the card is in after the edits so far. */
  get expectedStage(): string {
    return this.right ? 'Visit' : 'Compare';
  }

  async stageOnDisk(): Promise<string | undefined> {
    const doc = JSON.parse(await readFile(this.path, 'utf8')) as JourneyDocument;
    return doc.stages.find((s) => s.id === doc.cards[0]?.stageId)?.name;
  }

  private async saveButton(): Promise<{ x: number; y: number }> {
    const box = await this.page.getByRole('button', { name: 'Save', exact: true }).boundingBox();
    if (!box) throw new Error('no Save button');
    return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  }

  /**
   * Clicks Save `delay` ms after `editedAt` and answers how many ms after the edit the click
   * went. `moves`: while another program changes the file, the page re-renders around the
   * button at any moment (the disk watch's notice, under the toolbar, or the dialog), and on a
   * loaded machine between reading its box and the click. So it is clicked as the element, which
   * Playwright aims where the button is and retries when something else would take the click.
   */
  async clickSaveAt(editedAt: number, delay: number, moves: boolean): Promise<number> {
    const button = moves ? null : await this.saveButton();
    await sleep(Math.max(0, delay - (performance.now() - editedAt)));
    const clickedAt = performance.now() - editedAt;
    if (button) await this.page.mouse.click(button.x, button.y);
    else await this.page.getByRole('button', { name: 'Save', exact: true }).click();
    return clickedAt;
  }

  /**
   * Until no save is on its way and the toolbar says the map is saved, still so after two of
   * the page's frames (a save the last click sent reaches this process's counters a moment later).
   */
  async settled(): Promise<void> {
    const quiet = async () => this.pendingSaves === 0 && /^Saved at/.test((await this.page.getByTestId('save-status').textContent()) ?? '');
    for (;;) {
      await expect.poll(quiet, { timeout: 15_000 }).toBe(true);
      await this.page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
      if (await quiet()) return;
    }
  }
}

/**
 * The save pipeline as a user meets it, in Chromium through the preview server over real files:
 * one browser for the whole file. The two sweeps run side by side, each with its own map in its
 * own page and window (a second preview server, as a second Waymark window is to main).
 */
describe('one save pipeline: Save never races autosave, and another program’s change is always caught', () => {
  let session: PreviewSession;
  let second: { server: PreviewServer; userData: string } | null = null;
  let opened: Promise<{ first: MapWindow; other: MapWindow }> | null = null;
  // Opened by the first test that runs (opening a map polls, which works inside tests only).
  const ready = () => (opened ??= (async () => {
    session = await openPreview({ viewport: { width: 1400, height: 900 } });
    const first = new MapWindow(session.page, join(session.folder, 'sweep.journey'), 'sweep');
    await first.open(session.server.url);
    const userData = await mkdtemp(join(tmpdir(), 'waymark-second-window-'));
    // Built as the first window's server is, workers included (a second Waymark window is to main).
    second = { server: await startPreviewServer(previewServerOptions(session.folder, userData)), userData };
    const other = new MapWindow(await session.context.newPage(), join(session.folder, 'theirs too.journey'), 'theirs too');
    await other.open(second.server.url);
    return { first, other };
  })());
  afterAll(async () => {
    if (!opened) return;
    const { first, other } = await opened;
    expect([...first.pageErrors, ...other.pageErrors, ...session.pageErrors]).toEqual([]);
    expect(requestsLeavingLoopback([...first.requests, ...other.requests])).toEqual([]);
    await other.page.close();
    await second?.server.close();
    if (second) await rm(second.userData, { recursive: true, force: true });
    await session.close();
  });

  it('a burst of edits costs one call to main and one write of the map (plus its .bak), counted at the bridge and on disk', async () => {
    const { first } = await ready();
    const { userData, folder } = session;
    const before = await readFile(first.path);
    const settings = await stat(join(userData, 'settings.json'));
    const from = first.requests.length;
    // When the page handled each edit, by its own clock (what its autosave timer runs on).
    await first.page.evaluate(() => {
      const w = window as unknown as { editsAt: number[] };
      w.editsAt = [];
      window.addEventListener('keydown', (e) => void (e.altKey && e.key.startsWith('Arrow') && w.editsAt.push(performance.now())), { capture: true });
    });
    for (let i = 0; i < 9; i += 1) await first.edit();
    await first.settled();
    // Nothing else the page asked of main writes anything: the window title and the disk watch only read.
    const calls = first.requests.slice(from).map((url) => new URL(url).pathname.replace('/api/', '')).filter((m) => !['checkFileOnDisk', 'setWindowState'].includes(m));
    // One burst costs one write. Only a machine stalled between two edits for about the autosave
    // delay (the page's clock says) may have let a turn run between them: one more write each.
    const editsAt = await first.page.evaluate(() => (window as unknown as { editsAt: number[] }).editsAt);
    expect(editsAt).toHaveLength(9);
    const stalls = editsAt.slice(1).filter((at, i) => at - editsAt[i]! >= PERSIST_DELAY_MS - 100).length;
    expect(calls.every((m) => m === 'saveJourney'), calls.join()).toBe(true);
    expect(calls.length).toBeGreaterThanOrEqual(1);
    expect(calls.length).toBeLessThanOrEqual(1 + stalls);
    // The .bak holds the file as the last write found it: the map as opened when that write was the only one.
    if (calls.length === 1) expect(await readFile(`${first.path}.bak`)).toEqual(before);
    expect(await first.stageOnDisk()).toBe('Compare');
    expect((await readdir(folder)).filter((n) => n.endsWith('.waymark-tmp'))).toEqual([]);
    expect((await stat(join(userData, 'settings.json'))).mtimeMs).toBe(settings.mtimeMs);
    expect((await readdir(join(userData, 'recovery')).catch(() => [] as string[])).filter((n) => n.endsWith('.journal.json'))).toEqual([]);
    await first.page.screenshot({ path: join(SCREENSHOTS, 'save-pipeline-burst.png') });
  });

  it('Save clicked 0 to 2 s after an edit (every 50 ms) never raises the conflict dialog; another program’s change meanwhile always does', async () => {
    const { first, other } = await ready();

    const ownSaves = async () => {
      const clicks: number[] = [];
      for (const delay of DELAYS) {
        const editedAt = await first.edit();
        clicks.push(await first.clickSaveAt(editedAt, delay, false));
        await first.settled();
        expect(await first.conflictDialogs(), `Save ${delay} ms after an edit`).toBe(0);
        expect(await first.stageOnDisk()).toBe(first.expectedStage);
      }
      return clicks;
    };

    const theirChanges = async () => {
      const dialog = other.page.getByRole('alertdialog', { name: '“theirs too” was changed by another program' });
      const clicks: number[] = [];
      for (const [i, delay] of DELAYS.entries()) {
        const editedAt = await other.edit();
        // A program writing the file in place (an editor) or replacing it (a sync client's rename), in turn.
        if (i % 2 === 0) await writeFile(other.path, theirs(i));
        else {
          await writeFile(`${other.path}.theirs`, theirs(i));
          await rename(`${other.path}.theirs`, other.path);
        }
        clicks.push(await other.clickSaveAt(editedAt, delay, true));
        await expect.poll(() => dialog.isVisible(), { timeout: 15_000, message: `Save ${delay} ms after an edit and their change` }).toBe(true);
        expect(await readFile(other.path, 'utf8'), `their file stays until the user chooses (${delay} ms)`).toBe(theirs(i));
        if (i === 0) await other.page.screenshot({ path: join(SCREENSHOTS, 'save-pipeline-their-change.png') });
        await dialog.getByRole('button', { name: 'Overwrite it with my version' }).click();
        await other.settled();
        expect(await other.stageOnDisk()).toBe(other.expectedStage);
      }
      return clicks;
    };

    const [mine, caught] = await Promise.all([ownSaves(), theirChanges()]);
    await first.settled();
    expect(await first.conflictDialogs()).toBe(0);
    expect(first.saveAnswers.filter((a) => a.includes('changed-on-disk'))).toEqual([]);
    expect(await other.conflictDialogs()).toBe(DELAYS.length);
    const spread = (clicks: number[]) => clicks.map((at, i) => Math.round(at - (DELAYS[i] ?? 0)));
    console.info(`save sweep: ${DELAYS.length} delays each; own saves clicked late by ${Math.min(...spread(mine))}..${Math.max(...spread(mine))} ms `
      + `(${mine.filter((at) => at >= 750 && at <= 1050).length} clicks 750-1050 ms after the edit), ${first.saveAnswers.length} saves answered; `
      + `their changes: ${DELAYS.length} of ${DELAYS.length} caught, clicks late by ${Math.min(...spread(caught))}..${Math.max(...spread(caught))} ms`);
  }, 300_000);
});
