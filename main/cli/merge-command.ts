import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { escapeControlChars } from '../../shared/control-chars';
import { JourneyFileError } from '../../shared/document/errors';
import type { JourneyDocument } from '../../shared/document/schema';
import { serializeJourney } from '../../shared/document/serialize';
import type { Say } from '../../shared/exchange/issue-text';
import { CONFLICTS_SUFFIX, conflictFileText } from '../../shared/merge/conflict-file';
import { describeConflicts } from '../../shared/merge/describe-conflicts';
import { mergeRefusal } from '../../shared/merge/merge-inputs';
import { gitBranchName, sideNames, type MergeSide, type MergeSides } from '../../shared/merge/sides';
import { mergeJourneys } from '../../shared/merge/three-way';
import { mergeTwoWay } from '../../shared/merge/two-way';
import { JourneyRepository } from '../services/journey-repository';
import { clearConflictsFile, writeConflictsFile } from '../services/merge-conflicts-file';
import type { OwnFile } from '../services/merge-own-files';
import { writeOwnFile } from '../services/merge-own-files';
import type { CommandOutput } from './command-args';
import { commandLanguage, failureWords } from './failure-words';

export const MERGE_USAGE = `  waymark merge [<base>] <ours> <theirs> -o <out.journey> [--name <file.journey>] [--force]
                                          merge two copies of a map (a git merge driver): three-way from
                                          <base>, or record by record when they keep no common version;
                                          --force merges maps that share no record`;

type Env = Readonly<Record<string, string | undefined>>;

/** Why a journey did not open, in words: a file the system cannot read (a link loop…) is said by what the system said. */
async function openFailure(error: unknown, path: string, t: Say): Promise<string> {
  if (!(error instanceof JourneyFileError) || error.problem !== 'unreadable') return failureWords(error, path, t);
  const systemSaid = await stat(path).then(() => null, (reason: unknown) => reason);
  return failureWords(systemSaid ?? error, path, t);
}

/** Reads journeys as the app opens them; each bad one is named, and the command ends with 2. */
export async function readJourneys(paths: readonly string[], write: (line: string) => void, t: Say): Promise<JourneyDocument[] | null> {
  const repository = new JourneyRepository();
  const read = await Promise.allSettled(paths.map((path) => repository.open(path)));
  const failed = await Promise.all(read.flatMap((r, i) => (r.status === 'rejected' ? [openFailure(r.reason, paths[i] ?? '', t)] : [])));
  failed.forEach((line) => write(line));
  return failed.length > 0 ? null : read.map((r) => (r as PromiseFulfilledResult<{ document: JourneyDocument }>).value.document);
}

/** Whether git runs this command (as its merge driver): git sets GIT_EXEC_PATH for every program it starts. */
const runByGit = (env: Env) => env['GIT_EXEC_PATH'] !== undefined;

/**
 * The sides named as the person merging knows them. Under git: "your map" and the branch being
 * merged in; otherwise each file by its name. Git's temp file names never reach the list.
 */
function sidesOf(paths: { base?: string | undefined; ours: string; theirs: string }, docs: { ours: JourneyDocument; theirs: JourneyDocument }, names: { ours?: string | undefined; theirs?: string | undefined }, env: Env): MergeSides {
  const file = (path: string): MergeSide => ({ kind: 'file', name: basename(path) });
  const git = runByGit(env);
  const named = (name: string | undefined): MergeSide | null => (name && name.trim() !== '' ? { kind: git ? 'branch' : 'map', name: name.trim() } : null);
  const branch = git ? gitBranchName(names.theirs, env) : null;
  return {
    ours: named(names.ours) ?? (git ? { kind: 'yours' } : file(paths.ours)),
    theirs: branch !== null ? { kind: 'branch', name: branch } : named(names.theirs) ?? (git ? { kind: 'map', name: docs.theirs.journey.title || '?' } : file(paths.theirs)),
    base: paths.base === undefined ? null : git ? { kind: 'map', name: 'base' } : file(paths.base),
  };
}

