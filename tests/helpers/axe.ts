import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { AxeBuilder } from '@axe-core/playwright';
import type { AxeResults } from 'axe-core';
import type { Page } from 'playwright-core';

/** WCAG 2.2 level A and AA, as axe-core tags its rules. */
export const WCAG_AA_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

// The project's own axe-core (the Playwright wrapper brings an older one of its own).
let source: Promise<string> | null = null;
const axeSource = () => (source ??= readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8'));

type AxeWindow = Window & { axe?: { run(context: Document, options: object): Promise<AxeResults> } };

/**
 * axe on a page without frames (every Waymark screen): injected once per document and asked for
 * violations only. The Playwright wrapper injects axe into every frame on every call and
 * collects every passing node too: 3.5 to 5.4 s a screen against 0.2 to 0.5 s this way (same
 * screen, same run, three times each). A page with frames still goes through the wrapper.
 */
async function violationsOf(page: Page): Promise<AxeResults['violations']> {
  if (page.frames().length > 1) return (await new AxeBuilder({ page, axeSource: await axeSource() }).withTags(WCAG_AA_TAGS).analyze()).violations;
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(await axeSource());
  return page.evaluate(async (tags) => {
    const { axe } = window as AxeWindow;
    if (!axe) throw new Error('axe-core did not load');
    return (await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] })).violations;
  }, WCAG_AA_TAGS);
}

/**
 * What axe-core finds against WCAG 2.2 A and AA on the page as it is now, one line per element:
 * the rule, its impact, where, and what to fix. An empty list is a pass.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  const violations = await violationsOf(page);
  return violations.flatMap((rule) => rule.nodes.map((node) =>
    `${rule.id} (${rule.impact ?? 'unknown'}) at ${node.target.join(' ')}: ${node.failureSummary?.replace(/\s+/g, ' ') ?? rule.help}`));
}
