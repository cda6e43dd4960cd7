import { mkdir, mkdtemp, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startPreviewServer } from '../../main/preview/server';
import { applyChanges } from '../../shared/document/changes';
import { setMapLink, updateMeta } from '../../shared/document/commands';
import type { JourneyDocument, JourneyMeta } from '../../shared/document/schema';
import { toDateString } from '../../shared/document/review-dates';
import { serializeJourney } from '../../shared/document/serialize';
import type { TemplateId } from '../../shared/templates/templates';
import { summarizeMap } from '../../shared/workspace/map-summary';
import { openPreview, previewServerOptions, SCREENSHOTS, type PreviewSession } from '../helpers/browser';
import { layoutOf } from '../helpers/editor';
import { cardTitles, clickMap, linkMarkOf, waitForMap } from '../helpers/workspace-page';
import { journeyFrom } from '../helpers/journeys';


function mapFrom(template: TemplateId, meta: Partial<JourneyMeta>, links: [stage: number, path: string][] = []): JourneyDocument {
  let doc = journeyFrom(template);
  doc = applyChanges(doc, updateMeta(doc, meta));
  for (const [stage, path] of links) doc = applyChanges(doc, setMapLink(doc, { kind: 'stage', id: doc.stages[stage]!.id }, { path }));
  return doc;
}

/** An overview map whose stages link to three detail maps (one link broken), as a consultant keeps them. */
function portfolio() {
  return {
    'Overview.journey': mapFrom('retail', { title: 'Overview', owner: 'Ana', status: 'approved', mapType: 'currentState', nextReview: '2026-01-15' },
      [[2, 'detail/Checkout.journey'], [1, 'detail/Renamed.journey']]),
    'detail/Checkout.journey': mapFrom('travel', { title: 'Checkout detail', owner: 'Bo', status: 'draft', mapType: 'futureState', nextReview: '2099-06-01' }, [[0, '../Overview.journey']]),
    'detail/Onboarding.journey': mapFrom('banking', { title: 'Onboarding detail', owner: 'Ana', status: 'inReview', mapType: 'currentState' }),
    'detail/Support.journey': mapFrom('journey8', { title: 'Support detail', owner: 'Cy', mapType: 'serviceBlueprint' }),
  };
}