/** The merge's output replaces only nothing, one of the copies it read, or another journey file. */
function isJourneyOrInput(inputs: readonly { dev: number; ino: number }[]) {
  return ({ stats, bytes }: OwnFile) =>
    inputs.some((input) => input.dev === stats.dev && input.ino === stats.ino) || /^\s*\{\s*"format"\s*:\s*"waymark\.journey"/.test(bytes.subarray(0, 256).toString('utf8'));
}

/**
 * `waymark merge [BASE] OURS THEIRS -o OUT`: writes the merged journey to OUT (0 when clean).
 * With conflicts it exits 1, as git expects of a merge driver, and lists them beside the
 * journey the merge is for (`--name`, git's %P; else OUT) in `<name>.conflicts.json`, which
 * the app opens to settle them; a clean merge removes an old list. Without BASE the copies are
 * merged record by record. Maps that share no record, or an id naming two kinds of record, are
 * refused (2). Every file written or removed is checked where it is: a link, a FIFO or a file
 * that is not Waymark's is left exactly as it is, and said.
 */
export async function mergeCommand(args: string[], output: CommandOutput, env: Env = process.env): Promise<number> {
  const write = (line: string) => output.err(escapeControlChars(line));
  const { t, language } = commandLanguage(env);
  let parsed;
  try {
    parsed = parseArgs({ args, allowPositionals: true, options: { out: { type: 'string', short: 'o' }, name: { type: 'string' }, 'ours-name': { type: 'string' }, 'theirs-name': { type: 'string' }, force: { type: 'boolean' } } });
  } catch (error) {
    write(`waymark merge: ${error instanceof Error ? error.message : String(error)}`);
    return 2;
  }
  const positionals = parsed.positionals;
  const out = parsed.values.out;
  if (positionals.length < 2 || positionals.length > 3 || !out) {
    write(t('merge.cli.usage'));
    return 2;
  }
  const [basePath, oursPath, theirsPath] = (positionals.length === 3 ? positionals : [undefined, ...positionals]) as [string | undefined, string, string];
  const documents = await readJourneys(basePath === undefined ? [oursPath, theirsPath] : [basePath, oursPath, theirsPath], write, t);
  if (!documents) return 2;
  const [base, ours, theirs] = (basePath === undefined ? [null, ...documents] : documents) as [JourneyDocument | null, JourneyDocument, JourneyDocument];
  const target = parsed.values.name ?? out;
  const sides = sidesOf({ base: basePath, ours: oursPath, theirs: theirsPath }, { ours, theirs }, { ours: parsed.values['ours-name'], theirs: parsed.values['theirs-name'] }, env);
  const names = sideNames(t, sides);
  const refusal = mergeRefusal(base, ours, theirs, parsed.values.force === true);
  if (refusal) {
    write(refusal.reason === 'unrelated'
      ? t('merge.cli.unrelated', { file: target, ours: names.ours, theirs: names.theirs })
      : t('merge.cli.idClash', { file: target, id: refusal.id, first: t(`merge.record.${refusal.tables[0]}`), second: t(`merge.record.${refusal.tables[1]}`) }));
    return 2;
  }
  const { document, conflicts } = base ? mergeJourneys(base, ours, theirs) : mergeTwoWay(ours, theirs);
  const inputs = await Promise.all([basePath, oursPath, theirsPath].filter((p) => p !== undefined).map((p) => stat(p)));
  try {
    await writeOwnFile(out, serializeJourney(document), isJourneyOrInput(inputs));
  } catch (error) {
    write(failureWords(error, out, t));
    return 2;
  }
  const list = `${target}${CONFLICTS_SUFFIX}`;
  let listed = false;
  try {
    const refused = conflicts.length === 0 ? await clearConflictsFile(list) : await writeConflictsFile(list, conflictFileText(sides, runByGit(env), conflicts));
    if (refused) write(t(`merge.cli.listLeftAlone.${refused.problem}`, { list }));
    listed = refused === null;
  } catch (error) {
    write(failureWords(error, list, t));
  }
  if (conflicts.length === 0) {
    output.out(escapeControlChars(t('merge.cli.clean', { file: target })));
    return 0;
  }
  for (const view of describeConflicts(conflicts, document, sides, t, language, [ours, theirs])) write(`${target}: ${view.line}`);
  write(t(listed ? 'merge.cli.conflicts' : 'merge.cli.conflictsHere', { file: target, count: conflicts.length, list, kept: names.ours }));
  if (runByGit(env)) write(t('merge.cli.gitNext', { file: target }));
  return 1;
}
