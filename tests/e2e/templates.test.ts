import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { applyChanges } from '../../shared/document/changes';
import { addLane } from '../../shared/document/commands';
import type { JourneyDocument } from '../../shared/document/schema';
import { computeLayout } from '../../shared/layout/layout';
import { estimateLines } from '../../shared/layout/metrics';
import { TEMPLATES } from '../../shared/templates/templates';
import { openPreview, SCREENSHOTS, type PreviewSession } from '../helpers/browser';
import { at, cardsInView } from '../helpers/editor';
import { englishT, journeyFrom } from '../helpers/journeys';
import { makePng } from '../helpers/png';
import { saveAsInPicker } from '../helpers/save-as';

const nameOf = (id: string) => englishT(`template.${id}.name`);
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const templateButton = (page: Page, name: string) => page.getByRole('button', { name: new RegExp(`^${escape(name)}`) });

async function openTemplate(page: Page, name: string): Promise<void> {
  await templateButton(page, name).click();
  await expect.poll(() => page.locator('.canvas-host canvas').count()).toBeGreaterThan(0);
}

describe('templates, in Chromium through the preview server', () => {
  let session: PreviewSession;
  afterEach(async () => {
    expect(session.pageErrors).toEqual([]);
    await session.close();
  });

  it('offers every template with a drawing of it, and each opens as a map', async () => {
    session = await openPreview({ viewport: { width: 1440, height: 2300 } });
    const { page } = session;
    // The gallery is its own chunk: it may arrive after the rest of the start screen.
    await expect.poll(() => page.locator('.template-preview').count()).toBe(TEMPLATES.length);
    await page.screenshot({ path: join(SCREENSHOTS, 'templates-start-screen.png') });
    await page.setViewportSize({ width: 1440, height: 900 });
    for (const template of TEMPLATES) {
      const doc = journeyFrom(template.id);
      await openTemplate(page, nameOf(template.id));
      const listed = async () => (await cardsInView(page)).length;
      if (template.kind === 'example') await expect.poll(listed).toBeGreaterThan(5);
      else expect(await listed()).toBe(0);
      expect(await page.getByRole('textbox', { name: 'Journey title' }).inputValue()).toBe(doc.journey.title);
      if (template.id === 'retail') await page.getByLabel('Rate touchpoints by').selectOption('both');
      await page.screenshot({ path: join(SCREENSHOTS, `template-${template.id}.png`) });
      await page.getByRole('button', { name: 'Close', exact: true }).click();
      await expect.poll(() => templateButton(page, nameOf('blank')).count()).toBe(1);
    }
  });

  it('saves a map as a template of the user’s own, makes a new map from it, and deletes it', async () => {
    session = await openPreview();
    const { page } = session;
    await openTemplate(page, nameOf('travel'));
    await page.getByRole('button', { name: 'Details' }).click();
    const details = page.getByRole('region', { name: 'Journey details' });
    await details.getByLabel('Template name').fill('Family trip kit');
    await details.getByRole('button', { name: 'Save template' }).click();
    await expect.poll(() => details.getByRole('status').last().textContent()).toContain('Saved as the template “Family trip kit”');
    await details.getByRole('button', { name: 'Close panel' }).click();
    await page.getByRole('button', { name: 'Close', exact: true }).click();

    const yours = page.getByRole('region', { name: 'Your templates' });
    await expect.poll(() => yours.locator('.template-preview').count()).toBe(1);
    await templateButton(page, 'Family trip kit').click();
    await expect.poll(() => page.getByRole('textbox', { name: 'Journey title' }).inputValue()).toBe('Family trip kit');
    expect(await page.getByTestId('persona-chip').count()).toBe(2);
    await saveAsInPicker(page, 'From my template');
    const made = JSON.parse(await readFile(join(session.folder, 'From my template.journey'), 'utf8')) as JourneyDocument;
    const travel = journeyFrom('travel');
    expect(made.cards.map((c) => c.text).sort()).toEqual(travel.cards.map((c) => c.text).sort());
    expect(made.cards.map((c) => c.id)).not.toContain(travel.cards[0]!.id);

    await page.getByRole('button', { name: 'Close', exact: true }).click();
    await page.getByRole('button', { name: 'Delete the template “Family trip kit”' }).click();
    await expect.poll(() => yours.getByText('Save any map as a template').count()).toBe(1);
  });

  it('charts a metrics lane and shows a storyboard image on its card', async () => {
    session = await openPreview();
    const { page, folder } = session;
    await openTemplate(page, nameOf('blank'));
    await page.getByRole('button', { name: 'Metrics' }).click();
    const metrics = page.getByRole('region', { name: 'Metrics' });
    await metrics.getByRole('button', { name: 'Add a metrics lane' }).click();
    const lane = metrics.getByRole('group', { name: 'Metrics' });
    await lane.getByLabel('Unit').fill('%');
    for (const [stage, value] of [['Stage 1', '80'], ['Stage 2', '45'], ['Stage 3', '-12.5']] as const) {
      await lane.getByLabel(stage).fill(value);
      await lane.getByLabel(stage).press('Enter');
    }
    await metrics.getByRole('button', { name: 'Close panel' }).click();

    await page.getByRole('button', { name: 'Add lane', exact: true }).click();
    await page.getByRole('menuitem', { name: 'Storyboard' }).click();
    let planned = journeyFrom('blank');
    for (const kind of ['metrics', 'storyboard'] as const) planned = applyChanges(planned, addLane(planned, kind, kind).changes);
    const layout = computeLayout(planned, estimateLines);
    const cell = await at(page, layout.columns[0]!.x + 100, layout.lanes[2]!.y + 40);
    await page.mouse.dblclick(cell.x, cell.y);
    await page.keyboard.type('Arrives at the hotel');
    await page.keyboard.press('Enter');
    await page.mouse.click(cell.x, cell.y - 10);
    await page.getByRole('complementary', { name: 'Inspector' }).getByLabel('Choose an image…').setInputFiles({ name: 'scene.png', mimeType: 'image/png', buffer: makePng(1600, 900) });
    await expect.poll(() => page.locator('.storyboard-preview').count()).toBe(1);
    await page.screenshot({ path: join(SCREENSHOTS, 'content-metrics-storyboard.png') });

    await saveAsInPicker(page, 'storyboard');
    const saved = JSON.parse(await readFile(join(folder, 'storyboard.journey'), 'utf8')) as JourneyDocument;
    const metricsLane = saved.lanes.find((l) => l.kind === 'metrics')!;
    expect(metricsLane.unit).toBe('%');
    expect(saved.metricValues.map((m) => m.value)).toEqual([80, 45, -12.5]);
    const frame = saved.cards.find((c) => c.text === 'Arrives at the hotel')!;
    expect(saved.assets.find((a) => a.id === frame.imageId)).toMatchObject({ width: 960, height: 540 });
  });
});