describe('a folder of maps as a workspace, in Chromium through the preview', () => {
  let session: PreviewSession | null = null;
  const extra: string[] = [];
  afterEach(async () => {
    if (session) {
      expect(session.pageErrors).toEqual([]);
      await session.close();
    }
    session = null;
    await Promise.all(extra.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
  });

  it('lists the maps as cards, sorts and filters them, drills down and back, relinks a broken link, and survives a move', async () => {
    session = await openPreview({ viewport: { width: 1440, height: 1000 } });
    const { page, folder } = session;
    const maps = portfolio();
    await mkdir(join(folder, 'detail'));
    for (const [path, doc] of Object.entries(maps)) await writeFile(join(folder, path), serializeJourney(doc));
    await page.getByRole('button', { name: 'Refresh' }).click();

    // Four cards, with the counts the files hold; the overdue review is written, not only coloured.
    await expect.poll(() => cardTitles(page)).toEqual(['Checkout detail', 'Onboarding detail', 'Overview', 'Support detail']);
    const today = toDateString(new Date());
    for (const [path, doc] of Object.entries(maps)) {
      const summary = summarizeMap(doc, today);
      const card = page.getByTestId('workspace-card').filter({ hasText: path });
      expect(await card.getByTestId('pain-points').textContent()).toBe(String(summary.painPoints));
      expect(await card.getByTestId('open-opportunities').textContent()).toBe(String(summary.openOpportunities));
    }
    const overviewCard = page.getByTestId('workspace-card').filter({ hasText: 'Overview.journey' });
    expect(await overviewCard.getByRole('note').textContent()).toBe('⚠ Review overdue');
    expect(await page.getByRole('note').count()).toBe(1);
    await page.screenshot({ path: join(SCREENSHOTS, 'workspace-start-screen.png') });

    // Sorting and filtering.
    const byPain = Object.values(maps).map((d) => summarizeMap(d, today)).sort((a, b) => b.painPoints - a.painPoints || a.title.localeCompare(b.title)).map((s) => s.title);
    await page.getByLabel('Sort by').selectOption('painPoints');
    await expect.poll(() => cardTitles(page)).toEqual(byPain);
    await page.getByLabel('Sort by').selectOption('nextReview');
    await expect.poll(async () => (await cardTitles(page)).slice(0, 2)).toEqual(['Overview', 'Checkout detail']);
    await page.getByLabel('Owner').selectOption('Ana');
    await expect.poll(() => cardTitles(page)).toEqual(['Overview', 'Onboarding detail']);
    await page.getByLabel('Map type').selectOption('currentState');
    await page.getByLabel('Status').selectOption('inReview');
    await expect.poll(() => cardTitles(page)).toEqual(['Onboarding detail']);
    await page.getByLabel('Owner').selectOption('');
    await page.getByLabel('Map type').selectOption('');
    await page.getByLabel('Status').selectOption('');
    await page.getByLabel('Search maps').fill('support');
    await expect.poll(() => cardTitles(page)).toEqual(['Support detail']);
    expect(await page.getByRole('status').filter({ hasText: 'Maps shown' }).textContent()).toBe('Maps shown: 1 of 4');
    await page.getByLabel('Search maps').fill('');

    // Open the overview from its card (by keyboard) and drill down from the linked stage's mark.
    await page.getByRole('button', { name: 'Open Overview' }).focus();
    await page.keyboard.press('Enter');
    await waitForMap(page, 'Overview');
    const overview = maps['Overview.journey'];
    await page.screenshot({ path: join(SCREENSHOTS, 'workspace-linked-stage-mark.png'), clip: { x: 0, y: 0, width: 1440, height: 260 } });
    await clickMap(page, linkMarkOf(overview, 2));
    await waitForMap(page, 'Checkout');
    const trail = page.getByRole('navigation', { name: 'Linked maps you came through' });
    expect(await trail.locator('li').allTextContents()).toEqual(['Overview', 'Checkout detail']);
    await page.screenshot({ path: join(SCREENSHOTS, 'workspace-breadcrumb.png'), clip: { x: 0, y: 0, width: 1440, height: 260 } });
    await trail.getByRole('button', { name: 'Overview' }).click();
    await waitForMap(page, 'Overview');
    expect(await trail.count()).toBe(0);

    // The keyboard way: the stage selected, Enter drills down.
    const purchase = layoutOf(overview).stages[2]!;
    await clickMap(page, { x: purchase.x + 30, y: 28 });
    await page.keyboard.press('Enter');
    await waitForMap(page, 'Checkout');
    await trail.getByRole('button', { name: 'Overview' }).click();
    await waitForMap(page, 'Overview');

    // A broken link says so in place, and relinking fixes it (one undoable change, saved).
    await clickMap(page, linkMarkOf(overview, 1));
    const notice = page.getByTestId('link-notice');
    await expect.poll(() => notice.textContent()).toContain('The linked map detail/Renamed.journey is missing');
    await page.screenshot({ path: join(SCREENSHOTS, 'workspace-broken-link.png'), clip: { x: 0, y: 0, width: 1440, height: 400 } });
    await notice.getByRole('button', { name: 'Relink…' }).click();
    const picker = page.getByRole('dialog', { name: 'Link to a map' });
    // The other maps of the workspace, listed afresh; not the map being edited.
    await expect.poll(() => picker.getByRole('listitem').count()).toBe(3);
    expect((await picker.getByRole('listitem').allTextContents()).filter((text) => text.includes('Overview.journey'))).toEqual([]);
    await picker.getByRole('button', { name: /Support detail/ }).click();
    await expect.poll(() => notice.count()).toBe(0);
    await page.locator('.canvas-host').focus();
    await page.keyboard.press('Control+s');
    await expect.poll(async () => (JSON.parse(await readFile(join(folder, 'Overview.journey'), 'utf8')) as JourneyDocument).stages[1]?.mapLink)
      .toEqual({ path: 'detail/Support.journey', name: 'Support detail' });
    await clickMap(page, linkMarkOf(overview, 1));
    await waitForMap(page, 'Support');
    await trail.getByRole('button', { name: 'Overview' }).click();
    await waitForMap(page, 'Overview');

    // Link to a map from the inspector; undo takes it back.
    await clickMap(page, { x: layoutOf(overview).stages[0]!.x + 30, y: 28 });
    await page.getByRole('button', { name: 'Link to a map…' }).click();
    await picker.getByRole('button', { name: /Onboarding detail/ }).click();
    await expect.poll(() => page.getByRole('button', { name: 'Open linked map' }).count()).toBe(1);
    await page.locator('.canvas-host').focus();
    await page.keyboard.press('Control+z');
    await expect.poll(() => page.getByRole('button', { name: 'Link to a map…' }).count()).toBe(1);

    // Moved elsewhere as a whole, the folder's links still lead where they did.
    await page.getByRole('button', { name: 'Close', exact: true }).click();
    // Closed means its lock is gone too: a folder moved before that carries the lock along.
    const locks = async () => (await readdir(folder, { recursive: true })).filter((name) => name.endsWith('.waymark-lock'));
    await expect.poll(locks).toEqual([]);
    const elsewhere = await mkdtemp(join(tmpdir(), 'waymark-moved-'));
    extra.push(elsewhere);
    const moved = join(elsewhere, 'Client portfolio');
    await rename(folder, moved);
    await mkdir(folder);
    const server = await startPreviewServer(previewServerOptions(moved, join(elsewhere, 'user-data')));
    try {
      await page.goto(server.url);
      await expect.poll(() => cardTitles(page)).toEqual(['Checkout detail', 'Onboarding detail', 'Overview', 'Support detail']);
      await page.getByRole('button', { name: 'Open Checkout detail' }).click();
      await waitForMap(page, 'Checkout');
      await clickMap(page, linkMarkOf(maps['detail/Checkout.journey'], 0));
      await waitForMap(page, 'Overview');
      await clickMap(page, linkMarkOf(overview, 2));
      await waitForMap(page, 'Checkout');
      expect(await trail.locator('li').allTextContents()).toEqual(['Checkout detail', 'Overview', 'Checkout detail']);
    } finally {
      await server.close();
    }
  }, 120_000);
});
