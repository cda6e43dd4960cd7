import { rm, writeFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { parseArgs } from 'node:util';
import { escapeControlChars } from '../../shared/control-chars';
import { JourneyFileError } from '../../shared/document/errors';
import type { JourneyDocument } from '../../shared/document/schema';
import { serializeJourney } from '../../shared/document/serialize';
import { createI18n, matchLanguage } from '../../shared/i18n/i18n';
import { compareJourneys } from '../../shared/merge/compare';
import { comparisonMarkdown } from '../../shared/merge/compare-markdown';
import { CONFLICTS_SUFFIX, conflictFileText, describeConflicts } from '../../shared/merge/conflict-file';
import { describeChanges, diffJourneys } from '../../shared/merge/diff';
import { mergeJourneys } from '../../shared/merge/three-way';
import { renderComparison } from '../exchange/compare-export';
import { writeFileAtomic } from '../services/atomic-write';
import { JourneyRepository } from '../services/journey-repository';
import type { CommandOutput } from './command-args';

export const MERGE_USAGE = `  waymark merge <base> <ours> <theirs> -o <out.journey> [--name <file.journey>]
                                          three-way merge of two copies (a git merge driver)
  waymark diff <a.journey> <b.journey> [--markdown] [--pdf <out.pdf>]
                                          list what changed from a to b (a git diff driver);
                                          --markdown: a comparison by stage, emotions and metrics;
                                          --pdf: the comparison as a PDF (the marked map, then the list)`;

const language = matchLanguage(process.env['LC_ALL'] ?? process.env['LANG']);
const userLanguage = () => {
  const i18n = createI18n(language);
  return i18n.t.bind(i18n);
};

/** Reads journeys as the app opens them; a bad one is reported (named) and ends the command with 2. */
async function readAll(paths: readonly string[], write: (line: string) => void): Promise<JourneyDocument[] | null> {
  const repository = new JourneyRepository();
  const read = await Promise.allSettled(paths.map((path) => repository.open(path)));
  const failed = read.flatMap((r, i) => (r.status === 'rejected' ? [`${paths[i]}: ${r.reason instanceof JourneyFileError ? r.reason.message : String(r.reason)}`] : []));
  failed.forEach((line) => write(line));
  return failed.length > 0 ? null : read.map((r) => (r as PromiseFulfilledResult<{ document: JourneyDocument }>).value.document);
}

/**
 * `waymark merge BASE OURS THEIRS -o OUT`: writes the merged journey to OUT (0 when clean).
 * With conflicts it exits 1, as git expects of a merge driver, and lists them beside the
 * journey the merge is for (`--name`, git's %P; else OUT) in `<name>.conflicts.json`, which
 * the app opens to resolve them; a clean merge removes an old list.
 */
export async function mergeCommand(args: string[], output: CommandOutput): Promise<number> {
  const write = (line: string) => output.err(escapeControlChars(line));
  let parsed;
  try {
    parsed = parseArgs({ args, allowPositionals: true, options: { out: { type: 'string', short: 'o' }, name: { type: 'string' } } });
  } catch (error) {
    write(`waymark merge: ${error instanceof Error ? error.message : String(error)}`);
    return 2;
  }
  const [basePath, oursPath, theirsPath, ...extra] = parsed.positionals;
  const out = parsed.values.out;
  if (!basePath || !oursPath || !theirsPath || extra.length > 0 || !out) {
    write('waymark merge: name <base> <ours> <theirs> and -o <out.journey>');
    return 2;
  }
  const documents = await readAll([basePath, oursPath, theirsPath], write);
  if (!documents) return 2;
  const [base, ours, theirs] = documents as [JourneyDocument, JourneyDocument, JourneyDocument];
  const { document, conflicts } = mergeJourneys(base, ours, theirs);
  const t = userLanguage();
  const list = `${parsed.values.name ?? out}${CONFLICTS_SUFFIX}`;
  try {
    await writeFileAtomic(out, serializeJourney(document), { backup: false });
    if (conflicts.length === 0) await rm(list, { force: true });
    else await writeFile(list, conflictFileText({ base: basePath, ours: oursPath, theirs: theirsPath }, conflicts));
  } catch (error) {
    write(`${out}: ${error instanceof Error ? error.message : String(error)}`);
    return 2;
  }
  if (conflicts.length === 0) {
    output.out(escapeControlChars(t('merge.cli.clean', { file: out })));
    return 0;
  }
  for (const line of describeConflicts(conflicts, document, t)) write(`${parsed.values.name ?? out}: ${line}`);
  write(t('merge.cli.conflicts', { file: parsed.values.name ?? out, count: conflicts.length, list }));
  return 1;
}

/**
 * `waymark diff A B`: the change list from A to B. Git runs an external diff driver with
 * seven arguments (path, old file, hash, mode, new file, hash, mode); that form works too,
 * with /dev/null for a journey added or removed.
 */
export async function diffCommand(allArgs: string[], output: CommandOutput): Promise<number> {
  const write = (line: string) => output.err(escapeControlChars(line));
  const markdown = allArgs.includes('--markdown');
  const pdfAt = allArgs.indexOf('--pdf');
  const pdf = pdfAt >= 0 ? allArgs[pdfAt + 1] : undefined;
  if (pdfAt >= 0 && (!pdf || pdf.startsWith('--'))) {
    write('waymark diff: --pdf needs the file to write');
    return 2;
  }
  const args = allArgs.filter((a, i) => a !== '--markdown' && (pdfAt < 0 || (i !== pdfAt && i !== pdfAt + 1)));
  const asGit = args.length === 7;
  const [before, after] = asGit ? [args[1], args[4]] : args;
  if ((!asGit && args.length !== 2) || !before || !after) {
    write('waymark diff: name two journey files');
    return 2;
  }
  const t = userLanguage();
  if (asGit) output.out(escapeControlChars(`waymark diff ${args[0] ?? ''}`));
  if (before === '/dev/null' || after === '/dev/null') {
    output.out(t(before === '/dev/null' ? 'merge.diff.added' : 'merge.diff.removed', { what: t('merge.record.journey'), name: args[0] ?? after }));
    return 0;
  }
  const documents = await readAll([before, after], write);
  if (!documents) return 2;
  const [a, b] = documents as [JourneyDocument, JourneyDocument];
  if (pdf) {
    const name = (path: string) => basename(path, extname(path));
    try {
      await writeFileAtomic(pdf, await renderComparison({ label: name(before), document: a }, { label: name(after), document: b }, 'pdf', t, language), { backup: false });
    } catch (error) {
      write(`${pdf}: ${error instanceof Error ? error.message : String(error)}`);
      return 2;
    }
  }
  if (markdown) output.out(comparisonMarkdown(compareJourneys(a, b), a, b, t, language));
  else for (const line of describeChanges(diffJourneys(a, b), a, b, t)) output.out(escapeControlChars(line));
  return 0;
}
