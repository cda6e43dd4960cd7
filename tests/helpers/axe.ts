import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';

/** WCAG 2.2 level A and AA, as axe-core tags its rules. */
export const WCAG_AA_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

// The project's own axe-core (the Playwright wrapper brings an older one of its own).
let source: Promise<string> | null = null;
const axeSource = () => (source ??= readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8'));

/**
 * What axe-core finds against WCAG 2.2 A and AA on the page as it is now, one line per element:
 * the rule, its impact, where, and what to fix. An empty list is a pass.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page, axeSource: await axeSource() }).withTags(WCAG_AA_TAGS).analyze();
  return results.violations.flatMap((rule) => rule.nodes.map((node) =>
    `${rule.id} (${rule.impact ?? 'unknown'}) at ${node.target.join(' ')}: ${node.failureSummary?.replace(/\s+/g, ' ') ?? rule.help}`));
}
