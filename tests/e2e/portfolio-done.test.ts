import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { writeLibrary } from '../../main/services/persona-library';
import { applyChanges } from '../../shared/document/changes';
import { setMapLink, updateMeta } from '../../shared/document/commands';
import type { JourneyDocument } from '../../shared/document/schema';
import { serializeJourney } from '../../shared/document/serialize';
import type { TemplateId } from '../../shared/templates/templates';
import { addSharedPersona, emptyLibrary, withEntry, type SharedPersona } from '../../shared/workspace/persona-library';
import { closeChecked, openPreview, SCREENSHOTS, type PreviewSession } from '../helpers/browser';
import { journeyFrom } from '../helpers/journeys';
import { cardTitles, clickMap, linkMarkOf, waitForMap } from '../helpers/workspace-page';

const ANA: SharedPersona = { id: 'shared-ana', name: 'Ana Berg', quote: 'I want it simple' };
const BO: SharedPersona = { id: 'shared-bo', name: 'Bo Lind', quote: 'Call me back' };

/** A map from a worked example, titled, with both shared personas and links from stages to detail maps. */
function map(template: TemplateId, title: string, links: [stage: number, path: string][] = []): JourneyDocument {
  let doc = journeyFrom(template);
  doc = applyChanges(doc, updateMeta(doc, { title, owner: 'Ana' }));
  for (const persona of [ANA, BO]) doc = applyChanges(doc, addSharedPersona(doc, persona)!.changes);
  for (const [stage, path] of links) doc = applyChanges(doc, setMapLink(doc, { kind: 'stage', id: doc.stages[stage]!.id }, { path }));
  return doc;
}

const quoteOf = async (path: string) => (JSON.parse(await readFile(path, 'utf8')) as JourneyDocument).personas.find((p) => p.sharedId === ANA.id)?.quote;

describe('issue 17, done when: an overview and three detail maps sharing two personas', () => {
  let session: PreviewSession | null = null;
  afterEach(async () => {
    await closeChecked(session);
    session = null;
  });

  it('are browsed, drilled into and back, edited (a shared persona reaches every map) and rolled up', async () => {
    session = await openPreview({ viewport: { width: 1440, height: 1000 } });
    const { page, folder } = session;
    await writeLibrary(folder, withEntry(withEntry(emptyLibrary(), ANA), BO));
    const maps: Record<string, JourneyDocument> = {
      'Overview.journey': map('retail', 'Overview', [[0, 'detail/Research.journey'], [1, 'detail/Store.journey'], [2, 'detail/Purchase.journey']]),
      'detail/Research.journey': map('travel', 'Research detail'),
      'detail/Store.journey': map('banking', 'Store detail'),
      'detail/Purchase.journey': map('retail', 'Purchase detail'),
    };
    await mkdir(join(folder, 'detail'));
    for (const [path, doc] of Object.entries(maps)) await writeFile(join(folder, path), serializeJourney(doc));

    // Browsed: the start screen lists the four maps.
    await page.getByRole('button', { name: 'Refresh' }).click();
    await expect.poll(() => cardTitles(page)).toEqual(['Overview', 'Purchase detail', 'Research detail', 'Store detail']);
    await page.screenshot({ path: join(SCREENSHOTS, 'portfolio-done-start.png') });

    // Drilled into and back: every linked stage of the overview leads to its detail map.
    await page.getByRole('button', { name: 'Open Overview' }).click();
    await waitForMap(page, 'Overview');
    const trail = page.getByRole('navigation', { name: 'Linked maps you came through' });
    for (const [stage, name, title] of [[0, 'Research', 'Research detail'], [1, 'Store', 'Store detail'], [2, 'Purchase', 'Purchase detail']] as const) {
      await clickMap(page, linkMarkOf(maps['Overview.journey']!, stage));
      await waitForMap(page, name);
      expect(await trail.locator('li').allTextContents()).toEqual(['Overview', title]);
      await trail.getByRole('button', { name: 'Overview' }).click();
      await waitForMap(page, 'Overview');
    }

    // Edited: Ana's quote changed in the overview reaches the three detail maps and the library.
    await page.getByRole('button', { name: 'Personas', exact: true }).click();
    const panel = page.getByRole('region', { name: 'Personas' });
    await expect.poll(() => panel.locator('.shared-chip').count()).toBe(2);
    await panel.getByRole('button', { name: 'Edit: Ana Berg' }).click();
    const quote = panel.getByRole('textbox', { name: 'Quote' });
    await quote.fill('Fewer forms, please');
    await quote.press('Enter');
    for (const path of ['detail/Research.journey', 'detail/Store.journey', 'detail/Purchase.journey']) {
      await expect.poll(() => quoteOf(join(folder, path)), { timeout: 10_000 }).toBe('Fewer forms, please');
    }
    await page.screenshot({ path: join(SCREENSHOTS, 'portfolio-done-persona.png') });
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');

    // Rolled up: one action plan over the four maps, and the pain points of each by stage.
    await page.getByRole('button', { name: 'Workspace roll-up' }).click();
    const dialog = page.getByRole('dialog', { name: /^Workspace roll-up/ });
    const opportunities = Object.values(maps).reduce((sum, doc) => {
      const lanes = new Set(doc.lanes.filter((lane) => lane.kind === 'opportunities').map((lane) => lane.id));
      return sum + doc.cards.filter((card) => lanes.has(card.laneId)).length;
    }, 0);
    expect(opportunities).toBeGreaterThan(4);
    await expect.poll(() => dialog.getByTestId('rollup-row').count()).toBe(opportunities);
    await dialog.getByRole('tab', { name: 'Pain-point heat' }).click();
    await expect.poll(() => dialog.getByTestId('heat-row').count()).toBe(4);
    await page.screenshot({ path: join(SCREENSHOTS, 'portfolio-done-heat.png') });
  }, 120_000);
});
