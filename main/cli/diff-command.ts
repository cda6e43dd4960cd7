import { basename, extname } from 'node:path';
import { escapeControlChars } from '../../shared/control-chars';
import type { JourneyDocument } from '../../shared/document/schema';
import { compareJourneys } from '../../shared/merge/compare';
import { comparisonMarkdown } from '../../shared/merge/compare-markdown';
import { describeChanges, diffJourneys } from '../../shared/merge/diff';
import { renderComparison } from '../exchange/compare-export';
import { writeOwnFile } from '../services/merge-own-files';
import type { CommandOutput } from './command-args';
import { commandLanguage, failureWords } from './failure-words';
import { readJourneys } from './merge-command';

export const DIFF_USAGE = `  waymark diff <a.journey> <b.journey> [--markdown] [--pdf <out.pdf>]
                                          list what changed from a to b, old → new (a git diff driver);
                                          --markdown: a comparison by stage, emotions and metrics;
                                          --pdf: the comparison as a PDF (the marked map, then the list)`;

/** A --pdf target is replaced only when it is a PDF already (or nothing is there). */
const isPdf = ({ bytes }: { bytes: Buffer }) => bytes.subarray(0, 5).toString('latin1') === '%PDF-';

/**
 * `waymark diff A B`: the change list from A to B, each change old → new. Git runs an external
 * diff driver with seven arguments (path, old file, hash, mode, new file, hash, mode); that
 * form works too, with /dev/null for a journey added or removed.
 */
export async function diffCommand(allArgs: string[], output: CommandOutput, env: Readonly<Record<string, string | undefined>> = process.env): Promise<number> {
  const write = (line: string) => output.err(escapeControlChars(line));
  const { t, language } = commandLanguage(env);
  const markdown = allArgs.includes('--markdown');
  const pdfAt = allArgs.indexOf('--pdf');
  const pdf = pdfAt >= 0 ? allArgs[pdfAt + 1] : undefined;
  if (pdfAt >= 0 && (!pdf || pdf.startsWith('--'))) {
    write(t('merge.cli.pdfNeedsFile'));
    return 2;
  }
  const args = allArgs.filter((a, i) => a !== '--markdown' && (pdfAt < 0 || (i !== pdfAt && i !== pdfAt + 1)));
  const asGit = args.length === 7;
  const [before, after] = asGit ? [args[1], args[4]] : args;
  if ((!asGit && args.length !== 2) || !before || !after) {
    write(t('merge.cli.diffUsage'));
    return 2;
  }
  if (asGit) output.out(escapeControlChars(`waymark diff ${args[0] ?? ''}`));
  if (before === '/dev/null' || after === '/dev/null') {
    output.out(escapeControlChars(t(before === '/dev/null' ? 'merge.diff.added' : 'merge.diff.removed', { what: t('merge.record.journey'), name: args[0] ?? after })));
    return 0;
  }
  const documents = await readJourneys([before, after], write, t);
  if (!documents) return 2;
  const [a, b] = documents as [JourneyDocument, JourneyDocument];
  if (pdf) {
    const name = (path: string) => basename(path, extname(path));
    try {
      await writeOwnFile(pdf, await renderComparison({ label: name(before), document: a }, { label: name(after), document: b }, 'pdf', t, language), isPdf);
    } catch (error) {
      write(failureWords(error, pdf, t));
      return 2;
    }
  }
  if (markdown) output.out(comparisonMarkdown(compareJourneys(a, b), a, b, t, language));
  else for (const line of describeChanges(diffJourneys(a, b), a, b, t, language)) output.out(escapeControlChars(line));
  return 0;
}
