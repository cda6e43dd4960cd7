import { cp, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { VersionStore } from '../../main/services/version-store';
import { applyChanges } from '../../shared/document/changes';
import { addCard, updateCard, updateMeta } from '../../shared/document/commands';
import type { JourneyDocument } from '../../shared/document/schema';
import { serializeJourney } from '../../shared/document/serialize';
import { createI18n, type Language } from '../../shared/i18n/i18n';
import { axeViolations } from '../helpers/axe';
import { closeChecked, openPreview, previewAddress, SCREENSHOTS, type PreviewSession } from '../helpers/browser';
import { journeyFrom } from '../helpers/journeys';

/**
 * axe-core (WCAG 2.2 A and AA) on every screen of the editor side, in English and Greek: the
 * start screen, the workspace, the editor with each panel and dialog open, a version shown
 * read-only, a comparison, a merge, the roll-up and its heat view. One browser and one preview
 * for the file; the screens are visited in turn.
 */
const edit = (doc: JourneyDocument, ...steps: ((d: JourneyDocument) => ReturnType<typeof updateCard>)[]) => steps.reduce((d, step) => applyChanges(d, step(d)), doc);
const retail = edit(journeyFrom('retail'), (d) => updateMeta(d, { title: 'Bike', nextReview: '2026-03-14' }));
const [first, second] = retail.cards as [JourneyDocument['cards'][number], JourneyDocument['cards'][number]];
const laneOf = (d: JourneyDocument, kind: string) => d.lanes.find((l) => l.kind === kind)!.id;
// This map now: since its version, a card reworded and one added; the copy on the train changed others.
const now = edit(retail, (d) => updateCard(d, first.id, { text: 'Sees a poster at the gym' }), (d) => addCard(d, { stageId: d.stages[1]!.id, laneId: laneOf(d, 'actions') }, 'Asks the coach').changes);
const train = edit(retail, (d) => updateCard(d, first.id, { text: 'Sees a poster on the train' }), (d) => updateCard(d, second.id, { text: 'Written on the train' }));

let session: PreviewSession;
let page: Page;
let mapPath = '';

beforeAll(async () => {
  session = await openPreview({ viewport: { width: 1440, height: 900 } });
  page = session.page;
  const { folder } = session;
  mapPath = join(folder, 'Bike.journey');
  await new VersionStore().save(mapPath, retail, { name: 'Before the workshop', note: 'As sent', author: 'Ana' });
  await cp(join(folder, 'Bike.journey.versions'), join(folder, 'Train.journey.versions'), { recursive: true });
  await writeFile(mapPath, serializeJourney(now));
  await writeFile(join(folder, 'Train.journey'), serializeJourney(train));
  await writeFile(join(folder, 'Overview.journey'), serializeJourney(edit(journeyFrom('banking'), (d) => updateMeta(d, { title: 'Overview' }))));
}, 120_000);

afterAll(async () => {
  await closeChecked(session);
});

// A screen whose test failed may have left a dialog or panel open: the next screen starts without it.
beforeEach(async () => {
  for (let i = 0; i < 4 && (await page.locator('[aria-modal="true"], .content-panel').count()) > 0; i += 1) await page.keyboard.press('Escape');
});

/** Fails with every violation axe finds, one line each; saves a picture of what was checked. */
async function expectNoViolations(name: string): Promise<void> {
  const found = await axeViolations(page);
  if (found.length > 0) await page.screenshot({ path: join(SCREENSHOTS, `axe-${name}.png`) });
  expect(found, found.join('\n')).toEqual([]);
}

async function openMap(path: string, title: string): Promise<void> {
  await page.goto(previewAddress(session.server.url, { open: path }));
  await expect.poll(() => page.title()).toBe(`${title} — Waymark`);
  await expect.poll(() => page.locator('.canvas-host canvas').count()).toBeGreaterThan(0);
}

describe.each(['en', 'el'] as const)('every editor screen passes axe (WCAG 2.2 A and AA) in %s', (language: Language) => {
  const t = createI18n(language).t;
  const panel = (name: string) => page.getByRole('region', { name });
  const closePanel = async () => {
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('.content-panel').count()).toBe(0);
  };

  it('start screen', async () => {
    await page.goto(session.server.url);
    await page.getByTestId('language-select').selectOption(language);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(t('start.heading'));
    // The template gallery (its own chunk) is checked too.
    await expect.poll(() => page.locator('.template-card').count()).toBeGreaterThan(0);
    await expectNoViolations(`start-${language}`);
  });

  it('workspace: the folder’s maps, filtered', async () => {
    await expect.poll(() => page.getByRole('button', { name: t('workspace.card.open', { name: 'Overview' }) }).count()).toBe(1);
    await page.getByRole('searchbox', { name: t('workspace.filter.text') }).fill('Bi');
    await expect.poll(() => page.getByRole('button', { name: t('workspace.card.open', { name: 'Overview' }) }).count()).toBe(0);
    await expectNoViolations(`workspace-${language}`);
    await page.getByRole('searchbox', { name: t('workspace.filter.text') }).fill('');
  });

  it('editor', async () => {
    await openMap(mapPath, 'Bike');
    await expectNoViolations(`editor-${language}`);
  });

  it('editor with a card selected (the inspector’s fields for a pain point)', async () => {
    const painPoint = now.cards.find((c) => c.laneId === laneOf(now, 'painPoints'))!;
    await page.locator('.canvas-host').focus();
    // Down the first stage to its first pain point, by keyboard.
    while (!((await page.getByTestId('map-announcer').textContent()) ?? '').includes(painPoint.text)) await page.keyboard.press('ArrowDown');
    await expect.poll(() => page.getByRole('complementary', { name: t('inspector.label') }).getByRole('group', { name: t('content.painPoint.severity') }).count()).toBe(1);
    await expectNoViolations(`editor-card-${language}`);
  });

  it.each([
    ['details', 'content.bar.details', 'content.details.heading'],
    ['personas', 'content.bar.personas', 'content.persona.heading'],
    ['channels', 'content.bar.channels', 'content.channels.heading'],
    ['metrics', 'content.bar.metrics', 'content.metrics.heading'],
    ['action plan', 'content.actionPlan.heading', 'content.actionPlan.heading'],
    ['versions', 'content.bar.versions', 'content.versions.heading'],
  ])('editor with its %s panel open', async (name, button, heading) => {
    // The action plan's button carries its count: "Action plan (5)".
    await page.getByRole('region', { name: t('content.bar.label') }).getByRole('button', { name: new RegExp(`^${t(button)}( \\(\\d+\\))?$`) }).click();
    await expect.poll(() => panel(t(heading)).isVisible()).toBe(true);
    await expectNoViolations(`panel-${name.replace(' ', '-')}-${language}`);
    await closePanel();
  });

  it.each([
    ['keyboard shortcuts', () => page.keyboard.press('?'), 'shortcuts.title'],
    ['command palette', () => page.keyboard.press('Control+k'), 'a11y.palette.title'],
    ['export', () => page.getByRole('button', { name: t('exchange.menu.export') }).click(), 'exchange.dialog.exportTitle'],
    ['import', () => page.getByRole('button', { name: t('exchange.menu.import') }).click(), 'exchange.dialog.importTitle'],
    ['saved views', () => page.getByRole('button', { name: t('present.views.open') }).click(), 'present.views.title'],
  ])('editor with the %s dialog open', async (name, open, title) => {
    await page.locator('.canvas-host').focus();
    await open();
    const dialog = page.getByRole('dialog', { name: t(title) });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    await expectNoViolations(`dialog-${name.replace(' ', '-')}-${language}`);
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
  });

  it('versions: a version shown read-only', async () => {
    await page.getByRole('button', { name: t('content.bar.versions') }).click();
    await panel(t('content.versions.heading')).getByRole('button', { name: t('compare.version.open') }).first().click();
    const viewer = page.getByRole('dialog', { name: t('compare.version.title', { name: 'Before the workshop' }) });
    await expect.poll(() => viewer.isVisible()).toBe(true);
    await expectNoViolations(`version-${language}`);
    await viewer.getByRole('button', { name: t('compare.version.back') }).click();
    await expect.poll(() => viewer.count()).toBe(0);
  });

  it('compare: side by side and overlaid', async () => {
    if (await panel(t('content.versions.heading')).count() === 0) await page.getByRole('button', { name: t('content.bar.versions') }).click();
    const chooser = panel(t('content.versions.heading')).getByRole('form', { name: t('compare.choose.heading') });
    await expect.poll(() => chooser.getByRole('combobox', { name: t('compare.choose.from') }).inputValue()).not.toBe('file');
    await chooser.getByRole('button', { name: t('compare.choose.go') }).click();
    const screen = page.getByRole('dialog', { name: t('compare.title', { before: 'Before the workshop', after: t('compare.choose.current') }) });
    await expect.poll(() => screen.isVisible()).toBe(true);
    await expectNoViolations(`compare-side-${language}`);
    await screen.getByRole('radio', { name: t('compare.modes.overlay') }).click();
    await expect.poll(() => screen.locator('.compare-pane').count()).toBe(1);
    await expectNoViolations(`compare-overlay-${language}`);
    await page.keyboard.press('Escape');
    await expect.poll(() => screen.count()).toBe(0);
  });

  it('merge: the picker, then the conflicts of the merged copy', async () => {
    if (await panel(t('content.versions.heading')).count() === 0) await page.getByRole('button', { name: t('content.bar.versions') }).click();
    await panel(t('content.versions.heading')).getByRole('button', { name: t('content.versions.mergeCopy') }).click();
    const picker = page.getByRole('dialog', { name: t('picker.openTitle') });
    await expect.poll(() => picker.isVisible()).toBe(true);
    await expectNoViolations(`merge-picker-${language}`);
    await picker.getByRole('button', { name: 'Train', exact: true }).click();
    await expect.poll(() => panel(t('content.versions.heading')).getByRole('list', { name: t('merge.ui.listLabel') }).count()).toBe(1);
    await expectNoViolations(`merge-${language}`);
    // Back to the map as it was, for the next language.
    await closePanel();
    await page.locator('.canvas-host').focus();
    await page.keyboard.press('Control+z');
  });

  it('roll-up and its pain-point heat', async () => {
    await page.getByRole('button', { name: t('portfolio.rollup.open') }).click();
    const dialog = page.getByRole('dialog', { name: new RegExp(`^${t('portfolio.rollup.heading', { folder: '' })}`) });
    await expect.poll(() => dialog.getByTestId('rollup-row').count()).toBeGreaterThan(0);
    await expectNoViolations(`rollup-${language}`);
    await dialog.getByRole('tab', { name: t('portfolio.rollup.heat') }).click();
    await expect.poll(() => dialog.getByTestId('heat-row').count()).toBeGreaterThan(0);
    await expectNoViolations(`heat-${language}`);
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
  });
});
