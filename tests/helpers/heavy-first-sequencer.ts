import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * The files that take a minute or more on a two-core machine (measured in full runs), longest
 * first. A clean clone has no timings cached, and vitest then starts the biggest files first,
 * so a small file that runs for minutes (crash-save) could start last and run on alone.
 */
const HEAVY_FIRST = [
  'e2e/crash-save', 'e2e/save-pipeline', 'e2e/workshop-phone', 'e2e/a11y-axe-editor', 'e2e/editor-cards',
  'e2e/editor-first-hour', 'e2e/exchange-cli', 'e2e/i18n', 'e2e/chrome-first-hour', 'e2e/import-worker',
  'e2e/a11y-axe-show', 'e2e/workshop-results', 'e2e/coedit', 'unit/hostile-files',
];

const rank = (file: TestSpecification): number => {
  const at = HEAVY_FIRST.findIndex((name) => file.moduleId.endsWith(`/tests/${name}.test.ts`));
  return at === -1 ? HEAVY_FIRST.length : at;
};

/** Vitest's order (cached timings, else size), with the known heavy files moved to the front. */
export class HeavyFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    return [...(await super.sort(files))].sort((a, b) => rank(a) - rank(b));
  }
}
